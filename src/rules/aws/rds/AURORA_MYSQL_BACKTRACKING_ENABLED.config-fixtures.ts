import type { RuleCase } from '../../tester.js';
import { dbClusterItem } from './fixture-items.js';

export default [
  {
    name: 'config: Aurora MySQL clusters with and without a backtrack window, and Aurora PostgreSQL',
    items: [
      dbClusterItem('orders', { engine: 'aurora-mysql', backtrackWindow: 86400, earliestBacktrackTime: '2026-11-29T12:00:00.000Z' }),
      dbClusterItem('reports', { engine: 'aurora-mysql', backtrackWindow: 0 }),
      dbClusterItem('analytics'),
      dbClusterItem('unrecorded', { engine: 'aurora-mysql', backtrackWindow: undefined }),
    ],
    expect: {
      'cluster-ORDERS': { status: 'COMPLIANT', messageId: 'enabled' },
      'cluster-REPORTS': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'cluster-ANALYTICS': { status: 'NOT_APPLICABLE', messageId: 'otherEngine' },
      'cluster-UNRECORDED': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
  {
    name: 'config: BacktrackWindowInHours as AWS Config passes it',
    params: { BacktrackWindowInHours: '36' },
    items: [dbClusterItem('orders', { engine: 'aurora-mysql', backtrackWindow: 86400 })],
    expect: { 'cluster-ORDERS': { status: 'NON_COMPLIANT', messageId: 'tooShort' } },
  },
] satisfies RuleCase[];
