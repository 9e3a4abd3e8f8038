import type { RuleCase } from '../../tester.js';

const PLAN_AWS = 'registry.terraform.io/hashicorp/aws';

export default [
  {
    name: 'canned ACLs: public ones grant read, others do not',
    template: `
Resources:
  Plain:
    Type: AWS::S3::Bucket
  Website:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: PublicRead
  Authenticated:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: AuthenticatedRead
  Logs:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: LogDeliveryWrite
  Misspelt:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: public-read
`,
    expect: {
      Plain: { status: 'COMPLIANT', messageId: 'notPublic' },
      Website: { status: 'NON_COMPLIANT', messageId: 'publicAcl', path: ['AccessControl'] },
      Authenticated: { status: 'NON_COMPLIANT', messageId: 'publicAcl' },
      Logs: 'COMPLIANT',
      Misspelt: { status: 'NON_COMPLIANT', messageId: 'publicAcl', messageIncludes: 'public-read' },
    },
  },
  {
    name: 'a public ACL is harmless when the bucket ignores public ACLs or disables ACLs',
    template: `
Resources:
  Ignored:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: PublicRead
      PublicAccessBlockConfiguration:
        IgnorePublicAcls: true
  BlockedOnly:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: PublicRead
      PublicAccessBlockConfiguration:
        BlockPublicPolicy: true
        RestrictPublicBuckets: true
  Enforced:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: PublicRead
      OwnershipControls:
        Rules:
          - ObjectOwnership: BucketOwnerEnforced
`,
    expect: {
      Ignored: 'COMPLIANT',
      BlockedOnly: { status: 'NON_COMPLIANT', messageId: 'publicAcl' },
      Enforced: 'COMPLIANT',
    },
  },
  {
    name: 'bucket policies: public GetObject, restricted by a condition, by the public access block, or another principal',
    template: `
Resources:
  Site:
    Type: AWS::S3::Bucket
  SitePolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Site
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: '*'
            Action: s3:GetObject
            Resource: !Sub '\${Site.Arn}/*'
  Endpoint:
    Type: AWS::S3::Bucket
  EndpointPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Endpoint
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { AWS: '*' }
            Action: s3:*
            Resource: !Sub '\${Endpoint.Arn}/*'
            Condition:
              StringEquals: { 'aws:SourceVpce': vpce-0123456789abcdef0 }
  Wildcard:
    Type: AWS::S3::Bucket
  WildcardPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Wildcard
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: '*'
            Action: s3:Get*
            Resource: !Sub '\${Wildcard.Arn}/*'
            Condition:
              StringLike: { 'aws:PrincipalOrgID': 'o-*' }
  Restricted:
    Type: AWS::S3::Bucket
    Properties:
      PublicAccessBlockConfiguration:
        RestrictPublicBuckets: true
  RestrictedPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Restricted
      PolicyDocument:
        Statement:
          - { Effect: Allow, Principal: '*', Action: 's3:*', Resource: '*' }
  Account:
    Type: AWS::S3::Bucket
  AccountPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Account
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { AWS: arn:aws:iam::111122223333:root }
            Action: s3:GetObject
            Resource: !Sub '\${Account.Arn}/*'
  WriteOnly:
    Type: AWS::S3::Bucket
  WriteOnlyPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref WriteOnly
      PolicyDocument:
        Statement:
          - { Effect: Allow, Principal: '*', Action: s3:PutObject, Resource: !Sub '\${WriteOnly.Arn}/*' }
`,
    expect: {
      Site: { status: 'NON_COMPLIANT', messageId: 'publicPolicy', messageIncludes: 'SitePolicy' },
      Endpoint: 'COMPLIANT',
      Wildcard: { status: 'NON_COMPLIANT', messageId: 'publicPolicy' },
      Restricted: 'COMPLIANT',
      Account: 'COMPLIANT',
      WriteOnly: 'COMPLIANT',
    },
  },
  {
    name: 'a bucket policy statement that names no principal is one S3 refuses: not known, never compliant',
    template: `
Resources:
  Bucket:
    Type: AWS::S3::Bucket
  Policy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Bucket
      PolicyDocument:
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            Resource: !Sub '\${Bucket.Arn}/*'
`,
    expect: { Bucket: { status: 'INSUFFICIENT_DATA', messageIncludes: 'Principal' } },
  },
  {
    name: 'hcl: a bucket policy statement without a principal',
    hcl: `
resource "aws_s3_bucket" "b" {
  bucket = "acme-no-principal"
}

resource "aws_s3_bucket_policy" "b" {
  bucket = aws_s3_bucket.b.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "arn:aws:s3:::acme-no-principal/*" }]
  })
}
`,
    expect: { 'aws_s3_bucket.b': { status: 'INSUFFICIENT_DATA', messageIncludes: 'Principal' } },
  },
  {
    name: 'Allow with NotPrincipal or NotAction opens the bucket',
    template: `
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: acme-shared
  Policy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: acme-shared
      PolicyDocument:
        Statement:
          - Effect: Allow
            NotPrincipal: { AWS: arn:aws:iam::111122223333:root }
            NotAction: s3:DeleteObject
            Resource: arn:aws:s3:::acme-shared/*
`,
    expect: { Bucket: { status: 'NON_COMPLIANT', messageId: 'publicPolicy' } },
  },
  {
    name: 'unknowns: an ACL from a parameter without default, a policy on an imported bucket, a conditional policy, an unknown block',
    template: `
Parameters:
  Acl: { Type: String }
  Env: { Type: String }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  FromParameter:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: !Ref Acl
  Imported:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !ImportValue shared-bucket
      PolicyDocument:
        Statement:
          - { Effect: Allow, Principal: '*', Action: s3:GetObject, Resource: '*' }
  Sometimes:
    Type: AWS::S3::BucketPolicy
    Condition: IsProd
    Properties:
      Bucket: !Ref FromParameter
      PolicyDocument:
        Statement:
          - { Effect: Allow, Principal: '*', Action: s3:GetObject, Resource: '*' }
`,
    expect: {
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownAcl', path: ['AccessControl'] },
      'Imported#Bucket': { status: 'INSUFFICIENT_DATA', messageId: 'unknownPolicy', messageIncludes: 'Fn::ImportValue' },
    },
  },
  {
    name: 'public policies on buckets outside the template are judged on those buckets, whose public access block is not known',
    template: `
Resources:
  Private:
    Type: AWS::S3::Bucket
  Imported:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !ImportValue shared-bucket
      PolicyDocument:
        Statement:
          - { Effect: Allow, Principal: '*', Action: s3:GetObject, Resource: '*' }
  Existing:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: existing-bucket
      PolicyDocument:
        Statement:
          - { Effect: Allow, Principal: '*', Action: s3:GetObject, Resource: 'arn:aws:s3:::existing-bucket/*' }
`,
    expect: {
      Private: 'COMPLIANT',
      'Imported#Bucket': { status: 'INSUFFICIENT_DATA', messageId: 'unknownPolicy' },
      'Existing#Bucket': { status: 'INSUFFICIENT_DATA', messageId: 'unknownPolicy', messageIncludes: 'existing-bucket' },
    },
  },
  {
    name: 'a public ACL with an ignore flag that is not known; a policy created under an undecidable condition',
    template: `
Parameters:
  Ignore: { Type: String, AllowedValues: ['true', 'false'] }
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Flagged:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: PublicRead
      PublicAccessBlockConfiguration:
        IgnorePublicAcls: !Ref Ignore
  Regional:
    Type: AWS::S3::Bucket
  RegionalPolicy:
    Type: AWS::S3::BucketPolicy
    Condition: InUsEast1
    Properties:
      Bucket: !Ref Regional
      PolicyDocument:
        Statement:
          - { Effect: Allow, Principal: '*', Action: s3:GetObject, Resource: '*' }
`,
    expect: {
      Flagged: { status: 'INSUFFICIENT_DATA', messageId: 'unknownAcl' },
      Regional: { status: 'INSUFFICIENT_DATA', messageId: 'unknownPolicy', messageIncludes: 'InUsEast1' },
    },
  },
  // Terraform (HCL): ACL, policy and public access block are separate resources.
  {
    name: 'hcl: aws_s3_bucket_acl, aws_s3_bucket_policy and aws_s3_bucket_public_access_block',
    hcl: `
resource "aws_s3_bucket" "site" {
  bucket = "acme-site"
}

resource "aws_s3_bucket_acl" "site" {
  bucket = aws_s3_bucket.site.id
  acl    = "public-read"
}

resource "aws_s3_bucket" "data" {
  bucket = "acme-data"
}

resource "aws_s3_bucket_policy" "data" {
  bucket = aws_s3_bucket.data.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "\${aws_s3_bucket.data.arn}/*" }]
  })
}

resource "aws_s3_bucket" "locked" {
  bucket = "acme-locked"
  acl    = "public-read"
}

resource "aws_s3_bucket_public_access_block" "locked" {
  bucket                  = aws_s3_bucket.locked.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket" "grants" {
  bucket = "acme-grants"
}

resource "aws_s3_bucket_acl" "grants" {
  bucket = aws_s3_bucket.grants.id
  access_control_policy {
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AllUsers"
      }
      permission = "READ"
    }
    grant {
      grantee {
        id   = "8ac813c84b8ad4d9f3e35f80aaeb254f85922a902ce87ed6b49ccbfa188f5a12"
        type = "CanonicalUser"
      }
      permission = "FULL_CONTROL"
    }
    owner {
      id = "8ac813c84b8ad4d9f3e35f80aaeb254f85922a902ce87ed6b49ccbfa188f5a12"
    }
  }
}
`,
    expect: {
      'aws_s3_bucket.site': { status: 'NON_COMPLIANT', messageId: 'publicAcl' },
      'aws_s3_bucket.data': { status: 'NON_COMPLIANT', messageId: 'publicPolicy' },
      'aws_s3_bucket.locked': 'COMPLIANT',
      'aws_s3_bucket.grants': { status: 'NON_COMPLIANT', messageId: 'publicAcl', messageIncludes: 'PublicRead' },
    },
  },
  {
    name: 'hcl: ACL grants no canned ACL expresses are not known; a policy from a variable bucket',
    hcl: `
variable "bucket" { type = string }

resource "aws_s3_bucket" "shared" {
  bucket = "acme-shared"
}

resource "aws_s3_bucket_acl" "shared" {
  bucket = aws_s3_bucket.shared.id
  access_control_policy {
    grant {
      grantee {
        id   = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"
        type = "CanonicalUser"
      }
      permission = "READ"
    }
    owner {
      id = "8ac813c84b8ad4d9f3e35f80aaeb254f85922a902ce87ed6b49ccbfa188f5a12"
    }
  }
}
`,
    expect: {
      'aws_s3_bucket.shared': { status: 'INSUFFICIENT_DATA', messageId: 'unknownAcl', messageIncludes: 'canonical user' },
    },
  },
  // Terraform plan JSON: the policy document is known text.
  {
    name: 'plan: a policy granting public read through a reference, and a private bucket',
    plan: {
      format_version: '1.2',
      resource_changes: [
        { address: 'aws_s3_bucket.site', mode: 'managed', type: 'aws_s3_bucket', name: 'site', provider_name: PLAN_AWS, change: { actions: ['create'], before: null, after: { bucket: 'acme-site', force_destroy: false }, after_unknown: { id: true, arn: true, acl: true, grant: true, policy: true }, before_sensitive: false, after_sensitive: {} } },
        { address: 'aws_s3_bucket.private', mode: 'managed', type: 'aws_s3_bucket', name: 'private', provider_name: PLAN_AWS, change: { actions: ['create'], before: null, after: { bucket: 'acme-private', force_destroy: false }, after_unknown: { id: true, arn: true, acl: true, grant: true, policy: true }, before_sensitive: false, after_sensitive: {} } },
        {
          address: 'aws_s3_bucket_policy.site', mode: 'managed', type: 'aws_s3_bucket_policy', name: 'site', provider_name: PLAN_AWS,
          change: { actions: ['create'], before: null, after: { policy: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::acme-site/*"}]}' }, after_unknown: { bucket: true, id: true }, before_sensitive: false, after_sensitive: {} },
        },
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_s3_bucket.site', mode: 'managed', type: 'aws_s3_bucket', name: 'site', expressions: { bucket: { constant_value: 'acme-site' } } },
            { address: 'aws_s3_bucket.private', mode: 'managed', type: 'aws_s3_bucket', name: 'private', expressions: { bucket: { constant_value: 'acme-private' } } },
            { address: 'aws_s3_bucket_policy.site', mode: 'managed', type: 'aws_s3_bucket_policy', name: 'site', expressions: { bucket: { references: ['aws_s3_bucket.site.id', 'aws_s3_bucket.site'] }, policy: {} } },
          ],
        },
      },
    },
    expect: {
      'aws_s3_bucket.site': { status: 'NON_COMPLIANT', messageId: 'publicPolicy' },
      'aws_s3_bucket.private': 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
