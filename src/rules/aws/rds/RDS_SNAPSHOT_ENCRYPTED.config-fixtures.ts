import type { RuleCase } from '../../tester.js';
import { dbClusterSnapshotItem, dbSnapshotItem } from './fixture-items.js';

export default [
  {
    name: 'config: encrypted and unencrypted DB and cluster snapshots, as RDS reports them',
    items: [
      dbSnapshotItem('orders-42'),
      dbSnapshotItem('legacy-final', { dBInstanceIdentifier: 'legacy', engine: 'mysql', encrypted: false, kmsKeyId: undefined }),
      dbClusterSnapshotItem('analytics-42'),
      dbClusterSnapshotItem('reports-42', { engine: 'aurora-mysql', storageEncrypted: false, kmsKeyId: undefined }),
      dbSnapshotItem('rds:orders-2026-11-29-03-12', { snapshotType: 'automated' }),
    ],
    expect: {
      'orders-42': { status: 'COMPLIANT', messageId: 'encrypted', path: ['Encrypted'] },
      'legacy-final': { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: ['Encrypted'] },
      'analytics-42': { status: 'COMPLIANT', path: ['StorageEncrypted'] },
      'reports-42': { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: ['StorageEncrypted'] },
      'rds:orders-2026-11-29-03-12': 'COMPLIANT',
    },
  },
  {
    name: 'config: a snapshot item without the encryption flag',
    items: [dbSnapshotItem('orders-unrecorded', { encrypted: undefined })],
    expect: { 'orders-unrecorded': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncrypted', messageIncludes: 'did not record' } },
  },
] satisfies RuleCase[];
