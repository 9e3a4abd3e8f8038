import { compliant, defineRule, insufficientData, nonCompliant, notApplicable } from '../../define.js';
import { cacheEngine } from '../../lib/elasticache.js';
import { numberSetting } from '../../lib/settings.js';
import { isUnknown } from '../../../model/unknown.js';
import { REPLICATION_GROUP } from './examples.js';

export default defineRule<{ snapshotRetentionPeriod?: number }>({
  meta: {
    id: 'ELASTICACHE_REDIS_CLUSTER_AUTOMATIC_BACKUP_CHECK',
    title: 'ElastiCache Redis and Valkey caches keep automatic backups',
    description:
      'Checks that an Amazon ElastiCache replication group, or a stand-alone cache cluster, running Redis OSS or Valkey keeps automatic backups for at least snapshotRetentionPeriod days (SnapshotRetentionLimit; 0, no backups, when unset). Memcached clusters and the member clusters of a replication group (judged through their group) are not applicable. Security Hub runs this rule with snapshotRetentionPeriod 1.',
    severity: 'high',
    resourceTypes: ['AWS::ElastiCache::CacheCluster', 'AWS::ElastiCache::ReplicationGroup'],
    managedRule: 'elasticache-redis-cluster-automatic-backup-check',
    frameworks: { FSBP: ['ElastiCache.1'], 'NIST-800-53-r5': ['CP-10', 'CP-6', 'CP-6(1)', 'CP-6(2)', 'CP-9', 'SC-5(2)', 'SI-12', 'SI-13(5)'] },
    parameters: {
      snapshotRetentionPeriod: { type: 'integer', description: 'Fewest days automatic backups must be kept (Security Hub uses 1).', default: 15, minimum: 1 },
    },
    messages: {
      enabled: '{{what}} {{id}} keeps automatic backups for {{days}} day(s).',
      tooShort: '{{what}} {{id}} keeps automatic backups for {{days}} day(s), fewer than {{minimum}} (SnapshotRetentionLimit{{unset}}).',
      notRedis: 'Cache cluster {{id}} runs {{engine}}, which has no automatic backups.',
      inReplicationGroup: 'Cache cluster {{id}} belongs to replication group {{group}}, whose backups are judged on the group.',
      unknownBackup: 'How long {{what}} {{id}} keeps automatic backups is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `SnapshotRetentionLimit` to at least the required number of days (and a `SnapshotWindow`) on the replication group or the stand-alone cluster.',
    examples: {
      noncompliant: [{ cloudformation: REPLICATION_GROUP }],
      compliant: [{ cloudformation: `${REPLICATION_GROUP}      SnapshotRetentionLimit: 15\n` }],
    },
  },
  check(cache, { params }) {
    const what = cache.type === 'AWS::ElastiCache::ReplicationGroup' ? 'Replication group' : 'Cache cluster';
    const group = cache.observed?.ReplicationGroupId;
    if (typeof group === 'string' && group !== '') return notApplicable('inReplicationGroup', { group }, []);
    const engine = cacheEngine(cache);
    if (typeof engine === 'string' && engine !== 'redis' && engine !== 'valkey') return notApplicable('notRedis', { engine }, ['Engine']);
    const minimum = params.snapshotRetentionPeriod ?? 15;
    const days = numberSetting(cache, ['SnapshotRetentionLimit'], 0) ?? 0;
    const path = cache.properties.SnapshotRetentionLimit === undefined ? [] : ['SnapshotRetentionLimit'];
    if (isUnknown(days)) return insufficientData('unknownBackup', { what: what.toLowerCase(), reason: days.reason }, path);
    if (days < minimum) {
      // A Memcached cluster would not be covered at all, so an unknown engine leaves it open.
      if (isUnknown(engine)) return insufficientData('unknownBackup', { what: what.toLowerCase(), reason: `the engine is ${engine.reason}` }, ['Engine']);
      return nonCompliant('tooShort', { what, days, minimum, unset: path.length === 0 ? ' is not set' : '' }, path);
    }
    return compliant('enabled', { what, days }, path);
  },
});
