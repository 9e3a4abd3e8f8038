import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const CLUSTER = `
    Type: AWS::RDS::DBCluster
    Properties:
      MasterUsername: orders_admin
      ManageMasterUserPassword: true`;

export default [
  {
    name: 'Aurora MySQL clusters with and without backtracking; other engines are not applicable',
    template: `
Resources:
  Backtracking:${CLUSTER}
      Engine: aurora-mysql
      BacktrackWindow: 86400
  MySql56:${CLUSTER}
      Engine: aurora
      BacktrackWindow: "3600"
  Defaulted:${CLUSTER}
      Engine: aurora-mysql
  Disabled:${CLUSTER}
      Engine: Aurora-MySQL
      BacktrackWindow: 0
  Postgres:${CLUSTER}
      Engine: aurora-postgresql
  MultiAzMySql:${CLUSTER}
      Engine: mysql
      DBClusterInstanceClass: db.m6gd.large
      StorageType: io1
      Iops: 1000
      AllocatedStorage: 100
`,
    expect: {
      Backtracking: { status: 'COMPLIANT', messageId: 'enabled', path: ['BacktrackWindow'], messageIncludes: '24 hours' },
      MySql56: 'COMPLIANT',
      Defaulted: { status: 'NON_COMPLIANT', messageId: 'disabled', path: [], messageIncludes: 'not set (default 0)' },
      Disabled: { status: 'NON_COMPLIANT', messageId: 'disabled', path: ['BacktrackWindow'] },
      Postgres: { status: 'NOT_APPLICABLE', messageId: 'otherEngine', path: ['Engine'] },
      MultiAzMySql: { status: 'NOT_APPLICABLE', messageId: 'otherEngine' },
    },
  },
  {
    name: 'BacktrackWindowInHours',
    params: { BacktrackWindowInHours: 12 },
    template: `
Resources:
  Day:${CLUSTER}
      Engine: aurora-mysql
      BacktrackWindow: 86400
  Twelve:${CLUSTER}
      Engine: aurora-mysql
      BacktrackWindow: 43200
  Hour:${CLUSTER}
      Engine: aurora-mysql
      BacktrackWindow: 3600
`,
    expect: { Day: 'COMPLIANT', Twelve: 'COMPLIANT', Hour: { status: 'NON_COMPLIANT', messageId: 'tooShort', messageIncludes: 'less than 12' } },
  },
  {
    name: 'the window or the engine known only at deployment, and a wrong-typed window',
    template: `
Parameters:
  Window: { Type: Number }
  Engine: { Type: String, AllowedValues: [aurora-mysql, aurora-postgresql] }
Resources:
  FromParameter:${CLUSTER}
      Engine: aurora-mysql
      BacktrackWindow: !Ref Window
  EngineFromParameter:${CLUSTER}
      Engine: !Ref Engine
  Malformed:${CLUSTER}
      Engine: aurora-mysql
      BacktrackWindow: one day
  BeyondLimit:${CLUSTER}
      Engine: aurora-mysql
      BacktrackWindow: 259201
  Seconds:${CLUSTER}
      Engine: aurora-mysql
      BacktrackWindow: 7
`,
    expect: {
      BeyondLimit: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'more than the 259200 seconds' },
      Seconds: { status: 'COMPLIANT', messageId: 'enabled', messageIncludes: 'can backtrack 7 seconds' },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['BacktrackWindow'] },
      EngineFromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['Engine'] },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: backtrack_window on Aurora MySQL and Aurora PostgreSQL clusters',
    hcl: `
resource "aws_rds_cluster" "orders" {
  engine           = "aurora-mysql"
  master_username  = "orders_admin"
  backtrack_window = 259200
}

resource "aws_rds_cluster" "reports" {
  engine          = "aurora-mysql"
  master_username = "reports_admin"
}

resource "aws_rds_cluster" "analytics" {
  engine          = "aurora-postgresql"
  master_username = "analytics_admin"
}
`,
    expect: {
      'aws_rds_cluster.orders': 'COMPLIANT',
      'aws_rds_cluster.reports': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_rds_cluster.analytics': { status: 'NOT_APPLICABLE', messageId: 'otherEngine' },
    },
  },
  {
    name: 'plan: backtrack_window set, 0, and known only after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_rds_cluster.orders', { backtrack_window: 7200, cluster_identifier: 'orders', engine: 'aurora-mysql', master_username: 'orders_admin' }, { arn: true, id: true }),
        created('aws_rds_cluster.reports', { backtrack_window: 0, cluster_identifier: 'reports', engine: 'aurora-mysql', master_username: 'reports_admin' }, { arn: true, id: true }),
        created('aws_rds_cluster.computed', { cluster_identifier: 'computed', engine: 'aurora-mysql', master_username: 'reports_admin' }, { arn: true, backtrack_window: true, id: true }),
      ],
    },
    expect: {
      'aws_rds_cluster.orders': 'COMPLIANT',
      'aws_rds_cluster.reports': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_rds_cluster.computed': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
] satisfies RuleCase[];
