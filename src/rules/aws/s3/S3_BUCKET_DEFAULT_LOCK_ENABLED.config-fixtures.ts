import { bucketItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'config: Object Lock with a governance default retention, and a bucket without Object Lock',
    params: { mode: 'GOVERNANCE' },
    items: [
      bucketItem('vault', { ObjectLockConfiguration: { objectLockEnabled: 'Enabled', rule: { defaultRetention: { mode: 'GOVERNANCE', days: 30, years: null } } } }),
      bucketItem('plain'),
      bucketItem('api-form', { ObjectLockConfiguration: { objectLockEnabled: 'Enabled', rule: { defaultRetention: { mode: 'COMPLIANCE', days: null, years: 1 } } } }, { form: 'api' }),
      bucketItem('bare', {}, { supplementaryConfiguration: {} }),
    ],
    expect: {
      vault: { status: 'COMPLIANT', messageId: 'enabled' },
      plain: { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'api-form': { status: 'NON_COMPLIANT', messageId: 'wrongMode' },
      bare: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
] satisfies RuleCase[];
