import type { RuleCase } from '../../tester.js';
import { dbInstanceItem } from './fixture-items.js';

export default [
  {
    name: 'config: protected and unprotected instances, an Aurora member, and an item without deletionProtection',
    items: [
      dbInstanceItem('orders'),
      dbInstanceItem('scratch', { engine: 'mysql', deletionProtection: false }),
      dbInstanceItem('orders-writer', { engine: 'aurora-postgresql', dBClusterIdentifier: 'orders', deletionProtection: false }),
      dbInstanceItem('legacy', { engine: 'mysql', deletionProtection: undefined }),
    ],
    expect: {
      'db-ORDERS': { status: 'COMPLIANT', messageId: 'enabled' },
      'db-SCRATCH': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'db-ORDERS-WRITER': { status: 'NOT_APPLICABLE', messageId: 'clusterMember' },
      'db-LEGACY': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
  {
    name: 'config: databaseEngines as AWS Config passes it',
    params: { databaseEngines: 'mariadb,mysql' },
    items: [dbInstanceItem('orders', { deletionProtection: false }), dbInstanceItem('scratch', { engine: 'mysql', deletionProtection: false })],
    expect: {
      'db-ORDERS': { status: 'NOT_APPLICABLE', messageId: 'engineNotListed' },
      'db-SCRATCH': { status: 'NON_COMPLIANT', messageId: 'disabled' },
    },
  },
] satisfies RuleCase[];
