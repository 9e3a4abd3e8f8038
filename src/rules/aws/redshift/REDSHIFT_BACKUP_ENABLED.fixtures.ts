import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'snapshots kept, turned off (0), and unset (1 day)',
    template: `
Resources:
  Week:
    Type: AWS::Redshift::Cluster
    Properties:
      ClusterType: single-node
      NodeType: ra3.xlplus
      DBName: analytics
      MasterUsername: warehouse_admin
      ManageMasterPassword: true
      AutomatedSnapshotRetentionPeriod: 7
  Disabled:
    Type: AWS::Redshift::Cluster
    Properties:
      ClusterType: single-node
      NodeType: ra3.xlplus
      DBName: analytics
      MasterUsername: warehouse_admin
      ManageMasterPassword: true
      AutomatedSnapshotRetentionPeriod: 0
  Defaulted:
    Type: AWS::Redshift::Cluster
    Properties:
      ClusterType: single-node
      NodeType: ra3.xlplus
      DBName: analytics
      MasterUsername: warehouse_admin
      ManageMasterPassword: true
`,
    expect: {
      Week: { status: 'COMPLIANT', path: ['AutomatedSnapshotRetentionPeriod'] },
      Disabled: { status: 'NON_COMPLIANT', messageId: 'disabled', path: ['AutomatedSnapshotRetentionPeriod'] },
      Defaulted: { status: 'COMPLIANT', path: [], messageIncludes: '1 day' },
    },
  },
  {
    name: 'MinRetentionPeriod 7 and MaxRetentionPeriod 14 (Security Hub uses the minimum 7)',
    params: { MinRetentionPeriod: '7', MaxRetentionPeriod: 14 },
    template: `
Parameters:
  Retention:
    Type: Number
Resources:
  Week:
    Type: AWS::Redshift::Cluster
    Properties:
      AutomatedSnapshotRetentionPeriod: "7"
  Defaulted:
    Type: AWS::Redshift::Cluster
    Properties:
      NodeType: ra3.xlplus
  Month:
    Type: AWS::Redshift::Cluster
    Properties:
      AutomatedSnapshotRetentionPeriod: 35
  FromParameter:
    Type: AWS::Redshift::Cluster
    Properties:
      AutomatedSnapshotRetentionPeriod: !Ref Retention
  Malformed:
    Type: AWS::Redshift::Cluster
    Properties:
      AutomatedSnapshotRetentionPeriod: a week
`,
    expect: {
      Week: 'COMPLIANT',
      Defaulted: { status: 'NON_COMPLIANT', messageId: 'tooShort', messageIncludes: 'fewer than MinRetentionPeriod (7)' },
      Month: { status: 'NON_COMPLIANT', messageId: 'tooLong' },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownRetention' },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknownRetention', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: retention set, turned off, and the provider default (1)',
    hcl: `
resource "aws_redshift_cluster" "week" {
  cluster_identifier                  = "week"
  node_type                           = "ra3.xlplus"
  automated_snapshot_retention_period = 7
}

resource "aws_redshift_cluster" "off" {
  cluster_identifier                  = "off"
  node_type                           = "ra3.xlplus"
  automated_snapshot_retention_period = 0
}

resource "aws_redshift_cluster" "defaulted" {
  cluster_identifier = "defaulted"
  node_type          = "ra3.xlplus"
}
`,
    expect: {
      'aws_redshift_cluster.week': 'COMPLIANT',
      'aws_redshift_cluster.off': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_redshift_cluster.defaulted': 'COMPLIANT',
    },
  },
  {
    name: 'plan: retention 7, 0, and known after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_redshift_cluster.week', { cluster_identifier: 'week', automated_snapshot_retention_period: 7 }, { arn: true }),
        created('aws_redshift_cluster.off', { cluster_identifier: 'off', automated_snapshot_retention_period: 0 }, { arn: true }),
        created('aws_redshift_cluster.later', { cluster_identifier: 'later' }, { arn: true, automated_snapshot_retention_period: true }),
      ],
    },
    expect: {
      'aws_redshift_cluster.week': 'COMPLIANT',
      'aws_redshift_cluster.off': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_redshift_cluster.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownRetention' },
    },
  },
] satisfies RuleCase[];
