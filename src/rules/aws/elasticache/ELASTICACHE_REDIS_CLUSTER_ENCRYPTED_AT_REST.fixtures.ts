import { buildConfigurationItem as item } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

/** DescribeCacheClusters output as a configuration item (camelCase describe shape, as Config records ElastiCache). */
const cluster = (id: string, fields: Record<string, unknown>) =>
  item('AWS::ElastiCache::CacheCluster', { cacheClusterId: id, cacheNodeType: 'cache.t4g.small', engine: 'redis', engineVersion: '7.1.0', cacheClusterStatus: 'available', numCacheNodes: 1, transitEncryptionEnabled: false, authTokenEnabled: false, ...fields }, { resourceId: id, resourceName: id });

export default [
  {
    name: 'config: stand-alone Redis and Valkey clusters, with and without at-rest encryption',
    items: [
      cluster('sessions', { atRestEncryptionEnabled: true }),
      cluster('queues', { atRestEncryptionEnabled: false }),
      cluster('valkey-plain', { engine: 'valkey', engineVersion: '8.0', atRestEncryptionEnabled: false }),
      cluster('unrecorded', {}),
    ],
    expect: {
      sessions: { status: 'COMPLIANT', messageId: 'encrypted' },
      queues: { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      'valkey-plain': { status: 'NON_COMPLIANT', messageId: 'notEncrypted', messageIncludes: 'valkey' },
      unrecorded: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption' },
    },
  },
  {
    name: 'config: members of a replication group and Memcached clusters are not stand-alone Redis',
    items: [
      cluster('sessions-001', { replicationGroupId: 'sessions', atRestEncryptionEnabled: false }),
      cluster('memcached', { engine: 'memcached', engineVersion: '1.6.22', atRestEncryptionEnabled: false }),
    ],
    expect: {
      'sessions-001': { status: 'NOT_APPLICABLE', messageId: 'inReplicationGroup' },
      memcached: { status: 'NOT_APPLICABLE', messageId: 'notRedis' },
    },
  },
  {
    name: 'cloudformation: a template cannot tell, so the rule does not apply',
    template: 'Resources:\n  Cache:\n    Type: AWS::ElastiCache::CacheCluster\n    Properties:\n      Engine: redis\n      CacheNodeType: cache.t4g.small\n      NumCacheNodes: 1\n',
    expect: { Cache: 'NOT_APPLICABLE' },
  },
] satisfies RuleCase[];
