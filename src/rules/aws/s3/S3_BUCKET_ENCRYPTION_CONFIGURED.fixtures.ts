import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'default AES256 with the bucket key enabled',
    template: `
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: AES256
            BucketKeyEnabled: "true"
`,
    expect: { Bucket: 'COMPLIANT' },
  },
  {
    name: 'bucket created without encryption',
    template: `
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: customer-exports
`,
    expect: { Bucket: { status: 'NON_COMPLIANT', messageId: 'missing' } },
  },
  {
    name: 'default AES256 rule: wrong algorithm, bucket key missing',
    template: `
Resources:
  Kms:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
            BucketKeyEnabled: true
  NoBucketKey:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: AES256
  NoDefault:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - BucketKeyEnabled: true
`,
    expect: {
      Kms: { status: 'NON_COMPLIANT', messageId: 'wrongAlgorithm', messageIncludes: 'AES256 is required' },
      NoBucketKey: { status: 'NON_COMPLIANT', messageId: 'bucketKeyOff', path: ['BucketEncryption', 'ServerSideEncryptionConfiguration', 0] },
      NoDefault: { status: 'NON_COMPLIANT', messageId: 'noDefault' },
    },
  },
  {
    name: 'encryptionAlgorithm aws:kms: key named, key missing, bucket key off',
    params: { encryptionAlgorithm: 'aws:kms' },
    template: `
Resources:
  Key:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy: { Version: "2012-10-17", Statement: [] }
  Good:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: !GetAtt Key.Arn
            BucketKeyEnabled: true
  NoKey:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
            BucketKeyEnabled: true
  KeyOff:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: alias/data
            BucketKeyEnabled: false
  S3Managed:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: AES256
            BucketKeyEnabled: true
`,
    expect: {
      Good: 'COMPLIANT',
      NoKey: { status: 'NON_COMPLIANT', messageId: 'noKey' },
      KeyOff: { status: 'NON_COMPLIANT', messageId: 'bucketKeyOff', path: ['BucketEncryption', 'ServerSideEncryptionConfiguration', 0, 'BucketKeyEnabled'] },
      S3Managed: { status: 'NON_COMPLIANT', messageId: 'wrongAlgorithm' },
    },
  },
  {
    name: 'encryptionAlgorithm aws:kms:dsse with an imported key: a key is named, whichever it is',
    params: { encryptionAlgorithm: 'aws:kms:dsse' },
    template: `
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms:dsse
              KMSMasterKeyID: !ImportValue security-data-key-arn
            BucketKeyEnabled: true
`,
    expect: { Bucket: { status: 'COMPLIANT', messageId: 'configured' } },
  },
  {
    name: 'a key chosen between two by an undecidable condition is named; a key or AWS::NoValue is not known',
    params: { encryptionAlgorithm: 'aws:kms' },
    template: `
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Chosen:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: !If [InUsEast1, alias/east-data, alias/data]
            BucketKeyEnabled: true
  MaybeKeyed:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: !If [InUsEast1, !ImportValue security-data-key-arn, !Ref AWS::NoValue]
            BucketKeyEnabled: true
`,
    expect: {
      Chosen: { status: 'COMPLIANT', messageId: 'configured' },
      MaybeKeyed: {
        status: 'INSUFFICIENT_DATA',
        messageId: 'unknown',
        path: ['BucketEncryption', 'ServerSideEncryptionConfiguration', 0, 'ServerSideEncryptionByDefault', 'KMSMasterKeyID'],
        messageIncludes: 'InUsEast1',
      },
    },
  },
  {
    name: 'algorithm and bucket key that are only known at deploy time',
    template: `
Parameters:
  BucketKey:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /platform/s3/bucket-key
Resources:
  ImportedAlgorithm:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: !ImportValue platform-sse-algorithm
            BucketKeyEnabled: true
  SsmBucketKey:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: AES256
            BucketKeyEnabled: !Ref BucketKey
`,
    expect: {
      ImportedAlgorithm: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      SsmBucketKey: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['BucketEncryption', 'ServerSideEncryptionConfiguration', 0, 'BucketKeyEnabled'] },
    },
  },
  {
    name: 'an unknown value does not hide a known violation',
    template: `
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: !ImportValue platform-sse-algorithm
            BucketKeyEnabled: false
`,
    expect: { Bucket: { status: 'NON_COMPLIANT', messageId: 'bucketKeyOff' } },
  },
  {
    name: 'algorithm from a mapping, a Sub-built key and a decidable Fn::If',
    params: { encryptionAlgorithm: 'aws:kms' },
    inputs: { parameters: { Env: 'prod' }, region: 'eu-central-1', accountId: '111122223333' },
    template: `
Parameters:
  Env: { Type: String, Default: dev }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Mappings:
  Standard:
    prod: { Algorithm: "aws:kms" }
    dev: { Algorithm: AES256 }
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: !FindInMap [Standard, !Ref Env, Algorithm]
              KMSMasterKeyID: !If
                - IsProd
                - !Sub arn:aws:kms:\${AWS::Region}:\${AWS::AccountId}:alias/\${Env}-data
                - !Ref AWS::NoValue
            BucketKeyEnabled: !If [IsProd, true, false]
`,
    expect: { Bucket: 'COMPLIANT' },
  },
  {
    name: 'the whole encryption block behind an undecidable condition',
    template: `
Conditions:
  HasKey: !Not [!Equals [!Ref AWS::AccountId, "111122223333"]]
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption: !If
        - HasKey
        - ServerSideEncryptionConfiguration:
            - ServerSideEncryptionByDefault: { SSEAlgorithm: AES256 }
              BucketKeyEnabled: true
        - !Ref AWS::NoValue
`,
    expect: { Bucket: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['BucketEncryption'] } },
  },
  // Terraform (HCL): default encryption from aws_s3_bucket_server_side_encryption_configuration.
  {
    name: 'hcl: AES256 required: with the bucket key, without it, another algorithm, no encryption resource',
    hcl: `
resource "aws_s3_bucket" "good" {
  bucket = "example-good"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "good" {
  bucket = aws_s3_bucket.good.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket" "nokey" {
  bucket = "example-nokey"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "nokey" {
  bucket = aws_s3_bucket.nokey.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket" "kms" {
  bucket = "example-kms"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "kms" {
  bucket = aws_s3_bucket.kms.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket" "plain" {
  bucket = "example-plain"
}
`,
    expect: {
      'aws_s3_bucket.good': { status: 'COMPLIANT', messageId: 'configured' },
      'aws_s3_bucket.nokey': { status: 'NON_COMPLIANT', messageId: 'bucketKeyOff', path: ['BucketEncryption', 'ServerSideEncryptionConfiguration', 0] },
      'aws_s3_bucket.kms': { status: 'NON_COMPLIANT', messageId: 'wrongAlgorithm', messageIncludes: 'aws:kms, but AES256' },
      'aws_s3_bucket.plain': { status: 'NON_COMPLIANT', messageId: 'missing' },
    },
  },
  {
    name: 'hcl: aws:kms required; a module with for_each: a named key, no key, a bucket key from a variable without a value',
    params: { encryptionAlgorithm: 'aws:kms' },
    hcl: {
      'main.tf': `
variable "bucket_key" { type = bool }

resource "aws_kms_key" "data" {
  enable_key_rotation = true
}

module "named" {
  source     = "./modules/bucket"
  name       = "example-named"
  key        = aws_kms_key.data.arn
  bucket_key = true
}

module "unnamed" {
  source     = "./modules/bucket"
  name       = "example-unnamed"
  key        = null
  bucket_key = true
}

module "pending" {
  source     = "./modules/bucket"
  name       = "example-pending"
  key        = "alias/data"
  bucket_key = var.bucket_key
}
`,
      'modules/bucket/main.tf': `
variable "name" { type = string }
variable "key" {
  type    = string
  default = null
}
variable "bucket_key" { type = bool }

resource "aws_s3_bucket" "this" {
  bucket = var.name
}

resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
  bucket = aws_s3_bucket.this.id
  dynamic "rule" {
    for_each = ["default"]
    content {
      apply_server_side_encryption_by_default {
        sse_algorithm     = "aws:kms"
        kms_master_key_id = var.key
      }
      bucket_key_enabled = var.bucket_key
    }
  }
}
`,
    },
    expect: {
      'module.named.aws_s3_bucket.this': { status: 'COMPLIANT', messageId: 'configured' },
      'module.unnamed.aws_s3_bucket.this': { status: 'NON_COMPLIANT', messageId: 'noKey' },
      'module.pending.aws_s3_bucket.this': { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['BucketEncryption', 'ServerSideEncryptionConfiguration', 0, 'BucketKeyEnabled'] },
    },
  },
  {
    name: 'hcl: awscc_s3_bucket with the bucket key, and without it',
    hcl: `
resource "awscc_s3_bucket" "good" {
  bucket_name = "example-awscc-good"
  bucket_encryption = {
    server_side_encryption_configuration = [{
      server_side_encryption_by_default = {
        sse_algorithm = "AES256"
      }
      bucket_key_enabled = true
    }]
  }
}

resource "awscc_s3_bucket" "nokey" {
  bucket_name = "example-awscc-nokey"
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
      'awscc_s3_bucket.good': 'COMPLIANT',
      'awscc_s3_bucket.nokey': { status: 'NON_COMPLIANT', messageId: 'bucketKeyOff' },
    },
  },
  // Terraform plan JSON.
  {
    name: 'plan: AES256 with the bucket key, bucket key false, an algorithm known only after apply, no encryption',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        {
          address: 'aws_s3_bucket.good', mode: 'managed', type: 'aws_s3_bucket', name: 'good', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: { actions: ['create'], before: null, after: { bucket: 'example-good', force_destroy: false, object_lock_enabled: false, tags: null, timeouts: null }, after_unknown: { arn: true, id: true, server_side_encryption_configuration: true, tags_all: true }, before_sensitive: false, after_sensitive: {} },
        },
        {
          address: 'aws_s3_bucket_server_side_encryption_configuration.good', mode: 'managed', type: 'aws_s3_bucket_server_side_encryption_configuration', name: 'good', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { expected_bucket_owner: null, rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: null, sse_algorithm: 'AES256' }], bucket_key_enabled: true }] },
            after_unknown: { bucket: true, id: true, rule: [{ apply_server_side_encryption_by_default: [{}] }] },
            before_sensitive: false, after_sensitive: { rule: [{ apply_server_side_encryption_by_default: [{}] }] },
          },
        },
        {
          address: 'aws_s3_bucket.existing', mode: 'managed', type: 'aws_s3_bucket', name: 'existing', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['update'],
            before: { bucket: 'example-existing', id: 'example-existing', policy: '', tags: null, server_side_encryption_configuration: [{ rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: '', sse_algorithm: 'AES256' }], bucket_key_enabled: false }] }] },
            after: { bucket: 'example-existing', id: 'example-existing', policy: '', tags: { team: 'a' }, server_side_encryption_configuration: [{ rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: '', sse_algorithm: 'AES256' }], bucket_key_enabled: false }] }] },
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
            after: { expected_bucket_owner: null, rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: null }], bucket_key_enabled: true }] },
            after_unknown: { bucket: true, id: true, rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: true }] }] },
            before_sensitive: false, after_sensitive: {},
          },
        },
        {
          address: 'aws_s3_bucket.plain', mode: 'managed', type: 'aws_s3_bucket', name: 'plain', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: { actions: ['create'], before: null, after: { bucket: 'example-plain', force_destroy: false, object_lock_enabled: false, tags: null, timeouts: null }, after_unknown: { arn: true, id: true, server_side_encryption_configuration: true, tags_all: true }, before_sensitive: false, after_sensitive: {} },
        },
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_s3_bucket.good', mode: 'managed', type: 'aws_s3_bucket', name: 'good', expressions: { bucket: { constant_value: 'example-good' } } },
            {
              address: 'aws_s3_bucket_server_side_encryption_configuration.good', mode: 'managed', type: 'aws_s3_bucket_server_side_encryption_configuration', name: 'good',
              expressions: { bucket: { references: ['aws_s3_bucket.good.id', 'aws_s3_bucket.good'] }, rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: { constant_value: 'AES256' } }], bucket_key_enabled: { constant_value: true } }] },
            },
            { address: 'aws_s3_bucket.existing', mode: 'managed', type: 'aws_s3_bucket', name: 'existing', expressions: { bucket: { constant_value: 'example-existing' }, tags: { constant_value: { team: 'a' } } } },
            { address: 'aws_s3_bucket.pending', mode: 'managed', type: 'aws_s3_bucket', name: 'pending', expressions: { bucket: { constant_value: 'example-pending' } } },
            {
              address: 'aws_s3_bucket_server_side_encryption_configuration.pending', mode: 'managed', type: 'aws_s3_bucket_server_side_encryption_configuration', name: 'pending',
              expressions: { bucket: { references: ['aws_s3_bucket.pending.id', 'aws_s3_bucket.pending'] }, rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: { references: ['var.algorithm'] } }], bucket_key_enabled: { constant_value: true } }] },
            },
            { address: 'aws_s3_bucket.plain', mode: 'managed', type: 'aws_s3_bucket', name: 'plain', expressions: { bucket: { constant_value: 'example-plain' } } },
          ],
        },
      },
    },
    expect: {
      'aws_s3_bucket.good': { status: 'COMPLIANT', messageId: 'configured' },
      'aws_s3_bucket.existing': { status: 'NON_COMPLIANT', messageId: 'bucketKeyOff', path: ['BucketEncryption', 'ServerSideEncryptionConfiguration', 0, 'BucketKeyEnabled'] },
      'aws_s3_bucket.pending': { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['BucketEncryption', 'ServerSideEncryptionConfiguration', 0, 'ServerSideEncryptionByDefault', 'SSEAlgorithm'] },
      'aws_s3_bucket.plain': { status: 'NON_COMPLIANT', messageId: 'missing' },
    },
  },
  {
    name: 'plan: aws:kms required; a key known only after apply, no key, an awscc bucket',
    params: { encryptionAlgorithm: 'aws:kms' },
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        {
          address: 'aws_s3_bucket.keyed', mode: 'managed', type: 'aws_s3_bucket', name: 'keyed', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: { actions: ['create'], before: null, after: { bucket: 'example-keyed', force_destroy: false, object_lock_enabled: false, tags: null, timeouts: null }, after_unknown: { arn: true, id: true, server_side_encryption_configuration: true, tags_all: true }, before_sensitive: false, after_sensitive: {} },
        },
        {
          address: 'aws_s3_bucket_server_side_encryption_configuration.keyed', mode: 'managed', type: 'aws_s3_bucket_server_side_encryption_configuration', name: 'keyed', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { expected_bucket_owner: null, rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'aws:kms' }], bucket_key_enabled: true }] },
            after_unknown: { bucket: true, id: true, rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: true }] }] },
            before_sensitive: false, after_sensitive: {},
          },
        },
        {
          address: 'aws_s3_bucket.keyless', mode: 'managed', type: 'aws_s3_bucket', name: 'keyless', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: { actions: ['create'], before: null, after: { bucket: 'example-keyless', force_destroy: false, object_lock_enabled: false, tags: null, timeouts: null }, after_unknown: { arn: true, id: true, server_side_encryption_configuration: true, tags_all: true }, before_sensitive: false, after_sensitive: {} },
        },
        {
          address: 'aws_s3_bucket_server_side_encryption_configuration.keyless', mode: 'managed', type: 'aws_s3_bucket_server_side_encryption_configuration', name: 'keyless', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { expected_bucket_owner: null, rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: null, sse_algorithm: 'aws:kms' }], bucket_key_enabled: true }] },
            after_unknown: { bucket: true, id: true, rule: [{ apply_server_side_encryption_by_default: [{}] }] },
            before_sensitive: false, after_sensitive: {},
          },
        },
        {
          address: 'awscc_s3_bucket.keyed', mode: 'managed', type: 'awscc_s3_bucket', name: 'keyed', provider_name: 'registry.terraform.io/hashicorp/awscc',
          change: {
            actions: ['create'], before: null,
            after: { bucket_name: 'example-awscc-keyed', bucket_encryption: { server_side_encryption_configuration: [{ bucket_key_enabled: true, server_side_encryption_by_default: { kms_master_key_id: 'alias/data', sse_algorithm: 'aws:kms' } }] } },
            after_unknown: { arn: true, id: true, domain_name: true }, before_sensitive: false, after_sensitive: {},
          },
        },
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_s3_bucket.keyed', mode: 'managed', type: 'aws_s3_bucket', name: 'keyed', expressions: { bucket: { constant_value: 'example-keyed' } } },
            {
              address: 'aws_s3_bucket_server_side_encryption_configuration.keyed', mode: 'managed', type: 'aws_s3_bucket_server_side_encryption_configuration', name: 'keyed',
              expressions: { bucket: { references: ['aws_s3_bucket.keyed.id', 'aws_s3_bucket.keyed'] }, rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: { references: ['aws_kms_key.data.arn', 'aws_kms_key.data'] }, sse_algorithm: { constant_value: 'aws:kms' } }], bucket_key_enabled: { constant_value: true } }] },
            },
            { address: 'aws_s3_bucket.keyless', mode: 'managed', type: 'aws_s3_bucket', name: 'keyless', expressions: { bucket: { constant_value: 'example-keyless' } } },
            {
              address: 'aws_s3_bucket_server_side_encryption_configuration.keyless', mode: 'managed', type: 'aws_s3_bucket_server_side_encryption_configuration', name: 'keyless',
              expressions: { bucket: { references: ['aws_s3_bucket.keyless.id', 'aws_s3_bucket.keyless'] }, rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: { constant_value: 'aws:kms' } }], bucket_key_enabled: { constant_value: true } }] },
            },
          ],
        },
      },
    },
    expect: {
      'aws_s3_bucket.keyed': { status: 'COMPLIANT', messageId: 'configured' },
      'aws_s3_bucket.keyless': { status: 'NON_COMPLIANT', messageId: 'noKey' },
      'awscc_s3_bucket.keyed': 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
