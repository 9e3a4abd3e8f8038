import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'cloudformation: an interface endpoint for ec2 by !Sub with the region given; a VPC with only an S3 gateway endpoint',
    inputs: { region: 'eu-west-1' },
    template: `
Resources:
  Served:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  S3Only:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.1.0.0/16 }
  Subnet:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref Served
      CidrBlock: 10.0.1.0/24
  RouteTable:
    Type: AWS::EC2::RouteTable
    Properties:
      VpcId: !Ref S3Only
  Ec2Endpoint:
    Type: AWS::EC2::VPCEndpoint
    Properties:
      VpcId: !Ref Served
      ServiceName: !Sub com.amazonaws.\${AWS::Region}.ec2
      VpcEndpointType: Interface
      PrivateDnsEnabled: true
      SubnetIds: [!Ref Subnet]
  S3Endpoint:
    Type: AWS::EC2::VPCEndpoint
    Properties:
      VpcId: !Ref S3Only
      ServiceName: !Sub com.amazonaws.\${AWS::Region}.s3
      RouteTableIds: [!Ref RouteTable]
`,
    expect: {
      Served: { status: 'COMPLIANT', messageId: 'enabled', messageIncludes: 'Ec2Endpoint' },
      S3Only: { status: 'NON_COMPLIANT', messageId: 'noEndpoint', messageIncludes: 'ec2' },
    },
  },
  {
    name: 'cloudformation: the same !Sub without --region is not known; the S3 endpoint is not known either',
    template: `
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  Ec2Endpoint:
    Type: AWS::EC2::VPCEndpoint
    Properties:
      VpcId: !Ref Vpc
      ServiceName: !Sub com.amazonaws.\${AWS::Region}.ec2
      VpcEndpointType: Interface
`,
    expect: { Vpc: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEndpoint', messageIncludes: 'AWS::Region' } },
  },
  {
    name: 'cloudformation: a literal service name decides without the region; serviceName picks the service',
    params: { serviceName: 'ecr.api' },
    template: `
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  EcrApi:
    Type: AWS::EC2::VPCEndpoint
    Properties:
      VpcId: !Ref Vpc
      ServiceName: com.amazonaws.us-east-1.ecr.api
      VpcEndpointType: Interface
  EcrDocker:
    Type: AWS::EC2::VPCEndpoint
    Properties:
      VpcId: !Ref Vpc
      ServiceName: com.amazonaws.us-east-1.ecr.dkr
      VpcEndpointType: Interface
`,
    expect: { Vpc: { status: 'COMPLIANT', messageIncludes: 'EcrApi' } },
  },
  {
    name: 'cloudformation: an endpoint under an undecidable condition may not exist',
    template: `
Parameters:
  WithEndpoint: { Type: String, AllowedValues: ['yes', 'no'] }
Conditions:
  Create: !Equals [!Ref WithEndpoint, 'yes']
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  Maybe:
    Type: AWS::EC2::VPCEndpoint
    Condition: Create
    Properties:
      VpcId: !Ref Vpc
      ServiceName: com.amazonaws.eu-west-1.ec2
`,
    expect: { Vpc: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEndpoint', messageIncludes: 'condition Create' } },
  },
  {
    name: 'cloudformation: an endpoint whose VPC comes from a parameter may be in this VPC; a wrong service never serves it',
    template: `
Parameters:
  SomeVpc: { Type: AWS::EC2::VPC::Id }
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  Elsewhere:
    Type: AWS::EC2::VPCEndpoint
    Properties:
      VpcId: !Ref SomeVpc
      ServiceName: com.amazonaws.eu-west-1.ec2
  Sts:
    Type: AWS::EC2::VPCEndpoint
    Properties:
      VpcId: !Ref Vpc
      ServiceName: com.amazonaws.eu-west-1.sts
`,
    expect: { Vpc: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEndpoint', messageIncludes: 'Elsewhere' } },
  },
  {
    name: 'cloudformation: an endpoint for a VPC outside the template (a literal id) does not serve this one',
    template: `
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  Elsewhere:
    Type: AWS::EC2::VPCEndpoint
    Properties:
      VpcId: vpc-0123456789abcdef0
      ServiceName: com.amazonaws.eu-west-1.ec2
`,
    expect: { Vpc: { status: 'NON_COMPLIANT', messageId: 'noEndpoint' } },
  },
  {
    name: 'hcl: an ec2 interface endpoint in one VPC, a dynamodb gateway endpoint (the default type) in another',
    hcl: `
resource "aws_vpc" "served" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "other" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_vpc_endpoint" "ec2" {
  vpc_id              = aws_vpc.served.id
  service_name        = "com.amazonaws.eu-west-1.ec2"
  vpc_endpoint_type   = "Interface"
  private_dns_enabled = true
}

resource "aws_vpc_endpoint" "dynamodb" {
  vpc_id       = aws_vpc.other.id
  service_name = "com.amazonaws.eu-west-1.dynamodb"
}
`,
    expect: {
      'aws_vpc.served': { status: 'COMPLIANT', messageIncludes: 'aws_vpc_endpoint.ec2' },
      'aws_vpc.other': { status: 'NON_COMPLIANT', messageId: 'noEndpoint' },
    },
  },
  {
    name: 'hcl: a service name built from a region variable without a value is not known',
    hcl: `
variable "region" {
  type = string
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc_endpoint" "ec2" {
  vpc_id            = aws_vpc.main.id
  service_name      = "com.amazonaws.\${var.region}.ec2"
  vpc_endpoint_type = "Interface"
}
`,
    expect: { 'aws_vpc.main': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEndpoint' } },
  },
  {
    name: 'plan: a new VPC and its ec2 endpoint (the VPC id known after apply)',
    plan: {
      format_version: '1.2',
      resource_changes: [
        created('aws_vpc.main', { cidr_block: '10.0.0.0/16' }, { id: true }),
        created('aws_vpc_endpoint.ec2', { service_name: 'com.amazonaws.eu-west-1.ec2', vpc_endpoint_type: 'Interface' }, { vpc_id: true, id: true }),
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_vpc.main', mode: 'managed', type: 'aws_vpc', name: 'main', expressions: { cidr_block: { constant_value: '10.0.0.0/16' } } },
            { address: 'aws_vpc_endpoint.ec2', mode: 'managed', type: 'aws_vpc_endpoint', name: 'ec2', expressions: { vpc_id: { references: ['aws_vpc.main.id', 'aws_vpc.main'] }, service_name: { constant_value: 'com.amazonaws.eu-west-1.ec2' } } },
          ],
        },
      },
    },
    expect: { 'aws_vpc.main': 'COMPLIANT' },
  },
  {
    name: 'plan: destroying the only ec2 endpoint',
    plan: {
      format_version: '1.2',
      resource_changes: [
        { ...created('aws_vpc.main', { id: 'vpc-0a1b2c3d', cidr_block: '10.0.0.0/16' }), change: { actions: ['no-op'], before: { id: 'vpc-0a1b2c3d', cidr_block: '10.0.0.0/16' }, after: { id: 'vpc-0a1b2c3d', cidr_block: '10.0.0.0/16' }, after_unknown: {} } },
        { ...created('aws_vpc_endpoint.ec2', {}), change: { actions: ['delete'], before: { id: 'vpce-0a1b2c3d', vpc_id: 'vpc-0a1b2c3d', service_name: 'com.amazonaws.eu-west-1.ec2', vpc_endpoint_type: 'Interface' }, after: null, after_unknown: {} } },
      ],
    },
    expect: { 'aws_vpc.main': { status: 'NON_COMPLIANT', messageId: 'noEndpoint' } },
  },
] satisfies RuleCase[];
