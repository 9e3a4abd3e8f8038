import type { RuleCase } from '../../tester.js';

const PLAN_AWS = 'registry.terraform.io/hashicorp/aws';

const DENY_HTTP = `
          - Sid: DenyInsecureTransport
            Effect: Deny
            Principal: '*'
            Action: 's3:*'
            Resource: [!GetAtt Bucket.Arn, !Sub '\${Bucket.Arn}/*']
            Condition:
              Bool: { 'aws:SecureTransport': 'false' }`;

export default [
  {
    name: 'a bucket without a policy, and one whose policy denies requests without TLS',
    template: `
Resources:
  Bare:
    Type: AWS::S3::Bucket
  Bucket:
    Type: AWS::S3::Bucket
  Policy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Bucket
      PolicyDocument:
        Version: '2012-10-17'
        Statement:${DENY_HTTP}
`,
    expect: {
      Bare: { status: 'NON_COMPLIANT', messageId: 'noPolicy' },
      Bucket: { status: 'COMPLIANT', messageId: 'enforced', messageIncludes: 'Policy' },
    },
  },
  {
    name: 'a single Fn::Sub or Fn::Join Resource is one ARN built at deployment, as in a list; one over an undeclared name, or a bare parameter (maybe a list), is not known',
    template: `
Parameters:
  Arns: { Type: CommaDelimitedList }
Resources:
  Subbed:
    Type: AWS::S3::Bucket
  SubbedPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Subbed
      PolicyDocument:
        Statement:
          - { Effect: Deny, Principal: '*', Action: 's3:*', Resource: !Sub '\${Subbed.Arn}/*', Condition: { Bool: { 'aws:SecureTransport': false } } }
  Joined:
    Type: AWS::S3::Bucket
  JoinedPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Joined
      PolicyDocument:
        Statement:
          - { Effect: Deny, Principal: '*', Action: 's3:*', Resource: !Join ['', ['arn:aws:s3:::', !Ref Joined, '/*']], Condition: { Bool: { 'aws:SecureTransport': false } } }
  Misjoined:
    Type: AWS::S3::Bucket
  MisjoinedPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Misjoined
      PolicyDocument:
        Statement:
          - { Effect: Deny, Principal: '*', Action: 's3:*', Resource: !Join ['', ['arn:aws:s3:::', !Ref Undeclared, '/*']], Condition: { Bool: { 'aws:SecureTransport': false } } }
  Listed:
    Type: AWS::S3::Bucket
  ListedPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Listed
      PolicyDocument:
        Statement:
          - { Effect: Deny, Principal: '*', Action: 's3:*', Resource: !Ref Arns, Condition: { Bool: { 'aws:SecureTransport': false } } }
`,
    expect: {
      Subbed: { status: 'COMPLIANT', messageId: 'enforced' },
      Joined: { status: 'COMPLIANT', messageId: 'enforced' },
      Misjoined: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      Listed: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
  {
    name: 'denials that fall short: a narrower action, a key prefix, an extra condition key, an Allow',
    template: `
Resources:
  GetOnly:
    Type: AWS::S3::Bucket
    Properties: { BucketName: acme-get-only }
  GetOnlyPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref GetOnly
      PolicyDocument:
        Statement:
          - { Effect: Deny, Principal: '*', Action: s3:GetObject, Resource: 'arn:aws:s3:::acme-get-only/*', Condition: { Bool: { 'aws:SecureTransport': false } } }
  Prefix:
    Type: AWS::S3::Bucket
    Properties: { BucketName: acme-prefix }
  PrefixPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: acme-prefix
      PolicyDocument:
        Statement:
          - { Effect: Deny, Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::acme-prefix/private/*', Condition: { Bool: { 'aws:SecureTransport': false } } }
  Narrowed:
    Type: AWS::S3::Bucket
    Properties: { BucketName: acme-narrowed }
  NarrowedPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Narrowed
      PolicyDocument:
        Statement:
          - Effect: Deny
            Principal: '*'
            Action: 's3:*'
            Resource: 'arn:aws:s3:::acme-narrowed/*'
            Condition:
              Bool: { 'aws:SecureTransport': false }
              StringEquals: { 'aws:PrincipalAccount': '111122223333' }
  Allowing:
    Type: AWS::S3::Bucket
    Properties: { BucketName: acme-allowing }
  AllowingPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Allowing
      PolicyDocument:
        Statement:
          - { Effect: Allow, Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::acme-allowing/*', Condition: { Bool: { 'aws:SecureTransport': true } } }
  Everything:
    Type: AWS::S3::Bucket
    Properties: { BucketName: acme-everything }
  EverythingPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Everything
      PolicyDocument:
        Statement:
          - { Effect: Deny, Principal: { AWS: '*' }, Action: '*', Resource: ['arn:aws:s3:::acme-everything', 'arn:aws:s3:::acme-everything/*'], Condition: { Bool: { 'aws:SecureTransport': 'false' } } }
`,
    expect: {
      GetOnly: { status: 'NON_COMPLIANT', messageId: 'noDeny' },
      Prefix: { status: 'NON_COMPLIANT', messageId: 'noDeny' },
      Narrowed: { status: 'NON_COMPLIANT', messageId: 'noDeny' },
      Allowing: { status: 'NON_COMPLIANT', messageId: 'noDeny' },
      Everything: 'COMPLIANT',
    },
  },
  {
    name: 'unknowns: a policy under an undecidable condition, an effect from a parameter, a policy on a bucket outside the template',
    template: `
Parameters:
  Effect: { Type: String }
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Regional:
    Type: AWS::S3::Bucket
  RegionalPolicy:
    Type: AWS::S3::BucketPolicy
    Condition: InUsEast1
    Properties:
      Bucket: !Ref Regional
      PolicyDocument:
        Statement:
          - { Effect: Deny, Principal: '*', Action: 's3:*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': false } } }
  Chosen:
    Type: AWS::S3::Bucket
  ChosenPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Chosen
      PolicyDocument:
        Statement:
          - { Effect: !Ref Effect, Principal: '*', Action: 's3:*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': false } } }
  ExistingPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: existing-bucket
      PolicyDocument:
        Statement:
          - { Effect: Deny, Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::existing-bucket/*', Condition: { Bool: { 'aws:SecureTransport': false } } }
`,
    expect: {
      Regional: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'InUsEast1' },
      Chosen: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'Effect' },
      'ExistingPolicy#Bucket': 'COMPLIANT',
    },
  },
  {
    name: 'hcl: a policy from aws_iam_policy_document denying insecure transport, and a bucket without',
    hcl: `
resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}

data "aws_iam_policy_document" "tls" {
  statement {
    sid       = "DenyInsecureTransport"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.data.arn, "\${aws_s3_bucket.data.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_s3_bucket_policy" "data" {
  bucket = aws_s3_bucket.data.id
  policy = data.aws_iam_policy_document.tls.json
}

resource "aws_s3_bucket" "open" {
  bucket = "acme-open"
}
`,
    expect: {
      'aws_s3_bucket.data': 'COMPLIANT',
      'aws_s3_bucket.open': { status: 'NON_COMPLIANT', messageId: 'noPolicy' },
    },
  },
  {
    name: 'plan: the legacy inline policy attribute with a TLS deny, and a policy allowing without one',
    plan: {
      format_version: '1.2',
      resource_changes: [
        {
          address: 'aws_s3_bucket.legacy', mode: 'managed', type: 'aws_s3_bucket', name: 'legacy', provider_name: PLAN_AWS,
          change: { actions: ['create'], before: null, after: { bucket: 'acme-legacy', policy: '{"Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::acme-legacy","arn:aws:s3:::acme-legacy/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}' }, after_unknown: { id: true }, before_sensitive: false, after_sensitive: {} },
        },
        { address: 'aws_s3_bucket.open', mode: 'managed', type: 'aws_s3_bucket', name: 'open', provider_name: PLAN_AWS, change: { actions: ['create'], before: null, after: { bucket: 'acme-open' }, after_unknown: { id: true, policy: true }, before_sensitive: false, after_sensitive: {} } },
        {
          address: 'aws_s3_bucket_policy.open', mode: 'managed', type: 'aws_s3_bucket_policy', name: 'open', provider_name: PLAN_AWS,
          change: { actions: ['create'], before: null, after: { bucket: 'acme-open', policy: '{"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::acme-open/*"}]}' }, after_unknown: { id: true }, before_sensitive: false, after_sensitive: {} },
        },
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_s3_bucket.legacy', mode: 'managed', type: 'aws_s3_bucket', name: 'legacy', expressions: { bucket: { constant_value: 'acme-legacy' }, policy: {} } },
            { address: 'aws_s3_bucket.open', mode: 'managed', type: 'aws_s3_bucket', name: 'open', expressions: { bucket: { constant_value: 'acme-open' } } },
            { address: 'aws_s3_bucket_policy.open', mode: 'managed', type: 'aws_s3_bucket_policy', name: 'open', expressions: { bucket: { constant_value: 'acme-open' }, policy: {} } },
          ],
        },
      },
    },
    expect: {
      'aws_s3_bucket.legacy': 'COMPLIANT',
      'aws_s3_bucket.open': { status: 'NON_COMPLIANT', messageId: 'noDeny' },
    },
  },
] satisfies RuleCase[];
