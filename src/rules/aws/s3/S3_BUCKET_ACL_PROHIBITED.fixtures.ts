import type { RuleCase } from '../../tester.js';

const PLAN_AWS = 'registry.terraform.io/hashicorp/aws';

export default [
  {
    name: 'ACLs disabled, no ACL, private, log delivery and public ACLs',
    template: `
Parameters:
  Acl: { Type: String }
Resources:
  Enforced:
    Type: AWS::S3::Bucket
    Properties:
      OwnershipControls:
        Rules:
          - ObjectOwnership: BucketOwnerEnforced
  Plain:
    Type: AWS::S3::Bucket
  Private:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: Private
  Logs:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: LogDeliveryWrite
      OwnershipControls:
        Rules:
          - ObjectOwnership: ObjectWriter
  Public:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: PublicRead
  Chosen:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: !Ref Acl
`,
    expect: {
      Enforced: { status: 'COMPLIANT', messageId: 'aclsDisabled' },
      Plain: { status: 'COMPLIANT', messageId: 'ownerOnly' },
      Private: 'COMPLIANT',
      Logs: { status: 'NON_COMPLIANT', messageId: 'aclGrants', path: ['AccessControl'], messageIncludes: 'LogDeliveryWrite' },
      Public: { status: 'NON_COMPLIANT', messageId: 'aclGrants' },
      Chosen: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'Acl' },
    },
  },
  {
    name: 'an object ownership from a parameter decides a granting ACL',
    template: `
Parameters:
  Ownership: { Type: String, AllowedValues: [BucketOwnerEnforced, ObjectWriter] }
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: LogDeliveryWrite
      OwnershipControls:
        Rules:
          - ObjectOwnership: !Ref Ownership
`,
    expect: { Bucket: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['OwnershipControls'] } },
  },
  {
    name: 'hcl: ownership controls, a log-delivery-write ACL, and the legacy acl argument',
    hcl: `
resource "aws_s3_bucket" "enforced" {
  bucket = "acme-enforced"
}

resource "aws_s3_bucket_ownership_controls" "enforced" {
  bucket = aws_s3_bucket.enforced.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket" "logs" {
  bucket = "acme-logs"
}

resource "aws_s3_bucket_ownership_controls" "logs" {
  bucket = aws_s3_bucket.logs.id
  rule {
    object_ownership = "BucketOwnerPreferred"
  }
}

resource "aws_s3_bucket_acl" "logs" {
  bucket = aws_s3_bucket.logs.id
  acl    = "log-delivery-write"
}

resource "aws_s3_bucket" "legacy" {
  bucket = "acme-legacy"
  acl    = "private"
}
`,
    expect: {
      'aws_s3_bucket.enforced': 'COMPLIANT',
      'aws_s3_bucket.logs': { status: 'NON_COMPLIANT', messageId: 'aclGrants', messageIncludes: 'LogDeliveryWrite' },
      'aws_s3_bucket.legacy': 'COMPLIANT',
    },
  },
  {
    name: 'plan: an authenticated-read ACL, an ACL known only after apply, and ACLs disabled',
    plan: {
      format_version: '1.2',
      resource_changes: [
        { address: 'aws_s3_bucket.a', mode: 'managed', type: 'aws_s3_bucket', name: 'a', provider_name: PLAN_AWS, change: { actions: ['create'], before: null, after: { bucket: 'acme-a' }, after_unknown: { id: true, acl: true, grant: true }, before_sensitive: false, after_sensitive: {} } },
        { address: 'aws_s3_bucket_acl.a', mode: 'managed', type: 'aws_s3_bucket_acl', name: 'a', provider_name: PLAN_AWS, change: { actions: ['create'], before: null, after: { bucket: 'acme-a', acl: 'authenticated-read' }, after_unknown: { id: true, access_control_policy: true }, before_sensitive: false, after_sensitive: {} } },
        { address: 'aws_s3_bucket.b', mode: 'managed', type: 'aws_s3_bucket', name: 'b', provider_name: PLAN_AWS, change: { actions: ['create'], before: null, after: { bucket: 'acme-b' }, after_unknown: { id: true, acl: true, grant: true }, before_sensitive: false, after_sensitive: {} } },
        { address: 'aws_s3_bucket_acl.b', mode: 'managed', type: 'aws_s3_bucket_acl', name: 'b', provider_name: PLAN_AWS, change: { actions: ['create'], before: null, after: { bucket: 'acme-b' }, after_unknown: { id: true, acl: true, access_control_policy: true }, before_sensitive: false, after_sensitive: {} } },
        { address: 'aws_s3_bucket.c', mode: 'managed', type: 'aws_s3_bucket', name: 'c', provider_name: PLAN_AWS, change: { actions: ['create'], before: null, after: { bucket: 'acme-c' }, after_unknown: { id: true, acl: true, grant: true }, before_sensitive: false, after_sensitive: {} } },
        { address: 'aws_s3_bucket_ownership_controls.c', mode: 'managed', type: 'aws_s3_bucket_ownership_controls', name: 'c', provider_name: PLAN_AWS, change: { actions: ['create'], before: null, after: { bucket: 'acme-c', rule: [{ object_ownership: 'BucketOwnerEnforced' }] }, after_unknown: { id: true, rule: [{}] }, before_sensitive: false, after_sensitive: {} } },
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_s3_bucket_acl.a', mode: 'managed', type: 'aws_s3_bucket_acl', name: 'a', expressions: { bucket: { constant_value: 'acme-a' }, acl: { constant_value: 'authenticated-read' } } },
            { address: 'aws_s3_bucket_acl.b', mode: 'managed', type: 'aws_s3_bucket_acl', name: 'b', expressions: { bucket: { constant_value: 'acme-b' }, acl: { references: ['var.acl'] } } },
          ],
        },
      },
    },
    expect: {
      'aws_s3_bucket.a': { status: 'NON_COMPLIANT', messageId: 'aclGrants' },
      'aws_s3_bucket.b': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      'aws_s3_bucket.c': { status: 'COMPLIANT', messageId: 'aclsDisabled' },
    },
  },
] satisfies RuleCase[];
