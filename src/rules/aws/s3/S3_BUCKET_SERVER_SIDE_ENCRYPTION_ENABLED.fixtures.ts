import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'SSE-S3, SSE-KMS and DSSE-KMS default encryption',
    template: `
Resources:
  Key:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy: { Version: "2012-10-17", Statement: [] }
  S3Managed:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: AES256
  Kms:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: !GetAtt Key.Arn
            BucketKeyEnabled: true
  DualLayer:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms:dsse
`,
    expect: {
      S3Managed: { status: 'COMPLIANT', path: ['BucketEncryption', 'ServerSideEncryptionConfiguration', 0, 'ServerSideEncryptionByDefault', 'SSEAlgorithm'] },
      Kms: 'COMPLIANT',
      DualLayer: 'COMPLIANT',
    },
  },
  {
    name: 'bucket without default encryption',
    template: `
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      VersioningConfiguration: { Status: Enabled }
`,
    expect: { Bucket: { status: 'NON_COMPLIANT', messageId: 'missing' } },
  },
  {
    name: 'encryption rule without a default, and an empty rule list',
    template: `
Resources:
  KeyOnly:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - BucketKeyEnabled: true
  Empty:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration: []
`,
    expect: {
      KeyOnly: { status: 'NON_COMPLIANT', messageId: 'noDefault', path: ['BucketEncryption', 'ServerSideEncryptionConfiguration', 0] },
      Empty: { status: 'NON_COMPLIANT', messageId: 'missing' },
    },
  },
  {
    name: 'algorithm imported from another stack',
    template: `
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: !ImportValue platform-sse-algorithm
`,
    expect: { Bucket: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' } },
  },
  {
    name: 'algorithm from a mapping, a parameter default and a decidable Fn::If',
    inputs: { parameters: { Env: 'prod' } },
    template: `
Parameters:
  Env: { Type: String, Default: dev }
  Algorithm: { Type: String, Default: AES256 }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Mappings:
  Encryption:
    prod: { Algorithm: "aws:kms" }
    dev: { Algorithm: AES256 }
Resources:
  Mapped:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: !FindInMap [Encryption, !Ref Env, Algorithm]
  FromParameter:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: !Ref Algorithm
  Conditional:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub \${Env}-exports
      BucketEncryption: !If
        - IsProd
        - ServerSideEncryptionConfiguration:
            - ServerSideEncryptionByDefault: { SSEAlgorithm: "aws:kms" }
        - !Ref AWS::NoValue
`,
    expect: { Mapped: 'COMPLIANT', FromParameter: 'COMPLIANT', Conditional: 'COMPLIANT' },
  },
  {
    name: 'encryption behind an undecidable condition',
    template: `
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption: !If
        - InUsEast1
        - ServerSideEncryptionConfiguration:
            - ServerSideEncryptionByDefault: { SSEAlgorithm: AES256 }
        - !Ref AWS::NoValue
`,
    expect: { Bucket: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['BucketEncryption'] } },
  },
  {
    name: 'bucket policy that denies uploads without server-side encryption',
    template: `
Resources:
  Uploads:
    Type: AWS::S3::Bucket
  UploadsPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Uploads
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Sid: DenyUnencryptedUploads
            Effect: Deny
            Principal: "*"
            Action: s3:PutObject
            Resource: !Sub \${Uploads.Arn}/*
            Condition:
              "Null": { "s3:x-amz-server-side-encryption": "true" }
  Archive:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: archive-prod
  ArchivePolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: archive-prod
      PolicyDocument:
        Statement:
          - Effect: Deny
            Principal: { AWS: "*" }
            Action: ["s3:Put*"]
            Resource: arn:aws:s3:::archive-prod/*
            Condition:
              StringNotEquals: { "s3:x-amz-server-side-encryption": ["AES256", "aws:kms"] }
`,
    expect: {
      Uploads: { status: 'COMPLIANT', messageId: 'policyDenies' },
      Archive: { status: 'COMPLIANT', messageId: 'policyDenies' },
    },
  },
  {
    name: 'bucket policies that do not deny unencrypted uploads',
    template: `
Resources:
  Narrowed:
    Type: AWS::S3::Bucket
  NarrowedPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Narrowed
      PolicyDocument:
        Statement:
          - Effect: Deny
            Principal: "*"
            Action: s3:PutObject
            Resource: !Sub \${Narrowed.Arn}/*
            Condition:
              "Null": { "s3:x-amz-server-side-encryption": "true" }
              Bool: { "aws:SecureTransport": "false" }
  OneRole:
    Type: AWS::S3::Bucket
  OneRolePolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref OneRole
      PolicyDocument:
        Statement:
          - Effect: Deny
            Principal: { AWS: arn:aws:iam::111122223333:role/uploader }
            Action: s3:PutObject
            Resource: !Sub \${OneRole.Arn}/*
            Condition:
              "Null": { "s3:x-amz-server-side-encryption": "true" }
`,
    expect: {
      Narrowed: { status: 'NON_COMPLIANT', messageId: 'missing' },
      OneRole: { status: 'NON_COMPLIANT', messageId: 'missing' },
    },
  },
  {
    name: 'bucket policy document imported from another stack',
    template: `
Resources:
  Bucket:
    Type: AWS::S3::Bucket
  Policy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Bucket
      PolicyDocument: !ImportValue shared-bucket-policy
`,
    expect: { Bucket: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' } },
  },
  {
    name: 'algorithm that S3 does not support',
    template: `
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aes256
`,
    expect: { Bucket: { status: 'NON_COMPLIANT', messageId: 'unsupportedAlgorithm', messageIncludes: 'aes256' } },
  },
  {
    name: 'a deny policy created only under an undecidable condition does not prove compliance; an unconditional one does (the same template)',
    template: `
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
          - Sid: DenyUnencryptedUploads
            Effect: Deny
            Principal: "*"
            Action: s3:PutObject
            Resource: !Sub '\${Regional.Arn}/*'
            Condition:
              "Null": { "s3:x-amz-server-side-encryption": "true" }
  Guarded:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: guarded-uploads
  GuardedAlways:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Guarded
      PolicyDocument:
        Statement:
          - { Effect: Deny, Principal: "*", Action: s3:PutObject, Resource: "arn:aws:s3:::guarded-uploads/*", Condition: { "Null": { "s3:x-amz-server-side-encryption": "true" } } }
`,
    expect: {
      Regional: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'RegionalPolicy is created only when condition InUsEast1 holds' },
      Guarded: { status: 'COMPLIANT', messageId: 'policyDenies', messageIncludes: 'GuardedAlways' },
    },
  },
  // Terraform (HCL): default encryption is a separate resource (provider v4+) or the legacy inline block.
  {
    name: 'hcl: aws_s3_bucket_server_side_encryption_configuration, the legacy inline block, and a bucket without',
    hcl: `
resource "aws_s3_bucket" "data" {
  bucket = "example-data"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
  bucket = aws_s3_bucket.data.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket" "legacy" {
  bucket = "example-legacy"

  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "aws:kms"
      }
    }
  }
}

resource "aws_s3_bucket" "plain" {
  bucket = "example-plain"
}
`,
    expect: {
      'aws_s3_bucket.data': { status: 'COMPLIANT', messageId: 'encrypted', path: ['BucketEncryption', 'ServerSideEncryptionConfiguration', 0, 'ServerSideEncryptionByDefault', 'SSEAlgorithm'] },
      'aws_s3_bucket.legacy': { status: 'COMPLIANT', messageId: 'encrypted' },
      'aws_s3_bucket.plain': { status: 'NON_COMPLIANT', messageId: 'missing' },
    },
  },
  {
    name: 'hcl: an aws_s3_bucket_policy that denies unencrypted uploads; a policy from a data source is not known',
    hcl: `
resource "aws_s3_bucket" "guarded" {
  bucket = "example-guarded"
}

resource "aws_s3_bucket_policy" "guarded" {
  bucket = aws_s3_bucket.guarded.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DenyUnencryptedUploads"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:PutObject"
      Resource  = "arn:aws:s3:::example-guarded/*"
      Condition = { Null = { "s3:x-amz-server-side-encryption" = "true" } }
    }]
  })
}

resource "aws_s3_bucket" "shared" {
  bucket = "example-shared"
}

resource "aws_s3_bucket_policy" "shared" {
  bucket = aws_s3_bucket.shared.id
  policy = data.aws_iam_policy_document.shared.json
}
`,
    expect: {
      'aws_s3_bucket.guarded': { status: 'COMPLIANT', messageId: 'policyDenies', messageIncludes: 'aws_s3_bucket_policy.guarded' },
      'aws_s3_bucket.shared': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
  {
    name: 'hcl: count buckets in a module whose algorithm comes from a variable; a variable without a value',
    vars: { algorithm: 'aws:kms:dsse' },
    hcl: {
      'main.tf': `
variable "algorithm" { type = string }
variable "legacy_algorithm" { type = string }

module "buckets" {
  source    = "./modules/buckets"
  names     = ["a", "b"]
  algorithm = var.algorithm
}

module "unset" {
  source    = "./modules/buckets"
  names     = ["c"]
  algorithm = var.legacy_algorithm
}
`,
      'modules/buckets/main.tf': `
variable "names" { type = list(string) }
variable "algorithm" { type = string }

resource "aws_s3_bucket" "this" {
  count  = length(var.names)
  bucket = "example-\${var.names[count.index]}"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
  count  = length(var.names)
  bucket = aws_s3_bucket.this[count.index].id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = var.algorithm
    }
  }
}
`,
    },
    expect: {
      'module.buckets.aws_s3_bucket.this[0]': { status: 'COMPLIANT', messageIncludes: 'aws:kms:dsse' },
      'module.buckets.aws_s3_bucket.this[1]': 'COMPLIANT',
      'module.unset.aws_s3_bucket.this[0]': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
  {
    name: 'hcl: awscc_s3_bucket with and without bucket_encryption',
    hcl: `
resource "awscc_s3_bucket" "encrypted" {
  bucket_name = "example-awscc-encrypted"
  bucket_encryption = {
    server_side_encryption_configuration = [{
      server_side_encryption_by_default = {
        sse_algorithm = "aws:kms"
      }
      bucket_key_enabled = true
    }]
  }
}

resource "awscc_s3_bucket" "plain" {
  bucket_name = "example-awscc-plain"
}
`,
    expect: {
      'awscc_s3_bucket.encrypted': { status: 'COMPLIANT', messageIncludes: 'aws:kms' },
      'awscc_s3_bucket.plain': { status: 'NON_COMPLIANT', messageId: 'missing' },
    },
  },
  // Terraform plan JSON: the encryption resource's bucket and KMS key are known only after apply.
  {
    name: 'plan: an encryption resource linked by reference, an algorithm known only after apply, and a bucket without',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        {
          address: 'aws_kms_key.data', mode: 'managed', type: 'aws_kms_key', name: 'data', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: { actions: ['create'], before: null, after: { deletion_window_in_days: 10, enable_key_rotation: true, is_enabled: true, key_usage: 'ENCRYPT_DECRYPT' }, after_unknown: { arn: true, id: true, key_id: true, policy: true }, before_sensitive: false, after_sensitive: {} },
        },
        {
          address: 'aws_s3_bucket.data', mode: 'managed', type: 'aws_s3_bucket', name: 'data', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: { actions: ['create'], before: null, after: { bucket: 'example-data', force_destroy: false, object_lock_enabled: false, tags: null, timeouts: null }, after_unknown: { arn: true, id: true, tags_all: true }, before_sensitive: false, after_sensitive: {} },
        },
        {
          address: 'aws_s3_bucket_server_side_encryption_configuration.data', mode: 'managed', type: 'aws_s3_bucket_server_side_encryption_configuration', name: 'data', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { expected_bucket_owner: null, rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'aws:kms' }], bucket_key_enabled: true }] },
            after_unknown: { bucket: true, id: true, rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: true }] }] },
            before_sensitive: false, after_sensitive: { rule: [{ apply_server_side_encryption_by_default: [{}] }] },
          },
        },
        {
          address: 'aws_s3_bucket.pending', mode: 'managed', type: 'aws_s3_bucket', name: 'pending', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: { actions: ['create'], before: null, after: { bucket: 'example-pending', force_destroy: false, object_lock_enabled: false, tags: null, timeouts: null }, after_unknown: { arn: true, id: true, tags_all: true }, before_sensitive: false, after_sensitive: {} },
        },
        {
          address: 'aws_s3_bucket_server_side_encryption_configuration.pending', mode: 'managed', type: 'aws_s3_bucket_server_side_encryption_configuration', name: 'pending', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { expected_bucket_owner: null, rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: null }], bucket_key_enabled: null }] },
            after_unknown: { bucket: true, id: true, rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: true }] }] },
            before_sensitive: false, after_sensitive: { rule: [{ apply_server_side_encryption_by_default: [{}] }] },
          },
        },
        {
          address: 'aws_s3_bucket.plain', mode: 'managed', type: 'aws_s3_bucket', name: 'plain', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: { actions: ['create'], before: null, after: { bucket: 'example-plain', force_destroy: false, object_lock_enabled: false, tags: null, timeouts: null }, after_unknown: { arn: true, id: true, tags_all: true }, before_sensitive: false, after_sensitive: {} },
        },
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_kms_key.data', mode: 'managed', type: 'aws_kms_key', name: 'data', expressions: { deletion_window_in_days: { constant_value: 10 }, enable_key_rotation: { constant_value: true } } },
            { address: 'aws_s3_bucket.data', mode: 'managed', type: 'aws_s3_bucket', name: 'data', expressions: { bucket: { constant_value: 'example-data' } } },
            {
              address: 'aws_s3_bucket_server_side_encryption_configuration.data', mode: 'managed', type: 'aws_s3_bucket_server_side_encryption_configuration', name: 'data',
              expressions: {
                bucket: { references: ['aws_s3_bucket.data.id', 'aws_s3_bucket.data'] },
                rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: { references: ['aws_kms_key.data.arn', 'aws_kms_key.data'] }, sse_algorithm: { constant_value: 'aws:kms' } }], bucket_key_enabled: { constant_value: true } }],
              },
            },
            { address: 'aws_s3_bucket.pending', mode: 'managed', type: 'aws_s3_bucket', name: 'pending', expressions: { bucket: { constant_value: 'example-pending' } } },
            {
              address: 'aws_s3_bucket_server_side_encryption_configuration.pending', mode: 'managed', type: 'aws_s3_bucket_server_side_encryption_configuration', name: 'pending',
              expressions: {
                bucket: { references: ['aws_s3_bucket.pending.id', 'aws_s3_bucket.pending'] },
                rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: { references: ['data.aws_ssm_parameter.algorithm.value', 'data.aws_ssm_parameter.algorithm'] } }] }],
              },
            },
            { address: 'aws_s3_bucket.plain', mode: 'managed', type: 'aws_s3_bucket', name: 'plain', expressions: { bucket: { constant_value: 'example-plain' } } },
          ],
        },
      },
    },
    expect: {
      'aws_s3_bucket.data': { status: 'COMPLIANT', messageId: 'encrypted', messageIncludes: 'aws:kms' },
      'aws_s3_bucket.pending': { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['BucketEncryption', 'ServerSideEncryptionConfiguration', 0, 'ServerSideEncryptionByDefault', 'SSEAlgorithm'] },
      'aws_s3_bucket.plain': { status: 'NON_COMPLIANT', messageId: 'missing' },
    },
  },
  {
    name: 'plan: an existing bucket whose state shows the inline encryption block; an awscc bucket with DSSE-KMS',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        {
          address: 'aws_s3_bucket.existing', mode: 'managed', type: 'aws_s3_bucket', name: 'existing', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['update'],
            before: { bucket: 'example-existing', id: 'example-existing', arn: 'arn:aws:s3:::example-existing', policy: '', tags: null, tags_all: {}, server_side_encryption_configuration: [{ rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: '', sse_algorithm: 'AES256' }], bucket_key_enabled: false }] }] },
            after: { bucket: 'example-existing', id: 'example-existing', arn: 'arn:aws:s3:::example-existing', policy: '', tags: { team: 'data' }, tags_all: { team: 'data' }, server_side_encryption_configuration: [{ rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: '', sse_algorithm: 'AES256' }], bucket_key_enabled: false }] }] },
            after_unknown: {}, before_sensitive: {}, after_sensitive: {},
          },
        },
        {
          address: 'awscc_s3_bucket.encrypted', mode: 'managed', type: 'awscc_s3_bucket', name: 'encrypted', provider_name: 'registry.terraform.io/hashicorp/awscc',
          change: {
            actions: ['create'], before: null,
            after: { bucket_name: 'example-awscc-encrypted', bucket_encryption: { server_side_encryption_configuration: [{ bucket_key_enabled: true, server_side_encryption_by_default: { kms_master_key_id: null, sse_algorithm: 'aws:kms:dsse' } }] } },
            after_unknown: { arn: true, id: true, domain_name: true, bucket_encryption: { server_side_encryption_configuration: [{ server_side_encryption_by_default: {} }] } },
            before_sensitive: false, after_sensitive: {},
          },
        },
      ],
    },
    expect: {
      'aws_s3_bucket.existing': { status: 'COMPLIANT', messageId: 'encrypted', messageIncludes: 'AES256' },
      'awscc_s3_bucket.encrypted': { status: 'COMPLIANT', messageId: 'encrypted', messageIncludes: 'aws:kms:dsse' },
    },
  },
  // Bucket policies and encryption settings on buckets the input does not declare.
  {
    name: 'bucket policies on buckets the template does not declare: one denies unencrypted uploads, one does not',
    template: `
Resources:
  DenyPlainUploads:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: existing-data
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Deny
            Principal: '*'
            Action: 's3:PutObject'
            Resource: arn:aws:s3:::existing-data/*
            Condition: { 'Null': { 's3:x-amz-server-side-encryption': 'true' } }
  ReadForPartners:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !ImportValue shared-reports-bucket
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { AWS: arn:aws:iam::111122223333:root }
            Action: 's3:GetObject'
            Resource: '*'
`,
    expect: {
      'DenyPlainUploads#Bucket': { status: 'COMPLIANT', messageId: 'policyDenies' },
      'ReadForPartners#Bucket': { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'only what ReadForPartners sets is known' },
    },
  },
  {
    name: 'hcl: encryption, a bucket policy and a public access block on buckets the configuration does not declare',
    hcl: `
variable "data_bucket" { type = string }

resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
  bucket = var.data_bucket
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}

data "aws_s3_bucket" "logs" {
  bucket = "existing-logs"
}

resource "aws_s3_bucket_policy" "logs" {
  bucket = data.aws_s3_bucket.logs.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:PutObject"
      Resource  = "\${data.aws_s3_bucket.logs.arn}/*"
      Condition = { Null = { "s3:x-amz-server-side-encryption" = "true" } }
    }]
  })
}

resource "aws_s3_bucket_public_access_block" "reports" {
  bucket                  = "existing-reports"
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
`,
    expect: {
      'aws_s3_bucket_server_side_encryption_configuration.data': { status: 'COMPLIANT', messageId: 'encrypted', messageIncludes: 'aws:kms' },
      'aws_s3_bucket_policy.logs#Bucket': { status: 'COMPLIANT', messageId: 'policyDenies' },
      'aws_s3_bucket_public_access_block.reports': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
  {
    name: 'plan: encryption on an existing bucket, and a bucket policy that does not deny unencrypted uploads on another',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_s3_bucket_server_side_encryption_configuration.data', { bucket: 'existing-data', rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'AES256', kms_master_key_id: '' }], bucket_key_enabled: null }] }, { id: true }),
        created('aws_s3_bucket_policy.reports', { bucket: 'existing-reports', policy: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::existing-reports/*"}]}' }, { id: true }),
      ],
    },
    expect: {
      'aws_s3_bucket_server_side_encryption_configuration.data': { status: 'COMPLIANT', messageId: 'encrypted', messageIncludes: 'AES256' },
      'aws_s3_bucket_policy.reports#Bucket': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
  {
    name: 'hcl: a dynamic encryption block over a list not known before deployment is not taken for no encryption',
    hcl: `
variable "algorithms" { type = list(string) }

resource "aws_s3_bucket" "maybe" {
  bucket = "maybe-encrypted"
  dynamic "server_side_encryption_configuration" {
    for_each = var.algorithms
    content {
      rule {
        apply_server_side_encryption_by_default {
          sse_algorithm = server_side_encryption_configuration.value
        }
      }
    }
  }
}
`,
    expect: { 'aws_s3_bucket.maybe': { status: 'INSUFFICIENT_DATA' } },
  },
  {
    name: 'an SSE-KMS default whose KMSMasterKeyID names no key is one S3 refuses: not known, never compliant',
    template: `
Resources:
  Placeholder:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: your-kms-key
  ByKeyId:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: 1234abcd-12ab-34cd-56ef-1234567890ab
`,
    expect: {
      Placeholder: { status: 'INSUFFICIENT_DATA', messageIncludes: 'is not a KMS key id, key ARN, alias name or alias ARN' },
      ByKeyId: 'COMPLIANT',
    },
  },
  {
    name: 'hcl: a kms_master_key_id that names no key',
    hcl: `
resource "aws_s3_bucket" "b" {
  bucket = "example-placeholder-key"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "b" {
  bucket = aws_s3_bucket.b.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = "mykey"
    }
  }
}
`,
    expect: { 'aws_s3_bucket.b': { status: 'INSUFFICIENT_DATA', messageIncludes: 'is not a KMS key id, key ARN, alias name or alias ARN' } },
  },
] satisfies RuleCase[];
