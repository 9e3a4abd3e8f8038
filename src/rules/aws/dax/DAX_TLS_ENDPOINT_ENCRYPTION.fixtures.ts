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
    name: 'TLS, NONE, unset (NONE), from a parameter, and a value that is not text',
    template: `
Parameters:
  Endpoint: { Type: String }
Resources:
  Tls:${CLUSTER}
      ClusterEndpointEncryptionType: TLS
  None:${CLUSTER}
      ClusterEndpointEncryptionType: NONE
  Defaulted:${CLUSTER}
  FromParameter:${CLUSTER}
      ClusterEndpointEncryptionType: !Ref Endpoint
  Malformed:${CLUSTER}
      ClusterEndpointEncryptionType: { type: TLS }
`,
    expect: {
      Tls: { status: 'COMPLIANT', path: ['ClusterEndpointEncryptionType'] },
      None: { status: 'NON_COMPLIANT', messageId: 'noTls', path: ['ClusterEndpointEncryptionType'] },
      Defaulted: { status: 'NON_COMPLIANT', messageId: 'noTls', path: [], messageIncludes: 'not set' },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownTls' },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknownTls', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: cluster_endpoint_encryption_type TLS and unset',
    hcl: `
resource "aws_dax_cluster" "tls" {
  cluster_name                     = "tls"
  iam_role_arn                     = "arn:aws:iam::123456789012:role/dax-access"
  node_type                        = "dax.t3.small"
  replication_factor               = 3
  cluster_endpoint_encryption_type = "TLS"
}

resource "aws_dax_cluster" "plain" {
  cluster_name       = "plain"
  iam_role_arn       = "arn:aws:iam::123456789012:role/dax-access"
  node_type          = "dax.t3.small"
  replication_factor = 3
}
`,
    expect: {
      'aws_dax_cluster.tls': 'COMPLIANT',
      'aws_dax_cluster.plain': { status: 'NON_COMPLIANT', messageId: 'noTls' },
    },
  },
  {
    name: 'plan: TLS, NONE, and a computed value that is not configured (NONE)',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_dax_cluster.tls', { cluster_name: 'tls', cluster_endpoint_encryption_type: 'TLS' }, { arn: true }),
        created('aws_dax_cluster.none', { cluster_name: 'none', cluster_endpoint_encryption_type: 'NONE' }, { arn: true }),
        created('aws_dax_cluster.computed', { cluster_name: 'computed' }, { arn: true, cluster_endpoint_encryption_type: true }),
      ],
      configuration: {
        root_module: {
          resources: [{ address: 'aws_dax_cluster.computed', mode: 'managed', type: 'aws_dax_cluster', name: 'computed', provider_config_key: 'aws', expressions: { cluster_name: { constant_value: 'computed' } } }],
        },
      },
    },
    expect: {
      'aws_dax_cluster.tls': 'COMPLIANT',
      'aws_dax_cluster.none': { status: 'NON_COMPLIANT', messageId: 'noTls' },
      'aws_dax_cluster.computed': { status: 'NON_COMPLIANT', messageId: 'noTls' },
    },
  },
] satisfies RuleCase[];
