import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'public, private, unset (Redshift defaults to private), and as strings',
    template: `
Resources:
  Public:
    Type: AWS::Redshift::Cluster
    Properties:
      ClusterType: single-node
      NodeType: ra3.xlplus
      DBName: analytics
      MasterUsername: warehouse_admin
      ManageMasterPassword: true
      PubliclyAccessible: true
  Private:
    Type: AWS::Redshift::Cluster
    Properties:
      ClusterType: single-node
      NodeType: ra3.xlplus
      DBName: analytics
      MasterUsername: warehouse_admin
      ManageMasterPassword: true
      PubliclyAccessible: false
  Defaulted:
    Type: AWS::Redshift::Cluster
    Properties:
      ClusterType: single-node
      NodeType: ra3.xlplus
      DBName: analytics
      MasterUsername: warehouse_admin
      ManageMasterPassword: true
  PublicAsString:
    Type: AWS::Redshift::Cluster
    Properties:
      PubliclyAccessible: "True"
`,
    expect: {
      Public: { status: 'NON_COMPLIANT', messageId: 'public', path: ['PubliclyAccessible'] },
      Private: { status: 'COMPLIANT', path: ['PubliclyAccessible'] },
      Defaulted: { status: 'COMPLIANT', path: [] },
      PublicAsString: { status: 'NON_COMPLIANT', messageId: 'public' },
    },
  },
  {
    name: 'public access from a parameter, by condition, and malformed',
    template: `
Parameters:
  Public:
    Type: String
    AllowedValues: ['true', 'false']
  PublicWithDefault:
    Type: String
    Default: 'true'
Conditions:
  IsDev: !Equals [!Ref AWS::AccountId, '111122223333']
Resources:
  FromParameter:
    Type: AWS::Redshift::Cluster
    Properties:
      PubliclyAccessible: !Ref Public
  FromDefault:
    Type: AWS::Redshift::Cluster
    Properties:
      PubliclyAccessible: !Ref PublicWithDefault
  ByCondition:
    Type: AWS::Redshift::Cluster
    Properties:
      PubliclyAccessible: !If [IsDev, true, !Ref AWS::NoValue]
  Malformed:
    Type: AWS::Redshift::Cluster
    Properties:
      PubliclyAccessible: [true]
`,
    expect: {
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownPublic', path: ['PubliclyAccessible'] },
      FromDefault: { status: 'NON_COMPLIANT', messageId: 'public' },
      ByCondition: { status: 'INSUFFICIENT_DATA', messageId: 'unknownPublic' },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknownPublic', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: public, private, and unset (the provider default changed in v6.0)',
    hcl: `
resource "aws_redshift_cluster" "public" {
  cluster_identifier     = "public"
  node_type              = "ra3.xlplus"
  master_username        = "warehouse_admin"
  manage_master_password = true
  publicly_accessible    = true
}

resource "aws_redshift_cluster" "private" {
  cluster_identifier     = "private"
  node_type              = "ra3.xlplus"
  master_username        = "warehouse_admin"
  manage_master_password = true
  publicly_accessible    = false
}

resource "aws_redshift_cluster" "unset" {
  cluster_identifier     = "unset"
  node_type              = "ra3.xlplus"
  master_username        = "warehouse_admin"
  manage_master_password = true
}
`,
    expect: {
      'aws_redshift_cluster.public': { status: 'NON_COMPLIANT', messageId: 'public' },
      'aws_redshift_cluster.private': 'COMPLIANT',
      'aws_redshift_cluster.unset': { status: 'INSUFFICIENT_DATA', messageId: 'unknownPublic', messageIncludes: 'v6.0' },
    },
  },
  {
    name: 'plan: the value the provider sends, configured or its default',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_redshift_cluster.v5_default', { cluster_identifier: 'v5-default', node_type: 'ra3.xlplus', publicly_accessible: true }, { arn: true }),
        created('aws_redshift_cluster.private', { cluster_identifier: 'private', node_type: 'ra3.xlplus', publicly_accessible: false }, { arn: true }),
        created('aws_redshift_cluster.later', { cluster_identifier: 'later', node_type: 'ra3.xlplus' }, { arn: true, publicly_accessible: true }),
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_redshift_cluster.v5_default', mode: 'managed', type: 'aws_redshift_cluster', name: 'v5_default', provider_config_key: 'aws', expressions: { cluster_identifier: { constant_value: 'v5-default' } } },
            { address: 'aws_redshift_cluster.later', mode: 'managed', type: 'aws_redshift_cluster', name: 'later', provider_config_key: 'aws', expressions: { cluster_identifier: { constant_value: 'later' }, publicly_accessible: { references: ['var.public'] } } },
          ],
        },
      },
    },
    expect: {
      'aws_redshift_cluster.v5_default': { status: 'NON_COMPLIANT', messageId: 'public' },
      'aws_redshift_cluster.private': 'COMPLIANT',
      'aws_redshift_cluster.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownPublic' },
    },
  },
] satisfies RuleCase[];
