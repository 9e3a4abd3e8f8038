import { compliant, defineRule, insufficientData, nonCompliant, notApplicable } from '../../define.js';
import { isUnknown, unknown, type Unknown } from '../../../model/unknown.js';
import { stringSetting } from '../../lib/settings.js';
import { checkContainers, containerFlag, type Container } from '../../lib/ecs-containers.js';

interface Params {
  SkipInactiveTaskDefinitions: boolean;
}

/** `root`, uid 0, with or without a group (`root:root`, `0:0`). */
const ROOT_USER = /^(root|0)(:.*)?$/;

/** Whether a container runs as a user other than root; an absent user is the image's, root unless the image says otherwise. */
function nonRootUser(container: Container): boolean | Unknown {
  const user = container.definition.User;
  if (user === undefined || user === null) return false;
  if (isUnknown(user)) return user;
  if (typeof user === 'number') return user !== 0;
  if (typeof user !== 'string') return unknown(`malformed: User of container ${container.name} should be text, not ${JSON.stringify(user)}`);
  return !ROOT_USER.test(user.trim());
}

export default defineRule<Params>({
  meta: {
    id: 'ECS_TASK_DEFINITION_USER_FOR_HOST_MODE_CHECK',
    title: 'ECS task definitions in host network mode do not run containers as unprivileged root',
    description:
      'Checks that every container of an Amazon ECS task definition using the `host` network mode either sets `Privileged: true` or runs as a user other than root, as the managed rule does. In host mode a container shares the instance\'s network stack, and a root user without the explicit privileged flag is the combination the rule flags; task definitions in other network modes pass.',
    severity: 'high',
    resourceTypes: ['AWS::ECS::TaskDefinition'],
    managedRule: 'ecs-task-definition-user-for-host-mode-check',
    frameworks: { FSBP: ['ECS.1'], 'NIST-800-53-r5': ['AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-5', 'AC-6'], 'PCI-DSS-v3.2.1': ['7.2.1'] },
    parameters: {
      SkipInactiveTaskDefinitions: {
        type: 'boolean',
        description: 'Do not evaluate INACTIVE (deregistered) task definitions that AWS Config still records.',
        default: false,
      },
    },
    messages: {
      notHost: 'Task definition {{id}} does not use the host network mode (NetworkMode is {{mode}}).',
      safe: 'Every container of task definition {{id}} in host network mode is privileged or runs as a non-root user ({{count}} checked).',
      rootUser: 'Container {{container}} of task definition {{id}} uses the host network mode and runs as root ({{user}}) without Privileged: true.',
      unknown: 'Whether the containers of task definition {{id}} run as root in host network mode is not known before deployment ({{reason}}).',
      inactive: 'Task definition {{id}} is inactive (deregistered) and SkipInactiveTaskDefinitions is true.',
    },
    remediation: 'Set `User` on each container to a non-root user (a name or uid other than root/0), or use the `awsvpc` or `bridge` network mode instead of `host`.',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  Task:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      Family: exporter\n      NetworkMode: host\n      ContainerDefinitions:\n        - Name: exporter\n          Image: quay.io/prometheus/node-exporter:v1.8.2\n          Memory: 128\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Task:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      Family: exporter\n      NetworkMode: host\n      ContainerDefinitions:\n        - Name: exporter\n          Image: quay.io/prometheus/node-exporter:v1.8.2\n          Memory: 128\n          User: nobody\n',
        },
      ],
    },
  },
  check(task, { params }) {
    if (params.SkipInactiveTaskDefinitions && task.observed?.Status === 'INACTIVE') return notApplicable('inactive', {}, []);
    // ECS's default network mode on Linux instances is bridge.
    const mode = stringSetting(task, ['NetworkMode'], 'bridge');
    if (isUnknown(mode)) return insufficientData('unknown', { reason: mode.reason }, ['NetworkMode']);
    if (mode !== 'host') return compliant('notHost', { mode: mode ?? 'bridge' }, task.properties.NetworkMode === undefined ? [] : ['NetworkMode']);
    return checkContainers(task, { pass: 'safe', unknown: 'unknown' }, (container) => {
      const privileged = containerFlag(container, 'Privileged');
      const nonRoot = nonRootUser(container);
      if (privileged === true || nonRoot === true) return compliant('safe', { count: 1 }, container.path);
      const undecided = isUnknown(privileged) ? privileged : isUnknown(nonRoot) ? nonRoot : undefined;
      if (undecided) return insufficientData('unknown', { reason: undecided.reason }, container.path);
      const user = container.definition.User;
      return nonCompliant('rootUser', { container: container.name, user: user === undefined ? 'User not set' : `User ${JSON.stringify(user)}` }, user === undefined ? container.path : [...container.path, 'User']);
    });
  },
});
