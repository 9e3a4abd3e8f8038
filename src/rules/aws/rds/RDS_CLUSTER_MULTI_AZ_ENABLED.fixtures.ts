import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const CLUSTER = `
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      MasterUsername: orders_admin
      ManageMasterUserPassword: true`;

/** An Aurora instance of `cluster`, in `zone` when given. */
const member = (cluster: string, zone?: string, extra = '') => `
    Type: AWS::RDS::DBInstance${extra}
    Properties:
      Engine: aurora-postgresql
      DBInstanceClass: db.r6g.large
      DBClusterIdentifier: !Ref ${cluster}${zone ? `\n      AvailabilityZone: ${zone}` : ''}`;

export default [
  {
    name: 'Aurora clusters judged by the zones of their instances',
    template: `
Resources:
  TwoZones:${CLUSTER}
  TwoZonesWriter:${member('TwoZones', 'eu-west-1a')}
  TwoZonesReader:${member('TwoZones', 'eu-west-1b')}
  OneInstance:${CLUSTER}
  OneInstanceWriter:${member('OneInstance')}
  SameZone:${CLUSTER}
  SameZoneWriter:${member('SameZone', 'eu-west-1a')}
  SameZoneReader:${member('SameZone', 'EU-WEST-1A')}
  RdsChooses:${CLUSTER}
  RdsChoosesWriter:${member('RdsChooses')}
  RdsChoosesReader:${member('RdsChooses')}
  Spread:${CLUSTER}
      AvailabilityZones: [eu-west-1a, eu-west-1b, eu-west-1c]
  SpreadWriter:${member('Spread')}
  SpreadReader:${member('Spread')}
  Empty:${CLUSTER}
`,
    expect: {
      TwoZones: { status: 'COMPLIANT', messageId: 'zones', messageIncludes: 'eu-west-1a, eu-west-1b' },
      OneInstance: { status: 'NON_COMPLIANT', messageId: 'oneInstance', messageIncludes: 'OneInstanceWriter' },
      SameZone: { status: 'NON_COMPLIANT', messageId: 'sameZone' },
      RdsChooses: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'RDS chooses' },
      Spread: { status: 'COMPLIANT', messageId: 'spread', path: ['AvailabilityZones'] },
      Empty: { status: 'INSUFFICIENT_DATA', messageId: 'noInstances' },
    },
  },
  {
    name: 'Multi-AZ DB clusters and Aurora Serverless v1',
    template: `
Resources:
  MultiAzCluster:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: postgres
      DBClusterInstanceClass: db.m6gd.large
      StorageType: io1
      Iops: 1000
      AllocatedStorage: 100
      MasterUsername: orders_admin
      ManageMasterUserPassword: true
  Serverless:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-mysql
      EngineMode: serverless
      MasterUsername: orders_admin
      ManageMasterUserPassword: true
`,
    expect: {
      MultiAzCluster: { status: 'COMPLIANT', messageId: 'multiAzCluster', path: ['DBClusterInstanceClass'] },
      Serverless: { status: 'NON_COMPLIANT', messageId: 'serverless', path: ['EngineMode'] },
    },
  },
  {
    name: 'instances under an undecidable condition, zones from parameters, and a member named by an import',
    template: `
Parameters:
  Zone: { Type: AWS::EC2::AvailabilityZone::Name }
  Stage: { Type: String }
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
Resources:
  Conditional:${CLUSTER}
  ConditionalWriter:${member('Conditional', 'eu-west-1a')}
  ConditionalReader:${member('Conditional', 'eu-west-1b', '\n    Condition: IsProd')}
  ByParameter:${CLUSTER}
  ByParameterWriter:${member('ByParameter', 'eu-west-1a')}
  ByParameterReader:${member('ByParameter', '!Ref Zone')}
  Imported:${CLUSTER}
  ImportedWriter:${member('Imported', 'eu-west-1a')}
  SomeReader:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: aurora-postgresql
      DBInstanceClass: db.r6g.large
      DBClusterIdentifier: !ImportValue database-cluster
`,
    expect: {
      Conditional: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'condition IsProd' },
      ByParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'ByParameterReader' },
      Imported: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'SomeReader' },
    },
  },
  {
    name: 'hcl: clusters with instances in zones, one instance, count, and availability_zones',
    hcl: `
resource "aws_rds_cluster" "orders" {
  cluster_identifier = "orders"
  engine             = "aurora-postgresql"
  master_username    = "orders_admin"
}

resource "aws_rds_cluster_instance" "orders" {
  for_each           = toset(["eu-west-1a", "eu-west-1b"])
  cluster_identifier = aws_rds_cluster.orders.id
  engine             = "aurora-postgresql"
  instance_class     = "db.r6g.large"
  availability_zone  = each.key
}

resource "aws_rds_cluster" "reports" {
  cluster_identifier = "reports"
  engine             = "aurora-mysql"
  master_username    = "reports_admin"
}

resource "aws_rds_cluster_instance" "reports" {
  cluster_identifier = aws_rds_cluster.reports.id
  engine             = "aurora-mysql"
  instance_class     = "db.r6g.large"
}

resource "aws_rds_cluster" "analytics" {
  cluster_identifier = "analytics"
  engine             = "aurora-mysql"
  master_username    = "analytics_admin"
  availability_zones = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]
}

resource "aws_rds_cluster_instance" "analytics" {
  count              = 3
  cluster_identifier = "analytics"
  engine             = "aurora-mysql"
  instance_class     = "db.r6g.large"
}
`,
    expect: {
      'aws_rds_cluster.orders': { status: 'COMPLIANT', messageId: 'zones' },
      'aws_rds_cluster.reports': { status: 'NON_COMPLIANT', messageId: 'oneInstance' },
      'aws_rds_cluster.analytics': { status: 'COMPLIANT', messageId: 'spread' },
    },
  },
  {
    name: 'plan: zones chosen by the provider, and a Multi-AZ DB cluster',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_rds_cluster.orders', { cluster_identifier: 'orders', engine: 'aurora-postgresql', master_username: 'orders_admin' }, { arn: true, availability_zones: true, id: true }),
        created('aws_rds_cluster_instance.orders[0]', { cluster_identifier: 'orders', engine: 'aurora-postgresql', instance_class: 'db.r6g.large' }, { arn: true, availability_zone: true, id: true }),
        created('aws_rds_cluster_instance.orders[1]', { cluster_identifier: 'orders', engine: 'aurora-postgresql', instance_class: 'db.r6g.large' }, { arn: true, availability_zone: true, id: true }),
        created('aws_rds_cluster.single', { cluster_identifier: 'single', engine: 'aurora-mysql', master_username: 'single_admin' }, { arn: true, availability_zones: true, id: true }),
        created('aws_rds_cluster_instance.single', { availability_zone: 'eu-west-1a', cluster_identifier: 'single', engine: 'aurora-mysql', instance_class: 'db.r6g.large' }, { arn: true, id: true }),
        created('aws_rds_cluster.multi_az', { allocated_storage: 100, cluster_identifier: 'multi-az', db_cluster_instance_class: 'db.m6gd.large', engine: 'mysql', iops: 1000, master_username: 'orders_admin', storage_type: 'io1' }, { arn: true, id: true }),
      ],
    },
    expect: {
      'aws_rds_cluster.orders': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      'aws_rds_cluster.single': { status: 'NON_COMPLIANT', messageId: 'oneInstance' },
      'aws_rds_cluster.multi_az': { status: 'COMPLIANT', messageId: 'multiAzCluster' },
    },
  },
] satisfies RuleCase[];
