import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { isUnknown } from '../../../model/unknown.js';
import { checkContainers, containerFlag, inactiveRevision } from '../../lib/ecs-containers.js';

export default defineRule({
  meta: {
    id: 'ECS_CONTAINERS_NONPRIVILEGED',
    title: 'ECS containers do not run privileged',
    description:
      'Checks that no container definition of an Amazon ECS task definition sets `Privileged` to true. A privileged container has root access to its host, so one compromised container compromises every task on the instance.',
    severity: 'high',
    resourceTypes: ['AWS::ECS::TaskDefinition'],
    managedRule: 'ecs-containers-nonprivileged',
    frameworks: { FSBP: ['ECS.4'], 'NIST-800-53-r5': ['AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-5', 'AC-6'] },
    messages: {
      nonPrivileged: 'No container of task definition {{id}} runs privileged ({{count}} checked).',
      privileged: 'Container {{container}} of task definition {{id}} runs privileged (Privileged is {{actual}}).',
      unknown: 'Whether the containers of task definition {{id}} run privileged is not known before deployment ({{reason}}).',
      inactive: 'Task definition {{id}} is inactive (deregistered); the rule judges active revisions.',
    },
    remediation: 'Remove `Privileged: true` from the container definitions (it defaults to false); grant the specific Linux capabilities a container needs with `LinuxParameters.Capabilities.Add` instead.',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  Task:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      Family: agent\n      ContainerDefinitions:\n        - Name: agent\n          Image: public.ecr.aws/docker/library/busybox:1.36\n          Memory: 128\n          Privileged: true\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Task:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      Family: web\n      ContainerDefinitions:\n        - Name: web\n          Image: public.ecr.aws/nginx/nginx:1.27\n          Memory: 256\n',
        },
      ],
    },
  },
  check(task) {
    const inactive = inactiveRevision(task, 'inactive');
    if (inactive) return inactive;
    return checkContainers(task, { pass: 'nonPrivileged', unknown: 'unknown' }, (container) => {
      const path = [...container.path, 'Privileged'];
      const privileged = containerFlag(container, 'Privileged');
      if (isUnknown(privileged)) return insufficientData('unknown', { reason: privileged.reason }, path);
      if (privileged === true) return nonCompliant('privileged', { container: container.name, actual: JSON.stringify(container.definition.Privileged) }, path);
      return compliant('nonPrivileged', { count: 1 }, container.path);
    });
  },
});
