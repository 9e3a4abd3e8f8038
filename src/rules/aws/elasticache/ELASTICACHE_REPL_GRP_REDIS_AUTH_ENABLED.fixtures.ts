import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const GROUP = `
    Type: AWS::ElastiCache::ReplicationGroup
    Properties:
      ReplicationGroupDescription: sessions
      CacheNodeType: cache.t4g.small
      NumCacheClusters: 2`;

export default [
  {
    name: 'Redis 5 with and without AUTH, Redis 6 and 7 without (ACLs), Valkey, an unset version (the newest), and unknowns',
    template: `
Parameters:
  Version: { Type: String }
Resources:
  OldWithToken:${GROUP}
      Engine: redis
      EngineVersion: "5.0.6"
      TransitEncryptionEnabled: true
      AuthToken: "{{resolve:secretsmanager:cache-token}}"
  OldWithoutToken:${GROUP}
      Engine: redis
      EngineVersion: "5.0.6"
  Six:${GROUP}
      Engine: redis
      EngineVersion: "6.x"
  Seven:${GROUP}
      EngineVersion: "7.1"
  Valkey:${GROUP}
      Engine: valkey
      EngineVersion: "8.0"
  Newest:${GROUP}
      Engine: redis
  VersionFromParameter:${GROUP}
      Engine: redis
      EngineVersion: !Ref Version
  MalformedVersion:${GROUP}
      EngineVersion: latest
`,
    expect: {
      OldWithToken: { status: 'COMPLIANT', messageId: 'authEnabled', path: ['AuthToken'] },
      OldWithoutToken: { status: 'NON_COMPLIANT', messageId: 'noAuth', path: ['EngineVersion'] },
      Six: { status: 'COMPLIANT', messageId: 'modernEngine' },
      Seven: { status: 'COMPLIANT', messageId: 'modernEngine' },
      Valkey: { status: 'COMPLIANT', messageId: 'modernEngine', messageIncludes: 'Valkey' },
      Newest: { status: 'COMPLIANT', messageId: 'modernEngine', path: [] },
      VersionFromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownAuth' },
      MalformedVersion: { status: 'INSUFFICIENT_DATA', messageId: 'unknownAuth', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: Redis 5 with an auth_token, Redis 5 without, and Redis 7',
    hcl: `
resource "aws_elasticache_replication_group" "token" {
  replication_group_id       = "token"
  description                = "token"
  node_type                  = "cache.t4g.small"
  engine_version             = "5.0.6"
  transit_encryption_enabled = true
  auth_token                 = "0123456789abcdef0123"
}

resource "aws_elasticache_replication_group" "open" {
  replication_group_id = "open"
  description          = "open"
  node_type            = "cache.t4g.small"
  engine_version       = "5.0.6"
}

resource "aws_elasticache_replication_group" "modern" {
  replication_group_id = "modern"
  description          = "modern"
  node_type            = "cache.t4g.small"
  engine_version       = "7.1"
}
`,
    expect: {
      'aws_elasticache_replication_group.token': 'COMPLIANT',
      'aws_elasticache_replication_group.open': { status: 'NON_COMPLIANT', messageId: 'noAuth' },
      'aws_elasticache_replication_group.modern': 'COMPLIANT',
    },
  },
  {
    name: 'hcl: Redis 5 with its auth_token from a variable without a default (may be given null, so no token) and from one declared nullable = false',
    hcl: `
variable "cache_token" {
  type      = string
  sensitive = true
}

variable "required_cache_token" {
  type      = string
  sensitive = true
  nullable  = false
}

resource "aws_elasticache_replication_group" "maybe" {
  replication_group_id       = "maybe"
  description                = "maybe"
  node_type                  = "cache.t4g.small"
  engine_version             = "5.0.6"
  transit_encryption_enabled = true
  auth_token                 = var.cache_token
}

resource "aws_elasticache_replication_group" "required" {
  replication_group_id       = "required"
  description                = "required"
  node_type                  = "cache.t4g.small"
  engine_version             = "5.0.6"
  transit_encryption_enabled = true
  auth_token                 = var.required_cache_token
}
`,
    expect: {
      'aws_elasticache_replication_group.maybe': { status: 'INSUFFICIENT_DATA', messageId: 'unknownAuth', messageIncludes: 'var.cache_token' },
      'aws_elasticache_replication_group.required': { status: 'COMPLIANT', messageId: 'authEnabled' },
    },
  },
  {
    name: 'plan: Redis 4 without a token, Redis 4 with a generated token known after apply, and Redis 7',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_elasticache_replication_group.open', { replication_group_id: 'open', engine: 'redis', engine_version: '4.0.10' }, { arn: true }),
        created('aws_elasticache_replication_group.generated', { replication_group_id: 'generated', engine: 'redis', engine_version: '4.0.10' }, { arn: true, auth_token: true }),
        created('aws_elasticache_replication_group.modern', { replication_group_id: 'modern', engine: 'redis', engine_version: '7.1' }, { arn: true }),
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_elasticache_replication_group.generated', mode: 'managed', type: 'aws_elasticache_replication_group', name: 'generated', provider_config_key: 'aws', expressions: { replication_group_id: { constant_value: 'generated' }, auth_token: { references: ['random_password.token.result', 'random_password.token'] } } },
          ],
        },
      },
    },
    expect: {
      'aws_elasticache_replication_group.open': { status: 'NON_COMPLIANT', messageId: 'noAuth' },
      'aws_elasticache_replication_group.generated': 'COMPLIANT',
      'aws_elasticache_replication_group.modern': 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
