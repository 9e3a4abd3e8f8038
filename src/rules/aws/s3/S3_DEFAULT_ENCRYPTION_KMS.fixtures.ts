import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'SSE-KMS with a key in the template, the AWS managed key, and DSSE-KMS',
    template: `
Resources:
  Key:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: true
      KeyPolicy: { Version: "2012-10-17", Statement: [] }
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: !GetAtt Key.Arn
            BucketKeyEnabled: true
  AwsManaged:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
  DualLayer:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms:dsse
              KMSMasterKeyID: !Ref Key
`,
    expect: { Data: 'COMPLIANT', AwsManaged: 'COMPLIANT', DualLayer: 'COMPLIANT' },
  },
  {
    name: 'SSE-S3 and no encryption at all',
    template: `
Resources:
  S3Managed:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: AES256
            BucketKeyEnabled: false
  Plain:
    Type: AWS::S3::Bucket
`,
    expect: {
      S3Managed: {
        status: 'NON_COMPLIANT',
        messageId: 'notKms',
        path: ['BucketEncryption', 'ServerSideEncryptionConfiguration', 0, 'ServerSideEncryptionByDefault', 'SSEAlgorithm'],
      },
      Plain: { status: 'NON_COMPLIANT', messageId: 'missing' },
    },
  },
  {
    name: 'algorithm from an import',
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
    name: 'algorithm through a mapping per environment and a decidable Fn::If',
    inputs: { parameters: { Env: 'dev' } },
    template: `
Parameters:
  Env: { Type: String, Default: prod }
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
  Conditional:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: !If [IsProd, "aws:kms", "aws:kms:dsse"]
`,
    expect: { Mapped: { status: 'NON_COMPLIANT', messageId: 'notKms' }, Conditional: 'COMPLIANT' },
  },
  {
    name: 'kmsKeyArns: allowed key by ARN, by key id and through Sub',
    params: { kmsKeyArns: 'arn:aws:kms:eu-west-1:111122223333:key/0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9,arn:aws:kms:eu-west-1:111122223333:alias/data' },
    inputs: { region: 'eu-west-1', accountId: '111122223333' },
    template: `
Parameters:
  KeyId: { Type: String, Default: 0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9 }
Resources:
  ByArn:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: arn:aws:kms:eu-west-1:111122223333:key/0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9
  ById:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: !Ref KeyId
  BySub:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: !Sub arn:aws:kms:\${AWS::Region}:\${AWS::AccountId}:alias/data
`,
    expect: { ByArn: 'COMPLIANT', ById: 'COMPLIANT', BySub: 'COMPLIANT' },
  },
  {
    name: 'kmsKeyArns: other key, AWS managed key, an alias, and a key created in the template',
    params: { kmsKeyArns: ['arn:aws:kms:eu-west-1:111122223333:key/0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9'] },
    template: `
Resources:
  Key:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy: { Version: "2012-10-17", Statement: [] }
  OtherKey:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: arn:aws:kms:eu-west-1:444455556666:key/11111111-2222-3333-4444-555555555555
  AwsManaged:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
  Aliased:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: alias/data
  NewKey:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: !GetAtt Key.Arn
`,
    expect: {
      OtherKey: {
        status: 'NON_COMPLIANT',
        messageId: 'keyNotAllowed',
        path: ['BucketEncryption', 'ServerSideEncryptionConfiguration', 0, 'ServerSideEncryptionByDefault', 'KMSMasterKeyID'],
      },
      AwsManaged: { status: 'NON_COMPLIANT', messageId: 'awsManagedKey' },
      Aliased: { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey', messageIncludes: 'aliases' },
      NewKey: { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey' },
    },
  },
  {
    name: 'encryption configuration behind an undecidable condition',
    template: `
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration: !If
          - InUsEast1
          - - ServerSideEncryptionByDefault: { SSEAlgorithm: "aws:kms" }
          - - ServerSideEncryptionByDefault: { SSEAlgorithm: AES256 }
`,
    expect: { Bucket: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['BucketEncryption', 'ServerSideEncryptionConfiguration'] } },
  },
  // Terraform (HCL): default encryption from aws_s3_bucket_server_side_encryption_configuration.
  {
    name: 'hcl: SSE-KMS with a customer managed key, SSE-S3, and a bucket without default encryption',
    hcl: `
resource "aws_kms_key" "data" {
  description         = "bucket key"
  enable_key_rotation = true
}

resource "aws_s3_bucket" "kms" {
  bucket = "example-kms"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "kms" {
  bucket = aws_s3_bucket.kms.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.data.arn
    }
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket" "s3" {
  bucket = "example-s3"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "s3" {
  bucket = aws_s3_bucket.s3.bucket

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket" "plain" {
  bucket = "example-plain"
}
`,
    expect: {
      'aws_s3_bucket.kms': { status: 'COMPLIANT', messageId: 'kms', path: ['BucketEncryption', 'ServerSideEncryptionConfiguration', 0, 'ServerSideEncryptionByDefault', 'SSEAlgorithm'] },
      'aws_s3_bucket.s3': { status: 'NON_COMPLIANT', messageId: 'notKms', messageIncludes: 'AES256' },
      'aws_s3_bucket.plain': { status: 'NON_COMPLIANT', messageId: 'missing' },
    },
  },
  {
    name: 'hcl: allowed keys, for_each buckets in a module: allowed, another key, the aws/s3 key, a key known only after apply',
    params: { kmsKeyArns: ['arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'] },
    hcl: {
      'main.tf': `
resource "aws_kms_key" "new" {
  description = "created with the buckets"
}

module "lake" {
  source = "./modules/lake"
  keys = {
    allowed = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
    other   = "arn:aws:kms:us-east-1:111122223333:key/ffffffff-12ab-34cd-56ef-1234567890ab"
    managed = null
    new     = aws_kms_key.new.arn
  }
}
`,
      'modules/lake/main.tf': `
variable "keys" { type = map(string) }

resource "aws_s3_bucket" "this" {
  for_each = var.keys
  bucket   = "example-lake-\${each.key}"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
  for_each = var.keys
  bucket   = aws_s3_bucket.this[each.key].id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = each.value
    }
  }
}
`,
    },
    expect: {
      'module.lake.aws_s3_bucket.this["allowed"]': { status: 'COMPLIANT', messageId: 'kms' },
      'module.lake.aws_s3_bucket.this["other"]': { status: 'NON_COMPLIANT', messageId: 'keyNotAllowed', path: ['BucketEncryption', 'ServerSideEncryptionConfiguration', 0, 'ServerSideEncryptionByDefault', 'KMSMasterKeyID'] },
      'module.lake.aws_s3_bucket.this["managed"]': { status: 'NON_COMPLIANT', messageId: 'awsManagedKey' },
      'module.lake.aws_s3_bucket.this["new"]': { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey' },
    },
  },
  {
    name: 'hcl: an algorithm from a variable without a value; count and the legacy inline block',
    hcl: `
variable "algorithm" { type = string }

resource "aws_s3_bucket" "configurable" {
  bucket = "example-configurable"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "configurable" {
  bucket = aws_s3_bucket.configurable.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = var.algorithm
    }
  }
}

resource "aws_s3_bucket" "legacy" {
  count  = 2
  bucket = "example-legacy-\${count.index}"

  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = count.index == 0 ? "aws:kms:dsse" : "AES256"
      }
    }
  }
}
`,
    expect: {
      'aws_s3_bucket.configurable': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      'aws_s3_bucket.legacy[0]': { status: 'COMPLIANT', messageIncludes: 'aws:kms:dsse' },
      'aws_s3_bucket.legacy[1]': { status: 'NON_COMPLIANT', messageId: 'notKms' },
    },
  },
  {
    name: 'hcl: awscc_s3_bucket with SSE-KMS and with SSE-S3',
    hcl: `
resource "awscc_s3_bucket" "kms" {
  bucket_name = "example-awscc-kms"
  bucket_encryption = {
    server_side_encryption_configuration = [{
      server_side_encryption_by_default = {
        sse_algorithm     = "aws:kms"
        kms_master_key_id = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
      }
      bucket_key_enabled = true
    }]
  }
}

resource "awscc_s3_bucket" "s3" {
  bucket_name = "example-awscc-s3"
  bucket_encryption = {
    server_side_encryption_configuration = [{
      server_side_encryption_by_default = {
        sse_algorithm = "AES256"
      }
    }]
  }
}
`,
    expect: {
      'awscc_s3_bucket.kms': { status: 'COMPLIANT', messageId: 'kms' },
      'awscc_s3_bucket.s3': { status: 'NON_COMPLIANT', messageId: 'notKms' },
    },
  },
  // Terraform plan JSON.
  {
    name: 'plan: SSE-KMS with a new key, SSE-S3, and an algorithm known only after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        {
          address: 'aws_kms_key.data', mode: 'managed', type: 'aws_kms_key', name: 'data', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: { actions: ['create'], before: null, after: { deletion_window_in_days: 10, enable_key_rotation: true, is_enabled: true, key_usage: 'ENCRYPT_DECRYPT' }, after_unknown: { arn: true, id: true, key_id: true, policy: true }, before_sensitive: false, after_sensitive: {} },
        },
        {
          address: 'aws_s3_bucket.kms', mode: 'managed', type: 'aws_s3_bucket', name: 'kms', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: { actions: ['create'], before: null, after: { bucket: 'example-kms', force_destroy: false, object_lock_enabled: false, tags: null, timeouts: null }, after_unknown: { arn: true, id: true, server_side_encryption_configuration: true, tags_all: true }, before_sensitive: false, after_sensitive: {} },
        },
        {
          address: 'aws_s3_bucket_server_side_encryption_configuration.kms', mode: 'managed', type: 'aws_s3_bucket_server_side_encryption_configuration', name: 'kms', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { expected_bucket_owner: null, rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'aws:kms' }], bucket_key_enabled: true }] },
            after_unknown: { bucket: true, id: true, rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: true }] }] },
            before_sensitive: false, after_sensitive: { rule: [{ apply_server_side_encryption_by_default: [{}] }] },
          },
        },
        {
          address: 'aws_s3_bucket.s3', mode: 'managed', type: 'aws_s3_bucket', name: 's3', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: { actions: ['create'], before: null, after: { bucket: 'example-s3', force_destroy: false, object_lock_enabled: false, tags: null, timeouts: null }, after_unknown: { arn: true, id: true, server_side_encryption_configuration: true, tags_all: true }, before_sensitive: false, after_sensitive: {} },
        },
        {
          address: 'aws_s3_bucket_server_side_encryption_configuration.s3', mode: 'managed', type: 'aws_s3_bucket_server_side_encryption_configuration', name: 's3', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { expected_bucket_owner: null, rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: null, sse_algorithm: 'AES256' }], bucket_key_enabled: null }] },
            after_unknown: { bucket: true, id: true, rule: [{ apply_server_side_encryption_by_default: [{}] }] },
            before_sensitive: false, after_sensitive: { rule: [{ apply_server_side_encryption_by_default: [{}] }] },
          },
        },
        {
          address: 'aws_s3_bucket.pending', mode: 'managed', type: 'aws_s3_bucket', name: 'pending', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: { actions: ['create'], before: null, after: { bucket: 'example-pending', force_destroy: false, object_lock_enabled: false, tags: null, timeouts: null }, after_unknown: { arn: true, id: true, server_side_encryption_configuration: true, tags_all: true }, before_sensitive: false, after_sensitive: {} },
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
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_kms_key.data', mode: 'managed', type: 'aws_kms_key', name: 'data', expressions: { enable_key_rotation: { constant_value: true } } },
            { address: 'aws_s3_bucket.kms', mode: 'managed', type: 'aws_s3_bucket', name: 'kms', expressions: { bucket: { constant_value: 'example-kms' } } },
            {
              address: 'aws_s3_bucket_server_side_encryption_configuration.kms', mode: 'managed', type: 'aws_s3_bucket_server_side_encryption_configuration', name: 'kms',
              expressions: {
                bucket: { references: ['aws_s3_bucket.kms.id', 'aws_s3_bucket.kms'] },
                rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: { references: ['aws_kms_key.data.arn', 'aws_kms_key.data'] }, sse_algorithm: { constant_value: 'aws:kms' } }], bucket_key_enabled: { constant_value: true } }],
              },
            },
            { address: 'aws_s3_bucket.s3', mode: 'managed', type: 'aws_s3_bucket', name: 's3', expressions: { bucket: { constant_value: 'example-s3' } } },
            {
              address: 'aws_s3_bucket_server_side_encryption_configuration.s3', mode: 'managed', type: 'aws_s3_bucket_server_side_encryption_configuration', name: 's3',
              expressions: { bucket: { references: ['aws_s3_bucket.s3.id', 'aws_s3_bucket.s3'] }, rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: { constant_value: 'AES256' } }] }] },
            },
            { address: 'aws_s3_bucket.pending', mode: 'managed', type: 'aws_s3_bucket', name: 'pending', expressions: { bucket: { constant_value: 'example-pending' } } },
            {
              address: 'aws_s3_bucket_server_side_encryption_configuration.pending', mode: 'managed', type: 'aws_s3_bucket_server_side_encryption_configuration', name: 'pending',
              expressions: { bucket: { references: ['aws_s3_bucket.pending.id', 'aws_s3_bucket.pending'] }, rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: { references: ['var.algorithm'] } }] }] },
            },
          ],
        },
      },
    },
    expect: {
      'aws_s3_bucket.kms': { status: 'COMPLIANT', messageId: 'kms' },
      'aws_s3_bucket.s3': { status: 'NON_COMPLIANT', messageId: 'notKms' },
      'aws_s3_bucket.pending': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
  {
    name: 'plan: allowed keys; an update to an allowed key, the aws/s3 key in state, a key known only after apply, an awscc bucket',
    params: { kmsKeyArns: ['arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'] },
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        {
          address: 'aws_s3_bucket.moved', mode: 'managed', type: 'aws_s3_bucket', name: 'moved', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['no-op'],
            before: { bucket: 'example-moved', id: 'example-moved', arn: 'arn:aws:s3:::example-moved', policy: '', tags: null },
            after: { bucket: 'example-moved', id: 'example-moved', arn: 'arn:aws:s3:::example-moved', policy: '', tags: null },
            after_unknown: {}, before_sensitive: {}, after_sensitive: {},
          },
        },
        {
          address: 'aws_s3_bucket_server_side_encryption_configuration.moved', mode: 'managed', type: 'aws_s3_bucket_server_side_encryption_configuration', name: 'moved', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['update'],
            before: { bucket: 'example-moved', id: 'example-moved', expected_bucket_owner: '', rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: '', sse_algorithm: 'AES256' }], bucket_key_enabled: false }] },
            after: { bucket: 'example-moved', id: 'example-moved', expected_bucket_owner: '', rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab', sse_algorithm: 'aws:kms' }], bucket_key_enabled: true }] },
            after_unknown: { rule: [{ apply_server_side_encryption_by_default: [{}] }] }, before_sensitive: {}, after_sensitive: {},
          },
        },
        {
          address: 'aws_s3_bucket.managed', mode: 'managed', type: 'aws_s3_bucket', name: 'managed', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['update'],
            before: { bucket: 'example-managed', id: 'example-managed', policy: '', tags: null, server_side_encryption_configuration: [{ rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: '', sse_algorithm: 'aws:kms' }], bucket_key_enabled: false }] }] },
            after: { bucket: 'example-managed', id: 'example-managed', policy: '', tags: { env: 'prod' }, server_side_encryption_configuration: [{ rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: '', sse_algorithm: 'aws:kms' }], bucket_key_enabled: false }] }] },
            after_unknown: {}, before_sensitive: {}, after_sensitive: {},
          },
        },
        {
          address: 'aws_s3_bucket.pending', mode: 'managed', type: 'aws_s3_bucket', name: 'pending', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: { actions: ['create'], before: null, after: { bucket: 'example-pending', force_destroy: false, object_lock_enabled: false, tags: null, timeouts: null }, after_unknown: { arn: true, id: true, server_side_encryption_configuration: true, tags_all: true }, before_sensitive: false, after_sensitive: {} },
        },
        {
          address: 'aws_s3_bucket_server_side_encryption_configuration.pending', mode: 'managed', type: 'aws_s3_bucket_server_side_encryption_configuration', name: 'pending', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { expected_bucket_owner: null, rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'aws:kms' }], bucket_key_enabled: true }] },
            after_unknown: { bucket: true, id: true, rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: true }] }] },
            before_sensitive: false, after_sensitive: {},
          },
        },
        {
          address: 'awscc_s3_bucket.other', mode: 'managed', type: 'awscc_s3_bucket', name: 'other', provider_name: 'registry.terraform.io/hashicorp/awscc',
          change: {
            actions: ['create'], before: null,
            after: { bucket_name: 'example-awscc-other', bucket_encryption: { server_side_encryption_configuration: [{ bucket_key_enabled: true, server_side_encryption_by_default: { kms_master_key_id: 'arn:aws:kms:us-east-1:111122223333:key/ffffffff-12ab-34cd-56ef-1234567890ab', sse_algorithm: 'aws:kms' } }] } },
            after_unknown: { arn: true, id: true, domain_name: true }, before_sensitive: false, after_sensitive: {},
          },
        },
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_s3_bucket.moved', mode: 'managed', type: 'aws_s3_bucket', name: 'moved', expressions: { bucket: { constant_value: 'example-moved' } } },
            { address: 'aws_s3_bucket_server_side_encryption_configuration.moved', mode: 'managed', type: 'aws_s3_bucket_server_side_encryption_configuration', name: 'moved', expressions: { bucket: { references: ['aws_s3_bucket.moved.id', 'aws_s3_bucket.moved'] } } },
            { address: 'aws_s3_bucket.pending', mode: 'managed', type: 'aws_s3_bucket', name: 'pending', expressions: { bucket: { constant_value: 'example-pending' } } },
            {
              address: 'aws_s3_bucket_server_side_encryption_configuration.pending', mode: 'managed', type: 'aws_s3_bucket_server_side_encryption_configuration', name: 'pending',
              expressions: { bucket: { references: ['aws_s3_bucket.pending.id', 'aws_s3_bucket.pending'] }, rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: { references: ['data.aws_kms_alias.s3.target_key_arn', 'data.aws_kms_alias.s3'] }, sse_algorithm: { constant_value: 'aws:kms' } }] }] },
            },
          ],
        },
      },
    },
    expect: {
      'aws_s3_bucket.moved': { status: 'COMPLIANT', messageId: 'kms' },
      'aws_s3_bucket.managed': { status: 'NON_COMPLIANT', messageId: 'awsManagedKey' },
      'aws_s3_bucket.pending': { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey' },
      'awscc_s3_bucket.other': { status: 'NON_COMPLIANT', messageId: 'keyNotAllowed' },
    },
  },
  {
    name: 'a KMSMasterKeyID that names no key is one S3 refuses: not known, never compliant',
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
  ByAlias:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: alias/data
`,
    expect: {
      Placeholder: { status: 'INSUFFICIENT_DATA', messageIncludes: 'is not a KMS key id, key ARN, alias name or alias ARN', path: ['BucketEncryption', 'ServerSideEncryptionConfiguration', 0, 'ServerSideEncryptionByDefault', 'KMSMasterKeyID'] },
      ByAlias: 'COMPLIANT',
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
