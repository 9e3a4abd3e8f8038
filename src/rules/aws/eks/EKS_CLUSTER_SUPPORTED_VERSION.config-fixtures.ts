import { buildConfigurationItem as item } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

/** AWS::EKS::Cluster: Config records it in CloudFormation's names (RDK example_ci/AWS_EKS_Cluster.json, Version 1.21). */
const cluster = (name: string, version: string) =>
  item('AWS::EKS::Cluster', { Arn: `arn:aws:eks:us-east-1:123456789012:cluster/${name}`, Name: name, ResourcesVpcConfig: { SecurityGroupIds: [], SubnetIds: ['subnet-a', 'subnet-b'] }, RoleArn: 'arn:aws:iam::123456789012:role/eks', Version: version, Tags: [] }, { resourceId: name, resourceName: name });

export default [
  {
    name: 'config: the RDK example version and a current one',
    items: [cluster('test', '1.21'), cluster('current', '1.34')],
    expect: {
      test: { status: 'NON_COMPLIANT', messageId: 'unsupported' },
      current: 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
