import type { RuleCase } from '../../tester.js';

const KMS_BUCKET = `
Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: alias/data
            BucketKeyEnabled: true
`;

export default [
  {
    name: 'update keeps aws:kms while the key and bucket key change',
    previousTemplate: KMS_BUCKET,
    template: `
Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: alias/data-v2
            BucketKeyEnabled: false
`,
    expect: { Data: { status: 'COMPLIANT', messageId: 'unchanged' } },
  },
  {
    name: 'update downgrades aws:kms to AES256',
    previousTemplate: KMS_BUCKET,
    template: `
Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: AES256
`,
    expect: {
      Data: {
        status: 'NON_COMPLIANT',
        messageId: 'changed',
        messageIncludes: 'from aws:kms to AES256',
        path: ['BucketEncryption', 'ServerSideEncryptionConfiguration', 0, 'ServerSideEncryptionByDefault', 'SSEAlgorithm'],
      },
    },
  },
  {
    name: 'update removes the encryption configuration (S3 falls back to AES256)',
    previousTemplate: KMS_BUCKET,
    template: `
Resources:
  Data:
    Type: AWS::S3::Bucket
`,
    expect: { Data: { status: 'NON_COMPLIANT', messageId: 'changed', messageIncludes: 'to AES256' } },
  },
  {
    name: 'update adds explicit AES256 to a bucket that had none',
    previousTemplate: `
Resources:
  Data:
    Type: AWS::S3::Bucket
`,
    template: `
Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: AES256
            BucketKeyEnabled: true
`,
    expect: { Data: 'COMPLIANT' },
  },
  {
    name: 'a bucket created by the update has no previous state',
    previousTemplate: KMS_BUCKET,
    template: `
Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
  Fresh:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: AES256
`,
    expect: { Data: 'COMPLIANT', Fresh: { status: 'NOT_APPLICABLE', messageId: 'noPrevious' } },
  },
  {
    name: 'static scan without a previous template',
    template: KMS_BUCKET,
    expect: { Data: { status: 'NOT_APPLICABLE', messageId: 'noPrevious' } },
  },
  {
    name: 'new algorithm imported from another stack',
    previousTemplate: KMS_BUCKET,
    template: `
Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: !ImportValue platform-sse-algorithm
`,
    expect: { Data: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'after' } },
  },
  {
    name: 'previous algorithm behind an undecidable condition',
    previousTemplate: `
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: !If [InUsEast1, "aws:kms", AES256]
`,
    template: KMS_BUCKET,
    expect: { Data: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'before' } },
  },
  {
    name: 'algorithms from a mapping and a decidable Fn::If on both sides',
    inputs: { parameters: { Tier: 'confidential' } },
    previousTemplate: `
Parameters:
  Tier: { Type: String, Default: public }
Mappings:
  Encryption:
    confidential: { Algorithm: "aws:kms" }
    public: { Algorithm: AES256 }
Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: !FindInMap [Encryption, !Ref Tier, Algorithm]
`,
    template: `
Parameters:
  Tier: { Type: String, Default: public }
Conditions:
  IsConfidential: !Equals [!Ref Tier, confidential]
Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub \${Tier}-data
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: !If [IsConfidential, "aws:kms:dsse", AES256]
`,
    expect: { Data: { status: 'NON_COMPLIANT', messageId: 'changed', messageIncludes: 'from aws:kms to aws:kms:dsse' } },
  },
  {
    name: 'keys read with Fn::GetAtt do not hide the algorithm: one update keeps aws:kms, one downgrades it',
    previousTemplate: `
Resources:
  DataKey:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy: { Version: '2012-10-17', Statement: [] }
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: !GetAtt DataKey.Arn
  Archive:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: !GetAtt DataKey.Arn
`,
    template: `
Resources:
  DataKey:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy: { Version: '2012-10-17', Statement: [] }
  DataKeyV2:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: true
      KeyPolicy: { Version: '2012-10-17', Statement: [] }
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID:
                Fn::GetAtt: [DataKeyV2, Arn]
  Archive:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: AES256
`,
    expect: {
      Data: { status: 'COMPLIANT', messageId: 'unchanged', messageIncludes: 'aws:kms' },
      Archive: { status: 'NON_COMPLIANT', messageId: 'changed', messageIncludes: 'from aws:kms to AES256' },
    },
  },
  {
    name: 'algorithm read from a nested stack with Fn::GetAtt, after and before the update',
    previousTemplate: `
Resources:
  SecurityStandards:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: https://platform-templates.s3.eu-west-1.amazonaws.com/security-standards.yaml
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
  Logs:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm:
                Fn::GetAtt: [SecurityStandards, Outputs.LogSseAlgorithm]
`,
    template: `
Resources:
  SecurityStandards:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: https://platform-templates.s3.eu-west-1.amazonaws.com/security-standards.yaml
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: !GetAtt SecurityStandards.Outputs.DataSseAlgorithm
  Logs:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: AES256
`,
    expect: {
      Data: {
        status: 'INSUFFICIENT_DATA',
        messageId: 'unknown',
        path: ['BucketEncryption', 'ServerSideEncryptionConfiguration', 0, 'ServerSideEncryptionByDefault', 'SSEAlgorithm'],
        messageIncludes: 'after the update is not known (Fn::GetAtt SecurityStandards.Outputs.DataSseAlgorithm)',
      },
      Logs: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'before the update' },
    },
  },
  // Terraform (HCL): a configuration has no previous state, so the rule never applies. The suite's
  // per-kind check needs COMPLIANT and NON_COMPLIANT hcl cases, which this change-aware rule can not give.
  {
    name: 'hcl: no previous state: an encryption resource, the legacy block, an unknown algorithm, a module',
    hcl: {
      'main.tf': `
variable "algorithm" { type = string }

resource "aws_s3_bucket" "data" {
  bucket = "example-data"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}

resource "aws_s3_bucket" "legacy" {
  bucket = "example-legacy"
  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "AES256"
      }
    }
  }
}

resource "aws_s3_bucket" "pending" {
  bucket = "example-pending"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "pending" {
  bucket = aws_s3_bucket.pending.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = var.algorithm
    }
  }
}

module "archive" {
  source = "./modules/archive"
}
`,
      'modules/archive/main.tf': `
resource "aws_s3_bucket" "this" {
  count  = 2
  bucket = "example-archive-\${count.index}"
}
`,
    },
    expect: {
      'aws_s3_bucket.data': { status: 'NOT_APPLICABLE', messageId: 'noPrevious' },
      'aws_s3_bucket.legacy': { status: 'NOT_APPLICABLE', messageId: 'noPrevious' },
      'aws_s3_bucket.pending': { status: 'NOT_APPLICABLE', messageId: 'noPrevious' },
      'module.archive.aws_s3_bucket.this[0]': 'NOT_APPLICABLE',
      'module.archive.aws_s3_bucket.this[1]': 'NOT_APPLICABLE',
    },
  },
  {
    name: 'hcl: no previous state: awscc_s3_bucket',
    hcl: `
resource "awscc_s3_bucket" "data" {
  bucket_name = "example-awscc-data"
  bucket_encryption = {
    server_side_encryption_configuration = [{
      server_side_encryption_by_default = {
        sse_algorithm = "aws:kms:dsse"
      }
    }]
  }
}
`,
    expect: { 'awscc_s3_bucket.data': { status: 'NOT_APPLICABLE', messageId: 'noPrevious' } },
  },
  // Terraform plan JSON: an `update` of the bucket gives the previous state (here the bucket's tags change in the same plan).
  {
    name: 'plan: encryption resources updated: aws:kms to AES256, aws:kms kept, an algorithm known only after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        {
          address: 'aws_s3_bucket.downgraded', mode: 'managed', type: 'aws_s3_bucket', name: 'downgraded', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['update'],
            before: { bucket: 'example-downgraded', id: 'example-downgraded', arn: 'arn:aws:s3:::example-downgraded', policy: '', tags: null },
            after: { bucket: 'example-downgraded', id: 'example-downgraded', arn: 'arn:aws:s3:::example-downgraded', policy: '', tags: { owner: 'platform' } },
            after_unknown: {}, before_sensitive: {}, after_sensitive: {},
          },
        },
        {
          address: 'aws_s3_bucket_server_side_encryption_configuration.downgraded', mode: 'managed', type: 'aws_s3_bucket_server_side_encryption_configuration', name: 'downgraded', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['update'],
            before: { bucket: 'example-downgraded', id: 'example-downgraded', expected_bucket_owner: '', rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: 'alias/data', sse_algorithm: 'aws:kms' }], bucket_key_enabled: true }] },
            after: { bucket: 'example-downgraded', id: 'example-downgraded', expected_bucket_owner: '', rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: '', sse_algorithm: 'AES256' }], bucket_key_enabled: true }] },
            after_unknown: { rule: [{ apply_server_side_encryption_by_default: [{}] }] }, before_sensitive: {}, after_sensitive: {},
          },
        },
        {
          address: 'aws_s3_bucket.kept', mode: 'managed', type: 'aws_s3_bucket', name: 'kept', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['update'],
            before: { bucket: 'example-kept', id: 'example-kept', arn: 'arn:aws:s3:::example-kept', policy: '', tags: null },
            after: { bucket: 'example-kept', id: 'example-kept', arn: 'arn:aws:s3:::example-kept', policy: '', tags: { team: 'data' } },
            after_unknown: {}, before_sensitive: {}, after_sensitive: {},
          },
        },
        {
          address: 'aws_s3_bucket_server_side_encryption_configuration.kept', mode: 'managed', type: 'aws_s3_bucket_server_side_encryption_configuration', name: 'kept', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['update'],
            before: { bucket: 'example-kept', id: 'example-kept', expected_bucket_owner: '', rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: 'alias/data', sse_algorithm: 'aws:kms' }], bucket_key_enabled: false }] },
            after: { bucket: 'example-kept', id: 'example-kept', expected_bucket_owner: '', rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: 'alias/data', sse_algorithm: 'aws:kms' }], bucket_key_enabled: true }] },
            after_unknown: { rule: [{ apply_server_side_encryption_by_default: [{}] }] }, before_sensitive: {}, after_sensitive: {},
          },
        },
        {
          address: 'aws_s3_bucket.pending', mode: 'managed', type: 'aws_s3_bucket', name: 'pending', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['update'],
            before: { bucket: 'example-pending', id: 'example-pending', arn: 'arn:aws:s3:::example-pending', policy: '', tags: null },
            after: { bucket: 'example-pending', id: 'example-pending', arn: 'arn:aws:s3:::example-pending', policy: '', tags: { owner: 'platform' } },
            after_unknown: {}, before_sensitive: {}, after_sensitive: {},
          },
        },
        {
          address: 'aws_s3_bucket_server_side_encryption_configuration.pending', mode: 'managed', type: 'aws_s3_bucket_server_side_encryption_configuration', name: 'pending', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['update'],
            before: { bucket: 'example-pending', id: 'example-pending', expected_bucket_owner: '', rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: '', sse_algorithm: 'AES256' }], bucket_key_enabled: false }] },
            after: { bucket: 'example-pending', id: 'example-pending', expected_bucket_owner: '', rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: '' }], bucket_key_enabled: false }] },
            after_unknown: { rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: true }] }] }, before_sensitive: {}, after_sensitive: {},
          },
        },
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_s3_bucket.downgraded', mode: 'managed', type: 'aws_s3_bucket', name: 'downgraded', expressions: { bucket: { constant_value: 'example-downgraded' } } },
            { address: 'aws_s3_bucket_server_side_encryption_configuration.downgraded', mode: 'managed', type: 'aws_s3_bucket_server_side_encryption_configuration', name: 'downgraded', expressions: { bucket: { references: ['aws_s3_bucket.downgraded.id', 'aws_s3_bucket.downgraded'] }, rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: { constant_value: 'AES256' } }], bucket_key_enabled: { constant_value: true } }] } },
            { address: 'aws_s3_bucket.kept', mode: 'managed', type: 'aws_s3_bucket', name: 'kept', expressions: { bucket: { constant_value: 'example-kept' }, tags: { constant_value: { team: 'data' } } } },
            { address: 'aws_s3_bucket_server_side_encryption_configuration.kept', mode: 'managed', type: 'aws_s3_bucket_server_side_encryption_configuration', name: 'kept', expressions: { bucket: { references: ['aws_s3_bucket.kept.id', 'aws_s3_bucket.kept'] }, rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: { constant_value: 'alias/data' }, sse_algorithm: { constant_value: 'aws:kms' } }], bucket_key_enabled: { constant_value: true } }] } },
            { address: 'aws_s3_bucket.pending', mode: 'managed', type: 'aws_s3_bucket', name: 'pending', expressions: { bucket: { constant_value: 'example-pending' } } },
            { address: 'aws_s3_bucket_server_side_encryption_configuration.pending', mode: 'managed', type: 'aws_s3_bucket_server_side_encryption_configuration', name: 'pending', expressions: { bucket: { references: ['aws_s3_bucket.pending.id', 'aws_s3_bucket.pending'] }, rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: { references: ['data.aws_ssm_parameter.algorithm.value', 'data.aws_ssm_parameter.algorithm'] } }] }] } },
          ],
        },
      },
    },
    expect: {
      'aws_s3_bucket.downgraded': { status: 'NON_COMPLIANT', messageId: 'changed', messageIncludes: 'from aws:kms to AES256' },
      'aws_s3_bucket.kept': { status: 'COMPLIANT', messageId: 'unchanged', messageIncludes: 'aws:kms' },
      'aws_s3_bucket.pending': { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'after the update' },
    },
  },
  {
    name: 'plan: an encryption resource added to an existing bucket, the legacy inline block, a new bucket, a replaced bucket, awscc',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        {
          address: 'aws_s3_bucket.adopted', mode: 'managed', type: 'aws_s3_bucket', name: 'adopted', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['update'],
            before: { bucket: 'example-adopted', id: 'example-adopted', policy: '', tags: null, server_side_encryption_configuration: [{ rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: '', sse_algorithm: 'AES256' }], bucket_key_enabled: false }] }] },
            after: { bucket: 'example-adopted', id: 'example-adopted', policy: '', tags: { owner: 'platform' }, server_side_encryption_configuration: [{ rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: '', sse_algorithm: 'AES256' }], bucket_key_enabled: false }] }] },
            after_unknown: {}, before_sensitive: {}, after_sensitive: {},
          },
        },
        {
          address: 'aws_s3_bucket_server_side_encryption_configuration.adopted', mode: 'managed', type: 'aws_s3_bucket_server_side_encryption_configuration', name: 'adopted', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { bucket: 'example-adopted', expected_bucket_owner: null, rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: 'alias/data', sse_algorithm: 'aws:kms' }], bucket_key_enabled: true }] },
            after_unknown: { id: true, rule: [{ apply_server_side_encryption_by_default: [{}] }] }, before_sensitive: false, after_sensitive: {},
          },
        },
        {
          address: 'aws_s3_bucket.inline', mode: 'managed', type: 'aws_s3_bucket', name: 'inline', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['update'],
            before: { bucket: 'example-inline', id: 'example-inline', policy: '', tags: null, server_side_encryption_configuration: [{ rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: '', sse_algorithm: 'AES256' }], bucket_key_enabled: false }] }] },
            after: { bucket: 'example-inline', id: 'example-inline', policy: '', tags: { team: 'a' }, server_side_encryption_configuration: [{ rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: '', sse_algorithm: 'AES256' }], bucket_key_enabled: false }] }] },
            after_unknown: {}, before_sensitive: {}, after_sensitive: {},
          },
        },
        {
          address: 'aws_s3_bucket.new', mode: 'managed', type: 'aws_s3_bucket', name: 'new', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: { actions: ['create'], before: null, after: { bucket: 'example-new', force_destroy: false, object_lock_enabled: false, tags: null, timeouts: null }, after_unknown: { arn: true, id: true, server_side_encryption_configuration: true, tags_all: true }, before_sensitive: false, after_sensitive: {} },
        },
        {
          address: 'aws_s3_bucket.renamed', mode: 'managed', type: 'aws_s3_bucket', name: 'renamed', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['delete', 'create'],
            before: { bucket: 'example-old-name', id: 'example-old-name', policy: '', tags: null, server_side_encryption_configuration: [{ rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: '', sse_algorithm: 'aws:kms' }], bucket_key_enabled: false }] }] },
            after: { bucket: 'example-new-name', force_destroy: false, object_lock_enabled: false, tags: null, timeouts: null },
            after_unknown: { arn: true, id: true, server_side_encryption_configuration: true, tags_all: true }, before_sensitive: {}, after_sensitive: {},
          },
          action_reason: 'replace_because_cannot_update',
        },
        {
          address: 'awscc_s3_bucket.data', mode: 'managed', type: 'awscc_s3_bucket', name: 'data', provider_name: 'registry.terraform.io/hashicorp/awscc',
          change: {
            actions: ['update'],
            before: { id: 'example-awscc-data', arn: 'arn:aws:s3:::example-awscc-data', bucket_name: 'example-awscc-data', bucket_encryption: { server_side_encryption_configuration: [{ bucket_key_enabled: false, server_side_encryption_by_default: { kms_master_key_id: null, sse_algorithm: 'aws:kms:dsse' } }] } },
            after: { id: 'example-awscc-data', arn: 'arn:aws:s3:::example-awscc-data', bucket_name: 'example-awscc-data', bucket_encryption: { server_side_encryption_configuration: [{ bucket_key_enabled: true, server_side_encryption_by_default: { kms_master_key_id: null, sse_algorithm: 'aws:kms:dsse' } }] } },
            after_unknown: {}, before_sensitive: {}, after_sensitive: {},
          },
        },
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_s3_bucket.adopted', mode: 'managed', type: 'aws_s3_bucket', name: 'adopted', expressions: { bucket: { constant_value: 'example-adopted' } } },
            { address: 'aws_s3_bucket_server_side_encryption_configuration.adopted', mode: 'managed', type: 'aws_s3_bucket_server_side_encryption_configuration', name: 'adopted', expressions: { bucket: { references: ['aws_s3_bucket.adopted.id', 'aws_s3_bucket.adopted'] }, rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: { constant_value: 'alias/data' }, sse_algorithm: { constant_value: 'aws:kms' } }], bucket_key_enabled: { constant_value: true } }] } },
          ],
        },
      },
    },
    expect: {
      'aws_s3_bucket.adopted': { status: 'NON_COMPLIANT', messageId: 'changed', messageIncludes: 'from AES256 to aws:kms' },
      'aws_s3_bucket.inline': { status: 'COMPLIANT', messageId: 'unchanged', messageIncludes: 'AES256' },
      'aws_s3_bucket.new': { status: 'NOT_APPLICABLE', messageId: 'noPrevious' },
      'aws_s3_bucket.renamed': { status: 'NOT_APPLICABLE', messageId: 'noPrevious' },
      'awscc_s3_bucket.data': { status: 'COMPLIANT', messageId: 'unchanged', messageIncludes: 'aws:kms:dsse' },
    },
  },
] satisfies RuleCase[];
