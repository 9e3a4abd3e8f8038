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

const ROLE = 'arn:aws:iam::111122223333:role/rds-monitoring-role';

export default [
  {
    name: 'monitoring intervals, the default 0, and an Aurora instance',
    template: `
Resources:
  EveryMinute:${INSTANCE}
      MonitoringInterval: 60
      MonitoringRoleArn: ${ROLE}
  EverySecondAsString:${INSTANCE}
      MonitoringInterval: "1"
      MonitoringRoleArn: ${ROLE}
  Defaulted:${INSTANCE}
  Disabled:${INSTANCE}
      MonitoringInterval: 0
  Cluster:
    Type: AWS::RDS::DBCluster
    Properties: { Engine: aurora-postgresql, MasterUsername: orders_admin, ManageMasterUserPassword: true }
  AuroraReader:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: aurora-postgresql
      DBInstanceClass: db.r6g.large
      DBClusterIdentifier: !Ref Cluster
      MonitoringInterval: 30
      MonitoringRoleArn: ${ROLE}
`,
    expect: {
      EveryMinute: { status: 'COMPLIANT', messageId: 'enabled', path: ['MonitoringInterval'] },
      EverySecondAsString: 'COMPLIANT',
      Defaulted: { status: 'NON_COMPLIANT', messageId: 'disabled', path: [], messageIncludes: 'not set (default 0)' },
      Disabled: { status: 'NON_COMPLIANT', messageId: 'disabled', path: ['MonitoringInterval'] },
      AuroraReader: 'COMPLIANT',
    },
  },
  {
    name: 'a required interval',
    params: { monitoringInterval: 15 },
    template: `
Resources:
  Matching:${INSTANCE}
      MonitoringInterval: 15
      MonitoringRoleArn: ${ROLE}
  Other:${INSTANCE}
      MonitoringInterval: 60
      MonitoringRoleArn: ${ROLE}
  Disabled:${INSTANCE}
`,
    expect: {
      Matching: 'COMPLIANT',
      Other: { status: 'NON_COMPLIANT', messageId: 'wrongInterval', messageIncludes: 'every 60 seconds, not every 15' },
      Disabled: { status: 'NON_COMPLIANT', messageId: 'disabled' },
    },
  },
  {
    name: 'an interval known only at deployment, or wrong-typed',
    template: `
Parameters:
  Interval: { Type: Number, AllowedValues: [0, 60] }
Resources:
  FromParameter:${INSTANCE}
      MonitoringInterval: !Ref Interval
  Malformed:${INSTANCE}
      MonitoringInterval: every minute
`,
    expect: {
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['MonitoringInterval'] },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: monitoring_interval on instances and Aurora instances',
    hcl: `
resource "aws_iam_role" "monitoring" {
  name               = "rds-monitoring"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "monitoring.rds.amazonaws.com" } }] })
}

resource "aws_db_instance" "orders" {
  engine              = "postgres"
  instance_class      = "db.m6g.large"
  allocated_storage   = 100
  username            = "orders_admin"
  monitoring_interval = 60
  monitoring_role_arn = aws_iam_role.monitoring.arn
}

resource "aws_db_instance" "reports" {
  engine            = "mysql"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  username          = "reports_admin"
}

resource "aws_rds_cluster_instance" "writer" {
  cluster_identifier  = "orders"
  engine              = "aurora-postgresql"
  instance_class      = "db.r6g.large"
  monitoring_interval = 0
}
`,
    expect: {
      'aws_db_instance.orders': 'COMPLIANT',
      'aws_db_instance.reports': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_rds_cluster_instance.writer': { status: 'NON_COMPLIANT', messageId: 'disabled' },
    },
  },
  {
    name: 'plan: the provider default 0, an interval, and one known only after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_db_instance.orders', { allocated_storage: 100, engine: 'postgres', instance_class: 'db.m6g.large', monitoring_interval: 5, username: 'orders_admin' }, { arn: true, id: true, monitoring_role_arn: true }),
        created('aws_db_instance.reports', { allocated_storage: 20, engine: 'mysql', instance_class: 'db.t4g.micro', monitoring_interval: 0, username: 'reports_admin' }, { arn: true, id: true }),
        created('aws_db_instance.computed', { allocated_storage: 20, engine: 'mysql', instance_class: 'db.t4g.micro', username: 'reports_admin' }, { arn: true, id: true, monitoring_interval: true }),
      ],
    },
    expect: {
      'aws_db_instance.orders': 'COMPLIANT',
      'aws_db_instance.reports': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_db_instance.computed': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
] satisfies RuleCase[];
