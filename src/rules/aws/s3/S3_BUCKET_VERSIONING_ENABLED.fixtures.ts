import type { RuleCase } from '../../tester.js';

const PLAN_AWS = 'registry.terraform.io/hashicorp/aws';

export default [
  {
    name: 'versioning enabled, suspended, absent, and from a parameter without a default',
    template: `
Parameters:
  Versioning: { Type: String, AllowedValues: [Enabled, Suspended] }
Resources:
  Enabled:
    Type: AWS::S3::Bucket
    Properties:
      VersioningConfiguration:
        Status: Enabled
  Suspended:
    Type: AWS::S3::Bucket
    Properties:
      VersioningConfiguration:
        Status: Suspended
  Plain:
    Type: AWS::S3::Bucket
  Chosen:
    Type: AWS::S3::Bucket
    Properties:
      VersioningConfiguration:
        Status: !Ref Versioning
`,
    expect: {
      Enabled: { status: 'COMPLIANT', messageId: 'enabled', path: ['VersioningConfiguration', 'Status'] },
      Suspended: { status: 'NON_COMPLIANT', messageId: 'suspended', path: ['VersioningConfiguration', 'Status'] },
      Plain: { status: 'NON_COMPLIANT', messageId: 'disabled' },
      Chosen: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'Versioning' },
    },
  },
  {
    name: 'versioning behind conditions: decided by a parameter default, and undecidable',
    template: `
Parameters:
  Env: { Type: String, Default: prod }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Prod:
    Type: AWS::S3::Bucket
    Properties:
      VersioningConfiguration: !If [IsProd, { Status: Enabled }, !Ref AWS::NoValue]
  Regional:
    Type: AWS::S3::Bucket
    Properties:
      VersioningConfiguration: !If [InUsEast1, { Status: Enabled }, !Ref AWS::NoValue]
`,
    expect: {
      Prod: 'COMPLIANT',
      Regional: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'InUsEast1' },
    },
  },
  {
    name: 'MFA delete required: templates never show it',
    params: { isMfaDeleteEnabled: true },
    template: `
Resources:
  Enabled:
    Type: AWS::S3::Bucket
    Properties:
      VersioningConfiguration:
        Status: Enabled
  Plain:
    Type: AWS::S3::Bucket
`,
    expect: {
      Enabled: { status: 'INSUFFICIENT_DATA', messageId: 'unknownMfaDelete' },
      Plain: { status: 'NON_COMPLIANT', messageId: 'disabled' },
    },
  },
  {
    name: 'hcl: aws_s3_bucket_versioning Enabled and Suspended, the legacy inline block, and no versioning',
    hcl: `
resource "aws_s3_bucket" "a" {
  bucket = "acme-a"
}

resource "aws_s3_bucket_versioning" "a" {
  bucket = aws_s3_bucket.a.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket" "b" {
  bucket = "acme-b"
}

resource "aws_s3_bucket_versioning" "b" {
  bucket = aws_s3_bucket.b.id
  versioning_configuration {
    status = "Suspended"
  }
}

resource "aws_s3_bucket" "legacy" {
  bucket = "acme-legacy"
  versioning {
    enabled = true
  }
}

resource "aws_s3_bucket" "none" {
  bucket = "acme-none"
}
`,
    expect: {
      'aws_s3_bucket.a': 'COMPLIANT',
      'aws_s3_bucket.b': { status: 'NON_COMPLIANT', messageId: 'suspended' },
      'aws_s3_bucket.legacy': 'COMPLIANT',
      'aws_s3_bucket.none': { status: 'NON_COMPLIANT', messageId: 'disabled' },
    },
  },
  {
    name: 'plan: a status from a variable known only after apply, and versioning enabled',
    plan: {
      format_version: '1.2',
      resource_changes: [
        { address: 'aws_s3_bucket.a', mode: 'managed', type: 'aws_s3_bucket', name: 'a', provider_name: PLAN_AWS, change: { actions: ['create'], before: null, after: { bucket: 'acme-a' }, after_unknown: { id: true, versioning: true }, before_sensitive: false, after_sensitive: {} } },
        { address: 'aws_s3_bucket_versioning.a', mode: 'managed', type: 'aws_s3_bucket_versioning', name: 'a', provider_name: PLAN_AWS, change: { actions: ['create'], before: null, after: { bucket: 'acme-a', versioning_configuration: [{ status: 'Enabled', mfa_delete: null }] }, after_unknown: { id: true, versioning_configuration: [{}] }, before_sensitive: false, after_sensitive: {} } },
        { address: 'aws_s3_bucket.b', mode: 'managed', type: 'aws_s3_bucket', name: 'b', provider_name: PLAN_AWS, change: { actions: ['create'], before: null, after: { bucket: 'acme-b' }, after_unknown: { id: true, versioning: true }, before_sensitive: false, after_sensitive: {} } },
        { address: 'aws_s3_bucket_versioning.b', mode: 'managed', type: 'aws_s3_bucket_versioning', name: 'b', provider_name: PLAN_AWS, change: { actions: ['create'], before: null, after: { bucket: 'acme-b', versioning_configuration: [{ mfa_delete: null }] }, after_unknown: { id: true, versioning_configuration: [{ status: true }] }, before_sensitive: false, after_sensitive: {} } },
        { address: 'aws_s3_bucket.c', mode: 'managed', type: 'aws_s3_bucket', name: 'c', provider_name: PLAN_AWS, change: { actions: ['create'], before: null, after: { bucket: 'acme-c' }, after_unknown: { id: true, versioning: true }, before_sensitive: false, after_sensitive: {} } },
      ],
    },
    expect: {
      'aws_s3_bucket.a': 'COMPLIANT',
      'aws_s3_bucket.b': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      'aws_s3_bucket.c': { status: 'NON_COMPLIANT', messageId: 'disabled' },
    },
  },
  {
    name: 'hcl: a dynamic versioning block over a list not known before deployment is not taken for no versioning',
    hcl: `
variable "versioning" { type = list(bool) }

resource "aws_s3_bucket" "maybe" {
  bucket = "maybe-versioned"
  dynamic "versioning" {
    for_each = var.versioning
    content {
      enabled = versioning.value
    }
  }
}
`,
    expect: { 'aws_s3_bucket.maybe': { status: 'INSUFFICIENT_DATA' } },
  },
] satisfies RuleCase[];
