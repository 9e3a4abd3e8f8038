import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const group = (name: string, parameters: string) => `
  ${name}:
    Type: AWS::Redshift::ClusterParameterGroup
    Properties:
      Description: ${name}
      ParameterGroupFamily: redshift-1.0
      Parameters:${parameters}`;

export default [
  {
    name: 'the cluster parameter group followed by Ref: require_ssl true, false, on, and not set',
    template: `
Resources:${group('TlsGroup', "\n        - { ParameterName: require_ssl, ParameterValue: 'true' }\n        - { ParameterName: enable_user_activity_logging, ParameterValue: 'true' }")}${group('PlainGroup', "\n        - { ParameterName: require_ssl, ParameterValue: 'false' }")}${group('OnGroup', "\n        - { ParameterName: REQUIRE_SSL, ParameterValue: 'ON' }")}${group('OtherGroup', "\n        - { ParameterName: enable_user_activity_logging, ParameterValue: 'true' }")}
  Tls:
    Type: AWS::Redshift::Cluster
    Properties:
      ClusterParameterGroupName: !Ref TlsGroup
  Plain:
    Type: AWS::Redshift::Cluster
    Properties:
      ClusterParameterGroupName: !Ref PlainGroup
  Enforced:
    Type: AWS::Redshift::Cluster
    Properties:
      ClusterParameterGroupName: !Ref OnGroup
  NotSet:
    Type: AWS::Redshift::Cluster
    Properties:
      ClusterParameterGroupName: !Ref OtherGroup
`,
    expect: {
      Tls: { status: 'COMPLIANT', path: ['ClusterParameterGroupName'] },
      Plain: { status: 'NON_COMPLIANT', messageId: 'sslNotRequired', messageIncludes: 'require_ssl is false' },
      Enforced: 'COMPLIANT',
      NotSet: { status: 'NON_COMPLIANT', messageId: 'sslNotRequired', messageIncludes: 'the default is false' },
    },
  },
  {
    name: 'the default parameter group: no group named, or a default.* group',
    template: `
Resources:
  NoGroup:
    Type: AWS::Redshift::Cluster
    Properties:
      NodeType: ra3.xlplus
  DefaultGroup:
    Type: AWS::Redshift::Cluster
    Properties:
      ClusterParameterGroupName: default.redshift-1.0
`,
    expect: {
      NoGroup: { status: 'NON_COMPLIANT', messageId: 'defaultGroup', path: [] },
      DefaultGroup: { status: 'NON_COMPLIANT', messageId: 'defaultGroup', path: ['ClusterParameterGroupName'] },
    },
  },
  {
    name: 'groups that can not be judged: outside the template, named by a parameter, with unresolved parameters',
    template: `
Parameters:
  GroupName:
    Type: String
  RequireSsl:
    Type: String
Resources:${group('UnknownValueGroup', '\n        - { ParameterName: require_ssl, ParameterValue: !Ref RequireSsl }')}
  ImportedParametersGroup:
    Type: AWS::Redshift::ClusterParameterGroup
    Properties:
      Description: imported
      ParameterGroupFamily: redshift-1.0
      Parameters: !ImportValue shared-redshift-parameters
  External:
    Type: AWS::Redshift::Cluster
    Properties:
      ClusterParameterGroupName: shared-tls-parameters
  FromParameter:
    Type: AWS::Redshift::Cluster
    Properties:
      ClusterParameterGroupName: !Ref GroupName
  UnknownValue:
    Type: AWS::Redshift::Cluster
    Properties:
      ClusterParameterGroupName: !Ref UnknownValueGroup
  ImportedParameters:
    Type: AWS::Redshift::Cluster
    Properties:
      ClusterParameterGroupName: !Ref ImportedParametersGroup
`,
    expect: {
      External: { status: 'INSUFFICIENT_DATA', messageId: 'externalGroup', messageIncludes: 'shared-tls-parameters' },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownSsl' },
      UnknownValue: { status: 'INSUFFICIENT_DATA', messageId: 'unknownSsl' },
      ImportedParameters: { status: 'INSUFFICIENT_DATA', messageId: 'unknownSsl' },
    },
  },
  {
    name: 'a group of the template named by its literal ParameterGroupName (any case)',
    template: `
Resources:
  TlsGroup:
    Type: AWS::Redshift::ClusterParameterGroup
    Properties:
      ParameterGroupName: warehouse-tls
      Description: TLS only
      ParameterGroupFamily: redshift-1.0
      Parameters:
        - ParameterName: require_ssl
          ParameterValue: true
  Cluster:
    Type: AWS::Redshift::Cluster
    DependsOn: TlsGroup
    Properties:
      ClusterParameterGroupName: Warehouse-TLS
`,
    expect: { Cluster: 'COMPLIANT' },
  },
  {
    name: 'hcl: a parameter group followed by reference and by literal name, one without require_ssl, and none',
    hcl: `
resource "aws_redshift_parameter_group" "tls" {
  name   = "warehouse-tls"
  family = "redshift-1.0"
  parameter {
    name  = "require_ssl"
    value = "true"
  }
  parameter {
    name  = "enable_user_activity_logging"
    value = "true"
  }
}

resource "aws_redshift_parameter_group" "logging" {
  name   = "warehouse-logging"
  family = "redshift-1.0"
  parameter {
    name  = "enable_user_activity_logging"
    value = "true"
  }
}

resource "aws_redshift_cluster" "by_reference" {
  cluster_identifier           = "by-reference"
  node_type                    = "ra3.xlplus"
  cluster_parameter_group_name = aws_redshift_parameter_group.tls.name
}

resource "aws_redshift_cluster" "by_name" {
  cluster_identifier           = "by-name"
  node_type                    = "ra3.xlplus"
  cluster_parameter_group_name = "warehouse-tls"
}

resource "aws_redshift_cluster" "logging_only" {
  cluster_identifier           = "logging-only"
  node_type                    = "ra3.xlplus"
  cluster_parameter_group_name = aws_redshift_parameter_group.logging.id
}

resource "aws_redshift_cluster" "default" {
  cluster_identifier = "default"
  node_type          = "ra3.xlplus"
}
`,
    expect: {
      'aws_redshift_cluster.by_reference': 'COMPLIANT',
      'aws_redshift_cluster.by_name': 'COMPLIANT',
      'aws_redshift_cluster.logging_only': { status: 'NON_COMPLIANT', messageId: 'sslNotRequired' },
      'aws_redshift_cluster.default': { status: 'NON_COMPLIANT', messageId: 'defaultGroup' },
    },
  },
  {
    name: 'plan: a group created alongside, the default group computed when not configured, and an existing group outside the plan',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_redshift_parameter_group.tls', { name: 'warehouse-tls', family: 'redshift-1.0', parameter: [{ name: 'require_ssl', value: 'true' }] }, { arn: true, id: true }),
        created('aws_redshift_cluster.tls', { cluster_identifier: 'tls', node_type: 'ra3.xlplus', cluster_parameter_group_name: 'warehouse-tls' }, { arn: true }),
        created('aws_redshift_cluster.default', { cluster_identifier: 'default', node_type: 'ra3.xlplus' }, { arn: true, cluster_parameter_group_name: true }),
        created('aws_redshift_cluster.external', { cluster_identifier: 'external', node_type: 'ra3.xlplus', cluster_parameter_group_name: 'platform-tls' }, { arn: true }),
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_redshift_parameter_group.tls', mode: 'managed', type: 'aws_redshift_parameter_group', name: 'tls', provider_config_key: 'aws', expressions: { name: { constant_value: 'warehouse-tls' } } },
            { address: 'aws_redshift_cluster.tls', mode: 'managed', type: 'aws_redshift_cluster', name: 'tls', provider_config_key: 'aws', expressions: { cluster_identifier: { constant_value: 'tls' }, cluster_parameter_group_name: { references: ['aws_redshift_parameter_group.tls.name', 'aws_redshift_parameter_group.tls'] } } },
            { address: 'aws_redshift_cluster.default', mode: 'managed', type: 'aws_redshift_cluster', name: 'default', provider_config_key: 'aws', expressions: { cluster_identifier: { constant_value: 'default' } } },
            { address: 'aws_redshift_cluster.external', mode: 'managed', type: 'aws_redshift_cluster', name: 'external', provider_config_key: 'aws', expressions: { cluster_identifier: { constant_value: 'external' }, cluster_parameter_group_name: { constant_value: 'platform-tls' } } },
          ],
        },
      },
    },
    expect: {
      'aws_redshift_cluster.tls': 'COMPLIANT',
      'aws_redshift_cluster.default': { status: 'NON_COMPLIANT', messageId: 'defaultGroup' },
      'aws_redshift_cluster.external': { status: 'INSUFFICIENT_DATA', messageId: 'externalGroup' },
    },
  },
] satisfies RuleCase[];
