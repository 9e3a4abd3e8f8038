import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';
import { planDistribution, tfDistribution } from './hcl.js';

const origin = (policy: string) => ({ origin_id: 'web', domain_name: 'web.example.com', origin_access_control_id: '', origin_path: '', custom_origin_config: [{ http_port: 80, https_port: 443, origin_protocol_policy: policy, origin_ssl_protocols: ['TLSv1.2'] }], s3_origin_config: [] });

export default [
  {
    name: 'https-only, http-only, match-viewer behind allow-all directly and through a group, match-viewer behind HTTPS only, S3 origins only, a policy chosen by a condition, the legacy CustomOrigin',
    template: `
Conditions:
  Strict: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Https:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        DefaultCacheBehavior: { TargetOriginId: api, ViewerProtocolPolicy: allow-all }
        Origins: [{ Id: api, DomainName: api.example.com, CustomOriginConfig: { OriginProtocolPolicy: https-only } }]
  HttpOnly:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        DefaultCacheBehavior: { TargetOriginId: api, ViewerProtocolPolicy: https-only }
        Origins: [{ Id: api, DomainName: api.example.com, CustomOriginConfig: { OriginProtocolPolicy: http-only } }]
  MatchOpen:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        DefaultCacheBehavior: { TargetOriginId: api, ViewerProtocolPolicy: allow-all }
        Origins: [{ Id: api, DomainName: api.example.com, CustomOriginConfig: { OriginProtocolPolicy: match-viewer } }]
  MatchGroup:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        DefaultCacheBehavior: { TargetOriginId: api, ViewerProtocolPolicy: https-only }
        CacheBehaviors:
          - { PathPattern: v2/*, TargetOriginId: both, ViewerProtocolPolicy: allow-all }
        OriginGroups:
          Quantity: 1
          Items:
            - Id: both
              FailoverCriteria: { StatusCodes: { Quantity: 1, Items: [503] } }
              Members: { Quantity: 2, Items: [{ OriginId: api }, { OriginId: spare }] }
        Origins:
          - { Id: api, DomainName: api.example.com, CustomOriginConfig: { OriginProtocolPolicy: https-only } }
          - { Id: spare, DomainName: spare.example.com, CustomOriginConfig: { OriginProtocolPolicy: match-viewer } }
  MatchSafe:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        DefaultCacheBehavior: { TargetOriginId: assets, ViewerProtocolPolicy: allow-all }
        CacheBehaviors:
          - { PathPattern: api/*, TargetOriginId: api, ViewerProtocolPolicy: redirect-to-https }
        Origins:
          - { Id: assets, DomainName: assets.s3.us-east-1.amazonaws.com, S3OriginConfig: { OriginAccessIdentity: '' } }
          - { Id: api, DomainName: api.example.com, CustomOriginConfig: { OriginProtocolPolicy: match-viewer } }
  S3Only:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        DefaultCacheBehavior: { TargetOriginId: assets, ViewerProtocolPolicy: allow-all }
        Origins: [{ Id: assets, DomainName: assets.s3.us-east-1.amazonaws.com, S3OriginConfig: {} }]
  Chosen:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        DefaultCacheBehavior: { TargetOriginId: api, ViewerProtocolPolicy: https-only }
        Origins: [{ Id: api, DomainName: api.example.com, CustomOriginConfig: { OriginProtocolPolicy: !If [Strict, https-only, http-only] } }]
  Legacy:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        DefaultCacheBehavior: { TargetOriginId: legacy, ViewerProtocolPolicy: https-only }
        CustomOrigin: { DNSName: legacy.example.com, OriginProtocolPolicy: http-only, OriginSSLProtocols: [TLSv1.2] }
`,
    expect: {
      Https: 'COMPLIANT',
      HttpOnly: { status: 'NON_COMPLIANT', messageId: 'httpOnly', path: ['DistributionConfig', 'Origins', 0, 'CustomOriginConfig', 'OriginProtocolPolicy'] },
      MatchOpen: { status: 'NON_COMPLIANT', messageId: 'matchViewerAllowAll', messageIncludes: 'DefaultCacheBehavior' },
      MatchGroup: { status: 'NON_COMPLIANT', messageId: 'matchViewerAllowAll', path: ['DistributionConfig', 'Origins', 1, 'CustomOriginConfig', 'OriginProtocolPolicy'], messageIncludes: 'CacheBehaviors.0' },
      MatchSafe: 'COMPLIANT',
      S3Only: 'COMPLIANT',
      Chosen: { status: 'INSUFFICIENT_DATA', messageId: 'unknownOrigin' },
      Legacy: { status: 'NON_COMPLIANT', messageId: 'httpOnly', path: ['DistributionConfig', 'CustomOrigin', 'OriginProtocolPolicy'] },
    },
  },
  {
    name: 'match-viewer behind a behavior whose target is chosen by a condition is not known',
    template: `
Conditions:
  Strict: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Maybe:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        DefaultCacheBehavior: { TargetOriginId: !If [Strict, assets, api], ViewerProtocolPolicy: allow-all }
        Origins:
          - { Id: assets, DomainName: assets.s3.us-east-1.amazonaws.com, S3OriginConfig: {} }
          - { Id: api, DomainName: api.example.com, CustomOriginConfig: { OriginProtocolPolicy: match-viewer } }
`,
    expect: { Maybe: { status: 'INSUFFICIENT_DATA', messageId: 'unknownOrigin' } },
  },
  {
    // CloudFront rejects an origin with neither S3OriginConfig nor CustomOriginConfig: it may have been meant as either.
    name: 'an origin of no kind beside an HTTPS-only custom origin is malformed, not an S3 origin',
    template: `
Resources:
  NoKind:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        DefaultCacheBehavior: { TargetOriginId: api, ViewerProtocolPolicy: https-only }
        Origins:
          - { Id: legacy, DomainName: legacy.example.com }
          - { Id: api, DomainName: api.example.com, CustomOriginConfig: { OriginProtocolPolicy: https-only } }
`,
    expect: { NoKind: { status: 'INSUFFICIENT_DATA', messageId: 'unknownOrigin', messageIncludes: 'malformed', path: ['DistributionConfig', 'Origins', 0] } },
  },
  {
    name: 'hcl: https-only and http-only custom origins',
    hcl:
      tfDistribution('https') +
      tfDistribution('plain', {
        origins: `  origin {
    origin_id   = "web"
    domain_name = "web.example.com"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "http-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }`,
      }),
    expect: {
      'aws_cloudfront_distribution.https': 'COMPLIANT',
      'aws_cloudfront_distribution.plain': { status: 'NON_COMPLIANT', messageId: 'httpOnly', path: ['DistributionConfig', 'Origins', 0, 'CustomOriginConfig', 'OriginProtocolPolicy'] },
    },
  },
  {
    name: 'plan: https-only, match-viewer behind allow-all, and a policy known after apply',
    plan: {
      format_version: '1.2',
      resource_changes: [
        created('aws_cloudfront_distribution.https', planDistribution(), { arn: true }),
        created(
          'aws_cloudfront_distribution.match',
          planDistribution({ origin: [origin('match-viewer')], default_cache_behavior: [{ target_origin_id: 'web', viewer_protocol_policy: 'allow-all', allowed_methods: ['GET', 'HEAD'], cached_methods: ['GET', 'HEAD'] }] }),
          { arn: true },
        ),
        created('aws_cloudfront_distribution.later', planDistribution({ origin: [{ ...origin('https-only'), custom_origin_config: [{ http_port: 80, https_port: 443, origin_ssl_protocols: ['TLSv1.2'] }] }] }), {
          arn: true,
          origin: [{ custom_origin_config: [{ origin_protocol_policy: true }] }],
        }),
      ],
    },
    expect: {
      'aws_cloudfront_distribution.https': 'COMPLIANT',
      'aws_cloudfront_distribution.match': { status: 'NON_COMPLIANT', messageId: 'matchViewerAllowAll' },
      'aws_cloudfront_distribution.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownOrigin' },
    },
  },
] satisfies RuleCase[];
