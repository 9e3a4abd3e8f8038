import type { RuleCase } from '../../tester.js';
import { dbInstanceItem } from './fixture-items.js';

export default [
  {
    name: 'config: autoMinorVersionUpgrade true, false, and not recorded',
    items: [
      dbInstanceItem('orders'),
      dbInstanceItem('legacy', { engine: 'mysql', autoMinorVersionUpgrade: false }),
      dbInstanceItem('unrecorded', { autoMinorVersionUpgrade: undefined }),
      dbInstanceItem('api-form', { autoMinorVersionUpgrade: false }, { form: 'api' }),
    ],
    expect: {
      'db-ORDERS': { status: 'COMPLIANT', messageId: 'enabled' },
      'db-LEGACY': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'db-UNRECORDED': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      'db-API-FORM': { status: 'NON_COMPLIANT', messageId: 'disabled' },
    },
  },
] satisfies RuleCase[];
