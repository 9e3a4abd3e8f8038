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
    name: 'the log types each engine must publish',
    template: `
Resources:
  Postgres:${INSTANCE}
      Engine: postgres
      EnableCloudwatchLogsExports: [postgresql, upgrade]
  PostgresWithoutUpgrade:${INSTANCE}
      Engine: postgres
      EnableCloudwatchLogsExports: [postgresql]
  MySql:${INSTANCE}
      Engine: mysql
      EnableCloudwatchLogsExports: [audit, error, general, slowquery, iam-db-auth-error]
  MariaDbNone:${INSTANCE}
      Engine: mariadb
  Oracle:${INSTANCE}
      Engine: oracle-se2-cdb
      LicenseModel: license-included
      EnableCloudwatchLogsExports: [alert, audit, trace, listener]
  OracleWithoutListener:${INSTANCE}
      Engine: custom-oracle-ee
      EnableCloudwatchLogsExports: [alert, audit, trace]
  SqlServer:${INSTANCE}
      Engine: sqlserver-ex
      LicenseModel: license-included
      EnableCloudwatchLogsExports: [ERROR, Agent]
  Db2:${INSTANCE}
      Engine: db2-se
      LicenseModel: bring-your-own-license
`,
    expect: {
      Postgres: { status: 'COMPLIANT', messageId: 'enabled', path: ['EnableCloudwatchLogsExports'] },
      PostgresWithoutUpgrade: { status: 'NON_COMPLIANT', messageId: 'missing', messageIncludes: 'postgres logs upgrade' },
      MySql: 'COMPLIANT',
      MariaDbNone: { status: 'NON_COMPLIANT', messageId: 'missing', path: [], messageIncludes: 'audit, error, general, slowquery' },
      Oracle: 'COMPLIANT',
      OracleWithoutListener: { status: 'NON_COMPLIANT', messageId: 'missing', messageIncludes: 'listener' },
      SqlServer: 'COMPLIANT',
      Db2: { status: 'NOT_APPLICABLE', messageId: 'noLogTypes' },
    },
  },
  {
    name: 'Aurora instances are judged by the log exports of their cluster',
    template: `
Resources:
  MySqlCluster:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-mysql
      MasterUsername: orders_admin
      ManageMasterUserPassword: true
      EnableCloudwatchLogsExports: [audit, error, general, slowquery]
  PostgresCluster:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      MasterUsername: orders_admin
      ManageMasterUserPassword: true
      EnableCloudwatchLogsExports: [postgresql]
  MySqlWriter:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: aurora-mysql, DBInstanceClass: db.r6g.large, DBClusterIdentifier: !Ref MySqlCluster }
  PostgresWriter:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: aurora-postgresql, DBInstanceClass: db.r6g.large, DBClusterIdentifier: !Ref PostgresCluster }
  ElsewhereWriter:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: aurora-mysql, DBInstanceClass: db.r6g.large, DBClusterIdentifier: shared }
`,
    expect: {
      MySqlWriter: { status: 'COMPLIANT', path: ['DBClusterIdentifier'], messageIncludes: 'whose DB cluster MySqlCluster manages it' },
      PostgresWriter: { status: 'NON_COMPLIANT', messageId: 'missing', path: ['DBClusterIdentifier'], messageIncludes: 'upgrade' },
      ElsewhereWriter: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'shared' },
    },
  },
  {
    name: 'additionalLogs adds log types by engine and engine family',
    params: { additionalLogs: 'oracle: oemagent ; postgres: iam-db-auth-error; DB2-SE: diag.log' },
    template: `
Resources:
  Oracle:${INSTANCE}
      Engine: oracle-ee
      LicenseModel: bring-your-own-license
      EnableCloudwatchLogsExports: [alert, audit, trace, listener]
  Postgres:${INSTANCE}
      Engine: postgres
      EnableCloudwatchLogsExports: [postgresql, upgrade, iam-db-auth-error]
  Db2:${INSTANCE}
      Engine: db2-se
      LicenseModel: bring-your-own-license
      EnableCloudwatchLogsExports: [diag.log]
`,
    expect: {
      Oracle: { status: 'NON_COMPLIANT', messageId: 'missing', messageIncludes: 'oemagent' },
      Postgres: 'COMPLIANT',
      Db2: 'COMPLIANT',
    },
  },
  {
    name: 'a malformed additionalLogs parameter decides nothing',
    params: { additionalLogs: 'oracle oemagent' },
    template: `
Resources:
  Postgres:${INSTANCE}
      Engine: postgres
      EnableCloudwatchLogsExports: [postgresql, upgrade]
`,
    expect: { Postgres: { status: 'INSUFFICIENT_DATA', messageId: 'badParameter' } },
  },
  {
    name: 'exports or the engine known only at deployment; a replica takes its source engine',
    template: `
Parameters:
  Logs: { Type: CommaDelimitedList }
  Engine: { Type: String }
Conditions:
  InIreland: !Equals [!Ref AWS::Region, eu-west-1]
Resources:
  Source:${INSTANCE}
      Engine: mysql
      EnableCloudwatchLogsExports: [audit, error, general, slowquery]
  Replica:
    Type: AWS::RDS::DBInstance
    Properties:
      DBInstanceClass: db.m6g.large
      SourceDBInstanceIdentifier: !Ref Source
      EnableCloudwatchLogsExports: [error]
  FromParameter:${INSTANCE}
      Engine: postgres
      EnableCloudwatchLogsExports: !Ref Logs
  OneUnknown:${INSTANCE}
      Engine: postgres
      EnableCloudwatchLogsExports: [postgresql, !If [InIreland, upgrade, postgresql]]
  OneUnknownButDecided:${INSTANCE}
      Engine: sqlserver-se
      LicenseModel: license-included
      EnableCloudwatchLogsExports: [postgresql, !If [InIreland, upgrade, postgresql]]
  EngineFromParameter:${INSTANCE}
      Engine: !Ref Engine
`,
    expect: {
      Source: 'COMPLIANT',
      Replica: { status: 'NON_COMPLIANT', messageId: 'missing', messageIncludes: 'mysql logs audit, general, slowquery' },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['EnableCloudwatchLogsExports'] },
      OneUnknown: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      OneUnknownButDecided: { status: 'NON_COMPLIANT', messageId: 'missing', messageIncludes: 'error, agent' },
      EngineFromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['Engine'] },
    },
  },
  {
    name: 'hcl: enabled_cloudwatch_logs_exports on instances, and Aurora instances by their cluster',
    hcl: `
resource "aws_db_instance" "orders" {
  engine                          = "postgres"
  instance_class                  = "db.m6g.large"
  allocated_storage               = 100
  username                        = "orders_admin"
  enabled_cloudwatch_logs_exports = ["postgresql", "upgrade"]
}

resource "aws_db_instance" "reports" {
  engine                          = "mysql"
  instance_class                  = "db.t4g.micro"
  allocated_storage               = 20
  username                        = "reports_admin"
  enabled_cloudwatch_logs_exports = ["error", "slowquery"]
}

resource "aws_rds_cluster" "analytics" {
  engine                          = "aurora-mysql"
  master_username                 = "analytics_admin"
  enabled_cloudwatch_logs_exports = ["audit", "error", "general", "slowquery"]
}

resource "aws_rds_cluster_instance" "analytics" {
  cluster_identifier = aws_rds_cluster.analytics.id
  engine             = "aurora-mysql"
  instance_class     = "db.r6g.large"
}
`,
    expect: {
      'aws_db_instance.orders': 'COMPLIANT',
      'aws_db_instance.reports': { status: 'NON_COMPLIANT', messageId: 'missing', messageIncludes: 'audit, general' },
      'aws_rds_cluster_instance.analytics': { status: 'COMPLIANT', path: ['DBClusterIdentifier'] },
    },
  },
  {
    name: 'plan: exports set, missing, and known only after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_db_instance.orders', { allocated_storage: 100, enabled_cloudwatch_logs_exports: ['postgresql', 'upgrade'], engine: 'postgres', instance_class: 'db.m6g.large', username: 'orders_admin' }, { arn: true, id: true }),
        created('aws_db_instance.reports', { allocated_storage: 20, enabled_cloudwatch_logs_exports: null, engine: 'mysql', instance_class: 'db.t4g.micro', username: 'reports_admin' }, { arn: true, id: true }),
        created('aws_db_instance.computed', { allocated_storage: 20, engine: 'mysql', instance_class: 'db.t4g.micro', username: 'reports_admin' }, { arn: true, enabled_cloudwatch_logs_exports: true, id: true }),
      ],
    },
    expect: {
      'aws_db_instance.orders': 'COMPLIANT',
      'aws_db_instance.reports': { status: 'NON_COMPLIANT', messageId: 'missing' },
      'aws_db_instance.computed': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
] satisfies RuleCase[];
