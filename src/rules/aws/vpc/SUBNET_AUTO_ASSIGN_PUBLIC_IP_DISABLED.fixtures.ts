import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'subnets assigning IPv4 and IPv6 addresses, not assigning, and unknown',
    template: `
Parameters:
  Public: { Type: String }
Conditions:
  InIreland: !Equals [!Ref AWS::Region, eu-west-1]
Resources:
  Public:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: vpc-0123456789abcdef0, CidrBlock: 10.0.0.0/24, MapPublicIpOnLaunch: true }
  Ipv6:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: vpc-0123456789abcdef0, CidrBlock: 10.0.1.0/24, Ipv6CidrBlock: '2001:db8::/64', AssignIpv6AddressOnCreation: 'true' }
  Private:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: vpc-0123456789abcdef0, CidrBlock: 10.0.2.0/24 }
  ExplicitlyPrivate:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: vpc-0123456789abcdef0, CidrBlock: 10.0.3.0/24, MapPublicIpOnLaunch: false }
  FromParameter:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: vpc-0123456789abcdef0, CidrBlock: 10.0.4.0/24, MapPublicIpOnLaunch: !Ref Public }
  Conditional:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: vpc-0123456789abcdef0, CidrBlock: 10.0.5.0/24, MapPublicIpOnLaunch: !If [InIreland, true, !Ref AWS::NoValue] }
  Malformed:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: vpc-0123456789abcdef0, CidrBlock: 10.0.6.0/24, MapPublicIpOnLaunch: yes please }
`,
    expect: {
      Public: { status: 'NON_COMPLIANT', messageId: 'assigns', path: ['MapPublicIpOnLaunch'] },
      Ipv6: { status: 'NON_COMPLIANT', messageId: 'assigns', path: ['AssignIpv6AddressOnCreation'], messageIncludes: 'IPv6' },
      Private: { status: 'COMPLIANT', messageId: 'disabled', path: [] },
      ExplicitlyPrivate: 'COMPLIANT',
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownAssignment', path: ['MapPublicIpOnLaunch'] },
      Conditional: { status: 'INSUFFICIENT_DATA', messageId: 'unknownAssignment', messageIncludes: 'InIreland' },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknownAssignment', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: subnets and an adopted default subnet',
    hcl: `
resource "aws_subnet" "public" {
  vpc_id                  = "vpc-0123456789abcdef0"
  cidr_block              = "10.0.0.0/24"
  map_public_ip_on_launch = true
}

resource "aws_subnet" "private" {
  vpc_id     = "vpc-0123456789abcdef0"
  cidr_block = "10.0.1.0/24"
}

resource "aws_default_subnet" "a" {
  availability_zone = "us-east-1a"
}

resource "aws_default_subnet" "b" {
  availability_zone       = "us-east-1b"
  map_public_ip_on_launch = false
}
`,
    expect: {
      'aws_subnet.public': { status: 'NON_COMPLIANT', messageId: 'assigns' },
      'aws_subnet.private': { status: 'COMPLIANT', messageId: 'disabled' },
      'aws_default_subnet.a': { status: 'NON_COMPLIANT', messageId: 'assigns' },
      'aws_default_subnet.b': { status: 'COMPLIANT', messageId: 'disabled' },
    },
  },
  {
    name: 'plan: subnets with map_public_ip_on_launch set, unset and known after apply',
    plan: {
      format_version: '1.2',
      resource_changes: [
        created('aws_subnet.public', { vpc_id: 'vpc-0123456789abcdef0', cidr_block: '10.0.0.0/24', map_public_ip_on_launch: true, assign_ipv6_address_on_creation: false }, { id: true }),
        created('aws_subnet.private', { vpc_id: 'vpc-0123456789abcdef0', cidr_block: '10.0.1.0/24', map_public_ip_on_launch: false, assign_ipv6_address_on_creation: false }, { id: true }),
        created('aws_subnet.later', { vpc_id: 'vpc-0123456789abcdef0', cidr_block: '10.0.2.0/24', assign_ipv6_address_on_creation: false }, { id: true, map_public_ip_on_launch: true }),
      ],
    },
    expect: {
      'aws_subnet.public': { status: 'NON_COMPLIANT', messageId: 'assigns' },
      'aws_subnet.private': { status: 'COMPLIANT', messageId: 'disabled' },
      'aws_subnet.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownAssignment' },
    },
  },
] satisfies RuleCase[];
