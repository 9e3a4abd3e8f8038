import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';
import { planDistribution, tfDistribution } from './hcl.js';

export default [
  {
    name: 'a redirect and https-only, allow-all on the default and on an ordered behavior, a policy chosen by a condition, a missing one',
    template: `
Conditions:
  Strict: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Secure:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        DefaultCacheBehavior: { TargetOriginId: web, ViewerProtocolPolicy: redirect-to-https }
        CacheBehaviors:
          - { PathPattern: api/*, TargetOriginId: web, ViewerProtocolPolicy: https-only }
        Origins: [{ Id: web, DomainName: web.example.com, CustomOriginConfig: { OriginProtocolPolicy: https-only } }]
  OpenDefault:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        DefaultCacheBehavior: { TargetOriginId: web, ViewerProtocolPolicy: allow-all }
        Origins: [{ Id: web, DomainName: web.example.com, CustomOriginConfig: { OriginProtocolPolicy: https-only } }]
  OpenOrdered:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        DefaultCacheBehavior: { TargetOriginId: web, ViewerProtocolPolicy: https-only }
        CacheBehaviors:
          - { PathPattern: img/*, TargetOriginId: web, ViewerProtocolPolicy: !If [Strict, https-only, redirect-to-https] }
          - { PathPattern: old/*, TargetOriginId: web, ViewerProtocolPolicy: allow-all }
        Origins: [{ Id: web, DomainName: web.example.com, CustomOriginConfig: { OriginProtocolPolicy: https-only } }]
  Chosen:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        DefaultCacheBehavior: { TargetOriginId: web, ViewerProtocolPolicy: !If [Strict, https-only, allow-all] }
        Origins: [{ Id: web, DomainName: web.example.com, CustomOriginConfig: { OriginProtocolPolicy: https-only } }]
  Missing:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        DefaultCacheBehavior: { TargetOriginId: web }
        Origins: [{ Id: web, DomainName: web.example.com, CustomOriginConfig: { OriginProtocolPolicy: https-only } }]
  Typo:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        DefaultCacheBehavior: { TargetOriginId: web, ViewerProtocolPolicy: [https-only] }
        Origins: [{ Id: web, DomainName: web.example.com, CustomOriginConfig: { OriginProtocolPolicy: https-only } }]
`,
    expect: {
      Secure: { status: 'COMPLIANT', path: [] },
      OpenDefault: { status: 'NON_COMPLIANT', messageId: 'allowAll', path: ['DistributionConfig', 'DefaultCacheBehavior', 'ViewerProtocolPolicy'] },
      OpenOrdered: { status: 'NON_COMPLIANT', messageId: 'allowAll', path: ['DistributionConfig', 'CacheBehaviors', 1, 'ViewerProtocolPolicy'], messageIncludes: 'CacheBehaviors.1' },
      Chosen: { status: 'INSUFFICIENT_DATA', messageId: 'unknownPolicy' },
      Missing: { status: 'INSUFFICIENT_DATA', messageId: 'unknownPolicy', messageIncludes: 'malformed' },
      Typo: { status: 'INSUFFICIENT_DATA', messageId: 'unknownPolicy', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'json: a default behavior chosen whole by a condition with AWS::NoValue is not known',
    template: JSON.stringify({
      Conditions: { Strict: { 'Fn::Equals': [{ Ref: 'AWS::Region' }, 'us-east-1'] } },
      Resources: {
        Maybe: {
          Type: 'AWS::CloudFront::Distribution',
          Properties: {
            DistributionConfig: {
              Enabled: true,
              DefaultCacheBehavior: { TargetOriginId: 'web', ViewerProtocolPolicy: 'https-only' },
              CacheBehaviors: { 'Fn::If': ['Strict', [{ PathPattern: 'a/*', TargetOriginId: 'web', ViewerProtocolPolicy: 'allow-all' }], { Ref: 'AWS::NoValue' }] },
              Origins: [{ Id: 'web', DomainName: 'web.example.com', CustomOriginConfig: { OriginProtocolPolicy: 'https-only' } }],
            },
          },
        },
      },
    }),
    expect: { Maybe: { status: 'INSUFFICIENT_DATA', messageId: 'unknownPolicy' } },
  },
  {
    name: 'hcl: redirect-to-https, allow-all on an ordered behavior',
    hcl:
      tfDistribution('secure') +
      tfDistribution('open', {
        ordered: `
  ordered_cache_behavior {
    path_pattern           = "legacy/*"
    target_origin_id       = "web"
    viewer_protocol_policy = "allow-all"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
  }
`,
      }),
    expect: {
      'aws_cloudfront_distribution.secure': 'COMPLIANT',
      'aws_cloudfront_distribution.open': { status: 'NON_COMPLIANT', messageId: 'allowAll', path: ['DistributionConfig', 'CacheBehaviors', 0, 'ViewerProtocolPolicy'] },
    },
  },
  {
    name: 'plan: https, allow-all, and a policy known after apply',
    plan: {
      format_version: '1.2',
      resource_changes: [
        created('aws_cloudfront_distribution.secure', planDistribution(), { arn: true }),
        created('aws_cloudfront_distribution.open', planDistribution({ default_cache_behavior: [{ target_origin_id: 'web', viewer_protocol_policy: 'allow-all', allowed_methods: ['GET', 'HEAD'], cached_methods: ['GET', 'HEAD'] }] }), { arn: true }),
        created('aws_cloudfront_distribution.later', planDistribution({ default_cache_behavior: [{ target_origin_id: 'web', allowed_methods: ['GET', 'HEAD'], cached_methods: ['GET', 'HEAD'] }] }), { arn: true, default_cache_behavior: [{ viewer_protocol_policy: true }] }),
      ],
    },
    expect: {
      'aws_cloudfront_distribution.secure': 'COMPLIANT',
      'aws_cloudfront_distribution.open': { status: 'NON_COMPLIANT', messageId: 'allowAll' },
      'aws_cloudfront_distribution.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownPolicy' },
    },
  },
] satisfies RuleCase[];
