import { defineRule } from '../../define.js';
import { isUnknown } from '../../../model/unknown.js';
import { judge, stringSetting } from '../../lib/settings.js';
import { inactiveRevision } from '../../lib/ecs-containers.js';

export default defineRule({
  meta: {
    id: 'ECS_TASK_DEFINITION_PID_MODE_CHECK',
    title: 'ECS task definitions do not share the host\'s process namespace',
    description:
      'Checks that an Amazon ECS task definition does not set `PidMode` to `host`. Containers in the host\'s process namespace can see, and with enough privilege signal or trace, every process on the instance.',
    severity: 'high',
    resourceTypes: ['AWS::ECS::TaskDefinition'],
    managedRule: 'ecs-task-definition-pid-mode-check',
    frameworks: { FSBP: ['ECS.3'], 'NIST-800-53-r5': ['CA-9(1)', 'CM-2'] },
    messages: {
      isolated: 'Task definition {{id}} does not share the host\'s process namespace (PidMode is {{actual}}).',
      host: 'Task definition {{id}} shares the host\'s process namespace (PidMode is host).',
      unknown: 'The process namespace of task definition {{id}} is not known before deployment ({{reason}}).',
      inactive: 'Task definition {{id}} is inactive (deregistered); the rule judges active revisions.',
    },
    remediation: 'Remove `PidMode: host` (containers then get their own namespace), or use `PidMode: task` to share one namespace among the task\'s containers only.',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  Task:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      Family: tracer\n      PidMode: host\n      ContainerDefinitions:\n        - Name: tracer\n          Image: public.ecr.aws/docker/library/busybox:1.36\n          Memory: 128\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Task:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      Family: web\n      PidMode: task\n      ContainerDefinitions:\n        - Name: web\n          Image: public.ecr.aws/nginx/nginx:1.27\n          Memory: 256\n',
        },
      ],
    },
  },
  check(task) {
    const inactive = inactiveRevision(task, 'inactive');
    if (inactive) return inactive;
    const mode = stringSetting(task, ['PidMode']);
    const outcome = isUnknown(mode) ? mode : mode !== 'host';
    return judge(outcome, { pass: 'isolated', fail: 'host', unknown: 'unknown' }, mode === undefined ? [] : ['PidMode'], { actual: mode === undefined || isUnknown(mode) ? 'not set' : mode });
  },
});
