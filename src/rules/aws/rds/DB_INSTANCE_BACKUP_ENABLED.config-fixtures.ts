import type { RuleCase } from '../../tester.js';
import { dbClusterItem, dbInstanceItem } from './fixture-items.js';

export default [
  {
    name: 'config: retention 7, 0, a read replica, an Aurora member, and retention not recorded',
    params: { backupRetentionMinimum: '7' },
    items: [
      dbInstanceItem('orders'),
      dbInstanceItem('scratch', { engine: 'mysql', backupRetentionPeriod: 0 }),
      dbInstanceItem('short', { backupRetentionPeriod: 3 }),
      dbInstanceItem('orders-replica', { backupRetentionPeriod: 0, readReplicaSourceDBInstanceIdentifier: 'orders' }),
      dbClusterItem('analytics', { backupRetentionPeriod: 1 }),
      dbInstanceItem('analytics-writer', { engine: 'aurora-postgresql', dBClusterIdentifier: 'analytics', backupRetentionPeriod: 1 }),
      dbInstanceItem('unrecorded', { backupRetentionPeriod: undefined }),
    ],
    expect: {
      'db-ORDERS': { status: 'COMPLIANT', messageId: 'enabled' },
      'db-SCRATCH': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'db-SHORT': { status: 'NON_COMPLIANT', messageId: 'tooShort' },
      'db-ORDERS-REPLICA': { status: 'NOT_APPLICABLE', messageId: 'readReplica' },
      'db-ANALYTICS-WRITER': { status: 'NON_COMPLIANT', messageId: 'tooShort', path: ['DBClusterIdentifier'] },
      'db-UNRECORDED': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
  {
    name: 'config: checkReadReplicas as AWS Config passes it',
    params: { checkReadReplicas: 'true' },
    items: [dbInstanceItem('orders-replica', { backupRetentionPeriod: 0, readReplicaSourceDBInstanceIdentifier: 'orders' }), dbInstanceItem('reports-replica', { readReplicaSourceDBInstanceIdentifier: 'reports' })],
    expect: {
      'db-ORDERS-REPLICA': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'db-REPORTS-REPLICA': 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
