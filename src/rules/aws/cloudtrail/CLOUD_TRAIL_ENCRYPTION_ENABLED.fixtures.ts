import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'a key by ARN, a key created alongside, no key, an empty key, a key from an undecidable condition and a malformed key',
    template: `
Conditions:
  Encrypt: !Equals [!Ref AWS::Region, eu-west-1]
Resources:
  TrailKey:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy: { Version: '2012-10-17', Statement: [] }
  ByArn:
    Type: AWS::CloudTrail::Trail
    Properties:
      S3BucketName: audit
      IsLogging: true
      KMSKeyId: arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab
  Alongside:
    Type: AWS::CloudTrail::Trail
    Properties:
      S3BucketName: audit
      IsLogging: true
      KMSKeyId: !GetAtt TrailKey.Arn
  Plain:
    Type: AWS::CloudTrail::Trail
    Properties:
      S3BucketName: audit
      IsLogging: true
  Empty:
    Type: AWS::CloudTrail::Trail
    Properties:
      S3BucketName: audit
      IsLogging: true
      KMSKeyId: ''
  Maybe:
    Type: AWS::CloudTrail::Trail
    Properties:
      S3BucketName: audit
      IsLogging: true
      KMSKeyId: !If [Encrypt, !Ref TrailKey, !Ref AWS::NoValue]
  Malformed:
    Type: AWS::CloudTrail::Trail
    Properties:
      S3BucketName: audit
      IsLogging: true
      KMSKeyId: [alias/trail]
`,
    expect: {
      ByArn: { status: 'COMPLIANT', path: ['KMSKeyId'] },
      Alongside: 'COMPLIANT',
      Plain: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: [] },
      Empty: { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      Maybe: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption' },
      Malformed: { status: 'INSUFFICIENT_DATA', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: kms_key_id from a key, and none',
    hcl: `
resource "aws_kms_key" "trail" {
  description = "trail"
}

resource "aws_cloudtrail" "encrypted" {
  name           = "encrypted"
  s3_bucket_name = "audit"
  kms_key_id     = aws_kms_key.trail.arn
}

resource "aws_cloudtrail" "plain" {
  name           = "plain"
  s3_bucket_name = "audit"
}
`,
    expect: {
      'aws_cloudtrail.encrypted': 'COMPLIANT',
      'aws_cloudtrail.plain': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
    },
  },
  {
    name: 'plan: a key ARN, null, and a key created in the same apply (known after apply, set)',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_cloudtrail.encrypted', { name: 'encrypted', s3_bucket_name: 'audit', kms_key_id: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab', enable_logging: true }),
        created('aws_cloudtrail.plain', { name: 'plain', s3_bucket_name: 'audit', kms_key_id: null, enable_logging: true }),
        created('aws_cloudtrail.later', { name: 'later', s3_bucket_name: 'audit', enable_logging: true }, { kms_key_id: true }),
      ],
      configuration: {
        root_module: {
          resources: [{ address: 'aws_cloudtrail.later', mode: 'managed', type: 'aws_cloudtrail', name: 'later', provider_config_key: 'aws', expressions: { kms_key_id: { references: ['aws_kms_key.trail.arn', 'aws_kms_key.trail'] } } }],
        },
      },
    },
    expect: {
      'aws_cloudtrail.encrypted': 'COMPLIANT',
      'aws_cloudtrail.plain': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      'aws_cloudtrail.later': 'COMPLIANT',
    },
  },
  {
    name: 'a KMSKeyId that names no key (a bare name, a placeholder) is one CloudTrail refuses: not known, never compliant; an alias name is a key',
    template: `
Resources:
  BareName:
    Type: AWS::CloudTrail::Trail
    Properties:
      S3BucketName: audit
      IsLogging: true
      KMSKeyId: my-trail-key
  ByAlias:
    Type: AWS::CloudTrail::Trail
    Properties:
      S3BucketName: audit
      IsLogging: true
      KMSKeyId: alias/trail
`,
    expect: {
      BareName: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption', messageIncludes: 'is not a KMS key id, key ARN, alias name or alias ARN', path: ['KMSKeyId'] },
      ByAlias: 'COMPLIANT',
    },
  },
  {
    name: 'hcl: a kms_key_id placeholder names no key',
    hcl: `
resource "aws_cloudtrail" "placeholder" {
  name           = "placeholder"
  s3_bucket_name = "audit"
  kms_key_id     = "your-kms-key"
}
`,
    expect: { 'aws_cloudtrail.placeholder': { status: 'INSUFFICIENT_DATA', messageIncludes: 'is not a KMS key id, key ARN, alias name or alias ARN' } },
  },
  {
    name: 'plan: a kms_key_id placeholder names no key',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [created('aws_cloudtrail.placeholder', { name: 'placeholder', s3_bucket_name: 'audit', kms_key_id: 'kms_id', enable_logging: true })],
    },
    expect: { 'aws_cloudtrail.placeholder': { status: 'INSUFFICIENT_DATA', messageIncludes: 'is not a KMS key id, key ARN, alias name or alias ARN' } },
  },
] satisfies RuleCase[];
