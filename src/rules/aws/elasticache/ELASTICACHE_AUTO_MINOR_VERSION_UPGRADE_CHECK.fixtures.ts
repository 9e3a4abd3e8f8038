import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const NODE = `
      CacheNodeType: cache.t4g.small
      NumCacheNodes: 1`;

export default [
  {
    name: 'Redis and Valkey clusters with upgrades on, off, unset (on); Memcached; and unknowns',
    template: `
Parameters:
  Engine: { Type: String }
Resources:
  Upgrading:
    Type: AWS::ElastiCache::CacheCluster
    Properties:
      Engine: redis${NODE}
      AutoMinorVersionUpgrade: true
  Pinned:
    Type: AWS::ElastiCache::CacheCluster
    Properties:
      Engine: valkey${NODE}
      AutoMinorVersionUpgrade: false
  Defaulted:
    Type: AWS::ElastiCache::CacheCluster
    Properties:
      Engine: redis${NODE}
  Memcached:
    Type: AWS::ElastiCache::CacheCluster
    Properties:
      Engine: memcached${NODE}
      AutoMinorVersionUpgrade: false
  EngineFromParameterOff:
    Type: AWS::ElastiCache::CacheCluster
    Properties:
      Engine: !Ref Engine${NODE}
      AutoMinorVersionUpgrade: false
  EngineFromParameterOn:
    Type: AWS::ElastiCache::CacheCluster
    Properties:
      Engine: !Ref Engine${NODE}
  Malformed:
    Type: AWS::ElastiCache::CacheCluster
    Properties:
      Engine: redis${NODE}
      AutoMinorVersionUpgrade: yes please
`,
    expect: {
      Upgrading: { status: 'COMPLIANT', path: ['AutoMinorVersionUpgrade'] },
      Pinned: { status: 'NON_COMPLIANT', messageId: 'disabled', path: ['AutoMinorVersionUpgrade'] },
      Defaulted: { status: 'COMPLIANT', path: [] },
      Memcached: { status: 'NOT_APPLICABLE', messageId: 'notRedis' },
      // Off fails whichever engine it is: a Memcached cluster would not be covered, so it is open.
      EngineFromParameterOff: { status: 'NON_COMPLIANT', messageId: 'disabled' },
      EngineFromParameterOn: { status: 'INSUFFICIENT_DATA', messageId: 'unknownUpgrade' },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknownUpgrade', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: auto_minor_version_upgrade "false", unset ("true"), and a Memcached cluster',
    hcl: `
resource "aws_elasticache_cluster" "pinned" {
  cluster_id                 = "pinned"
  engine                     = "redis"
  node_type                  = "cache.t4g.small"
  num_cache_nodes            = 1
  auto_minor_version_upgrade = "false"
}

resource "aws_elasticache_cluster" "upgrading" {
  cluster_id      = "upgrading"
  engine          = "redis"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 1
}

resource "aws_elasticache_cluster" "memcached" {
  cluster_id      = "memcached"
  engine          = "memcached"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 2
}
`,
    expect: {
      'aws_elasticache_cluster.pinned': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_elasticache_cluster.upgrading': 'COMPLIANT',
      'aws_elasticache_cluster.memcached': 'NOT_APPLICABLE',
    },
  },
  {
    name: 'plan: the provider default "true", "false", and known after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_elasticache_cluster.on', { cluster_id: 'on', engine: 'redis', auto_minor_version_upgrade: 'true' }, { arn: true }),
        created('aws_elasticache_cluster.off', { cluster_id: 'off', engine: 'redis', auto_minor_version_upgrade: 'false' }, { arn: true }),
        created('aws_elasticache_cluster.later', { cluster_id: 'later', engine: 'redis' }, { arn: true, auto_minor_version_upgrade: true }),
      ],
    },
    expect: {
      'aws_elasticache_cluster.on': 'COMPLIANT',
      'aws_elasticache_cluster.off': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_elasticache_cluster.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownUpgrade' },
    },
  },
] satisfies RuleCase[];
