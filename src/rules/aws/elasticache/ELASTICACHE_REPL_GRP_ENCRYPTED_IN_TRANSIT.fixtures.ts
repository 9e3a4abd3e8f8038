import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const GROUP = `
    Type: AWS::ElastiCache::ReplicationGroup
    Properties:
      ReplicationGroupDescription: sessions
      Engine: redis
      CacheNodeType: cache.t4g.small
      NumCacheClusters: 2`;

export default [
  {
    name: 'in-transit encryption on, off, unset, from an import, and malformed',
    template: `
Resources:
  Encrypted:${GROUP}
      TransitEncryptionEnabled: true
  Plain:${GROUP}
      TransitEncryptionEnabled: false
  Defaulted:${GROUP}
  Imported:${GROUP}
      TransitEncryptionEnabled: !ImportValue cache-tls
  Malformed:${GROUP}
      TransitEncryptionEnabled: required
`,
    expect: {
      Encrypted: { status: 'COMPLIANT', path: ['TransitEncryptionEnabled'] },
      Plain: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: ['TransitEncryptionEnabled'] },
      Defaulted: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: [] },
      Imported: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption' },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: transit_encryption_enabled true and unset',
    hcl: `
resource "aws_elasticache_replication_group" "tls" {
  replication_group_id       = "tls"
  description                = "tls"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  transit_encryption_enabled = true
}

resource "aws_elasticache_replication_group" "plain" {
  replication_group_id = "plain"
  description          = "plain"
  node_type            = "cache.t4g.small"
  num_cache_clusters   = 2
}
`,
    expect: {
      'aws_elasticache_replication_group.tls': 'COMPLIANT',
      'aws_elasticache_replication_group.plain': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
    },
  },
  {
    name: 'plan: on, off, a computed value that is not configured (off), and one from a variable',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_elasticache_replication_group.on', { replication_group_id: 'on', transit_encryption_enabled: true }, { arn: true }),
        created('aws_elasticache_replication_group.off', { replication_group_id: 'off', transit_encryption_enabled: false }, { arn: true }),
        created('aws_elasticache_replication_group.computed', { replication_group_id: 'computed' }, { arn: true, transit_encryption_enabled: true }),
        created('aws_elasticache_replication_group.later', { replication_group_id: 'later' }, { arn: true, transit_encryption_enabled: true }),
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_elasticache_replication_group.computed', mode: 'managed', type: 'aws_elasticache_replication_group', name: 'computed', provider_config_key: 'aws', expressions: { replication_group_id: { constant_value: 'computed' } } },
            { address: 'aws_elasticache_replication_group.later', mode: 'managed', type: 'aws_elasticache_replication_group', name: 'later', provider_config_key: 'aws', expressions: { replication_group_id: { constant_value: 'later' }, transit_encryption_enabled: { references: ['var.tls'] } } },
          ],
        },
      },
    },
    expect: {
      'aws_elasticache_replication_group.on': 'COMPLIANT',
      'aws_elasticache_replication_group.off': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      'aws_elasticache_replication_group.computed': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      'aws_elasticache_replication_group.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption' },
    },
  },
] satisfies RuleCase[];
