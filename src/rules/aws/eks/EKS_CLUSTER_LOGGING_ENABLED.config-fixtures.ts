import { buildConfigurationItem as item } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

/** AWS::EKS::Cluster: Config records it in CloudFormation's names (RDK example_ci/AWS_EKS_Cluster.json). */
const cluster = (name: string, fields: Record<string, unknown>) =>
  item('AWS::EKS::Cluster', { Arn: `arn:aws:eks:us-east-1:123456789012:cluster/${name}`, Name: name, ResourcesVpcConfig: { SecurityGroupIds: [], SubnetIds: ['subnet-a', 'subnet-b'], EndpointPublicAccess: false, EndpointPrivateAccess: true }, RoleArn: 'arn:aws:iam::123456789012:role/eks', Version: '1.31', Tags: [], ...fields }, { resourceId: name, resourceName: name });

export default [
  {
    name: 'config: clusters exporting all, some and none of the required logs',
    items: [
      cluster('all-logs', { Logging: { ClusterLogging: { EnabledTypes: [{ Type: 'api' }, { Type: 'audit' }, { Type: 'authenticator' }, { Type: 'scheduler' }] } } }),
      cluster('api-only', { Logging: { ClusterLogging: { EnabledTypes: [{ Type: 'api' }] } } }),
      cluster('no-logs', {}),
    ],
    expect: {
      'all-logs': { status: 'COMPLIANT', messageId: 'enabled' },
      'api-only': { status: 'NON_COMPLIANT', messageId: 'missing', messageIncludes: 'audit, authenticator' },
      'no-logs': { status: 'NON_COMPLIANT', messageId: 'disabled' },
    },
  },
] satisfies RuleCase[];
