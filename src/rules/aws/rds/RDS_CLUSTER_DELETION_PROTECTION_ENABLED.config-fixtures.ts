import type { RuleCase } from '../../tester.js';
import { dbClusterItem } from './fixture-items.js';

export default [
  {
    name: 'config: clusters with deletionProtection true, false and not recorded',
    items: [
      dbClusterItem('orders'),
      dbClusterItem('scratch', { engine: 'aurora-mysql', deletionProtection: false }),
      dbClusterItem('unrecorded', { deletionProtection: undefined }),
      dbClusterItem('api-form', { deletionProtection: false }, { form: 'api' }),
    ],
    expect: {
      'cluster-ORDERS': { status: 'COMPLIANT', messageId: 'enabled' },
      'cluster-SCRATCH': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'cluster-UNRECORDED': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      'cluster-API-FORM': { status: 'NON_COMPLIANT', messageId: 'disabled' },
    },
  },
] satisfies RuleCase[];
