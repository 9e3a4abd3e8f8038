import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const INSTANCE = `
    Type: AWS::RDS::DBInstance
    Properties:
      DBInstanceClass: db.m6g.large
      AllocatedStorage: "100"
      ManageMasterUserPassword: true`;

export default [
  {
    name: 'default and custom admin user names, an Aurora instance by its cluster, and Neptune',
    template: `
Resources:
  Custom:${INSTANCE}
      Engine: postgres
      MasterUsername: orders_admin
  Postgres:${INSTANCE}
      Engine: postgres
      MasterUsername: postgres
  Admin:${INSTANCE}
      Engine: mysql
      MasterUsername: admin
  Cluster:
    Type: AWS::RDS::DBCluster
    Properties: { Engine: aurora-mysql, MasterUsername: admin, ManageMasterUserPassword: true }
  AuroraWriter:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: aurora-mysql, DBInstanceClass: db.r6g.large, DBClusterIdentifier: !Ref Cluster }
  NeptuneMember:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: neptune, DBInstanceClass: db.r6g.large }
  Replica:
    Type: AWS::RDS::DBInstance
    Properties: { DBInstanceClass: db.m6g.large, SourceDBInstanceIdentifier: !Ref Admin }
  CrossRegionReplica:
    Type: AWS::RDS::DBInstance
    Properties: { DBInstanceClass: db.m6g.large, SourceDBInstanceIdentifier: arn:aws:rds:us-east-1:111122223333:db:orders }
  Restored:
    Type: AWS::RDS::DBInstance
    Properties: { DBInstanceClass: db.m6g.large, DBSnapshotIdentifier: orders-final }
`,
    expect: {
      Custom: { status: 'COMPLIANT', messageId: 'custom', path: ['MasterUsername'] },
      Postgres: { status: 'NON_COMPLIANT', messageId: 'defaultName', path: ['MasterUsername'], messageIncludes: 'postgres' },
      Admin: { status: 'NON_COMPLIANT', messageId: 'defaultName' },
      AuroraWriter: { status: 'NON_COMPLIANT', messageId: 'defaultName', path: ['DBClusterIdentifier'], messageIncludes: 'whose DB cluster Cluster manages it' },
      NeptuneMember: { status: 'NOT_APPLICABLE', messageId: 'otherEngine' },
      Replica: { status: 'NON_COMPLIANT', messageId: 'defaultName', path: ['SourceDBInstanceIdentifier'], messageIncludes: 'a replica of DB instance Admin' },
      CrossRegionReplica: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['SourceDBInstanceIdentifier'] },
      Restored: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['DBSnapshotIdentifier'] },
    },
  },
  {
    name: 'validAdminUserNames',
    params: { validAdminUserNames: 'orders_admin,dba' },
    template: `
Resources:
  Allowed:${INSTANCE}
      Engine: postgres
      MasterUsername: dba
  Other:${INSTANCE}
      Engine: postgres
      MasterUsername: root
  Default:${INSTANCE}
      Engine: mysql
      MasterUsername: admin
`,
    expect: {
      Allowed: 'COMPLIANT',
      Other: { status: 'NON_COMPLIANT', messageId: 'notAllowed', messageIncludes: 'orders_admin, dba' },
      Default: { status: 'NON_COMPLIANT', messageId: 'defaultName' },
    },
  },
  {
    name: 'admin user names known only at deployment',
    template: `
Parameters:
  AdminUser: { Type: String }
Resources:
  FromParameter:${INSTANCE}
      Engine: postgres
      MasterUsername: !Ref AdminUser
  FromSecret:${INSTANCE}
      Engine: postgres
      MasterUsername: '{{resolve:secretsmanager:orders-db:SecretString:username}}'
  Imported:${INSTANCE}
      Engine: postgres
      MasterUsername: !ImportValue shared-admin-user
`,
    expect: {
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['MasterUsername'] },
      FromSecret: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      Imported: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
  {
    name: 'hcl: username on instances, and Aurora instances judged by master_username',
    hcl: `
variable "admin_user" {
  type = string
}

resource "aws_db_instance" "orders" {
  engine            = "postgres"
  instance_class    = "db.m6g.large"
  allocated_storage = 100
  username          = "orders_admin"
}

resource "aws_db_instance" "reports" {
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  username          = "postgres"
}

resource "aws_db_instance" "from_variable" {
  engine            = "mysql"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  username          = var.admin_user
}

resource "aws_rds_cluster" "analytics" {
  cluster_identifier = "analytics"
  engine             = "aurora-mysql"
  master_username    = "admin"
}

resource "aws_rds_cluster_instance" "analytics" {
  cluster_identifier = aws_rds_cluster.analytics.id
  engine             = "aurora-mysql"
  instance_class     = "db.r6g.large"
}
`,
    expect: {
      'aws_db_instance.orders': 'COMPLIANT',
      'aws_db_instance.reports': { status: 'NON_COMPLIANT', messageId: 'defaultName' },
      'aws_db_instance.from_variable': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      'aws_rds_cluster_instance.analytics': { status: 'NON_COMPLIANT', messageId: 'defaultName', path: ['DBClusterIdentifier'] },
    },
  },
  {
    name: 'plan: usernames, and a replica whose username is computed from its source',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_db_instance.orders', { allocated_storage: 100, engine: 'postgres', identifier: 'orders', instance_class: 'db.m6g.large', username: 'orders_admin' }, { arn: true, id: true }),
        created('aws_db_instance.legacy', { allocated_storage: 20, engine: 'mysql', identifier: 'legacy', instance_class: 'db.t3.micro', username: 'admin' }, { arn: true, id: true }),
        created('aws_db_instance.replica', { identifier: 'orders-replica', instance_class: 'db.m6g.large', replicate_source_db: 'orders' }, { arn: true, engine: true, id: true, username: true }),
      ],
    },
    expect: {
      'aws_db_instance.orders': 'COMPLIANT',
      'aws_db_instance.legacy': { status: 'NON_COMPLIANT', messageId: 'defaultName' },
      'aws_db_instance.replica': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
] satisfies RuleCase[];
