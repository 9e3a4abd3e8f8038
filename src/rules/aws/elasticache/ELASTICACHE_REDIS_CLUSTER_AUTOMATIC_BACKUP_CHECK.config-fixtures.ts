import type { RuleCase } from '../../tester.js';
import { cacheClusterItem, replicationGroupItem } from './items.js';

export default [
  {
    name: 'config: a group keeping 15 days, a stand-alone cluster without backups, a group member, Memcached, and an unreported limit',
    items: [
      replicationGroupItem('kept', { snapshotRetentionLimit: 15 }),
      cacheClusterItem('alone'),
      cacheClusterItem('kept-001', { replicationGroupId: 'kept', snapshotRetentionLimit: 15 }),
      cacheClusterItem('memcached', { engine: 'memcached' }),
      replicationGroupItem('unreported', {}, ['snapshotRetentionLimit']),
    ],
    expect: {
      kept: 'COMPLIANT',
      alone: { status: 'NON_COMPLIANT', messageId: 'tooShort' },
      'kept-001': { status: 'NOT_APPLICABLE', messageId: 'inReplicationGroup' },
      memcached: 'NOT_APPLICABLE',
      unreported: { status: 'INSUFFICIENT_DATA', messageId: 'unknownBackup' },
    },
  },
] satisfies RuleCase[];
