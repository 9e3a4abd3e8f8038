import type { RuleCase } from '../../tester.js';
import { dbClusterItem } from './fixture-items.js';

export default [
  {
    name: 'config: custom and default master users, Neptune, and masterUsername not recorded',
    items: [
      dbClusterItem('orders'),
      dbClusterItem('legacy', { engine: 'aurora-mysql', masterUsername: 'admin' }),
      dbClusterItem('graph', { engine: 'neptune', masterUsername: 'admin' }),
      dbClusterItem('unrecorded', { masterUsername: undefined }),
    ],
    expect: {
      'cluster-ORDERS': { status: 'COMPLIANT', messageId: 'custom' },
      'cluster-LEGACY': { status: 'NON_COMPLIANT', messageId: 'defaultName' },
      'cluster-GRAPH': { status: 'NOT_APPLICABLE', messageId: 'otherEngine' },
      'cluster-UNRECORDED': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
] satisfies RuleCase[];
