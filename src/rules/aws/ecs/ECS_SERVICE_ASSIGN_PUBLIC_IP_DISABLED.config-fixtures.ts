import { buildConfigurationItem as item, FIXTURE_ACCOUNT, FIXTURE_REGION } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

const arn = (name: string) => `arn:aws:ecs:${FIXTURE_REGION}:${FIXTURE_ACCOUNT}:service/apps/${name}`;

/** AWS::ECS::Service as Config records it (CloudFormation's names, config-resource-schema). */
const service = (name: string, fields: Record<string, unknown>) =>
  item('AWS::ECS::Service', { ServiceArn: arn(name), ServiceName: name, Cluster: `arn:aws:ecs:${FIXTURE_REGION}:${FIXTURE_ACCOUNT}:cluster/apps`, LaunchType: 'FARGATE', DesiredCount: 2, TaskDefinition: 'web:3', ...fields }, { resourceId: arn(name), resourceName: name, ARN: arn(name) });

const vpc = (assign: string) => ({ NetworkConfiguration: { AwsvpcConfiguration: { AssignPublicIp: assign, SecurityGroups: ['sg-0abc'], Subnets: ['subnet-0a1b2c3d'] } } });

export default [
  {
    name: 'config: public and private services',
    items: [service('public', vpc('ENABLED')), service('private', vpc('DISABLED')), service('bridge', { LaunchType: 'EC2' })],
    expect: {
      [arn('public')]: { status: 'NON_COMPLIANT', messageId: 'enabled' },
      [arn('private')]: 'COMPLIANT',
      [arn('bridge')]: 'COMPLIANT',
    },
  },
  {
    name: 'config: an exempt public service',
    params: { exemptEcsServiceArns: arn('public') },
    items: [service('public', vpc('ENABLED'))],
    expect: { [arn('public')]: { status: 'NOT_APPLICABLE', messageId: 'exempt' } },
  },
] satisfies RuleCase[];
