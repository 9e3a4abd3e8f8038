import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

/** A `resource_changes` entry that creates `address` (`module.m.aws_type.name[0]`), as `terraform show -json` writes it. */

const GROUP = `
    Type: AWS::ElastiCache::ReplicationGroup
    Properties:
      ReplicationGroupDescription: sessions
      Engine: redis
      CacheNodeType: cache.t4g.small
      NumCacheClusters: 2`;

const APPROVED = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

export default [
  {
    name: 'encrypted and unencrypted replication groups',
    template: `
Resources:
  Encrypted:${GROUP}
      AtRestEncryptionEnabled: true
      TransitEncryptionEnabled: true
  EncryptedAsString:${GROUP}
      AtRestEncryptionEnabled: "True"
  Defaulted:${GROUP}
  Disabled:${GROUP}
      AtRestEncryptionEnabled: false
`,
    expect: {
      Encrypted: { status: 'COMPLIANT', path: ['AtRestEncryptionEnabled'] },
      EncryptedAsString: 'COMPLIANT',
      Defaulted: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: [] },
      Disabled: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: ['AtRestEncryptionEnabled'] },
    },
  },
  {
    name: 'encryption from a parameter default and a mapping',
    template: `
Parameters:
  Encrypt: { Type: String, AllowedValues: ['true', 'false'], Default: 'true' }
  Stage: { Type: String, Default: test }
Mappings:
  Stages:
    test: { Encrypt: false }
    prod: { Encrypt: true }
Resources:
  FromParameter:${GROUP}
      AtRestEncryptionEnabled: !Ref Encrypt
  FromMapping:${GROUP}
      AtRestEncryptionEnabled: !FindInMap [Stages, !Ref Stage, Encrypt]
`,
    expect: {
      FromParameter: 'COMPLIANT',
      FromMapping: { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
    },
  },
  {
    name: 'encryption decided by a condition on a given parameter',
    inputs: { parameters: { Stage: 'prod' } },
    template: `
Parameters:
  Stage: { Type: String, Default: test }
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
Resources:
  Cache:${GROUP}
      AtRestEncryptionEnabled: !If [IsProd, true, false]
`,
    expect: { Cache: 'COMPLIANT' },
  },
  {
    name: 'encryption that can not be known before deployment',
    template: `
Conditions:
  InIreland: !Equals [!Ref AWS::Region, eu-west-1]
Resources:
  Imported:${GROUP}
      AtRestEncryptionEnabled: !ImportValue cache-encryption
  ByRegion:${GROUP}
      AtRestEncryptionEnabled: !If [InIreland, true, false]
`,
    expect: {
      Imported: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption', path: ['AtRestEncryptionEnabled'] },
      ByRegion: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption' },
    },
  },
  {
    name: 'approved keys: an approved ARN, its key id, another key and the default key',
    params: { approvedKMSKeyIds: `${APPROVED},arn:aws:kms:eu-west-1:111122223333:key/5678ef01-56ef-78ab-90cd-0987654321ba` },
    template: `
Parameters:
  CacheKeyId: { Type: String, Default: 5678ef01-56ef-78ab-90cd-0987654321ba }
Resources:
  ApprovedArn:${GROUP}
      AtRestEncryptionEnabled: true
      KmsKeyId: ${APPROVED}
  ApprovedKeyIdFromParameter:${GROUP}
      AtRestEncryptionEnabled: true
      KmsKeyId: !Ref CacheKeyId
  OtherKey:${GROUP}
      AtRestEncryptionEnabled: true
      KmsKeyId: arn:aws:kms:eu-west-1:111122223333:key/00000000-0000-0000-0000-000000000000
  DefaultKey:${GROUP}
      AtRestEncryptionEnabled: true
  NotEncrypted:${GROUP}
`,
    expect: {
      ApprovedArn: 'COMPLIANT',
      ApprovedKeyIdFromParameter: 'COMPLIANT',
      OtherKey: { status: 'NON_COMPLIANT', messageId: 'unapprovedKey', path: ['KmsKeyId'] },
      DefaultKey: { status: 'NON_COMPLIANT', messageId: 'defaultKey' },
      NotEncrypted: { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
    },
  },
  {
    name: 'approved keys: a key from the template (GetAtt) and a key given by Fn::Sub',
    params: { approvedKMSKeyIds: [APPROVED] },
    inputs: { region: 'eu-west-1', accountId: '111122223333' },
    template: `
Resources:
  CacheKey:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy: { Version: '2012-10-17', Statement: [] }
  TemplateKey:${GROUP}
      AtRestEncryptionEnabled: true
      KmsKeyId: !GetAtt CacheKey.Arn
  SubKey:${GROUP}
      AtRestEncryptionEnabled: true
      KmsKeyId: !Sub 'arn:\${AWS::Partition}:kms:\${AWS::Region}:\${AWS::AccountId}:key/1234abcd-12ab-34cd-56ef-1234567890ab'
`,
    expect: {
      TemplateKey: { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey', path: ['KmsKeyId'] },
      SubKey: 'COMPLIANT',
    },
  },
  // Terraform (HCL): `at_rest_encryption_enabled` of aws_elasticache_replication_group.
  {
    name: 'hcl: encrypted, disabled and defaulted replication groups, with for_each and a module',
    hcl: {
      'main.tf': `
resource "aws_elasticache_replication_group" "encrypted" {
  replication_group_id       = "sessions"
  description                = "sessions"
  engine                     = "redis"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
}

resource "aws_elasticache_replication_group" "disabled" {
  replication_group_id       = "queues"
  description                = "queues"
  engine                     = "redis"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  at_rest_encryption_enabled = false
}

resource "aws_elasticache_replication_group" "defaulted" {
  replication_group_id = "cache"
  description          = "cache"
  node_type            = "cache.t4g.small"
  num_cache_clusters   = 1
}

resource "aws_elasticache_replication_group" "tenants" {
  for_each                   = { a = true, b = false }
  replication_group_id       = "tenant-\${each.key}"
  description                = "tenant \${each.key}"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 1
  at_rest_encryption_enabled = each.value
}

module "rate_limits" {
  source = "./modules/cache"
}
`,
      'modules/cache/main.tf': `
resource "aws_elasticache_replication_group" "this" {
  replication_group_id       = "rate-limits"
  description                = "rate limits"
  engine                     = "valkey"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  at_rest_encryption_enabled = true
}
`,
    },
    expect: {
      'aws_elasticache_replication_group.encrypted': { status: 'COMPLIANT', path: ['AtRestEncryptionEnabled'] },
      'aws_elasticache_replication_group.disabled': { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: ['AtRestEncryptionEnabled'] },
      'aws_elasticache_replication_group.defaulted': { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: [] },
      'aws_elasticache_replication_group.tenants["a"]': 'COMPLIANT',
      'aws_elasticache_replication_group.tenants["b"]': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      'module.rate_limits.aws_elasticache_replication_group.this': 'COMPLIANT',
    },
  },
  {
    name: 'hcl: encryption from a variable without a default; approved keys against literal and created keys',
    params: { approvedKMSKeyIds: APPROVED },
    hcl: `
variable "encrypt_at_rest" {
  type = bool
}

resource "aws_kms_key" "cache" {}

resource "aws_elasticache_replication_group" "from_variable" {
  replication_group_id       = "from-variable"
  description                = "from variable"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 1
  at_rest_encryption_enabled = var.encrypt_at_rest
}

resource "aws_elasticache_replication_group" "approved" {
  replication_group_id       = "approved"
  description                = "approved key"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 1
  at_rest_encryption_enabled = true
  kms_key_id                 = "${APPROVED}"
}

resource "aws_elasticache_replication_group" "created_key" {
  replication_group_id       = "created-key"
  description                = "created key"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 1
  at_rest_encryption_enabled = true
  kms_key_id                 = aws_kms_key.cache.arn
}

resource "aws_elasticache_replication_group" "default_key" {
  replication_group_id       = "default-key"
  description                = "default key"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 1
  at_rest_encryption_enabled = true
}
`,
    expect: {
      'aws_elasticache_replication_group.from_variable': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption', path: ['AtRestEncryptionEnabled'] },
      'aws_elasticache_replication_group.approved': 'COMPLIANT',
      'aws_elasticache_replication_group.created_key': { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey', path: ['KmsKeyId'] },
      'aws_elasticache_replication_group.default_key': { status: 'NON_COMPLIANT', messageId: 'defaultKey' },
    },
  },
  {
    name: 'hcl: awscc_elasticache_replication_group',
    hcl: `
resource "awscc_elasticache_replication_group" "encrypted" {
  replication_group_description = "sessions"
  engine                        = "redis"
  cache_node_type               = "cache.t4g.small"
  num_cache_clusters            = 2
  at_rest_encryption_enabled    = true
}

resource "awscc_elasticache_replication_group" "plain" {
  replication_group_description = "queues"
  engine                        = "redis"
  cache_node_type               = "cache.t4g.small"
  num_cache_clusters            = 2
}
`,
    expect: {
      'awscc_elasticache_replication_group.encrypted': 'COMPLIANT',
      'awscc_elasticache_replication_group.plain': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
    },
  },
  // Terraform plan JSON
  {
    name: 'plan: encrypted and unencrypted replication groups, and a key created alongside',
    params: { approvedKMSKeyIds: APPROVED },
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_elasticache_replication_group.approved', { replication_group_id: 'sessions', description: 'sessions', engine: 'redis', node_type: 'cache.t4g.small', num_cache_clusters: 2, at_rest_encryption_enabled: true, transit_encryption_enabled: true, kms_key_id: APPROVED, tags: null }, { arn: true, id: true, engine_version_actual: true, member_clusters: true, primary_endpoint_address: true }),
        created('aws_elasticache_replication_group.plain', { replication_group_id: 'queues', description: 'queues', engine: 'redis', node_type: 'cache.t4g.small', num_cache_clusters: 2, at_rest_encryption_enabled: false, kms_key_id: null, tags: null }, { arn: true, id: true, engine_version_actual: true, member_clusters: true, primary_endpoint_address: true }),
        created('aws_kms_key.cache', { description: 'cache key', is_enabled: true }, { arn: true, id: true, key_id: true, policy: true }),
        created('aws_elasticache_replication_group.created_key', { replication_group_id: 'created-key', description: 'created key', engine: 'redis', node_type: 'cache.t4g.small', num_cache_clusters: 1, at_rest_encryption_enabled: true, tags: null }, { arn: true, id: true, kms_key_id: true, member_clusters: true }),
      ],
      configuration: {
        root_module: {
          resources: [
            {
              address: 'aws_elasticache_replication_group.created_key', mode: 'managed', type: 'aws_elasticache_replication_group', name: 'created_key', provider_config_key: 'aws',
              expressions: { replication_group_id: { constant_value: 'created-key' }, at_rest_encryption_enabled: { constant_value: true }, kms_key_id: { references: ['aws_kms_key.cache.arn', 'aws_kms_key.cache'] } },
            },
          ],
        },
      },
    },
    expect: {
      'aws_elasticache_replication_group.approved': 'COMPLIANT',
      'aws_elasticache_replication_group.plain': { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: ['AtRestEncryptionEnabled'] },
      'aws_elasticache_replication_group.created_key': { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey', path: ['KmsKeyId'] },
    },
  },
  {
    name: 'plan: encryption at rest known only after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('module.cache.aws_elasticache_replication_group.this[0]', { replication_group_id: 'cache-0', description: 'cache', node_type: 'cache.t4g.small', num_cache_clusters: 1, tags: null }, { arn: true, at_rest_encryption_enabled: true, engine: true, id: true, kms_key_id: true, member_clusters: true }),
      ],
    },
    expect: {
      'module.cache.aws_elasticache_replication_group.this[0]': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption', path: ['AtRestEncryptionEnabled'] },
    },
  },
  {
    name: 'a KmsKeyId that names no key is one ElastiCache refuses: not known, never compliant',
    template: `
Resources:
  Placeholder:${GROUP}
      AtRestEncryptionEnabled: true
      KmsKeyId: your-kms-key
  ByKeyArn:${GROUP}
      AtRestEncryptionEnabled: true
      KmsKeyId: ${APPROVED}
`,
    expect: {
      Placeholder: { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey', messageIncludes: 'is not a KMS key id, key ARN, alias name or alias ARN', path: ['KmsKeyId'] },
      ByKeyArn: 'COMPLIANT',
    },
  },
  {
    name: 'hcl: a kms_key_id that names no key',
    hcl: `
resource "aws_elasticache_replication_group" "placeholder" {
  replication_group_id       = "placeholder"
  description                = "sessions"
  node_type                  = "cache.t4g.small"
  at_rest_encryption_enabled = true
  kms_key_id                 = "my-key"
}
`,
    expect: { 'aws_elasticache_replication_group.placeholder': { status: 'INSUFFICIENT_DATA', messageIncludes: 'is not a KMS key id, key ARN, alias name or alias ARN' } },
  },
] satisfies RuleCase[];
