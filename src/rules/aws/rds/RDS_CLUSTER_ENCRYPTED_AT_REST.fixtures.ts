import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const CLUSTER = `
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      MasterUsername: orders_admin
      ManageMasterUserPassword: true`;

export default [
  {
    name: 'encrypted, default and unencrypted clusters, Serverless v1, and a Multi-AZ DB cluster',
    template: `
Resources:
  Encrypted:${CLUSTER}
      StorageEncrypted: true
  Defaulted:${CLUSTER}
  Unencrypted:${CLUSTER}
      StorageEncrypted: "false"
  Serverless:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-mysql
      EngineMode: serverless
      MasterUsername: orders_admin
      ManageMasterUserPassword: true
  MultiAz:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: postgres
      DBClusterInstanceClass: db.m6gd.large
      StorageType: io1
      Iops: 1000
      AllocatedStorage: 100
      MasterUsername: orders_admin
      ManageMasterUserPassword: true
      StorageEncrypted: true
`,
    expect: {
      Encrypted: { status: 'COMPLIANT', messageId: 'encrypted', path: ['StorageEncrypted'] },
      Defaulted: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: [], messageIncludes: 'not set (default false)' },
      Unencrypted: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: ['StorageEncrypted'] },
      Serverless: { status: 'COMPLIANT', messageId: 'alwaysEncrypted' },
      MultiAz: 'COMPLIANT',
    },
  },
  {
    name: 'clones, restores and secondaries inherit their source encryption',
    template: `
Parameters:
  Encrypt: { Type: String, AllowedValues: ['true', 'false'] }
Resources:
  Source:${CLUSTER}
      StorageEncrypted: true
  Clone:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      SourceDBClusterIdentifier: !Ref Source
      RestoreType: copy-on-write
      UseLatestRestorableTime: true
  Restored:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      SnapshotIdentifier: arn:aws:rds:eu-west-1:111122223333:cluster-snapshot:orders-final
  FromParameter:${CLUSTER}
      StorageEncrypted: !Ref Encrypt
`,
    expect: {
      Source: 'COMPLIANT',
      Clone: { status: 'COMPLIANT', path: ['SourceDBClusterIdentifier'], messageIncludes: 'comes from DB cluster Source' },
      Restored: { status: 'INSUFFICIENT_DATA', messageId: 'inherited', path: ['SnapshotIdentifier'] },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncrypted', path: ['StorageEncrypted'] },
    },
  },
  {
    name: 'hcl: storage_encrypted on aws_rds_cluster and awscc clusters',
    hcl: `
resource "aws_rds_cluster" "orders" {
  engine            = "aurora-postgresql"
  master_username   = "orders_admin"
  storage_encrypted = true
}

resource "aws_rds_cluster" "reports" {
  engine          = "aurora-mysql"
  master_username = "reports_admin"
}

resource "aws_rds_cluster" "restored" {
  engine              = "aurora-mysql"
  snapshot_identifier = "reports-final"
}

resource "awscc_rds_db_cluster" "analytics" {
  engine            = "aurora-postgresql"
  master_username   = "analytics_admin"
  storage_encrypted = false
}
`,
    expect: {
      'aws_rds_cluster.orders': 'COMPLIANT',
      'aws_rds_cluster.reports': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      'aws_rds_cluster.restored': { status: 'INSUFFICIENT_DATA', messageId: 'inherited', messageIncludes: 'reports-final' },
      'awscc_rds_db_cluster.analytics': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
    },
  },
  {
    name: 'plan: clusters encrypted, unencrypted, and known only after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_rds_cluster.orders', { cluster_identifier: 'orders', engine: 'aurora-postgresql', master_username: 'orders_admin', storage_encrypted: true }, { arn: true, id: true, kms_key_id: true }),
        created('aws_rds_cluster.reports', { cluster_identifier: 'reports', engine: 'aurora-mysql', master_username: 'reports_admin', storage_encrypted: false }, { arn: true, id: true }),
        created('aws_rds_cluster.computed', { cluster_identifier: 'computed', engine: 'aurora-mysql', master_username: 'reports_admin' }, { arn: true, id: true, storage_encrypted: true }),
      ],
    },
    expect: {
      'aws_rds_cluster.orders': 'COMPLIANT',
      'aws_rds_cluster.reports': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      'aws_rds_cluster.computed': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncrypted' },
    },
  },
] satisfies RuleCase[];
