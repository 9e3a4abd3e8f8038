import { defineRule, notApplicable } from '../../define.js';
import { isUnknown } from '../../../model/unknown.js';
import { getPath } from '../../../model/value.js';
import { judge, stringSetting } from '../../lib/settings.js';

interface Params {
  exemptEcsServiceArns?: string[];
}

const PATH = ['NetworkConfiguration', 'AwsvpcConfiguration', 'AssignPublicIp'];

export default defineRule<Params>({
  meta: {
    id: 'ECS_SERVICE_ASSIGN_PUBLIC_IP_DISABLED',
    title: 'ECS services do not assign public IP addresses to their tasks',
    description:
      'Checks that an Amazon ECS service using the `awsvpc` network mode does not set `AssignPublicIp` to `ENABLED`. A task with a public IP address is reachable from the internet whenever its security groups allow it; ECS assigns none unless asked.',
    severity: 'high',
    resourceTypes: ['AWS::ECS::Service'],
    managedRule: 'ecs-service-assign-public-ip-disabled',
    frameworks: {
      FSBP: ['ECS.2'],
      'NIST-800-53-r5': ['AC-21', 'AC-3', 'AC-3(7)', 'AC-4', 'AC-4(21)', 'AC-6', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(20)', 'SC-7(21)', 'SC-7(3)', 'SC-7(4)', 'SC-7(9)'],
    },
    parameters: {
      exemptEcsServiceArns: { type: 'string-list', description: 'ARNs of services exempt from the check (matched against a live service\'s ARN; a template\'s service has none yet).' },
    },
    messages: {
      disabled: 'ECS service {{id}} does not assign public IP addresses (AssignPublicIp is {{actual}}).',
      enabled: 'ECS service {{id}} assigns public IP addresses to its tasks (AssignPublicIp is ENABLED).',
      unknown: 'Whether ECS service {{id}} assigns public IP addresses is not known before deployment ({{reason}}).',
      exempt: 'ECS service {{id}} is exempt (exemptEcsServiceArns).',
    },
    remediation: 'Set `NetworkConfiguration.AwsvpcConfiguration.AssignPublicIp: DISABLED` (the default), run the tasks in private subnets and reach the internet through a NAT gateway or VPC endpoints.',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  Service:\n    Type: AWS::ECS::Service\n    Properties:\n      Cluster: apps\n      TaskDefinition: arn:aws:ecs:eu-west-1:111122223333:task-definition/web:3\n      LaunchType: FARGATE\n      DesiredCount: 2\n      NetworkConfiguration:\n        AwsvpcConfiguration:\n          AssignPublicIp: ENABLED\n          Subnets: [subnet-0a1b2c3d]\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Service:\n    Type: AWS::ECS::Service\n    Properties:\n      Cluster: apps\n      TaskDefinition: arn:aws:ecs:eu-west-1:111122223333:task-definition/web:3\n      LaunchType: FARGATE\n      DesiredCount: 2\n      NetworkConfiguration:\n        AwsvpcConfiguration:\n          AssignPublicIp: DISABLED\n          Subnets: [subnet-0a1b2c3d]\n',
        },
      ],
    },
  },
  check(service, { params }) {
    const arn = service.source.arn;
    if (arn !== undefined && (params.exemptEcsServiceArns ?? []).includes(arn)) return notApplicable('exempt', {}, []);
    // ECS's default is DISABLED, and a service without awsvpc networking gets no task IP addresses of its own.
    const assign = stringSetting(service, PATH, 'DISABLED');
    const outcome = isUnknown(assign) ? assign : assign?.toUpperCase() !== 'ENABLED';
    const path = getPath(service.properties, PATH) === undefined ? [] : PATH;
    return judge(outcome, { pass: 'disabled', fail: 'enabled', unknown: 'unknown' }, path, { actual: isUnknown(assign) ? 'unknown' : (assign ?? 'DISABLED') });
  },
});
