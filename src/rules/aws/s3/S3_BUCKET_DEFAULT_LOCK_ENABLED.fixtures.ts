import type { RuleCase } from '../../tester.js';

const PLAN_AWS = 'registry.terraform.io/hashicorp/aws';

const BUCKETS = `
Parameters:
  Mode: { Type: String, AllowedValues: [GOVERNANCE, COMPLIANCE] }
Resources:
  Governance:
    Type: AWS::S3::Bucket
    Properties:
      ObjectLockEnabled: true
      ObjectLockConfiguration:
        ObjectLockEnabled: Enabled
        Rule:
          DefaultRetention: { Mode: GOVERNANCE, Days: 30 }
  LockOnly:
    Type: AWS::S3::Bucket
    Properties:
      ObjectLockEnabled: true
  Plain:
    Type: AWS::S3::Bucket
  Chosen:
    Type: AWS::S3::Bucket
    Properties:
      ObjectLockEnabled: true
      ObjectLockConfiguration:
        ObjectLockEnabled: Enabled
        Rule:
          DefaultRetention: { Mode: !Ref Mode, Years: 1 }
`;

export default [
  {
    name: 'Object Lock with a default retention, without one, and not enabled',
    template: BUCKETS,
    expect: {
      Governance: { status: 'COMPLIANT', messageId: 'enabled' },
      LockOnly: 'COMPLIANT',
      Plain: { status: 'NON_COMPLIANT', messageId: 'disabled' },
      Chosen: 'COMPLIANT',
    },
  },
  {
    name: 'a required mode: the pack spelling "Compliance", a bucket without default retention, and a mode from a parameter',
    params: { mode: 'Compliance' },
    template: BUCKETS,
    expect: {
      Governance: { status: 'NON_COMPLIANT', messageId: 'wrongMode', path: ['ObjectLockConfiguration', 'Rule', 'DefaultRetention', 'Mode'], messageIncludes: 'GOVERNANCE' },
      LockOnly: { status: 'NON_COMPLIANT', messageId: 'wrongMode', messageIncludes: 'no default retention' },
      Plain: { status: 'NON_COMPLIANT', messageId: 'disabled' },
      Chosen: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'Mode' },
    },
  },
  {
    name: 'lock flag from a parameter without default; a malformed flag is not known',
    template: `
Parameters:
  Lock: { Type: String }
Resources:
  Chosen:
    Type: AWS::S3::Bucket
    Properties:
      ObjectLockEnabled: !Ref Lock
  Malformed:
    Type: AWS::S3::Bucket
    Properties:
      ObjectLockEnabled: yes please
`,
    expect: {
      Chosen: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      Malformed: { status: 'INSUFFICIENT_DATA', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: object_lock_enabled with aws_s3_bucket_object_lock_configuration, the legacy block, and no lock',
    params: { mode: 'GOVERNANCE' },
    hcl: `
resource "aws_s3_bucket" "vault" {
  bucket              = "acme-vault"
  object_lock_enabled = true
}

resource "aws_s3_bucket_object_lock_configuration" "vault" {
  bucket = aws_s3_bucket.vault.id
  rule {
    default_retention {
      mode = "GOVERNANCE"
      days = 30
    }
  }
}

resource "aws_s3_bucket" "legacy" {
  bucket = "acme-legacy"
  object_lock_configuration {
    object_lock_enabled = "Enabled"
    rule {
      default_retention {
        mode  = "COMPLIANCE"
        years = 1
      }
    }
  }
}

resource "aws_s3_bucket" "none" {
  bucket = "acme-none"
}
`,
    expect: {
      'aws_s3_bucket.vault': 'COMPLIANT',
      'aws_s3_bucket.legacy': { status: 'NON_COMPLIANT', messageId: 'wrongMode', messageIncludes: 'COMPLIANCE' },
      'aws_s3_bucket.none': { status: 'NON_COMPLIANT', messageId: 'disabled' },
    },
  },
  {
    name: 'plan: a bucket with Object Lock, and one without',
    plan: {
      format_version: '1.2',
      resource_changes: [
        { address: 'aws_s3_bucket.vault', mode: 'managed', type: 'aws_s3_bucket', name: 'vault', provider_name: PLAN_AWS, change: { actions: ['create'], before: null, after: { bucket: 'acme-vault', object_lock_enabled: true }, after_unknown: { id: true, object_lock_configuration: true }, before_sensitive: false, after_sensitive: {} } },
        { address: 'aws_s3_bucket.plain', mode: 'managed', type: 'aws_s3_bucket', name: 'plain', provider_name: PLAN_AWS, change: { actions: ['create'], before: null, after: { bucket: 'acme-plain' }, after_unknown: { id: true, object_lock_enabled: true, object_lock_configuration: true }, before_sensitive: false, after_sensitive: {} } },
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_s3_bucket.vault', mode: 'managed', type: 'aws_s3_bucket', name: 'vault', expressions: { bucket: { constant_value: 'acme-vault' }, object_lock_enabled: { constant_value: true } } },
            { address: 'aws_s3_bucket.plain', mode: 'managed', type: 'aws_s3_bucket', name: 'plain', expressions: { bucket: { constant_value: 'acme-plain' } } },
          ],
        },
      },
    },
    expect: {
      'aws_s3_bucket.vault': 'COMPLIANT',
      'aws_s3_bucket.plain': { status: 'NON_COMPLIANT', messageId: 'disabled' },
    },
  },
] satisfies RuleCase[];
