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
    name: 'mysql and postgres instances with and without IAM authentication; other engines are not applicable',
    template: `
Resources:
  Enabled:${INSTANCE}
      Engine: postgres
      EnableIAMDatabaseAuthentication: true
  Defaulted:${INSTANCE}
      Engine: mysql
  Disabled:${INSTANCE}
      Engine: MySQL
      EnableIAMDatabaseAuthentication: "false"
  MariaDb:${INSTANCE}
      Engine: mariadb
  Oracle:${INSTANCE}
      Engine: oracle-ee
      LicenseModel: bring-your-own-license
  Replica:
    Type: AWS::RDS::DBInstance
    Properties:
      DBInstanceClass: db.m6g.large
      SourceDBInstanceIdentifier: !Ref Enabled
      EnableIAMDatabaseAuthentication: true
`,
    expect: {
      Enabled: { status: 'COMPLIANT', messageId: 'enabled', path: ['EnableIAMDatabaseAuthentication'] },
      Defaulted: { status: 'NON_COMPLIANT', messageId: 'disabled', path: [], messageIncludes: 'not set (default false)' },
      Disabled: { status: 'NON_COMPLIANT', messageId: 'disabled', path: ['EnableIAMDatabaseAuthentication'] },
      MariaDb: { status: 'NOT_APPLICABLE', messageId: 'otherEngine' },
      Oracle: { status: 'NOT_APPLICABLE', messageId: 'otherEngine', path: ['Engine'] },
      Replica: 'COMPLIANT',
    },
  },
  {
    name: 'Aurora instances are judged by their cluster',
    template: `
Resources:
  IamCluster:
    Type: AWS::RDS::DBCluster
    Properties: { Engine: aurora-postgresql, MasterUsername: orders_admin, ManageMasterUserPassword: true, EnableIAMDatabaseAuthentication: true }
  PasswordCluster:
    Type: AWS::RDS::DBCluster
    Properties: { DBClusterIdentifier: reports, Engine: aurora-mysql, MasterUsername: reports_admin, ManageMasterUserPassword: true }
  IamWriter:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: aurora-postgresql, DBInstanceClass: db.r6g.large, DBClusterIdentifier: !Ref IamCluster }
  PasswordWriter:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: aurora-mysql, DBInstanceClass: db.r6g.large, DBClusterIdentifier: reports, EnableIAMDatabaseAuthentication: true }
  ElsewhereWriter:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: aurora-mysql, DBInstanceClass: db.r6g.large, DBClusterIdentifier: shared }
  ClusterlessWriter:
    Type: AWS::RDS::DBInstance
    Properties: { Engine: aurora-mysql, DBInstanceClass: db.r6g.large, EnableIAMDatabaseAuthentication: true }
`,
    expect: {
      IamWriter: { status: 'COMPLIANT', messageId: 'enabled', path: ['DBClusterIdentifier'], messageIncludes: 'whose DB cluster IamCluster manages it' },
      PasswordWriter: { status: 'NON_COMPLIANT', messageId: 'disabled', path: ['DBClusterIdentifier'], messageIncludes: 'PasswordCluster' },
      ElsewhereWriter: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'shared is not defined in this input' },
      // The instance's own flag does not count: an Aurora instance takes IAM authentication from its cluster.
      ClusterlessWriter: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'names no DBClusterIdentifier' },
    },
  },
  {
    name: 'IAM authentication or the engine known only at deployment',
    template: `
Parameters:
  Iam: { Type: String, AllowedValues: ['true', 'false'] }
  Engine: { Type: String }
Resources:
  FromParameter:${INSTANCE}
      Engine: postgres
      EnableIAMDatabaseAuthentication: !Ref Iam
  EngineFromParameter:${INSTANCE}
      Engine: !Ref Engine
      EnableIAMDatabaseAuthentication: false
  Malformed:${INSTANCE}
      Engine: postgres
      EnableIAMDatabaseAuthentication: { Enabled: true }
`,
    expect: {
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['EnableIAMDatabaseAuthentication'] },
      EngineFromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['Engine'] },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: instances, and Aurora instances judged by their cluster',
    hcl: `
resource "aws_db_instance" "orders" {
  engine                              = "postgres"
  instance_class                      = "db.m6g.large"
  allocated_storage                   = 100
  username                            = "orders_admin"
  iam_database_authentication_enabled = true
}

resource "aws_db_instance" "reports" {
  engine            = "mysql"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  username          = "reports_admin"
}

resource "aws_db_instance" "ledger" {
  engine            = "sqlserver-se"
  license_model     = "license-included"
  instance_class    = "db.m6i.large"
  allocated_storage = 100
  username          = "ledger_admin"
}

resource "aws_rds_cluster" "analytics" {
  cluster_identifier                  = "analytics"
  engine                              = "aurora-postgresql"
  master_username                     = "analytics_admin"
  iam_database_authentication_enabled = true
}

resource "aws_rds_cluster_instance" "analytics" {
  count              = 2
  cluster_identifier = aws_rds_cluster.analytics.id
  engine             = aws_rds_cluster.analytics.engine
  instance_class     = "db.r6g.large"
}

resource "aws_rds_cluster" "legacy" {
  cluster_identifier = "legacy"
  engine             = "aurora-mysql"
  master_username    = "legacy_admin"
}

resource "aws_rds_cluster_instance" "legacy" {
  cluster_identifier = "legacy"
  engine             = "aurora-mysql"
  instance_class     = "db.r6g.large"
}
`,
    expect: {
      'aws_db_instance.orders': 'COMPLIANT',
      'aws_db_instance.reports': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_db_instance.ledger': { status: 'NOT_APPLICABLE', messageId: 'otherEngine' },
      'aws_rds_cluster_instance.analytics[0]': { status: 'COMPLIANT', path: ['DBClusterIdentifier'] },
      'aws_rds_cluster_instance.analytics[1]': { status: 'COMPLIANT', path: ['DBClusterIdentifier'] },
      'aws_rds_cluster_instance.legacy': { status: 'NON_COMPLIANT', messageId: 'disabled', path: ['DBClusterIdentifier'] },
    },
  },
  {
    name: 'plan: instances and an Aurora instance whose cluster is in the plan',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_db_instance.orders', { allocated_storage: 100, engine: 'postgres', iam_database_authentication_enabled: true, instance_class: 'db.m6g.large', username: 'orders_admin' }, { arn: true, id: true }),
        created('aws_db_instance.reports', { allocated_storage: 20, engine: 'mysql', iam_database_authentication_enabled: false, instance_class: 'db.t4g.micro', username: 'reports_admin' }, { arn: true, id: true }),
        created('aws_rds_cluster.analytics', { cluster_identifier: 'analytics', engine: 'aurora-postgresql', iam_database_authentication_enabled: true, master_username: 'analytics_admin' }, { arn: true, id: true }),
        created('aws_rds_cluster_instance.analytics[0]', { engine: 'aurora-postgresql', instance_class: 'db.r6g.large' }, { arn: true, cluster_identifier: true, id: true }),
        created('aws_rds_cluster_instance.orphan', { cluster_identifier: 'elsewhere', engine: 'aurora-mysql', instance_class: 'db.r6g.large' }, { arn: true, id: true }),
      ],
      configuration: {
        root_module: {
          resources: [
            {
              address: 'aws_rds_cluster_instance.analytics', mode: 'managed', type: 'aws_rds_cluster_instance', name: 'analytics', provider_config_key: 'aws', count_expression: { constant_value: 1 },
              expressions: { cluster_identifier: { references: ['aws_rds_cluster.analytics.id', 'aws_rds_cluster.analytics'] }, engine: { constant_value: 'aurora-postgresql' } },
            },
          ],
        },
      },
    },
    expect: {
      'aws_db_instance.orders': 'COMPLIANT',
      'aws_db_instance.reports': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_rds_cluster_instance.analytics[0]': { status: 'COMPLIANT', path: ['DBClusterIdentifier'] },
      'aws_rds_cluster_instance.orphan': { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'elsewhere' },
    },
  },
] satisfies RuleCase[];
