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
    name: 'stand-alone instances, a replica, and cluster members that are not applicable',
    template: `
Resources:
  MultiAz:${INSTANCE}
      Engine: postgres
      MultiAZ: true
  SingleAz:${INSTANCE}
      Engine: mysql
      MultiAZ: false
  Defaulted:${INSTANCE}
      Engine: sqlserver-se
      LicenseModel: license-included
  Replica:
    Type: AWS::RDS::DBInstance
    Properties:
      DBInstanceClass: db.m6g.large
      SourceDBInstanceIdentifier: !Ref MultiAz
  Cluster:
    Type: AWS::RDS::DBCluster
    Properties: { Engine: aurora-postgresql, MasterUsername: orders_admin, ManageMasterUserPassword: true }
  AuroraWriter:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: aurora-postgresql
      DBInstanceClass: db.r6g.large
      DBClusterIdentifier: !Ref Cluster
  DocumentDbMember:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: docdb
      DBInstanceClass: db.r6g.large
  ImportedMember:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: !ImportValue shared-engine
      DBInstanceClass: db.r6g.large
      DBClusterIdentifier: !ImportValue shared-cluster
`,
    expect: {
      MultiAz: { status: 'COMPLIANT', messageId: 'multiAz', path: ['MultiAZ'] },
      SingleAz: { status: 'NON_COMPLIANT', messageId: 'singleAz', path: ['MultiAZ'] },
      Defaulted: { status: 'NON_COMPLIANT', messageId: 'singleAz', path: [], messageIncludes: 'not set (default false)' },
      Replica: { status: 'NON_COMPLIANT', messageId: 'singleAz' },
      AuroraWriter: { status: 'NOT_APPLICABLE', messageId: 'clusterMember', path: ['Engine'] },
      DocumentDbMember: { status: 'NOT_APPLICABLE', messageId: 'clusterMember' },
      ImportedMember: { status: 'NOT_APPLICABLE', messageId: 'clusterMember', path: ['DBClusterIdentifier'] },
    },
  },
  {
    name: 'MultiAZ from parameters and conditions, and wrong-typed',
    inputs: { parameters: { Stage: 'prod' } },
    template: `
Parameters:
  Stage: { Type: String, AllowedValues: [dev, prod] }
  HighlyAvailable: { Type: String, AllowedValues: ['true', 'false'] }
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
  InIreland: !Equals [!Ref AWS::Region, eu-west-1]
Resources:
  ByStage:${INSTANCE}
      Engine: postgres
      MultiAZ: !If [IsProd, true, false]
  FromParameter:${INSTANCE}
      Engine: postgres
      MultiAZ: !Ref HighlyAvailable
  ByRegion:${INSTANCE}
      Engine: postgres
      MultiAZ: !If [InIreland, true, !Ref AWS::NoValue]
  Malformed:${INSTANCE}
      Engine: postgres
      MultiAZ: 2
`,
    expect: {
      ByStage: 'COMPLIANT',
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['MultiAZ'] },
      ByRegion: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: multi_az on and off, left unset, and an Aurora instance',
    hcl: `
resource "aws_db_instance" "orders" {
  identifier        = "orders"
  engine            = "postgres"
  instance_class    = "db.m6g.large"
  allocated_storage = 100
  username          = "orders_admin"
  multi_az          = true
}

resource "aws_db_instance" "reports" {
  engine            = "mysql"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  username          = "reports_admin"
}

resource "aws_db_instance" "replica" {
  instance_class      = "db.m6g.large"
  replicate_source_db = aws_db_instance.orders.identifier
  multi_az            = false
}

resource "aws_rds_cluster_instance" "writer" {
  cluster_identifier = "orders-cluster"
  engine             = "aurora-postgresql"
  instance_class     = "db.r6g.large"
}
`,
    expect: {
      'aws_db_instance.orders': 'COMPLIANT',
      'aws_db_instance.reports': { status: 'NON_COMPLIANT', messageId: 'singleAz' },
      'aws_db_instance.replica': { status: 'NON_COMPLIANT', messageId: 'singleAz', path: ['MultiAZ'] },
      'aws_rds_cluster_instance.writer': { status: 'NOT_APPLICABLE', messageId: 'clusterMember' },
    },
  },
  {
    name: 'plan: multi_az true, false, unset (computed by the provider) and from a reference',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_db_instance.orders', { allocated_storage: 100, engine: 'postgres', instance_class: 'db.m6g.large', multi_az: true, username: 'orders_admin' }, { arn: true, id: true }),
        created('aws_db_instance.reports', { allocated_storage: 20, engine: 'mysql', instance_class: 'db.t4g.micro', multi_az: false, username: 'reports_admin' }, { arn: true, id: true }),
        created('aws_db_instance.unset', { allocated_storage: 20, engine: 'mysql', instance_class: 'db.t4g.micro', username: 'reports_admin' }, { arn: true, id: true, multi_az: true }),
        created('aws_db_instance.referenced', { allocated_storage: 20, engine: 'mysql', instance_class: 'db.t4g.micro', username: 'reports_admin' }, { arn: true, id: true, multi_az: true }),
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_db_instance.unset', mode: 'managed', type: 'aws_db_instance', name: 'unset', provider_config_key: 'aws', expressions: { engine: { constant_value: 'mysql' } } },
            { address: 'aws_db_instance.referenced', mode: 'managed', type: 'aws_db_instance', name: 'referenced', provider_config_key: 'aws', expressions: { engine: { constant_value: 'mysql' }, multi_az: { references: ['aws_ssm_parameter.ha.value', 'aws_ssm_parameter.ha'] } } },
          ],
        },
      },
    },
    expect: {
      'aws_db_instance.orders': 'COMPLIANT',
      'aws_db_instance.reports': { status: 'NON_COMPLIANT', messageId: 'singleAz' },
      'aws_db_instance.unset': { status: 'NON_COMPLIANT', messageId: 'singleAz', path: [] },
      'aws_db_instance.referenced': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
] satisfies RuleCase[];
