import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const CLUSTER = `
    Type: AWS::DAX::Cluster
    Properties:
      NodeType: dax.t3.small
      ReplicationFactor: 3
      IAMRoleARN: arn:aws:iam::123456789012:role/dax-access`;

export default [
  {
    name: 'encrypted, explicitly not, unset, from a condition on the region, and malformed',
    template: `
Conditions:
  InIreland: !Equals [!Ref AWS::Region, eu-west-1]
Resources:
  Encrypted:${CLUSTER}
      SSESpecification: { SSEEnabled: true }
  Plain:${CLUSTER}
      SSESpecification: { SSEEnabled: false }
  Defaulted:${CLUSTER}
  ByRegion:${CLUSTER}
      SSESpecification: { SSEEnabled: !If [InIreland, true, false] }
  Malformed:${CLUSTER}
      SSESpecification: [true]
`,
    expect: {
      Encrypted: { status: 'COMPLIANT', path: ['SSESpecification', 'SSEEnabled'] },
      Plain: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: ['SSESpecification', 'SSEEnabled'] },
      Defaulted: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: [] },
      ByRegion: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption' },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: server_side_encryption enabled and absent',
    hcl: `
resource "aws_dax_cluster" "encrypted" {
  cluster_name       = "encrypted"
  iam_role_arn       = "arn:aws:iam::123456789012:role/dax-access"
  node_type          = "dax.t3.small"
  replication_factor = 3
  server_side_encryption {
    enabled = true
  }
}

resource "aws_dax_cluster" "plain" {
  cluster_name       = "plain"
  iam_role_arn       = "arn:aws:iam::123456789012:role/dax-access"
  node_type          = "dax.t3.small"
  replication_factor = 3
}
`,
    expect: {
      'aws_dax_cluster.encrypted': 'COMPLIANT',
      'aws_dax_cluster.plain': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
    },
  },
  {
    name: 'plan: enabled, disabled, and known after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_dax_cluster.on', { cluster_name: 'on', server_side_encryption: [{ enabled: true }] }, { arn: true }),
        created('aws_dax_cluster.off', { cluster_name: 'off', server_side_encryption: [{ enabled: false }] }, { arn: true }),
        created('aws_dax_cluster.later', { cluster_name: 'later', server_side_encryption: [{}] }, { arn: true, server_side_encryption: [{ enabled: true }] }),
      ],
    },
    expect: {
      'aws_dax_cluster.on': 'COMPLIANT',
      'aws_dax_cluster.off': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      'aws_dax_cluster.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption' },
    },
  },
] satisfies RuleCase[];
