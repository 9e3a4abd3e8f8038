import { buildConfigurationItem as item } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

const cluster = (name: string, vpc: Record<string, unknown>) =>
  item('AWS::EKS::Cluster', { Arn: `arn:aws:eks:us-east-1:123456789012:cluster/${name}`, Name: name, ResourcesVpcConfig: { SecurityGroupIds: [], SubnetIds: ['subnet-a', 'subnet-b'], ...vpc }, RoleArn: 'arn:aws:iam::123456789012:role/eks', Version: '1.31', Tags: [] }, { resourceId: name, resourceName: name });

export default [
  {
    name: 'config: private, public and unrecorded endpoint access',
    items: [
      cluster('private', { EndpointPublicAccess: false, EndpointPrivateAccess: true }),
      cluster('public', { EndpointPublicAccess: true, EndpointPrivateAccess: false, PublicAccessCidrs: ['0.0.0.0/0'] }),
      // RDK example_ci/AWS_EKS_Cluster.json records no EndpointPublicAccess: not known, not the template default.
      cluster('unrecorded', {}),
    ],
    expect: {
      private: { status: 'COMPLIANT', messageId: 'private' },
      public: { status: 'NON_COMPLIANT', messageId: 'public' },
      unrecorded: { status: 'INSUFFICIENT_DATA', messageId: 'unknownAccess' },
    },
  },
] satisfies RuleCase[];
