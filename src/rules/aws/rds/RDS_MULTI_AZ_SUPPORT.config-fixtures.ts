import type { RuleCase } from '../../tester.js';
import { dbInstanceItem } from './fixture-items.js';

export default [
  {
    name: 'config: Multi-AZ and single-AZ instances, an Aurora member, and multiAZ not recorded',
    items: [
      dbInstanceItem('orders'),
      dbInstanceItem('reports', { engine: 'mysql', multiAZ: false, secondaryAvailabilityZone: undefined }),
      dbInstanceItem('orders-writer', { engine: 'aurora-postgresql', dBClusterIdentifier: 'orders', multiAZ: false }),
      dbInstanceItem('unrecorded', { multiAZ: undefined }),
    ],
    expect: {
      'db-ORDERS': { status: 'COMPLIANT', messageId: 'multiAz' },
      'db-REPORTS': { status: 'NON_COMPLIANT', messageId: 'singleAz' },
      'db-ORDERS-WRITER': { status: 'NOT_APPLICABLE', messageId: 'clusterMember' },
      'db-UNRECORDED': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
] satisfies RuleCase[];
