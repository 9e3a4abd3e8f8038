import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'enhanced VPC routing on, off, unset (off), from a parameter, and malformed',
    template: `
Parameters:
  Routing:
    Type: String
Resources:
  Enabled:
    Type: AWS::Redshift::Cluster
    Properties:
      ClusterType: single-node
      NodeType: ra3.xlplus
      DBName: analytics
      MasterUsername: warehouse_admin
      ManageMasterPassword: true
      EnhancedVpcRouting: true
  Disabled:
    Type: AWS::Redshift::Cluster
    Properties:
      ClusterType: single-node
      NodeType: ra3.xlplus
      DBName: analytics
      MasterUsername: warehouse_admin
      ManageMasterPassword: true
      EnhancedVpcRouting: false
  Defaulted:
    Type: AWS::Redshift::Cluster
    Properties:
      ClusterType: single-node
      NodeType: ra3.xlplus
      DBName: analytics
      MasterUsername: warehouse_admin
      ManageMasterPassword: true
  FromParameter:
    Type: AWS::Redshift::Cluster
    Properties:
      EnhancedVpcRouting: !Ref Routing
  Malformed:
    Type: AWS::Redshift::Cluster
    Properties:
      EnhancedVpcRouting: enabled
`,
    expect: {
      Enabled: { status: 'COMPLIANT', path: ['EnhancedVpcRouting'] },
      Disabled: { status: 'NON_COMPLIANT', messageId: 'disabled', path: ['EnhancedVpcRouting'] },
      Defaulted: { status: 'NON_COMPLIANT', messageId: 'disabled', path: [] },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownRouting' },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknownRouting', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: enhanced_vpc_routing on, off and unset',
    hcl: `
resource "aws_redshift_cluster" "enabled" {
  cluster_identifier   = "enabled"
  node_type            = "ra3.xlplus"
  enhanced_vpc_routing = true
}

resource "aws_redshift_cluster" "disabled" {
  cluster_identifier   = "disabled"
  node_type            = "ra3.xlplus"
  enhanced_vpc_routing = false
}

resource "aws_redshift_cluster" "unset" {
  cluster_identifier = "unset"
  node_type          = "ra3.xlplus"
}
`,
    expect: {
      'aws_redshift_cluster.enabled': 'COMPLIANT',
      'aws_redshift_cluster.disabled': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_redshift_cluster.unset': { status: 'NON_COMPLIANT', messageId: 'disabled' },
    },
  },
  {
    name: 'plan: on, unconfigured (optional and computed: off), and unknown without the configuration',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_redshift_cluster.enabled', { cluster_identifier: 'enabled', enhanced_vpc_routing: true }, { arn: true }),
        created('aws_redshift_cluster.unset', { cluster_identifier: 'unset' }, { arn: true, enhanced_vpc_routing: true }),
        created('module.dw.aws_redshift_cluster.this', { cluster_identifier: 'module' }, { arn: true, enhanced_vpc_routing: true }),
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_redshift_cluster.unset', mode: 'managed', type: 'aws_redshift_cluster', name: 'unset', provider_config_key: 'aws', expressions: { cluster_identifier: { constant_value: 'unset' } } },
          ],
        },
      },
    },
    expect: {
      'aws_redshift_cluster.enabled': 'COMPLIANT',
      'aws_redshift_cluster.unset': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'module.dw.aws_redshift_cluster.this': { status: 'INSUFFICIENT_DATA', messageId: 'unknownRouting' },
    },
  },
] satisfies RuleCase[];
