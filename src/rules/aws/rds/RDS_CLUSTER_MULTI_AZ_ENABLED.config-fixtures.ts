import type { RuleCase } from '../../tester.js';
import { dbClusterItem } from './fixture-items.js';

export default [
  {
    name: 'config: the Multi-AZ flag RDS reports decides',
    items: [
      dbClusterItem('orders'),
      dbClusterItem('reports', { multiAZ: false, dbclusterMembers: [{ isClusterWriter: true, promotionTier: 1, dbinstanceIdentifier: 'reports-writer', clusterWriter: true, dbclusterParameterGroupStatus: 'in-sync' }] }),
      dbClusterItem('unrecorded', { multiAZ: undefined }),
      dbClusterItem('api-form', { multiAZ: false }, { form: 'api' }),
    ],
    expect: {
      'cluster-ORDERS': { status: 'COMPLIANT', messageId: 'multiAz' },
      'cluster-REPORTS': { status: 'NON_COMPLIANT', messageId: 'singleAz' },
      'cluster-UNRECORDED': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      'cluster-API-FORM': { status: 'NON_COMPLIANT', messageId: 'singleAz' },
    },
  },
] satisfies RuleCase[];
