import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'default parameters: version upgrades allowed (also when unset) and snapshots kept at least a day',
    template: `
Parameters:
  Upgrade:
    Type: String
Resources:
  Explicit:
    Type: AWS::Redshift::Cluster
    Properties:
      ClusterType: single-node
      NodeType: ra3.xlplus
      DBName: analytics
      MasterUsername: warehouse_admin
      ManageMasterPassword: true
      AllowVersionUpgrade: true
      AutomatedSnapshotRetentionPeriod: 7
  Defaulted:
    Type: AWS::Redshift::Cluster
    Properties:
      ClusterType: single-node
      NodeType: ra3.xlplus
      DBName: analytics
      MasterUsername: warehouse_admin
      ManageMasterPassword: true
  NoUpgrades:
    Type: AWS::Redshift::Cluster
    Properties:
      ClusterType: single-node
      NodeType: ra3.xlplus
      DBName: analytics
      MasterUsername: warehouse_admin
      ManageMasterPassword: true
      AllowVersionUpgrade: false
  NoSnapshots:
    Type: AWS::Redshift::Cluster
    Properties:
      ClusterType: single-node
      NodeType: ra3.xlplus
      DBName: analytics
      MasterUsername: warehouse_admin
      ManageMasterPassword: true
      AutomatedSnapshotRetentionPeriod: 0
  UpgradeFromParameter:
    Type: AWS::Redshift::Cluster
    Properties:
      AllowVersionUpgrade: !Ref Upgrade
  UpgradeUnknownNoSnapshots:
    Type: AWS::Redshift::Cluster
    Properties:
      AllowVersionUpgrade: !Ref Upgrade
      AutomatedSnapshotRetentionPeriod: 0
`,
    expect: {
      Explicit: 'COMPLIANT',
      Defaulted: { status: 'COMPLIANT', path: [] },
      NoUpgrades: { status: 'NON_COMPLIANT', messageId: 'upgradeMismatch', path: ['AllowVersionUpgrade'] },
      NoSnapshots: { status: 'NON_COMPLIANT', messageId: 'retentionTooShort', path: ['AutomatedSnapshotRetentionPeriod'] },
      UpgradeFromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownSetting', path: ['AllowVersionUpgrade'] },
      UpgradeUnknownNoSnapshots: { status: 'NON_COMPLIANT', messageId: 'retentionTooShort' },
    },
  },
  {
    name: 'preferredMaintenanceWindow, allowVersionUpgrade false and a 7-day retention',
    params: { allowVersionUpgrade: 'false', preferredMaintenanceWindow: 'Sun:03:00-Sun:03:30', automatedSnapshotRetentionPeriod: '7' },
    template: `
Resources:
  Matching:
    Type: AWS::Redshift::Cluster
    Properties:
      AllowVersionUpgrade: false
      PreferredMaintenanceWindow: sun:03:00-sun:03:30
      AutomatedSnapshotRetentionPeriod: 10
  OtherWindow:
    Type: AWS::Redshift::Cluster
    Properties:
      AllowVersionUpgrade: false
      PreferredMaintenanceWindow: mon:03:00-mon:03:30
      AutomatedSnapshotRetentionPeriod: 7
  WindowUnset:
    Type: AWS::Redshift::Cluster
    Properties:
      AllowVersionUpgrade: false
      AutomatedSnapshotRetentionPeriod: 7
  UpgradesOn:
    Type: AWS::Redshift::Cluster
    Properties:
      PreferredMaintenanceWindow: Sun:03:00-Sun:03:30
      AutomatedSnapshotRetentionPeriod: 7
  ShortRetention:
    Type: AWS::Redshift::Cluster
    Properties:
      AllowVersionUpgrade: false
      PreferredMaintenanceWindow: Sun:03:00-Sun:03:30
`,
    expect: {
      Matching: 'COMPLIANT',
      OtherWindow: { status: 'NON_COMPLIANT', messageId: 'windowMismatch', path: ['PreferredMaintenanceWindow'] },
      WindowUnset: { status: 'NON_COMPLIANT', messageId: 'windowNotSet' },
      UpgradesOn: { status: 'NON_COMPLIANT', messageId: 'upgradeMismatch', path: [] },
      ShortRetention: { status: 'NON_COMPLIANT', messageId: 'retentionTooShort', messageIncludes: 'fewer than 7' },
    },
  },
  {
    name: 'hcl: allow_version_upgrade on by default, turned off, and the window',
    params: { preferredMaintenanceWindow: 'sun:03:00-sun:03:30' },
    hcl: `
resource "aws_redshift_cluster" "maintained" {
  cluster_identifier           = "maintained"
  node_type                    = "ra3.xlplus"
  preferred_maintenance_window = "sun:03:00-sun:03:30"
}

resource "aws_redshift_cluster" "frozen" {
  cluster_identifier           = "frozen"
  node_type                    = "ra3.xlplus"
  allow_version_upgrade        = false
  preferred_maintenance_window = "sun:03:00-sun:03:30"
}

resource "aws_redshift_cluster" "any_window" {
  cluster_identifier = "any-window"
  node_type          = "ra3.xlplus"
}
`,
    expect: {
      'aws_redshift_cluster.maintained': 'COMPLIANT',
      'aws_redshift_cluster.frozen': { status: 'NON_COMPLIANT', messageId: 'upgradeMismatch' },
      'aws_redshift_cluster.any_window': { status: 'NON_COMPLIANT', messageId: 'windowNotSet' },
    },
  },
  {
    name: 'plan: upgrades allowed, not allowed, and a window the provider computes when not configured',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_redshift_cluster.maintained', { cluster_identifier: 'maintained', allow_version_upgrade: true, automated_snapshot_retention_period: 1 }, { arn: true, preferred_maintenance_window: true }),
        created('aws_redshift_cluster.frozen', { cluster_identifier: 'frozen', allow_version_upgrade: false, automated_snapshot_retention_period: 1 }, { arn: true, preferred_maintenance_window: true }),
        created('aws_redshift_cluster.later', { cluster_identifier: 'later', automated_snapshot_retention_period: 1 }, { arn: true, allow_version_upgrade: true }),
      ],
    },
    expect: {
      'aws_redshift_cluster.maintained': 'COMPLIANT',
      'aws_redshift_cluster.frozen': { status: 'NON_COMPLIANT', messageId: 'upgradeMismatch' },
      'aws_redshift_cluster.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownSetting' },
    },
  },
] satisfies RuleCase[];
