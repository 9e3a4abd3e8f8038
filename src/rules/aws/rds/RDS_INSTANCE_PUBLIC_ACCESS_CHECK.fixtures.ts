import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const INSTANCE = `
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.t4g.micro
      AllocatedStorage: "20"
      MasterUsername: orders_admin
      ManageMasterUserPassword: true`;

/** A VPC with two private subnets in a DB subnet group; `gateway` attaches an internet gateway. */
const network = (gateway: string) => `
  Vpc:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  SubnetA:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24, AvailabilityZone: eu-west-1a }
  SubnetB:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.2.0/24, AvailabilityZone: eu-west-1b }
  SubnetGroup:
    Type: AWS::RDS::DBSubnetGroup
    Properties:
      DBSubnetGroupDescription: private subnets
      DBSubnetGroupName: orders-private
      SubnetIds: [!Ref SubnetA, !Ref SubnetB]
${gateway}`;

const GATEWAY = `
  Gateway:
    Type: AWS::EC2::InternetGateway
  GatewayAttachment:
    Type: AWS::EC2::VPCGatewayAttachment
    Properties: { VpcId: !Ref Vpc, InternetGatewayId: !Ref Gateway }`;

export default [
  {
    name: 'PubliclyAccessible set explicitly, as a boolean or a string',
    template: `
Resources:
  Public:${INSTANCE}
      PubliclyAccessible: true
  PublicAsString:${INSTANCE}
      PubliclyAccessible: "True"
  Private:${INSTANCE}
      PubliclyAccessible: false
`,
    expect: {
      Public: { status: 'NON_COMPLIANT', messageId: 'public', path: ['PubliclyAccessible'] },
      PublicAsString: { status: 'NON_COMPLIANT', messageId: 'public' },
      Private: { status: 'COMPLIANT', messageId: 'private', path: ['PubliclyAccessible'] },
    },
  },
  {
    name: 'PubliclyAccessible not set: the default VPC, or the subnet group VPC with and without an internet gateway',
    template: `
Resources:${network(GATEWAY)}
  PrivateVpc:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.1.0.0/16 }
  PrivateSubnetA:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: !Ref PrivateVpc, CidrBlock: 10.1.1.0/24 }
  PrivateSubnetB:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: !Ref PrivateVpc, CidrBlock: 10.1.2.0/24 }
  PrivateSubnetGroup:
    Type: AWS::RDS::DBSubnetGroup
    Properties:
      DBSubnetGroupDescription: isolated subnets
      SubnetIds: [!Ref PrivateSubnetA, !Ref PrivateSubnetB]
  VpnGateway:
    Type: AWS::EC2::VPNGateway
    Properties: { Type: ipsec.1 }
  VpnAttachment:
    Type: AWS::EC2::VPCGatewayAttachment
    Properties: { VpcId: !Ref PrivateVpc, VpnGatewayId: !Ref VpnGateway }
  DefaultVpc:${INSTANCE}
  InGatewayVpc:${INSTANCE}
      DBSubnetGroupName: !Ref SubnetGroup
  ByGroupName:${INSTANCE}
      DBSubnetGroupName: Orders-Private
  InIsolatedVpc:${INSTANCE}
      DBSubnetGroupName: !Ref PrivateSubnetGroup
`,
    expect: {
      DefaultVpc: { status: 'NON_COMPLIANT', messageId: 'defaultVpc', path: [] },
      InGatewayVpc: { status: 'NON_COMPLIANT', messageId: 'vpcWithGateway', path: ['DBSubnetGroupName'], messageIncludes: 'GatewayAttachment' },
      ByGroupName: { status: 'NON_COMPLIANT', messageId: 'vpcWithGateway' },
      InIsolatedVpc: { status: 'COMPLIANT', messageId: 'vpcWithoutGateway', path: ['DBSubnetGroupName'] },
    },
  },
  {
    name: 'an Aurora instance in its cluster subnet group',
    template: `
Resources:${network(GATEWAY)}
  Cluster:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      MasterUsername: orders_admin
      ManageMasterUserPassword: true
      DBSubnetGroupName: !Ref SubnetGroup
  Writer:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: aurora-postgresql
      DBInstanceClass: db.r6g.large
      DBClusterIdentifier: !Ref Cluster
  PrivateWriter:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: aurora-postgresql
      DBInstanceClass: db.r6g.large
      DBClusterIdentifier: !Ref Cluster
      PubliclyAccessible: false
  ElsewhereWriter:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: aurora-postgresql
      DBInstanceClass: db.r6g.large
      DBClusterIdentifier: shared-cluster
`,
    expect: {
      Writer: { status: 'NON_COMPLIANT', messageId: 'vpcWithGateway', path: ['DBClusterIdentifier'] },
      PrivateWriter: 'COMPLIANT',
      ElsewhereWriter: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['DBClusterIdentifier'], messageIncludes: 'shared-cluster' },
    },
  },
  {
    name: 'what can not be known before deployment',
    inputs: { parameters: { Exposed: 'false' } },
    template: `
Parameters:
  Exposed: { Type: String, AllowedValues: ['true', 'false'] }
  Reachable: { Type: String, AllowedValues: ['true', 'false'] }
  Stage: { Type: String, Default: dev }
Conditions:
  InIreland: !Equals [!Ref AWS::Region, eu-west-1]
  WithGateway: !Equals [!Ref Stage, prod]
Resources:${network(`
  Gateway:
    Type: AWS::EC2::InternetGateway
  GatewayAttachment:
    Type: AWS::EC2::VPCGatewayAttachment
    Condition: InIreland
    Properties: { VpcId: !Ref Vpc, InternetGatewayId: !Ref Gateway }`)}
  FromGivenParameter:${INSTANCE}
      PubliclyAccessible: !Ref Exposed
  FromParameter:${INSTANCE}
      PubliclyAccessible: !Ref Reachable
  ByRegion:${INSTANCE}
      PubliclyAccessible: !If [InIreland, true, false]
  MaybeUnset:${INSTANCE}
      PubliclyAccessible: !If [InIreland, false, !Ref AWS::NoValue]
  ImportedGroup:${INSTANCE}
      DBSubnetGroupName: !ImportValue network-db-subnet-group
  NamedGroup:${INSTANCE}
      DBSubnetGroupName: shared-db-subnets
  ConditionalGateway:${INSTANCE}
      DBSubnetGroupName: !Ref SubnetGroup
`,
    expect: {
      FromGivenParameter: 'COMPLIANT',
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['PubliclyAccessible'] },
      ByRegion: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      MaybeUnset: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['PubliclyAccessible'] },
      ImportedGroup: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['DBSubnetGroupName'] },
      NamedGroup: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'shared-db-subnets' },
      ConditionalGateway: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'GatewayAttachment' },
    },
  },
  {
    name: 'an Aurora or Neptune instance that names no cluster: its subnet group is the cluster\'s, not the default VPC',
    template: `
Resources:
  AuroraWithoutCluster:
    Type: AWS::RDS::DBInstance
    Properties: { DBInstanceClass: db.r6g.large, Engine: aurora-postgresql }
  NeptuneWithoutCluster:
    Type: AWS::RDS::DBInstance
    Properties: { DBInstanceClass: db.r6g.large, Engine: neptune }
  PrivateAurora:
    Type: AWS::RDS::DBInstance
    Properties: { DBInstanceClass: db.r6g.large, Engine: aurora-mysql, PubliclyAccessible: false }
`,
    expect: {
      AuroraWithoutCluster: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['Engine'], messageIncludes: 'names no DBClusterIdentifier' },
      NeptuneWithoutCluster: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['Engine'] },
      PrivateAurora: 'COMPLIANT',
    },
  },
  {
    name: 'wrong-typed PubliclyAccessible is not a pass',
    template: `
Resources:
  Malformed:${INSTANCE}
      PubliclyAccessible: [true]
`,
    expect: { Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'malformed' } },
  },
  {
    name: 'hcl: publicly_accessible true, false, and the provider default false, on instances and Aurora instances',
    hcl: `
variable "public" {
  type = bool
}

resource "aws_db_instance" "public" {
  identifier          = "orders"
  engine              = "postgres"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  username            = "orders_admin"
  publicly_accessible = true
}

resource "aws_db_instance" "defaulted" {
  identifier        = "reports"
  engine            = "mysql"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  username          = "reports_admin"
}

resource "aws_db_instance" "from_variable" {
  engine              = "mysql"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  username            = "reports_admin"
  publicly_accessible = var.public
}

resource "aws_rds_cluster" "orders" {
  cluster_identifier = "orders"
  engine             = "aurora-postgresql"
  master_username    = "orders_admin"
}

resource "aws_rds_cluster_instance" "writer" {
  cluster_identifier  = aws_rds_cluster.orders.id
  engine              = aws_rds_cluster.orders.engine
  instance_class      = "db.r6g.large"
  publicly_accessible = true
}

resource "aws_rds_cluster_instance" "reader" {
  cluster_identifier = aws_rds_cluster.orders.id
  engine             = aws_rds_cluster.orders.engine
  instance_class     = "db.r6g.large"
}
`,
    expect: {
      'aws_db_instance.public': { status: 'NON_COMPLIANT', messageId: 'public', path: ['PubliclyAccessible'] },
      'aws_db_instance.defaulted': { status: 'COMPLIANT', messageId: 'private' },
      'aws_db_instance.from_variable': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      'aws_rds_cluster_instance.writer': { status: 'NON_COMPLIANT', messageId: 'public' },
      'aws_rds_cluster_instance.reader': 'COMPLIANT',
    },
  },
  {
    name: 'hcl: a variable given on the command line',
    vars: { public: 'false' },
    hcl: `
variable "public" {
  type = bool
}

resource "aws_db_instance" "given" {
  engine              = "postgres"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  username            = "orders_admin"
  publicly_accessible = var.public
}

resource "aws_db_instance" "exposed" {
  engine              = "postgres"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  username            = "orders_admin"
  publicly_accessible = !var.public
}
`,
    expect: { 'aws_db_instance.given': 'COMPLIANT', 'aws_db_instance.exposed': { status: 'NON_COMPLIANT', messageId: 'public' } },
  },
  {
    name: 'plan: instances created public and private, and one known only after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_db_instance.public', { allocated_storage: 20, engine: 'mysql', identifier: 'rds-acme-corp', instance_class: 'db.t3.micro', publicly_accessible: true, username: 'acme_admin' }, { arn: true, id: true }),
        created('aws_db_instance.private', { allocated_storage: 20, engine: 'postgres', identifier: 'orders', instance_class: 'db.t4g.micro', publicly_accessible: false, username: 'orders_admin' }, { arn: true, id: true }),
        created('aws_db_instance.computed', { allocated_storage: 20, engine: 'postgres', identifier: 'reports', instance_class: 'db.t4g.micro', username: 'reports_admin' }, { arn: true, id: true, publicly_accessible: true }),
        created('module.aurora.aws_rds_cluster_instance.this[0]', { engine: 'aurora-mysql', instance_class: 'db.r6g.large', publicly_accessible: false }, { arn: true, cluster_identifier: true, id: true }),
      ],
    },
    expect: {
      'aws_db_instance.public': { status: 'NON_COMPLIANT', messageId: 'public' },
      'aws_db_instance.private': 'COMPLIANT',
      'aws_db_instance.computed': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      'module.aurora.aws_rds_cluster_instance.this[0]': 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
