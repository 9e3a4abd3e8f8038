import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';
import { planDistribution, tfDistribution } from './hcl.js';

const site = (name: string, groups: string) => `
  ${name}:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        DefaultCacheBehavior: { TargetOriginId: api, ViewerProtocolPolicy: https-only }
        Origins:
          - { Id: api, DomainName: api.example.com, CustomOriginConfig: { OriginProtocolPolicy: https-only } }
          - { Id: spare, DomainName: spare.example.com, CustomOriginConfig: { OriginProtocolPolicy: https-only } }
${groups}`;

const group = (members: string) => `        OriginGroups:
          Quantity: 1
          Items:
            - Id: failover
              FailoverCriteria: { StatusCodes: { Quantity: 1, Items: [503] } }
              Members: ${members}`;

const origins = `
  origin {
    origin_id   = "api"
    domain_name = "api.example.com"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }

  origin {
    origin_id   = "spare"
    domain_name = "spare.example.com"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }`;

export default [
  {
    name: 'a group of two origins, no group, a group of one, groups chosen by a condition',
    template: `
Conditions:
  Strict: !Equals [!Ref AWS::Region, us-east-1]
Resources:
${site('Failover', group('{ Quantity: 2, Items: [{ OriginId: api }, { OriginId: spare }] }'))}
${site('NoGroup', '')}
${site('Single', group('{ Quantity: 1, Items: [{ OriginId: api }] }'))}
${site('Chosen', group('!If [Strict, { Quantity: 2, Items: [{ OriginId: api }, { OriginId: spare }] }, { Quantity: 1, Items: [{ OriginId: api }] }]'))}
`,
    expect: {
      Failover: { status: 'COMPLIANT', path: ['DistributionConfig', 'OriginGroups', 'Items', 0], messageIncludes: 'OriginGroups.Items.0' },
      NoGroup: { status: 'NON_COMPLIANT', messageId: 'noFailover', path: [], messageIncludes: 'no origin groups' },
      Single: { status: 'NON_COMPLIANT', messageId: 'noFailover', messageIncludes: 'fewer than two' },
      Chosen: { status: 'INSUFFICIENT_DATA', messageId: 'unknownGroups' },
    },
  },
  {
    name: 'hcl: an origin group of two origins, and none',
    hcl:
      tfDistribution('failover', {
        origins,
        extra: `
  origin_group {
    origin_id = "failover"
    failover_criteria {
      status_codes = [500, 503]
    }
    member {
      origin_id = "api"
    }
    member {
      origin_id = "spare"
    }
  }`,
      }) + tfDistribution('single', { origins }),
    expect: {
      'aws_cloudfront_distribution.failover': 'COMPLIANT',
      'aws_cloudfront_distribution.single': { status: 'NON_COMPLIANT', messageId: 'noFailover' },
    },
  },
  {
    name: 'plan: an origin group of two origins, none, and groups known after apply',
    plan: {
      format_version: '1.2',
      resource_changes: [
        created('aws_cloudfront_distribution.failover', planDistribution({ origin_group: [{ origin_id: 'failover', failover_criteria: [{ status_codes: [503] }], member: [{ origin_id: 'api' }, { origin_id: 'spare' }] }] }), { arn: true }),
        created('aws_cloudfront_distribution.single', planDistribution(), { arn: true }),
        created('aws_cloudfront_distribution.later', planDistribution({ origin_group: null }), { arn: true, origin_group: true }),
      ],
    },
    expect: {
      'aws_cloudfront_distribution.failover': 'COMPLIANT',
      'aws_cloudfront_distribution.single': { status: 'NON_COMPLIANT', messageId: 'noFailover' },
      'aws_cloudfront_distribution.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownGroups' },
    },
  },
] satisfies RuleCase[];
