import type { RuleCase } from '../../tester.js';
import { dbInstanceItem } from './fixture-items.js';

export default [
  {
    name: 'config: custom and default master users, DocumentDB, and an item without masterUsername',
    items: [
      dbInstanceItem('orders'),
      dbInstanceItem('legacy', { engine: 'mysql', masterUsername: 'admin' }),
      dbInstanceItem('analytics-writer', { engine: 'aurora-postgresql', dBClusterIdentifier: 'analytics', masterUsername: 'postgres' }),
      dbInstanceItem('docs', { engine: 'docdb', dBClusterIdentifier: 'docs', masterUsername: 'admin' }),
      dbInstanceItem('unrecorded', { masterUsername: undefined }),
    ],
    expect: {
      'db-ORDERS': { status: 'COMPLIANT', messageId: 'custom' },
      'db-LEGACY': { status: 'NON_COMPLIANT', messageId: 'defaultName' },
      'db-ANALYTICS-WRITER': { status: 'NON_COMPLIANT', messageId: 'defaultName' },
      'db-DOCS': { status: 'NOT_APPLICABLE', messageId: 'otherEngine' },
      'db-UNRECORDED': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
] satisfies RuleCase[];
