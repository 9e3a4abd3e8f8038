import { compliant, defineRule, insufficientData, nonCompliant, notApplicable } from '../../define.js';
import { isUnknown } from '../../../model/unknown.js';
import { toBoolean } from '../../../model/value.js';

type MessageId = 'encrypted' | 'notEncrypted' | 'inReplicationGroup' | 'notRedis' | 'unknownEncryption' | 'unknownEngine';

export default defineRule<Record<string, never>, MessageId>({
  meta: {
    id: 'ELASTICACHE_REDIS_CLUSTER_ENCRYPTED_AT_REST',
    title: 'Stand-alone ElastiCache Redis and Valkey clusters are encrypted at rest',
    description:
      'Checks that an ElastiCache Redis OSS or Valkey cache cluster that is not part of a replication group encrypts its data at rest. CloudFormation has no at-rest encryption property for AWS::ElastiCache::CacheCluster, so the rule reads the live cluster (DescribeCacheClusters) and needs live data; clusters in a replication group are checked by ELASTICACHE_REPL_GRP_ENCRYPTED_AT_REST.',
    severity: 'medium',
    resourceTypes: ['AWS::ElastiCache::CacheCluster'],
    frameworks: { 'AWS FSBP': ['ElastiCache.4'] },
    liveOnly: true,
    messages: {
      encrypted: 'Cache cluster {{id}} is encrypted at rest.',
      notEncrypted: 'Cache cluster {{id}} ({{engine}}) is not encrypted at rest.',
      inReplicationGroup: 'Cache cluster {{id}} belongs to replication group {{group}}, which ELASTICACHE_REPL_GRP_ENCRYPTED_AT_REST checks.',
      notRedis: 'Cache cluster {{id}} runs {{engine}}, which has no at-rest encryption for stand-alone clusters.',
      unknownEncryption: 'Whether cache cluster {{id}} is encrypted at rest is not known ({{reason}}).',
      unknownEngine: 'The engine of cache cluster {{id}} is not known ({{reason}}).',
    },
    remediation: 'A cluster can not be encrypted in place: create an encrypted replication group (AtRestEncryptionEnabled: true) from a backup of the cluster and move the clients to it.',
  },
  check(cluster) {
    const group = cluster.observed?.ReplicationGroupId;
    if (typeof group === 'string' && group !== '') return notApplicable('inReplicationGroup', { group }, []);
    const engine = cluster.properties.Engine;
    if (isUnknown(engine)) return insufficientData('unknownEngine', { reason: engine.reason }, ['Engine']);
    const engineName = String(engine ?? 'redis').toLowerCase();
    if (engineName !== 'redis' && engineName !== 'valkey') return notApplicable('notRedis', { engine: engineName }, ['Engine']);
    const written = cluster.observed?.AtRestEncryptionEnabled;
    const enabled = toBoolean(written);
    if (isUnknown(enabled)) return insufficientData('unknownEncryption', { reason: enabled.reason }, []);
    if (enabled === undefined) return insufficientData('unknownEncryption', { reason: 'the cluster reports no AtRestEncryptionEnabled' }, []);
    return enabled ? compliant('encrypted', {}, []) : nonCompliant('notEncrypted', { engine: engineName }, []);
  },
});
