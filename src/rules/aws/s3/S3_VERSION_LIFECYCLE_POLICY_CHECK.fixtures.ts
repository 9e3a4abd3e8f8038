import type { RuleCase } from '../../tester.js';

const PLAN_AWS = 'registry.terraform.io/hashicorp/aws';

const BUCKETS = `
Parameters:
  Status: { Type: String }
Resources:
  Kept:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: acme-kept
      VersioningConfiguration: { Status: Enabled }
      LifecycleConfiguration:
        Rules:
          - Id: expire-old-versions
            Status: Enabled
            NoncurrentVersionExpiration: { NoncurrentDays: 90 }
  Forever:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: acme-forever
      VersioningConfiguration: { Status: Enabled }
  Disabled:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: acme-disabled
      VersioningConfiguration: { Status: Enabled }
      LifecycleConfiguration:
        Rules:
          - { Status: Disabled, ExpirationInDays: 30 }
  Unversioned:
    Type: AWS::S3::Bucket
  Chosen:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: acme-chosen
      VersioningConfiguration: { Status: Enabled }
      LifecycleConfiguration:
        Rules:
          - { Status: !Ref Status, ExpirationInDays: 30 }
`;

export default [
  {
    name: 'versioned buckets with an enabled rule, none, a disabled one, one from a parameter; an unversioned bucket',
    template: BUCKETS,
    expect: {
      Kept: { status: 'COMPLIANT', messageId: 'hasRule' },
      Forever: { status: 'NON_COMPLIANT', messageId: 'noRule' },
      Disabled: { status: 'NON_COMPLIANT', messageId: 'noRule', path: ['LifecycleConfiguration'] },
      Unversioned: { status: 'NOT_APPLICABLE', messageId: 'notVersioned' },
      Chosen: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'Status' },
    },
  },
  {
    name: 'bucketNames: only the listed buckets are checked',
    params: { bucketNames: ['acme-forever', 'acme-kept'] },
    template: BUCKETS,
    expect: {
      Kept: 'COMPLIANT',
      Forever: { status: 'NON_COMPLIANT', messageId: 'noRule' },
      Disabled: { status: 'NOT_APPLICABLE', messageId: 'notListed' },
      Unversioned: { status: 'NOT_APPLICABLE', messageId: 'notListed' },
      Chosen: 'NOT_APPLICABLE',
    },
  },
  {
    name: 'hcl: aws_s3_bucket_versioning with and without aws_s3_bucket_lifecycle_configuration',
    hcl: `
resource "aws_s3_bucket" "kept" {
  bucket = "acme-kept"
}

resource "aws_s3_bucket_versioning" "kept" {
  bucket = aws_s3_bucket.kept.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "kept" {
  bucket = aws_s3_bucket.kept.id
  rule {
    id     = "noncurrent"
    status = "Enabled"
    filter {}
    noncurrent_version_expiration {
      noncurrent_days = 90
    }
  }
}

resource "aws_s3_bucket" "forever" {
  bucket = "acme-forever"
}

resource "aws_s3_bucket_versioning" "forever" {
  bucket = aws_s3_bucket.forever.id
  versioning_configuration {
    status = "Enabled"
  }
}
`,
    expect: {
      'aws_s3_bucket.kept': 'COMPLIANT',
      'aws_s3_bucket.forever': { status: 'NON_COMPLIANT', messageId: 'noRule' },
    },
  },
  {
    name: 'plan: the legacy inline versioning and lifecycle_rule blocks',
    plan: {
      format_version: '1.2',
      resource_changes: [
        {
          address: 'aws_s3_bucket.kept', mode: 'managed', type: 'aws_s3_bucket', name: 'kept', provider_name: PLAN_AWS,
          change: { actions: ['create'], before: null, after: { bucket: 'acme-kept', versioning: [{ enabled: true, mfa_delete: false }], lifecycle_rule: [{ id: 'old', enabled: true, prefix: '', noncurrent_version_expiration: [{ days: 90 }], expiration: [], transition: [], noncurrent_version_transition: [] }] }, after_unknown: { id: true }, before_sensitive: false, after_sensitive: {} },
        },
        {
          address: 'aws_s3_bucket.forever', mode: 'managed', type: 'aws_s3_bucket', name: 'forever', provider_name: PLAN_AWS,
          change: { actions: ['create'], before: null, after: { bucket: 'acme-forever', versioning: [{ enabled: true, mfa_delete: false }], lifecycle_rule: [] }, after_unknown: { id: true }, before_sensitive: false, after_sensitive: {} },
        },
      ],
    },
    expect: {
      'aws_s3_bucket.kept': 'COMPLIANT',
      'aws_s3_bucket.forever': { status: 'NON_COMPLIANT', messageId: 'noRule' },
    },
  },
] satisfies RuleCase[];
