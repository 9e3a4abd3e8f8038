import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { isUnknown } from '../../../model/unknown.js';
import { checkContainers, containerFlag, inactiveRevision } from '../../lib/ecs-containers.js';

export default defineRule({
  meta: {
    id: 'ECS_CONTAINERS_READONLY_ACCESS',
    title: 'ECS containers have read-only root file systems',
    description:
      'Checks that every container definition of an Amazon ECS task definition sets `ReadonlyRootFilesystem` to true. ECS gives containers a writable root file system unless told otherwise, which lets an intruder change binaries and configuration inside the container.',
    severity: 'medium',
    resourceTypes: ['AWS::ECS::TaskDefinition'],
    managedRule: 'ecs-containers-readonly-access',
    frameworks: { FSBP: ['ECS.5'], 'NIST-800-53-r5': ['AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-5', 'AC-6'] },
    messages: {
      readOnly: 'Every container of task definition {{id}} has a read-only root file system ({{count}} checked).',
      writable: 'Container {{container}} of task definition {{id}} has a writable root file system (ReadonlyRootFilesystem is {{actual}}).',
      unknown: 'Whether the containers of task definition {{id}} have read-only root file systems is not known before deployment ({{reason}}).',
      inactive: 'Task definition {{id}} is inactive (deregistered); the rule judges active revisions.',
    },
    remediation: 'Set `ReadonlyRootFilesystem: true` on every container definition, and mount a volume (or a tmpfs with `LinuxParameters.Tmpfs`) for the paths a container must write to.',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  Task:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      Family: web\n      ContainerDefinitions:\n        - Name: web\n          Image: public.ecr.aws/nginx/nginx:1.27\n          Memory: 256\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Task:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      Family: web\n      ContainerDefinitions:\n        - Name: web\n          Image: public.ecr.aws/nginx/nginx:1.27\n          Memory: 256\n          ReadonlyRootFilesystem: true\n',
        },
      ],
    },
  },
  check(task) {
    const inactive = inactiveRevision(task, 'inactive');
    if (inactive) return inactive;
    return checkContainers(task, { pass: 'readOnly', unknown: 'unknown' }, (container) => {
      const path = [...container.path, 'ReadonlyRootFilesystem'];
      // ECS's default is a writable root file system.
      const readOnly = containerFlag(container, 'ReadonlyRootFilesystem');
      if (isUnknown(readOnly)) return insufficientData('unknown', { reason: readOnly.reason }, path);
      if (readOnly === true) return compliant('readOnly', { count: 1 }, path);
      const written = container.definition.ReadonlyRootFilesystem;
      return nonCompliant('writable', { container: container.name, actual: written === undefined ? 'not set (default false)' : JSON.stringify(written) }, written === undefined ? container.path : path);
    });
  },
});
