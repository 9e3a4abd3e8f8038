import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'in a VPC by literal subnets and by references; public without VPCOptions or without subnets',
    template: `
Resources:
  Subnet:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: vpc-0a1b2c3d
      CidrBlock: 10.0.1.0/24
  Literal:
    Type: AWS::OpenSearchService::Domain
    Properties:
      VPCOptions:
        SubnetIds: [subnet-0a1b2c3d]
        SecurityGroupIds: [sg-0a1b2c3d]
  Referenced:
    Type: AWS::OpenSearchService::Domain
    Properties:
      VPCOptions:
        SubnetIds: [!Ref Subnet]
  Public:
    Type: AWS::OpenSearchService::Domain
    Properties:
      EngineVersion: OpenSearch_2.11
  NoSubnets:
    Type: AWS::OpenSearchService::Domain
    Properties:
      VPCOptions:
        SecurityGroupIds: [sg-0a1b2c3d]
  EmptySubnets:
    Type: AWS::OpenSearchService::Domain
    Properties:
      VPCOptions:
        SubnetIds: []
`,
    expect: {
      Literal: { status: 'COMPLIANT', path: ['VPCOptions', 'SubnetIds'] },
      Referenced: 'COMPLIANT',
      Public: { status: 'NON_COMPLIANT', messageId: 'public', path: [] },
      NoSubnets: { status: 'NON_COMPLIANT', messageId: 'public', path: ['VPCOptions'] },
      EmptySubnets: { status: 'NON_COMPLIANT', messageId: 'public', path: ['VPCOptions', 'SubnetIds'] },
    },
  },
  {
    name: 'subnets from a list parameter without a value, placement by condition, and a malformed subnet list',
    template: `
Parameters:
  Subnets:
    Type: List<AWS::EC2::Subnet::Id>
  DefaultSubnets:
    Type: CommaDelimitedList
    Default: subnet-0a1b2c3d,subnet-4e5f6a7b
Conditions:
  Private: !Equals [!Ref AWS::Region, eu-central-1]
Resources:
  FromParameter:
    Type: AWS::OpenSearchService::Domain
    Properties:
      VPCOptions:
        SubnetIds: !Ref Subnets
  FromDefault:
    Type: AWS::OpenSearchService::Domain
    Properties:
      VPCOptions:
        SubnetIds: !Ref DefaultSubnets
  MaybePublic:
    Type: AWS::OpenSearchService::Domain
    Properties:
      VPCOptions: !If [Private, { SubnetIds: [subnet-0a1b2c3d] }, !Ref AWS::NoValue]
  SubnetAsString:
    Type: AWS::OpenSearchService::Domain
    Properties:
      VPCOptions:
        SubnetIds: subnet-0a1b2c3d
`,
    expect: {
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownVpc' },
      FromDefault: 'COMPLIANT',
      MaybePublic: { status: 'INSUFFICIENT_DATA', messageId: 'unknownVpc' },
      SubnetAsString: { status: 'INSUFFICIENT_DATA', messageId: 'unknownVpc', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: vpc_options with subnets created alongside, and a public domain',
    hcl: `
resource "aws_subnet" "private" {
  vpc_id     = "vpc-0a1b2c3d"
  cidr_block = "10.0.1.0/24"
}

resource "aws_opensearch_domain" "private" {
  domain_name = "private"
  vpc_options {
    subnet_ids         = [aws_subnet.private.id]
    security_group_ids = ["sg-0a1b2c3d"]
  }
}

resource "aws_opensearch_domain" "public" {
  domain_name = "public"
}
`,
    expect: {
      'aws_opensearch_domain.private': 'COMPLIANT',
      'aws_opensearch_domain.public': { status: 'NON_COMPLIANT', messageId: 'public' },
    },
  },
  {
    name: 'plan: subnets known, subnets known after apply, and no vpc_options',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_opensearch_domain.private', { domain_name: 'private', vpc_options: [{ subnet_ids: ['subnet-0a1b2c3d'], security_group_ids: ['sg-0a1b2c3d'] }] }, { arn: true, vpc_options: [{ availability_zones: true, vpc_id: true }] }),
        created('aws_opensearch_domain.new_subnets', { domain_name: 'new-subnets', vpc_options: [{ security_group_ids: ['sg-0a1b2c3d'] }] }, { arn: true, vpc_options: [{ subnet_ids: true, availability_zones: true, vpc_id: true }] }),
        created('aws_opensearch_domain.public', { domain_name: 'public', vpc_options: [] }, { arn: true }),
      ],
    },
    expect: {
      'aws_opensearch_domain.private': 'COMPLIANT',
      'aws_opensearch_domain.new_subnets': { status: 'INSUFFICIENT_DATA', messageId: 'unknownVpc' },
      'aws_opensearch_domain.public': { status: 'NON_COMPLIANT', messageId: 'public' },
    },
  },
] satisfies RuleCase[];
