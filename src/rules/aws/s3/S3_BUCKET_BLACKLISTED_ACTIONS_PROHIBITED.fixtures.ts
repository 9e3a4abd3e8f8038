import type { RuleCase } from '../../tester.js';

const PLAN_AWS = 'registry.terraform.io/hashicorp/aws';
const params = { blacklistedActionPattern: 's3:DeleteBucketPolicy, s3:PutBucketAcl, s3:PutBucketPolicy, s3:GetBucket*' };

const policy = (bucket: string, statement: string): string => `
  ${bucket}Policy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref ${bucket}
      PolicyDocument:
        Statement:
          - ${statement}
  ${bucket}:
    Type: AWS::S3::Bucket`;

export default [
  {
    name: 'principals with the account given: another account, everyone, the own account, a service, overlapping wildcards',
    params,
    inputs: { accountId: '111122223333' },
    template: `
Resources:${policy('Foreign', "{ Effect: Allow, Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Action: s3:PutBucketPolicy, Resource: !GetAtt Foreign.Arn }")}${policy('Everyone', "{ Effect: Allow, Principal: '*', Action: 's3:*', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': o-abc123 } } }")}${policy('Own', "{ Effect: Allow, Principal: { AWS: !Sub 'arn:aws:iam::${AWS::AccountId}:role/admin' }, Action: 's3:*', Resource: '*' }")}${policy('Service', "{ Effect: Allow, Principal: { Service: logging.s3.amazonaws.com }, Action: 's3:*', Resource: '*' }")}${policy('Reader', "{ Effect: Allow, Principal: { AWS: '444455556666' }, Action: [s3:GetObject, s3:ListBucket], Resource: '*' }")}${policy('Overlap', "{ Effect: Allow, Principal: { AWS: ['444455556666'] }, Action: 's3:Get*', Resource: '*' }")}${policy('Denied', "{ Effect: Deny, Principal: '*', Action: 's3:*', Resource: '*' }")}${policy('Except', "{ Effect: Allow, NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' }, NotAction: 's3:Put*', Resource: '*' }")}
  Plain:
    Type: AWS::S3::Bucket
`,
    expect: {
      Foreign: { status: 'NON_COMPLIANT', messageId: 'allowed', messageIncludes: 'ForeignPolicy' },
      Everyone: { status: 'NON_COMPLIANT', messageId: 'allowed' },
      Own: { status: 'COMPLIANT', messageId: 'restricted' },
      Service: 'COMPLIANT',
      Reader: 'COMPLIANT',
      Overlap: { status: 'NON_COMPLIANT', messageId: 'allowed' },
      Denied: 'COMPLIANT',
      Except: { status: 'NON_COMPLIANT', messageId: 'allowed' },
      Plain: 'COMPLIANT',
    },
  },
  {
    name: 'without the account: an account principal can not be compared, everyone still can; unresolved principal and actions',
    params,
    template: `
Parameters:
  Partner: { Type: String }
  Actions: { Type: CommaDelimitedList }
Resources:${policy('Foreign', "{ Effect: Allow, Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Action: s3:PutBucketPolicy, Resource: '*' }")}${policy('Own', "{ Effect: Allow, Principal: { AWS: !Sub 'arn:aws:iam::${AWS::AccountId}:root' }, Action: s3:PutBucketPolicy, Resource: '*' }")}${policy('Everyone', "{ Effect: Allow, Principal: { AWS: '*' }, Action: s3:PutBucketAcl, Resource: '*' }")}${policy('Chosen', "{ Effect: Allow, Principal: { AWS: !Ref Partner }, Action: s3:DeleteBucketPolicy, Resource: '*' }")}${policy('Listed', "{ Effect: Allow, Principal: '*', Action: !Ref Actions, Resource: '*' }")}${policy('Canonical', "{ Effect: Allow, Principal: { CanonicalUser: 79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be }, Action: s3:PutBucketAcl, Resource: '*' }")}
`,
    expect: {
      Foreign: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'account-id' },
      Own: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'AWS::AccountId' },
      Everyone: { status: 'NON_COMPLIANT', messageId: 'allowed' },
      Chosen: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'Partner' },
      Listed: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'Actions' },
      Canonical: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'CanonicalUser' },
    },
  },
  {
    name: 'no blocklist configured: the rule asks for it',
    template: `
Resources:${policy('Foreign', "{ Effect: Allow, Principal: '*', Action: 's3:*', Resource: '*' }")}
`,
    expect: { Foreign: { status: 'INSUFFICIENT_DATA', messageId: 'notConfigured', messageIncludes: 'blacklistedActionPattern' } },
  },
  {
    name: 'hcl: everyone through aws_iam_policy_document, another account through jsonencode, a service',
    params,
    hcl: `
resource "aws_s3_bucket" "open" {
  bucket = "acme-open"
}

data "aws_iam_policy_document" "open" {
  statement {
    effect    = "Allow"
    actions   = ["s3:PutBucketAcl"]
    resources = [aws_s3_bucket.open.arn]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}

resource "aws_s3_bucket_policy" "open" {
  bucket = aws_s3_bucket.open.id
  policy = data.aws_iam_policy_document.open.json
}

resource "aws_s3_bucket" "partner" {
  bucket = "acme-partner"
}

resource "aws_s3_bucket_policy" "partner" {
  bucket = aws_s3_bucket.partner.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::444455556666:root" }, Action = "s3:PutBucketPolicy", Resource = aws_s3_bucket.partner.arn }]
  })
}

resource "aws_s3_bucket" "logs" {
  bucket = "acme-logs"
}

resource "aws_s3_bucket_policy" "logs" {
  bucket = aws_s3_bucket.logs.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "logging.s3.amazonaws.com" }, Action = "s3:*", Resource = "\${aws_s3_bucket.logs.arn}/*" }]
  })
}
`,
    expect: {
      'aws_s3_bucket.open': { status: 'NON_COMPLIANT', messageId: 'allowed' },
      'aws_s3_bucket.partner': { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: '444455556666' },
      'aws_s3_bucket.logs': 'COMPLIANT',
    },
  },
  {
    name: 'plan: a public policy, a policy known only after apply, and a bucket without policy',
    params,
    plan: {
      format_version: '1.2',
      resource_changes: [
        { address: 'aws_s3_bucket.a', mode: 'managed', type: 'aws_s3_bucket', name: 'a', provider_name: PLAN_AWS, change: { actions: ['create'], before: null, after: { bucket: 'acme-a' }, after_unknown: { id: true, arn: true }, before_sensitive: false, after_sensitive: {} } },
        { address: 'aws_s3_bucket_policy.a', mode: 'managed', type: 'aws_s3_bucket_policy', name: 'a', provider_name: PLAN_AWS, change: { actions: ['create'], before: null, after: { bucket: 'acme-a', policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:PutBucketPolicy', Resource: 'arn:aws:s3:::acme-a' }] }) }, after_unknown: { id: true }, before_sensitive: false, after_sensitive: {} } },
        { address: 'aws_s3_bucket.b', mode: 'managed', type: 'aws_s3_bucket', name: 'b', provider_name: PLAN_AWS, change: { actions: ['create'], before: null, after: { bucket: 'acme-b' }, after_unknown: { id: true, arn: true }, before_sensitive: false, after_sensitive: {} } },
        { address: 'aws_s3_bucket_policy.b', mode: 'managed', type: 'aws_s3_bucket_policy', name: 'b', provider_name: PLAN_AWS, change: { actions: ['create'], before: null, after: { bucket: 'acme-b' }, after_unknown: { id: true, policy: true }, before_sensitive: false, after_sensitive: {} } },
        { address: 'aws_s3_bucket.c', mode: 'managed', type: 'aws_s3_bucket', name: 'c', provider_name: PLAN_AWS, change: { actions: ['create'], before: null, after: { bucket: 'acme-c' }, after_unknown: { id: true, arn: true }, before_sensitive: false, after_sensitive: {} } },
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_s3_bucket.a', mode: 'managed', type: 'aws_s3_bucket', name: 'a', expressions: { bucket: { constant_value: 'acme-a' } } },
            { address: 'aws_s3_bucket_policy.a', mode: 'managed', type: 'aws_s3_bucket_policy', name: 'a', expressions: { bucket: { references: ['aws_s3_bucket.a.id', 'aws_s3_bucket.a'] } } },
            { address: 'aws_s3_bucket.b', mode: 'managed', type: 'aws_s3_bucket', name: 'b', expressions: { bucket: { constant_value: 'acme-b' } } },
            { address: 'aws_s3_bucket_policy.b', mode: 'managed', type: 'aws_s3_bucket_policy', name: 'b', expressions: { bucket: { references: ['aws_s3_bucket.b.id', 'aws_s3_bucket.b'] }, policy: { references: ['data.aws_iam_policy_document.b.json'] } } },
            { address: 'aws_s3_bucket.c', mode: 'managed', type: 'aws_s3_bucket', name: 'c', expressions: { bucket: { constant_value: 'acme-c' } } },
          ],
        },
      },
    },
    expect: {
      'aws_s3_bucket.a': { status: 'NON_COMPLIANT', messageId: 'allowed' },
      'aws_s3_bucket.b': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      'aws_s3_bucket.c': 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
