import type { RuleCase } from '../../tester.js';

const PLAN_AWS = 'registry.terraform.io/hashicorp/aws';

export default [
  {
    name: 'canned ACLs: only PublicReadWrite grants write',
    template: `
Resources:
  Plain:
    Type: AWS::S3::Bucket
  ReadOnly:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: PublicRead
  Dropbox:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: PublicReadWrite
  Ignored:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: PublicReadWrite
      PublicAccessBlockConfiguration:
        IgnorePublicAcls: true
`,
    expect: {
      Plain: { status: 'COMPLIANT', messageId: 'notPublic' },
      ReadOnly: 'COMPLIANT',
      Dropbox: { status: 'NON_COMPLIANT', messageId: 'publicAcl', path: ['AccessControl'] },
      Ignored: 'COMPLIANT',
    },
  },
  {
    name: 'bucket policies: public PutObject, s3:* to everyone, a fixed source account, and read only',
    template: `
Resources:
  Uploads:
    Type: AWS::S3::Bucket
  UploadsPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Uploads
      PolicyDocument:
        Statement:
          - { Effect: Allow, Principal: '*', Action: [s3:PutObject, s3:PutObjectAcl], Resource: !Sub '\${Uploads.Arn}/*' }
  Everything:
    Type: AWS::S3::Bucket
  EverythingPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Everything
      PolicyDocument:
        Statement:
          - { Effect: Allow, Principal: { AWS: ['*'] }, Action: '*', Resource: '*' }
  Delivery:
    Type: AWS::S3::Bucket
  DeliveryPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Delivery
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: '*'
            Action: s3:PutObject
            Resource: !Sub '\${Delivery.Arn}/*'
            Condition:
              StringEquals: { 'aws:SourceAccount': !Ref AWS::AccountId }
  OpenNetwork:
    Type: AWS::S3::Bucket
  OpenNetworkPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref OpenNetwork
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: '*'
            Action: s3:PutObject
            Resource: !Sub '\${OpenNetwork.Arn}/*'
            Condition:
              IpAddress: { 'aws:SourceIp': 0.0.0.0/0 }
  Website:
    Type: AWS::S3::Bucket
  WebsitePolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Website
      PolicyDocument:
        Statement:
          - { Effect: Allow, Principal: '*', Action: s3:GetObject, Resource: !Sub '\${Website.Arn}/*' }
`,
    expect: {
      Uploads: { status: 'NON_COMPLIANT', messageId: 'publicPolicy', messageIncludes: 'UploadsPolicy' },
      Everything: { status: 'NON_COMPLIANT', messageId: 'publicPolicy' },
      Delivery: { status: 'INSUFFICIENT_DATA', messageId: 'unknownPolicy', messageIncludes: 'AWS::AccountId' },
      OpenNetwork: { status: 'NON_COMPLIANT', messageId: 'publicPolicy' },
      Website: 'COMPLIANT',
    },
  },
  {
    name: 'a fixed account in the condition when the account is given; an action list from a parameter without default',
    inputs: { accountId: '123456789012' },
    template: `
Parameters:
  Actions: { Type: CommaDelimitedList }
Resources:
  Delivery:
    Type: AWS::S3::Bucket
  DeliveryPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Delivery
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: '*'
            Action: s3:PutObject
            Resource: !Sub '\${Delivery.Arn}/*'
            Condition:
              StringEquals: { 'aws:SourceAccount': !Ref AWS::AccountId }
  Chosen:
    Type: AWS::S3::Bucket
  ChosenPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Chosen
      PolicyDocument:
        Statement:
          - { Effect: Allow, Principal: '*', Action: !Ref Actions, Resource: '*' }
`,
    expect: {
      Delivery: 'COMPLIANT',
      Chosen: { status: 'INSUFFICIENT_DATA', messageId: 'unknownPolicy', messageIncludes: 'Actions' },
    },
  },
  {
    name: 'hcl: a public-read-write ACL on the bucket, a public policy from aws_iam_policy_document, and a private bucket',
    hcl: `
resource "aws_s3_bucket" "legacy" {
  bucket = "acme-legacy"
  acl    = "public-read-write"
}

resource "aws_s3_bucket" "uploads" {
  bucket = "acme-uploads"
}

data "aws_iam_policy_document" "uploads" {
  statement {
    effect    = "Allow"
    actions   = ["s3:PutObject"]
    resources = ["\${aws_s3_bucket.uploads.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_s3_bucket_policy" "uploads" {
  bucket = aws_s3_bucket.uploads.id
  policy = data.aws_iam_policy_document.uploads.json
}

resource "aws_s3_bucket" "private" {
  bucket = "acme-private"
}

resource "aws_s3_bucket_acl" "private" {
  bucket = aws_s3_bucket.private.id
  acl    = "private"
}
`,
    expect: {
      'aws_s3_bucket.legacy': { status: 'NON_COMPLIANT', messageId: 'publicAcl' },
      'aws_s3_bucket.uploads': { status: 'NON_COMPLIANT', messageId: 'publicPolicy' },
      'aws_s3_bucket.private': 'COMPLIANT',
    },
  },
  {
    name: 'plan: an ACL known only after apply, a private bucket, and a public-read-write ACL',
    plan: {
      format_version: '1.2',
      resource_changes: [
        { address: 'aws_s3_bucket.a', mode: 'managed', type: 'aws_s3_bucket', name: 'a', provider_name: PLAN_AWS, change: { actions: ['create'], before: null, after: { bucket: 'acme-a' }, after_unknown: { id: true, acl: true, grant: true }, before_sensitive: false, after_sensitive: {} } },
        { address: 'aws_s3_bucket_acl.a', mode: 'managed', type: 'aws_s3_bucket_acl', name: 'a', provider_name: PLAN_AWS, change: { actions: ['create'], before: null, after: { bucket: 'acme-a' }, after_unknown: { acl: true, access_control_policy: true, id: true }, before_sensitive: false, after_sensitive: {} } },
        { address: 'aws_s3_bucket.b', mode: 'managed', type: 'aws_s3_bucket', name: 'b', provider_name: PLAN_AWS, change: { actions: ['create'], before: null, after: { bucket: 'acme-b' }, after_unknown: { id: true, acl: true, grant: true }, before_sensitive: false, after_sensitive: {} } },
        { address: 'aws_s3_bucket.c', mode: 'managed', type: 'aws_s3_bucket', name: 'c', provider_name: PLAN_AWS, change: { actions: ['create'], before: null, after: { bucket: 'acme-c' }, after_unknown: { id: true, acl: true, grant: true }, before_sensitive: false, after_sensitive: {} } },
        { address: 'aws_s3_bucket_acl.c', mode: 'managed', type: 'aws_s3_bucket_acl', name: 'c', provider_name: PLAN_AWS, change: { actions: ['create'], before: null, after: { bucket: 'acme-c', acl: 'public-read-write' }, after_unknown: { access_control_policy: true, id: true }, before_sensitive: false, after_sensitive: {} } },
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_s3_bucket.a', mode: 'managed', type: 'aws_s3_bucket', name: 'a', expressions: { bucket: { constant_value: 'acme-a' } } },
            { address: 'aws_s3_bucket_acl.a', mode: 'managed', type: 'aws_s3_bucket_acl', name: 'a', expressions: { bucket: { constant_value: 'acme-a' }, acl: { references: ['var.acl'] } } },
            { address: 'aws_s3_bucket.b', mode: 'managed', type: 'aws_s3_bucket', name: 'b', expressions: { bucket: { constant_value: 'acme-b' } } },
            { address: 'aws_s3_bucket.c', mode: 'managed', type: 'aws_s3_bucket', name: 'c', expressions: { bucket: { constant_value: 'acme-c' } } },
            { address: 'aws_s3_bucket_acl.c', mode: 'managed', type: 'aws_s3_bucket_acl', name: 'c', expressions: { bucket: { constant_value: 'acme-c' }, acl: { constant_value: 'public-read-write' } } },
          ],
        },
      },
    },
    expect: {
      'aws_s3_bucket.a': { status: 'INSUFFICIENT_DATA', messageId: 'unknownAcl' },
      'aws_s3_bucket.b': 'COMPLIANT',
      'aws_s3_bucket.c': { status: 'NON_COMPLIANT', messageId: 'publicAcl' },
    },
  },
] satisfies RuleCase[];
