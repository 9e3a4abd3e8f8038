import { buildConfigurationItem as item } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

/** AWS::EKS::Cluster: Config records it in CloudFormation's names (RDK example_ci/AWS_EKS_Cluster.json). */
const cluster = (name: string, fields: Record<string, unknown>) =>
  item('AWS::EKS::Cluster', { Arn: `arn:aws:eks:us-east-1:123456789012:cluster/${name}`, Name: name, ResourcesVpcConfig: { SecurityGroupIds: [], SubnetIds: ['subnet-a', 'subnet-b'] }, RoleArn: 'arn:aws:iam::123456789012:role/eks', Version: '1.33', Tags: [], ...fields }, { resourceId: name, resourceName: name });

export default [
  {
    name: 'config: secrets encrypted, and a cluster without an encryption config',
    items: [
      cluster('encrypted', { EncryptionConfig: [{ Resources: ['secrets'], Provider: { KeyArn: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab' } }] }),
      cluster('plain', {}),
    ],
    expect: {
      encrypted: 'COMPLIANT',
      plain: { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
    },
  },
] satisfies RuleCase[];
