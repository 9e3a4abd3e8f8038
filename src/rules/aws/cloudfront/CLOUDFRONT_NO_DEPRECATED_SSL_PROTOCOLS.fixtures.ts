import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';
import { planDistribution, tfDistribution } from './hcl.js';

const origin = (protocols: unknown) => ({ origin_id: 'web', domain_name: 'web.example.com', origin_access_control_id: '', origin_path: '', custom_origin_config: [{ http_port: 80, https_port: 443, origin_protocol_policy: 'https-only', origin_ssl_protocols: protocols }], s3_origin_config: [] });

export default [
  {
    name: 'TLS only, SSLv3 on the second origin, S3 origins only, protocols not set, a protocol chosen by a condition, the legacy CustomOrigin with SSLv3',
    template: `
Conditions:
  Strict: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Tls:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        DefaultCacheBehavior: { TargetOriginId: api, ViewerProtocolPolicy: https-only }
        Origins: [{ Id: api, DomainName: api.example.com, CustomOriginConfig: { OriginProtocolPolicy: https-only, OriginSSLProtocols: [TLSv1.2] } }]
  Ssl:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        DefaultCacheBehavior: { TargetOriginId: api, ViewerProtocolPolicy: https-only }
        Origins:
          - { Id: api, DomainName: api.example.com, CustomOriginConfig: { OriginProtocolPolicy: https-only, OriginSSLProtocols: [TLSv1.2] } }
          - { Id: old, DomainName: old.example.com, CustomOriginConfig: { OriginProtocolPolicy: https-only, OriginSSLProtocols: [TLSv1, SSLv3] } }
  S3Only:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        DefaultCacheBehavior: { TargetOriginId: assets, ViewerProtocolPolicy: https-only }
        Origins: [{ Id: assets, DomainName: assets.s3.us-east-1.amazonaws.com, S3OriginConfig: {} }]
  Unset:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        DefaultCacheBehavior: { TargetOriginId: api, ViewerProtocolPolicy: https-only }
        Origins: [{ Id: api, DomainName: api.example.com, CustomOriginConfig: { OriginProtocolPolicy: https-only } }]
  Chosen:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        DefaultCacheBehavior: { TargetOriginId: api, ViewerProtocolPolicy: https-only }
        Origins: [{ Id: api, DomainName: api.example.com, CustomOriginConfig: { OriginProtocolPolicy: https-only, OriginSSLProtocols: [TLSv1.2, !If [Strict, TLSv1.1, SSLv3]] } }]
  Legacy:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        DefaultCacheBehavior: { TargetOriginId: legacy, ViewerProtocolPolicy: https-only }
        CustomOrigin: { DNSName: legacy.example.com, OriginProtocolPolicy: https-only, OriginSSLProtocols: [SSLv3] }
`,
    expect: {
      Tls: 'COMPLIANT',
      Ssl: { status: 'NON_COMPLIANT', messageId: 'sslv3', path: ['DistributionConfig', 'Origins', 1, 'CustomOriginConfig', 'OriginSSLProtocols'], messageIncludes: 'Origins.1' },
      S3Only: 'COMPLIANT',
      Unset: { status: 'INSUFFICIENT_DATA', messageId: 'unknownProtocols', messageIncludes: 'not documented' },
      Chosen: { status: 'INSUFFICIENT_DATA', messageId: 'unknownProtocols' },
      Legacy: { status: 'NON_COMPLIANT', messageId: 'sslv3' },
    },
  },
  {
    name: 'hcl: TLSv1.2 and SSLv3',
    hcl:
      tfDistribution('tls') +
      tfDistribution('ssl', {
        origins: `  origin {
    origin_id   = "web"
    domain_name = "web.example.com"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["SSLv3", "TLSv1.2"]
    }
  }`,
      }),
    expect: {
      'aws_cloudfront_distribution.tls': 'COMPLIANT',
      'aws_cloudfront_distribution.ssl': { status: 'NON_COMPLIANT', messageId: 'sslv3' },
    },
  },
  {
    name: 'plan: TLSv1.2, SSLv3, and protocols known after apply',
    plan: {
      format_version: '1.2',
      resource_changes: [
        created('aws_cloudfront_distribution.tls', planDistribution(), { arn: true }),
        created('aws_cloudfront_distribution.ssl', planDistribution({ origin: [origin(['SSLv3', 'TLSv1'])] }), { arn: true }),
        created('aws_cloudfront_distribution.later', planDistribution({ origin: [origin(null)] }), { arn: true, origin: [{ custom_origin_config: [{ origin_ssl_protocols: true }] }] }),
      ],
    },
    expect: {
      'aws_cloudfront_distribution.tls': 'COMPLIANT',
      'aws_cloudfront_distribution.ssl': { status: 'NON_COMPLIANT', messageId: 'sslv3' },
      'aws_cloudfront_distribution.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownProtocols' },
    },
  },
] satisfies RuleCase[];
