import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';
import { planDistribution, tfDistribution } from './hcl.js';

const site = (name: string, logging: string) => `
  ${name}:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        DefaultCacheBehavior: { TargetOriginId: api, ViewerProtocolPolicy: https-only }
        Origins: [{ Id: api, DomainName: api.example.com, CustomOriginConfig: { OriginProtocolPolicy: https-only } }]
${logging}`;

export default [
  {
    name: 'a logs bucket, none, an empty bucket, Logging without a bucket, Logging chosen by a condition, a bucket of the template',
    template: `
Conditions:
  Strict: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Logs:
    Type: AWS::S3::Bucket
    Properties: { BucketName: access-logs }
${site('Logged', '        Logging: { Bucket: access-logs.s3.amazonaws.com, Prefix: site/ }')}
${site('Unlogged', '')}
${site('Empty', "        Logging: { Bucket: '' }")}
${site('NoBucket', '        Logging: { Prefix: site/ }')}
${site('Chosen', '        Logging: !If [Strict, { Bucket: access-logs.s3.amazonaws.com }, !Ref AWS::NoValue]')}
${site('Referenced', '        Logging: { Bucket: !GetAtt Logs.DomainName }')}
`,
    expect: {
      Logged: { status: 'COMPLIANT', path: ['DistributionConfig', 'Logging', 'Bucket'] },
      Unlogged: { status: 'NON_COMPLIANT', messageId: 'disabled', path: [] },
      Empty: { status: 'NON_COMPLIANT', messageId: 'disabled' },
      NoBucket: { status: 'INSUFFICIENT_DATA', messageId: 'unknownLogging', messageIncludes: 'malformed' },
      Chosen: { status: 'INSUFFICIENT_DATA', messageId: 'unknownLogging' },
      Referenced: 'COMPLIANT',
    },
  },
  {
    name: 'S3BucketName: the bucket by global and regional domain name, another bucket, a bucket of the template by name, one without a name',
    params: { S3BucketName: 'access-logs' },
    template: `
Resources:
  Logs:
    Type: AWS::S3::Bucket
    Properties: { BucketName: access-logs }
  Unnamed:
    Type: AWS::S3::Bucket
${site('Global', '        Logging: { Bucket: access-logs.s3.amazonaws.com }')}
${site('Regional', '        Logging: { Bucket: access-logs.s3.eu-west-1.amazonaws.com }')}
${site('Other', '        Logging: { Bucket: other-logs.s3.amazonaws.com }')}
${site('ByName', '        Logging: { Bucket: !GetAtt Logs.RegionalDomainName }')}
${site('NoName', '        Logging: { Bucket: !GetAtt Unnamed.DomainName }')}
`,
    expect: {
      Global: 'COMPLIANT',
      Regional: 'COMPLIANT',
      Other: { status: 'NON_COMPLIANT', messageId: 'otherBucket', messageIncludes: 'other-logs' },
      ByName: 'COMPLIANT',
      NoName: { status: 'INSUFFICIENT_DATA', messageId: 'unknownLogging' },
    },
  },
  {
    name: 'hcl: logging to a bucket of the configuration, and none',
    params: { S3BucketName: 'access-logs' },
    hcl: `
resource "aws_s3_bucket" "logs" {
  bucket = "access-logs"
}
${tfDistribution('logged', { extra: '  logging_config {\n    bucket = aws_s3_bucket.logs.bucket_domain_name\n    prefix = "site/"\n  }' })}
${tfDistribution('unlogged')}
`,
    expect: {
      'aws_cloudfront_distribution.logged': 'COMPLIANT',
      'aws_cloudfront_distribution.unlogged': { status: 'NON_COMPLIANT', messageId: 'disabled' },
    },
  },
  {
    name: 'plan: a logs bucket, none, and a bucket known after apply (a bucket, whichever)',
    plan: {
      format_version: '1.2',
      resource_changes: [
        created('aws_cloudfront_distribution.logged', planDistribution({ logging_config: [{ bucket: 'access-logs.s3.amazonaws.com', include_cookies: false, prefix: '' }] }), { arn: true }),
        created('aws_cloudfront_distribution.unlogged', planDistribution(), { arn: true }),
        created('aws_cloudfront_distribution.later', planDistribution({ logging_config: [{ include_cookies: false, prefix: '' }] }), { arn: true, logging_config: [{ bucket: true }] }),
      ],
    },
    expect: {
      'aws_cloudfront_distribution.logged': 'COMPLIANT',
      'aws_cloudfront_distribution.unlogged': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_cloudfront_distribution.later': 'COMPLIANT',
    },
  },
  {
    name: 'plan: S3BucketName and a bucket known after apply',
    params: { S3BucketName: 'access-logs' },
    plan: {
      format_version: '1.2',
      resource_changes: [created('aws_cloudfront_distribution.later', planDistribution({ logging_config: [{ include_cookies: false, prefix: '' }] }), { arn: true, logging_config: [{ bucket: true }] })],
    },
    expect: { 'aws_cloudfront_distribution.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownLogging' } },
  },
] satisfies RuleCase[];
