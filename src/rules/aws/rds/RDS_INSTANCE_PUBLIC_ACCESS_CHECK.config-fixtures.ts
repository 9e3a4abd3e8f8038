import type { RuleCase } from '../../tester.js';
import { dbInstanceItem } from './fixture-items.js';

export default [
  {
    name: 'config: public and private instances, and one whose publiclyAccessible Config did not record',
    items: [
      dbInstanceItem('orders'),
      dbInstanceItem('legacy', { engine: 'mysql', publiclyAccessible: true }),
      dbInstanceItem('unrecorded', { publiclyAccessible: undefined }),
      dbInstanceItem('api-form', { publiclyAccessible: true }, { form: 'api' }),
    ],
    expect: {
      'db-ORDERS': { status: 'COMPLIANT', messageId: 'private', path: ['PubliclyAccessible'] },
      'db-LEGACY': { status: 'NON_COMPLIANT', messageId: 'public' },
      'db-UNRECORDED': { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'did not record' },
      'db-API-FORM': { status: 'NON_COMPLIANT', messageId: 'public' },
    },
  },
] satisfies RuleCase[];
