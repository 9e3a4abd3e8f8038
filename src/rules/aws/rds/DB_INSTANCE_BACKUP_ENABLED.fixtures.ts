import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const INSTANCE = `
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.m6g.large
      AllocatedStorage: "100"
      MasterUsername: orders_admin
      ManageMasterUserPassword: true`;

export default [
  {
    name: 'retention set, left to the default of one day, and switched off; replicas not evaluated',
    template: `
Resources:
  Week:${INSTANCE}
      BackupRetentionPeriod: 7
  Defaulted:${INSTANCE}
  Disabled:${INSTANCE}
      BackupRetentionPeriod: "0"
  Replica:
    Type: AWS::RDS::DBInstance
    Properties:
      DBInstanceClass: db.m6g.large
      SourceDBInstanceIdentifier: !Ref Week
  PointInTimeRestore:
    Type: AWS::RDS::DBInstance
    Properties:
      DBInstanceClass: db.m6g.large
      SourceDBInstanceIdentifier: !Ref Week
      UseLatestRestorableTime: true
      BackupRetentionPeriod: 0
`,
    expect: {
      Week: { status: 'COMPLIANT', messageId: 'enabled', path: ['BackupRetentionPeriod'], messageIncludes: '7 days' },
      Defaulted: { status: 'COMPLIANT', messageId: 'enabled', path: [], messageIncludes: '1 day.' },
      Disabled: { status: 'NON_COMPLIANT', messageId: 'disabled', path: ['BackupRetentionPeriod'] },
      Replica: { status: 'NOT_APPLICABLE', messageId: 'readReplica' },
      PointInTimeRestore: { status: 'NON_COMPLIANT', messageId: 'disabled' },
    },
  },
  {
    name: 'backupRetentionMinimum as Security Hub uses it, and an Aurora instance judged by its cluster',
    params: { backupRetentionMinimum: 7 },
    template: `
Resources:
  Week:${INSTANCE}
      BackupRetentionPeriod: 7
  Defaulted:${INSTANCE}
  Month:${INSTANCE}
      BackupRetentionPeriod: 35
  Cluster:
    Type: AWS::RDS::DBCluster
    Properties: { Engine: aurora-postgresql, MasterUsername: orders_admin, ManageMasterUserPassword: true, BackupRetentionPeriod: 3 }
  AuroraWriter:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: aurora-postgresql, DBInstanceClass: db.r6g.large, DBClusterIdentifier: !Ref Cluster, BackupRetentionPeriod: 14 }
`,
    expect: {
      Week: 'COMPLIANT',
      Defaulted: { status: 'NON_COMPLIANT', messageId: 'tooShort', messageIncludes: '1 day, less than 7 days' },
      Month: 'COMPLIANT',
      AuroraWriter: { status: 'NON_COMPLIANT', messageId: 'tooShort', path: ['DBClusterIdentifier'], messageIncludes: 'whose DB cluster Cluster manages it' },
    },
  },
  {
    name: 'backupRetentionPeriod, preferredBackupWindow and checkReadReplicas',
    params: { backupRetentionPeriod: 14, preferredBackupWindow: '03:00-03:30', checkReadReplicas: true },
    template: `
Resources:
  Matching:${INSTANCE}
      BackupRetentionPeriod: 14
      PreferredBackupWindow: 03:00-03:30
  OtherPeriod:${INSTANCE}
      BackupRetentionPeriod: 7
      PreferredBackupWindow: 03:00-03:30
  OtherWindow:${INSTANCE}
      BackupRetentionPeriod: 14
      PreferredBackupWindow: 22:00-22:30
  NoWindow:${INSTANCE}
      BackupRetentionPeriod: 14
  Replica:
    Type: AWS::RDS::DBInstance
    Properties:
      DBInstanceClass: db.m6g.large
      SourceDBInstanceIdentifier: !Ref Matching
      BackupRetentionPeriod: 14
      PreferredBackupWindow: 03:00-03:30
  ReplicaWithoutRetention:
    Type: AWS::RDS::DBInstance
    Properties:
      DBInstanceClass: db.m6g.large
      SourceDBInstanceIdentifier: !Ref Matching
`,
    expect: {
      Matching: 'COMPLIANT',
      OtherPeriod: { status: 'NON_COMPLIANT', messageId: 'wrongPeriod', messageIncludes: '7 days, not 14 days' },
      OtherWindow: { status: 'NON_COMPLIANT', messageId: 'wrongWindow', path: ['PreferredBackupWindow'] },
      NoWindow: { status: 'NON_COMPLIANT', messageId: 'wrongWindow', path: [], messageIncludes: 'a window RDS chooses' },
      Replica: 'COMPLIANT',
      ReplicaWithoutRetention: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'read replica' },
    },
  },
  {
    name: 'retention known only at deployment, wrong-typed, and an Aurora instance whose cluster is elsewhere',
    template: `
Parameters:
  Retention: { Type: Number }
Conditions:
  InIreland: !Equals [!Ref AWS::Region, eu-west-1]
Resources:
  FromParameter:${INSTANCE}
      BackupRetentionPeriod: !Ref Retention
  Malformed:${INSTANCE}
      BackupRetentionPeriod: a week
  BeyondLimit:${INSTANCE}
      BackupRetentionPeriod: 36
  Negative:${INSTANCE}
      BackupRetentionPeriod: -1
  MaybeReplica:
    Type: AWS::RDS::DBInstance
    Properties:
      DBInstanceClass: db.m6g.large
      Engine: postgres
      SourceDBInstanceIdentifier: !If [InIreland, orders, !Ref AWS::NoValue]
  ElsewhereWriter:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: aurora-mysql, DBInstanceClass: db.r6g.large, DBClusterIdentifier: !ImportValue shared-cluster }
`,
    expect: {
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['BackupRetentionPeriod'] },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'malformed' },
      BeyondLimit: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'from 0 to 35' },
      Negative: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'from 0 to 35' },
      MaybeReplica: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['SourceDBInstanceIdentifier'] },
      ElsewhereWriter: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['DBClusterIdentifier'] },
    },
  },
  {
    name: 'hcl: backup_retention_period on instances, a replica, and an Aurora instance by its cluster',
    params: { backupRetentionMinimum: 7 },
    hcl: `
resource "aws_db_instance" "orders" {
  identifier              = "orders"
  engine                  = "postgres"
  instance_class          = "db.m6g.large"
  allocated_storage       = 100
  username                = "orders_admin"
  backup_retention_period = 14
}

resource "aws_db_instance" "scratch" {
  engine                  = "mysql"
  instance_class          = "db.t4g.micro"
  allocated_storage       = 20
  username                = "scratch_admin"
  backup_retention_period = 0
}

resource "aws_db_instance" "defaulted" {
  engine            = "mysql"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  username          = "scratch_admin"
}

resource "aws_db_instance" "replica" {
  instance_class      = "db.m6g.large"
  replicate_source_db = aws_db_instance.orders.identifier
}

resource "aws_rds_cluster" "analytics" {
  engine                  = "aurora-postgresql"
  master_username         = "analytics_admin"
  backup_retention_period = 30
}

resource "aws_rds_cluster_instance" "analytics" {
  cluster_identifier = aws_rds_cluster.analytics.id
  engine             = "aurora-postgresql"
  instance_class     = "db.r6g.large"
}
`,
    expect: {
      'aws_db_instance.orders': 'COMPLIANT',
      'aws_db_instance.scratch': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_db_instance.defaulted': { status: 'NON_COMPLIANT', messageId: 'tooShort' },
      'aws_db_instance.replica': { status: 'NOT_APPLICABLE', messageId: 'readReplica' },
      'aws_rds_cluster_instance.analytics': { status: 'COMPLIANT', path: ['DBClusterIdentifier'] },
    },
  },
  {
    name: 'plan: retention set, 0, and computed by the provider when not configured',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_db_instance.orders', { allocated_storage: 100, backup_retention_period: 7, engine: 'postgres', instance_class: 'db.m6g.large', username: 'orders_admin' }, { arn: true, id: true }),
        created('aws_db_instance.scratch', { allocated_storage: 20, backup_retention_period: 0, engine: 'mysql', instance_class: 'db.t4g.micro', username: 'scratch_admin' }, { arn: true, id: true }),
        created('aws_db_instance.unset', { allocated_storage: 20, engine: 'mysql', instance_class: 'db.t4g.micro', username: 'scratch_admin' }, { arn: true, backup_retention_period: true, id: true }),
        created('aws_db_instance.referenced', { allocated_storage: 20, engine: 'mysql', instance_class: 'db.t4g.micro', username: 'scratch_admin' }, { arn: true, backup_retention_period: true, id: true }),
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_db_instance.unset', mode: 'managed', type: 'aws_db_instance', name: 'unset', provider_config_key: 'aws', expressions: { engine: { constant_value: 'mysql' } } },
            { address: 'aws_db_instance.referenced', mode: 'managed', type: 'aws_db_instance', name: 'referenced', provider_config_key: 'aws', expressions: { backup_retention_period: { references: ['aws_ssm_parameter.retention.value', 'aws_ssm_parameter.retention'] } } },
          ],
        },
      },
    },
    expect: {
      'aws_db_instance.orders': 'COMPLIANT',
      'aws_db_instance.scratch': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_db_instance.unset': { status: 'COMPLIANT', path: [] },
      'aws_db_instance.referenced': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
] satisfies RuleCase[];
