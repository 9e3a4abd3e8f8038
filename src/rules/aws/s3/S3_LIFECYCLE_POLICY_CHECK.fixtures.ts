import type { RuleCase } from '../../tester.js';

const PLAN_AWS = 'registry.terraform.io/hashicorp/aws';

const BUCKETS = `
Parameters:
  Days: { Type: Number }
Resources:
  Archive:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: acme-archive
      LifecycleConfiguration:
        Rules:
          - Id: archive
            Status: Enabled
            Prefix: data/
            Transitions:
              - { StorageClass: GLACIER, TransitionInDays: 90 }
            ExpirationInDays: 395
  Expiring:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: acme-expiring
      LifecycleConfiguration:
        Rules:
          - { Status: Enabled, ExpirationInDays: 30 }
  Paused:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: acme-paused
      LifecycleConfiguration:
        Rules:
          - { Status: Disabled, ExpirationInDays: 30 }
  Plain:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: acme-plain
  Chosen:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: acme-chosen
      LifecycleConfiguration:
        Rules:
          - { Status: Enabled, ExpirationInDays: !Ref Days }
`;

export default [
  {
    name: 'any enabled rule: rules enabled, disabled, absent',
    template: BUCKETS,
    expect: {
      Archive: { status: 'COMPLIANT', messageId: 'hasRule', path: ['LifecycleConfiguration', 'Rules', 0] },
      Expiring: 'COMPLIANT',
      Paused: { status: 'NON_COMPLIANT', messageId: 'noRule', path: ['LifecycleConfiguration'] },
      Plain: { status: 'NON_COMPLIANT', messageId: 'noRule' },
      Chosen: 'COMPLIANT',
    },
  },
  {
    name: 'required transition, expiration and prefix: a rule lacking the transition can not match, whatever its expiration',
    params: { targetTransitionDays: 90, targetTransitionStorageClass: 'GLACIER', targetExpirationDays: 395, targetPrefix: 'data/' },
    template: BUCKETS,
    expect: {
      Archive: 'COMPLIANT',
      Expiring: { status: 'NON_COMPLIANT', messageId: 'noMatchingRule', messageIncludes: 'to GLACIER after 90 days' },
      Paused: { status: 'NON_COMPLIANT', messageId: 'noRule' },
      Plain: { status: 'NON_COMPLIANT', messageId: 'noRule' },
      Chosen: { status: 'NON_COMPLIANT', messageId: 'noMatchingRule' },
    },
  },
  {
    name: 'required expiration: an expiration from a parameter without default is not known',
    params: { targetExpirationDays: 30 },
    template: BUCKETS,
    expect: {
      Archive: { status: 'NON_COMPLIANT', messageId: 'noMatchingRule', messageIncludes: 'expires objects after 30 days' },
      Expiring: 'COMPLIANT',
      Paused: { status: 'NON_COMPLIANT', messageId: 'noRule' },
      Plain: { status: 'NON_COMPLIANT', messageId: 'noRule' },
      Chosen: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'Days' },
    },
  },
  {
    name: 'bucketNames: only the listed buckets are checked',
    params: { bucketNames: ['acme-plain', 'acme-archive'] },
    template: BUCKETS,
    expect: {
      Archive: 'COMPLIANT',
      Expiring: { status: 'NOT_APPLICABLE', messageId: 'notListed' },
      Paused: 'NOT_APPLICABLE',
      Plain: { status: 'NON_COMPLIANT', messageId: 'noRule' },
      Chosen: 'NOT_APPLICABLE',
    },
  },
  {
    name: 'hcl: aws_s3_bucket_lifecycle_configuration with a filter prefix and a transition, and a bucket without',
    params: { targetTransitionDays: 30, targetTransitionStorageClass: 'STANDARD_IA', targetPrefix: 'logs/' },
    hcl: `
resource "aws_s3_bucket" "logs" {
  bucket = "acme-logs"
}

resource "aws_s3_bucket_lifecycle_configuration" "logs" {
  bucket = aws_s3_bucket.logs.id
  rule {
    id     = "logs"
    status = "Enabled"
    filter {
      prefix = "logs/"
    }
    transition {
      days          = 30
      storage_class = "STANDARD_IA"
    }
  }
}

resource "aws_s3_bucket" "none" {
  bucket = "acme-none"
}
`,
    expect: {
      'aws_s3_bucket.logs': 'COMPLIANT',
      'aws_s3_bucket.none': { status: 'NON_COMPLIANT', messageId: 'noRule' },
    },
  },
  {
    name: 'plan: rules known only after apply, and a rule expiring after a different number of days',
    params: { targetExpirationDays: 365 },
    plan: {
      format_version: '1.2',
      resource_changes: [
        { address: 'aws_s3_bucket.a', mode: 'managed', type: 'aws_s3_bucket', name: 'a', provider_name: PLAN_AWS, change: { actions: ['create'], before: null, after: { bucket: 'acme-a' }, after_unknown: { id: true, lifecycle_rule: true }, before_sensitive: false, after_sensitive: {} } },
        { address: 'aws_s3_bucket_lifecycle_configuration.a', mode: 'managed', type: 'aws_s3_bucket_lifecycle_configuration', name: 'a', provider_name: PLAN_AWS, change: { actions: ['create'], before: null, after: { bucket: 'acme-a' }, after_unknown: { id: true, rule: true }, before_sensitive: false, after_sensitive: {} } },
        { address: 'aws_s3_bucket.b', mode: 'managed', type: 'aws_s3_bucket', name: 'b', provider_name: PLAN_AWS, change: { actions: ['create'], before: null, after: { bucket: 'acme-b' }, after_unknown: { id: true, lifecycle_rule: true }, before_sensitive: false, after_sensitive: {} } },
        { address: 'aws_s3_bucket_lifecycle_configuration.b', mode: 'managed', type: 'aws_s3_bucket_lifecycle_configuration', name: 'b', provider_name: PLAN_AWS, change: { actions: ['create'], before: null, after: { bucket: 'acme-b', rule: [{ id: 'expire', status: 'Enabled', filter: [{ prefix: '' }], expiration: [{ days: 30, date: null, expired_object_delete_marker: false }], transition: [], noncurrent_version_expiration: [], noncurrent_version_transition: [], abort_incomplete_multipart_upload: [] }] }, after_unknown: { id: true }, before_sensitive: false, after_sensitive: {} } },
        { address: 'aws_s3_bucket.c', mode: 'managed', type: 'aws_s3_bucket', name: 'c', provider_name: PLAN_AWS, change: { actions: ['create'], before: null, after: { bucket: 'acme-c' }, after_unknown: { id: true, lifecycle_rule: true }, before_sensitive: false, after_sensitive: {} } },
        { address: 'aws_s3_bucket_lifecycle_configuration.c', mode: 'managed', type: 'aws_s3_bucket_lifecycle_configuration', name: 'c', provider_name: PLAN_AWS, change: { actions: ['create'], before: null, after: { bucket: 'acme-c', rule: [{ id: 'expire', status: 'Enabled', filter: [{ prefix: '' }], expiration: [{ days: 365, date: null, expired_object_delete_marker: false }] }] }, after_unknown: { id: true }, before_sensitive: false, after_sensitive: {} } },
      ],
      configuration: {
        root_module: {
          resources: ['a', 'b', 'c'].map((name) => ({ address: `aws_s3_bucket.${name}`, mode: 'managed', type: 'aws_s3_bucket', name, expressions: { bucket: { constant_value: `acme-${name}` } } })),
        },
      },
    },
    expect: {
      'aws_s3_bucket.a': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      'aws_s3_bucket.b': { status: 'NON_COMPLIANT', messageId: 'noMatchingRule', messageIncludes: '365' },
      'aws_s3_bucket.c': 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
