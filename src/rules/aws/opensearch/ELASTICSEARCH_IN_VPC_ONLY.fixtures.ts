import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'in a VPC, public, and subnets imported from another stack',
    template: `
Resources:
  Private:
    Type: AWS::Elasticsearch::Domain
    Properties:
      ElasticsearchVersion: "7.10"
      VPCOptions:
        SubnetIds: [subnet-0a1b2c3d, subnet-4e5f6a7b]
  Public:
    Type: AWS::Elasticsearch::Domain
    Properties:
      ElasticsearchVersion: "7.10"
  Imported:
    Type: AWS::Elasticsearch::Domain
    Properties:
      VPCOptions:
        SubnetIds: !Split [',', !ImportValue private-subnets]
  OnlyOpenSearchTypeIsIgnored:
    Type: AWS::OpenSearchService::Domain
    Properties:
      EngineVersion: Elasticsearch_7.10
`,
    expect: {
      Private: { status: 'COMPLIANT', path: ['VPCOptions', 'SubnetIds'] },
      Public: { status: 'NON_COMPLIANT', messageId: 'public', path: [] },
      Imported: { status: 'INSUFFICIENT_DATA', messageId: 'unknownVpc' },
    },
  },
  {
    name: 'hcl: aws_elasticsearch_domain in a VPC and public',
    hcl: `
resource "aws_elasticsearch_domain" "private" {
  domain_name = "private"
  vpc_options {
    subnet_ids = ["subnet-0a1b2c3d"]
  }
}

resource "aws_elasticsearch_domain" "public" {
  domain_name = "public"
}
`,
    expect: {
      'aws_elasticsearch_domain.private': 'COMPLIANT',
      'aws_elasticsearch_domain.public': { status: 'NON_COMPLIANT', messageId: 'public' },
    },
  },
  {
    name: 'plan: in a VPC and public',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_elasticsearch_domain.private', { domain_name: 'private', vpc_options: [{ subnet_ids: ['subnet-0a1b2c3d'] }] }, { arn: true }),
        created('aws_elasticsearch_domain.public', { domain_name: 'public', vpc_options: [] }, { arn: true }),
      ],
    },
    expect: {
      'aws_elasticsearch_domain.private': 'COMPLIANT',
      'aws_elasticsearch_domain.public': { status: 'NON_COMPLIANT', messageId: 'public' },
    },
  },
] satisfies RuleCase[];
