import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';
import { planDistribution, tfDistribution } from './hcl.js';

const config = (root: string) => `
        Enabled: true
${root}
        DefaultCacheBehavior: { TargetOriginId: api, ViewerProtocolPolicy: https-only }
        Origins: [{ Id: api, DomainName: api.example.com, CustomOriginConfig: { OriginProtocolPolicy: https-only } }]`;

export default [
  {
    name: 'a root object, none, an empty one, one chosen by a condition with AWS::NoValue, one from a parameter without a default',
    template: `
Parameters:
  Root: { Type: String }
Conditions:
  Strict: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Set:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:${config('        DefaultRootObject: index.html')}
  Unset:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:${config('')}
  Empty:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:${config("        DefaultRootObject: ''")}
  Chosen:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:${config('        DefaultRootObject: !If [Strict, index.html, !Ref AWS::NoValue]')}
  FromParameter:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:${config('        DefaultRootObject: !Ref Root')}
`,
    expect: {
      Set: { status: 'COMPLIANT', path: ['DistributionConfig', 'DefaultRootObject'], messageIncludes: 'index.html' },
      Unset: { status: 'NON_COMPLIANT', messageId: 'notConfigured', path: [] },
      Empty: { status: 'NON_COMPLIANT', messageId: 'notConfigured' },
      Chosen: { status: 'INSUFFICIENT_DATA', messageId: 'unknownObject' },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownObject' },
    },
  },
  {
    name: 'hcl: default_root_object set and unset',
    hcl: tfDistribution('site', { extra: '  default_root_object = "index.html"' }) + tfDistribution('bare'),
    expect: {
      'aws_cloudfront_distribution.site': 'COMPLIANT',
      'aws_cloudfront_distribution.bare': { status: 'NON_COMPLIANT', messageId: 'notConfigured' },
    },
  },
  {
    name: 'plan: a root object, the provider’s empty default, and one known after apply',
    plan: {
      format_version: '1.2',
      resource_changes: [
        created('aws_cloudfront_distribution.site', planDistribution({ default_root_object: 'index.html' }), { arn: true }),
        created('aws_cloudfront_distribution.bare', planDistribution(), { arn: true }),
        created('aws_cloudfront_distribution.later', planDistribution({ default_root_object: null }), { arn: true, default_root_object: true }),
      ],
      configuration: {
        root_module: {
          resources: [{ address: 'aws_cloudfront_distribution.later', mode: 'managed', type: 'aws_cloudfront_distribution', name: 'later', provider_config_key: 'aws', expressions: { default_root_object: { references: ['var.root'] } } }],
        },
      },
    },
    expect: {
      'aws_cloudfront_distribution.site': 'COMPLIANT',
      'aws_cloudfront_distribution.bare': { status: 'NON_COMPLIANT', messageId: 'notConfigured' },
      'aws_cloudfront_distribution.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownObject' },
    },
  },
] satisfies RuleCase[];
