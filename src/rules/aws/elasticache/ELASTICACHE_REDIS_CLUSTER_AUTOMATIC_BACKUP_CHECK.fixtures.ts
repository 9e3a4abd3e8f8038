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
    name: 'replication groups and clusters keeping backups 15 days, 7 days, none (unset), Memcached, and a parameter',
    template: `
Parameters:
  Retention: { Type: Number }
Resources:
  Kept:${GROUP}
      SnapshotRetentionLimit: 15
  Short:${GROUP}
      SnapshotRetentionLimit: 7
  Unset:${GROUP}
  FromParameter:${GROUP}
      SnapshotRetentionLimit: !Ref Retention
  Cluster:
    Type: AWS::ElastiCache::CacheCluster
    Properties:
      Engine: valkey
      CacheNodeType: cache.t4g.small
      NumCacheNodes: 1
      SnapshotRetentionLimit: 20
  Memcached:
    Type: AWS::ElastiCache::CacheCluster
    Properties:
      Engine: memcached
      CacheNodeType: cache.t4g.small
      NumCacheNodes: 2
  Malformed:${GROUP}
      SnapshotRetentionLimit: two weeks
`,
    expect: {
      Kept: { status: 'COMPLIANT', path: ['SnapshotRetentionLimit'] },
      Short: { status: 'NON_COMPLIANT', messageId: 'tooShort', path: ['SnapshotRetentionLimit'] },
      Unset: { status: 'NON_COMPLIANT', messageId: 'tooShort', path: [], messageIncludes: 'not set' },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownBackup' },
      Cluster: 'COMPLIANT',
      Memcached: { status: 'NOT_APPLICABLE', messageId: 'notRedis' },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknownBackup', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'Security Hub\'s snapshotRetentionPeriod of 1: any backup passes',
    params: { snapshotRetentionPeriod: 1 },
    template: `
Resources:
  Daily:${GROUP}
      SnapshotRetentionLimit: 1
  None:${GROUP}
      SnapshotRetentionLimit: 0
`,
    expect: {
      Daily: 'COMPLIANT',
      None: { status: 'NON_COMPLIANT', messageId: 'tooShort' },
    },
  },
  {
    name: 'hcl: snapshot_retention_limit on a replication group and a cluster',
    hcl: `
resource "aws_elasticache_replication_group" "kept" {
  replication_group_id     = "kept"
  description              = "kept"
  node_type                = "cache.t4g.small"
  num_cache_clusters       = 2
  snapshot_retention_limit = 35
}

resource "aws_elasticache_cluster" "none" {
  cluster_id      = "none"
  engine          = "redis"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 1
}
`,
    expect: {
      'aws_elasticache_replication_group.kept': 'COMPLIANT',
      'aws_elasticache_cluster.none': { status: 'NON_COMPLIANT', messageId: 'tooShort' },
    },
  },
  {
    name: 'plan: kept, too short, and known after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_elasticache_replication_group.kept', { replication_group_id: 'kept', snapshot_retention_limit: 15 }, { arn: true }),
        created('aws_elasticache_replication_group.short', { replication_group_id: 'short', snapshot_retention_limit: 3 }, { arn: true }),
        created('aws_elasticache_replication_group.later', { replication_group_id: 'later' }, { arn: true, snapshot_retention_limit: true }),
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_elasticache_replication_group.later', mode: 'managed', type: 'aws_elasticache_replication_group', name: 'later', provider_config_key: 'aws', expressions: { replication_group_id: { constant_value: 'later' }, snapshot_retention_limit: { references: ['var.retention'] } } },
          ],
        },
      },
    },
    expect: {
      'aws_elasticache_replication_group.kept': 'COMPLIANT',
      'aws_elasticache_replication_group.short': { status: 'NON_COMPLIANT', messageId: 'tooShort' },
      'aws_elasticache_replication_group.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownBackup' },
    },
  },
] satisfies RuleCase[];
