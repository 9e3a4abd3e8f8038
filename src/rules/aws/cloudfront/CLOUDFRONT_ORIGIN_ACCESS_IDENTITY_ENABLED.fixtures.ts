import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';
import { planDistribution, tfDistribution } from './hcl.js';

const site = (name: string, origins: string) => `
  ${name}:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        DefaultCacheBehavior: { TargetOriginId: assets, ViewerProtocolPolicy: https-only }
${origins}`;

const s3Origin = (access: Record<string, unknown>) => ({ origin_id: 'assets', domain_name: 'assets.s3.us-east-1.amazonaws.com', origin_access_control_id: '', origin_path: '', custom_origin_config: [], s3_origin_config: [], ...access });

export default [
  {
    name: 'an identity of the template, an empty identity, an origin access control only, custom origins only, the legacy S3Origin, an identity chosen by a condition with AWS::NoValue',
    template: `
Conditions:
  Strict: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Identity:
    Type: AWS::CloudFront::CloudFrontOriginAccessIdentity
    Properties:
      CloudFrontOriginAccessIdentityConfig: { Comment: assets }
${site('WithIdentity', '        Origins: [{ Id: assets, DomainName: assets.s3.us-east-1.amazonaws.com, S3OriginConfig: { OriginAccessIdentity: !Sub "origin-access-identity/cloudfront/${Identity}" } }]')}
${site('Empty', "        Origins: [{ Id: assets, DomainName: assets.s3.us-east-1.amazonaws.com, S3OriginConfig: { OriginAccessIdentity: '' } }]")}
${site('ControlOnly', "        Origins: [{ Id: assets, DomainName: assets.s3.us-east-1.amazonaws.com, OriginAccessControlId: E2QWRUHEXAMPLE, S3OriginConfig: { OriginAccessIdentity: '' } }]")}
${site('CustomOnly', '        Origins: [{ Id: assets, DomainName: assets.example.com, CustomOriginConfig: { OriginProtocolPolicy: https-only } }]')}
${site('Legacy', '        S3Origin: { DNSName: assets.s3.amazonaws.com, OriginAccessIdentity: origin-access-identity/cloudfront/E15MNIMTCFKK4C }')}
${site('Chosen', '        Origins: [{ Id: assets, DomainName: assets.s3.us-east-1.amazonaws.com, S3OriginConfig: { OriginAccessIdentity: !If [Strict, origin-access-identity/cloudfront/E15MNIMTCFKK4C, !Ref AWS::NoValue] } }]')}
`,
    expect: {
      WithIdentity: 'COMPLIANT',
      Empty: { status: 'NON_COMPLIANT', messageId: 'noIdentity', path: ['DistributionConfig', 'Origins', 0, 'S3OriginConfig', 'OriginAccessIdentity'] },
      ControlOnly: { status: 'NON_COMPLIANT', messageId: 'noIdentity', messageIncludes: 'origin access control does not count' },
      CustomOnly: 'NOT_APPLICABLE',
      Legacy: 'COMPLIANT',
      Chosen: { status: 'INSUFFICIENT_DATA', messageId: 'unknownIdentity' },
    },
  },
  {
    // CloudFront requires S3OriginConfig, CustomOriginConfig or VpcOriginConfig on each origin: one with none is not an S3 origin that lacks an identity, nor a sign of no S3 origin.
    name: 'an origin of no kind (an S3 domain and an origin access control, without S3OriginConfig) beside a custom origin, and a VPC origin',
    template: `
Resources:
${site('NoKind', '        Origins: [{ Id: assets, DomainName: assets.s3.us-east-1.amazonaws.com, OriginAccessControlId: E2QWRUHEXAMPLE }, { Id: web, DomainName: web.example.com, CustomOriginConfig: { OriginProtocolPolicy: https-only } }]')}
${site('Vpc', '        Origins: [{ Id: assets, DomainName: internal.example.com, VpcOriginConfig: { VpcOriginId: vo_abc123 } }]')}
`,
    expect: {
      NoKind: { status: 'INSUFFICIENT_DATA', messageId: 'unknownIdentity', messageIncludes: 'malformed', path: ['DistributionConfig', 'Origins', 0] },
      Vpc: 'NOT_APPLICABLE',
    },
  },
  {
    name: 'hcl: an identity of the configuration, and an origin access control without an S3 origin block',
    hcl:
      tfDistribution('identity', {
        origins: `  origin {
    origin_id   = "assets"
    domain_name = "assets.s3.us-east-1.amazonaws.com"
    s3_origin_config {
      origin_access_identity = aws_cloudfront_origin_access_identity.assets.cloudfront_access_identity_path
    }
  }`,
      }) +
      tfDistribution('control', {
        origins: `  origin {
    origin_id                = "assets"
    domain_name              = "assets.s3.us-east-1.amazonaws.com"
    origin_access_control_id = aws_cloudfront_origin_access_control.assets.id
  }`,
      }),
    expect: {
      'aws_cloudfront_distribution.identity': 'COMPLIANT',
      'aws_cloudfront_distribution.control': { status: 'NON_COMPLIANT', messageId: 'noIdentity' },
    },
  },
  {
    name: 'hcl: a VPC origin is not an S3 origin',
    hcl: tfDistribution('vpc', {
      origins: `  origin {
    origin_id   = "assets"
    domain_name = "internal.example.com"
    vpc_origin_config {
      vpc_origin_id = aws_cloudfront_vpc_origin.internal.id
    }
  }`,
    }),
    expect: { 'aws_cloudfront_distribution.vpc': 'NOT_APPLICABLE' },
  },
  {
    name: 'plan: an identity, an empty one, a custom origin, a VPC origin, and an identity known after apply',
    plan: {
      format_version: '1.2',
      resource_changes: [
        created('aws_cloudfront_distribution.identity', planDistribution({ origin: [s3Origin({ s3_origin_config: [{ origin_access_identity: 'origin-access-identity/cloudfront/E15MNIMTCFKK4C' }] })] }), { arn: true }),
        created('aws_cloudfront_distribution.empty', planDistribution({ origin: [s3Origin({ s3_origin_config: [{ origin_access_identity: '' }] })] }), { arn: true }),
        created('aws_cloudfront_distribution.custom', planDistribution(), { arn: true }),
        created('aws_cloudfront_distribution.vpc', planDistribution({ origin: [{ ...s3Origin({}), vpc_origin_config: [{ vpc_origin_id: 'vo_abc123', origin_keepalive_timeout: 5, origin_read_timeout: 30 }] }] }), { arn: true }),
        created('aws_cloudfront_distribution.later', planDistribution({ origin: [s3Origin({ s3_origin_config: [{}] })] }), { arn: true, origin: [{ s3_origin_config: [{ origin_access_identity: true }] }] }),
      ],
    },
    expect: {
      'aws_cloudfront_distribution.identity': 'COMPLIANT',
      'aws_cloudfront_distribution.empty': { status: 'NON_COMPLIANT', messageId: 'noIdentity' },
      'aws_cloudfront_distribution.custom': 'NOT_APPLICABLE',
      'aws_cloudfront_distribution.vpc': 'NOT_APPLICABLE',
      'aws_cloudfront_distribution.later': 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
