import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const INSTANCE = `
    Type: AWS::RDS::DBInstance
    Properties:
      DBInstanceClass: db.m6g.large
      AllocatedStorage: "100"
      MasterUsername: orders_admin
      ManageMasterUserPassword: true`;

export default [
  {
    name: 'instances with and without deletion protection; cluster members are not applicable',
    template: `
Resources:
  Protected:${INSTANCE}
      Engine: postgres
      DeletionProtection: true
  Defaulted:${INSTANCE}
      Engine: mariadb
  Unprotected:${INSTANCE}
      Engine: oracle-se2
      LicenseModel: license-included
      DeletionProtection: "false"
  Cluster:
    Type: AWS::RDS::DBCluster
    Properties: { Engine: aurora-mysql, MasterUsername: orders_admin, ManageMasterUserPassword: true, DeletionProtection: true }
  AuroraWriter:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: aurora-mysql
      DBInstanceClass: db.r6g.large
      DBClusterIdentifier: !Ref Cluster
  NeptuneMember:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: neptune
      DBInstanceClass: db.r6g.large
`,
    expect: {
      Protected: { status: 'COMPLIANT', messageId: 'enabled', path: ['DeletionProtection'] },
      Defaulted: { status: 'NON_COMPLIANT', messageId: 'disabled', path: [], messageIncludes: 'not set (default false)' },
      Unprotected: { status: 'NON_COMPLIANT', messageId: 'disabled', path: ['DeletionProtection'] },
      AuroraWriter: { status: 'NOT_APPLICABLE', messageId: 'clusterMember' },
      NeptuneMember: { status: 'NOT_APPLICABLE', messageId: 'clusterMember', path: ['Engine'] },
    },
  },
  {
    name: 'databaseEngines: only the listed engines are evaluated; a replica takes its source engine',
    params: { databaseEngines: 'mysql, postgres,mariadb' },
    template: `
Parameters:
  Engine: { Type: String }
Resources:
  Postgres:${INSTANCE}
      Engine: postgres
  SqlServer:${INSTANCE}
      Engine: sqlserver-ex
      LicenseModel: license-included
  Replica:
    Type: AWS::RDS::DBInstance
    Properties:
      DBInstanceClass: db.m6g.large
      SourceDBInstanceIdentifier: !Ref Postgres
      DeletionProtection: true
  CrossRegionReplica:
    Type: AWS::RDS::DBInstance
    Properties:
      DBInstanceClass: db.m6g.large
      SourceDBInstanceIdentifier: arn:aws:rds:us-east-1:111122223333:db:orders
  FromParameter:${INSTANCE}
      Engine: !Ref Engine
`,
    expect: {
      Postgres: { status: 'NON_COMPLIANT', messageId: 'disabled' },
      SqlServer: { status: 'NOT_APPLICABLE', messageId: 'engineNotListed', messageIncludes: 'sqlserver-ex' },
      Replica: 'COMPLIANT',
      CrossRegionReplica: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['Engine'] },
    },
  },
  {
    name: 'deletion protection known only at deployment, or wrong-typed',
    template: `
Parameters:
  Protect: { Type: String, AllowedValues: ['true', 'false'] }
Resources:
  FromParameter:${INSTANCE}
      Engine: postgres
      DeletionProtection: !Ref Protect
  Malformed:${INSTANCE}
      Engine: postgres
      DeletionProtection: [true]
`,
    expect: {
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['DeletionProtection'] },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: deletion_protection on instances; Aurora instances are not applicable',
    hcl: `
resource "aws_db_instance" "orders" {
  engine              = "postgres"
  instance_class      = "db.m6g.large"
  allocated_storage   = 100
  username            = "orders_admin"
  deletion_protection = true
}

resource "aws_db_instance" "scratch" {
  engine            = "mysql"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  username          = "scratch_admin"
}

resource "aws_rds_cluster_instance" "writer" {
  cluster_identifier = "orders"
  engine             = "aurora-postgresql"
  instance_class     = "db.r6g.large"
}

# aws_db_instance takes no cluster_identifier: the instance is judged as it is written, not as a cluster member.
resource "aws_db_instance" "not_a_member" {
  cluster_identifier  = "orders"
  engine              = "mysql"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  username            = "scratch_admin"
  deletion_protection = false
}
`,
    expect: {
      'aws_db_instance.orders': 'COMPLIANT',
      'aws_db_instance.scratch': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_db_instance.not_a_member': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_rds_cluster_instance.writer': { status: 'NOT_APPLICABLE', messageId: 'clusterMember' },
    },
  },
  {
    name: 'plan: deletion_protection true, false and known only after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_db_instance.orders', { allocated_storage: 100, deletion_protection: true, engine: 'postgres', instance_class: 'db.m6g.large', username: 'orders_admin' }, { arn: true, id: true }),
        created('aws_db_instance.scratch', { allocated_storage: 20, deletion_protection: false, engine: 'mysql', instance_class: 'db.t4g.micro', username: 'scratch_admin' }, { arn: true, id: true }),
        created('aws_db_instance.computed', { allocated_storage: 20, engine: 'mysql', instance_class: 'db.t4g.micro', username: 'scratch_admin' }, { arn: true, deletion_protection: true, id: true }),
      ],
    },
    expect: {
      'aws_db_instance.orders': 'COMPLIANT',
      'aws_db_instance.scratch': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_db_instance.computed': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
] satisfies RuleCase[];
