import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'route tables with default routes to an internet gateway, a NAT gateway, narrow routes and unknown routes',
    template: `
Parameters:
  Destination: { Type: String }
Conditions:
  InIreland: !Equals [!Ref AWS::Region, eu-west-1]
Resources:
  Gateway:
    Type: AWS::EC2::InternetGateway
  Public:
    Type: AWS::EC2::RouteTable
    Properties: { VpcId: vpc-0123456789abcdef0 }
  PublicDefault:
    Type: AWS::EC2::Route
    Properties: { RouteTableId: !Ref Public, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref Gateway }
  PublicIpv6:
    Type: AWS::EC2::RouteTable
    Properties: { VpcId: vpc-0123456789abcdef0 }
  Ipv6Default:
    Type: AWS::EC2::Route
    Properties: { RouteTableId: !Ref PublicIpv6, DestinationIpv6CidrBlock: '::/0', GatewayId: igw-0123456789abcdef0 }
  Private:
    Type: AWS::EC2::RouteTable
    Properties: { VpcId: vpc-0123456789abcdef0 }
  NatDefault:
    Type: AWS::EC2::Route
    Properties: { RouteTableId: !Ref Private, DestinationCidrBlock: 0.0.0.0/0, NatGatewayId: nat-0123456789abcdef0 }
  NarrowToGateway:
    Type: AWS::EC2::Route
    Properties: { RouteTableId: !Ref Private, DestinationCidrBlock: 203.0.113.0/24, GatewayId: !Ref Gateway }
  Empty:
    Type: AWS::EC2::RouteTable
    Properties: { VpcId: vpc-0123456789abcdef0 }
  Unknown:
    Type: AWS::EC2::RouteTable
    Properties: { VpcId: vpc-0123456789abcdef0 }
  ParameterDestination:
    Type: AWS::EC2::Route
    Properties: { RouteTableId: !Ref Unknown, DestinationCidrBlock: !Ref Destination, GatewayId: !Ref Gateway }
  Conditional:
    Type: AWS::EC2::RouteTable
    Properties: { VpcId: vpc-0123456789abcdef0 }
  ConditionalDefault:
    Type: AWS::EC2::Route
    Condition: InIreland
    Properties: { RouteTableId: !Ref Conditional, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref Gateway }
`,
    expect: {
      Public: { status: 'NON_COMPLIANT', messageId: 'publicRoute', path: [], messageIncludes: 'route PublicDefault sends 0.0.0.0/0 to internet gateway Gateway' },
      PublicIpv6: { status: 'NON_COMPLIANT', messageId: 'publicRoute', messageIncludes: 'igw-0123456789abcdef0' },
      Private: { status: 'COMPLIANT', messageId: 'noPublicRoute' },
      Empty: { status: 'COMPLIANT', messageId: 'noPublicRoute' },
      Unknown: { status: 'INSUFFICIENT_DATA', messageId: 'unknownRoute', messageIncludes: 'Destination' },
      Conditional: { status: 'INSUFFICIENT_DATA', messageId: 'unknownRoute', messageIncludes: 'InIreland' },
    },
  },
  {
    name: 'hcl: inline routes, separate routes and the default route table',
    hcl: `
resource "aws_internet_gateway" "main" {
  vpc_id = "vpc-0123456789abcdef0"
}

resource "aws_route_table" "public" {
  vpc_id = "vpc-0123456789abcdef0"
  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.main.id
  }
}

resource "aws_route_table" "private" {
  vpc_id = "vpc-0123456789abcdef0"
  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = "nat-0123456789abcdef0"
  }
}

resource "aws_route_table" "separate" {
  vpc_id = "vpc-0123456789abcdef0"
}

resource "aws_route" "separate_default" {
  route_table_id              = aws_route_table.separate.id
  destination_ipv6_cidr_block = "::/0"
  gateway_id                  = aws_internet_gateway.main.id
}

resource "aws_default_route_table" "default" {
  default_route_table_id = "rtb-0123456789abcdef0"
}
`,
    expect: {
      'aws_route_table.public': { status: 'NON_COMPLIANT', messageId: 'publicRoute', messageIncludes: 'aws_internet_gateway.main' },
      'aws_route_table.private': { status: 'COMPLIANT', messageId: 'noPublicRoute' },
      'aws_route_table.separate': { status: 'NON_COMPLIANT', messageId: 'publicRoute', messageIncludes: 'aws_route.separate_default' },
      'aws_default_route_table.default': { status: 'COMPLIANT', messageId: 'noPublicRoute' },
    },
  },
  {
    name: 'plan: inline routes to an internet gateway and a NAT gateway',
    plan: {
      format_version: '1.2',
      resource_changes: [
        created('aws_route_table.public', { vpc_id: 'vpc-0123456789abcdef0', route: [{ cidr_block: '0.0.0.0/0', ipv6_cidr_block: '', gateway_id: 'igw-0123456789abcdef0', nat_gateway_id: '' }] }, { id: true, arn: true }),
        created('aws_route_table.private', { vpc_id: 'vpc-0123456789abcdef0', route: [{ cidr_block: '0.0.0.0/0', ipv6_cidr_block: '', gateway_id: '', nat_gateway_id: 'nat-0123456789abcdef0' }] }, { id: true, arn: true }),
      ],
    },
    expect: {
      'aws_route_table.public': { status: 'NON_COMPLIANT', messageId: 'publicRoute' },
      'aws_route_table.private': { status: 'COMPLIANT', messageId: 'noPublicRoute' },
    },
  },
] satisfies RuleCase[];
