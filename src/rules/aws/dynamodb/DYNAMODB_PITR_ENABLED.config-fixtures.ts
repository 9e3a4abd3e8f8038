import type { RuleCase } from '../../tester.js';
import { tableItem } from './items.js';

export default [
  {
    name: 'config: point-in-time recovery enabled, disabled, and not recorded',
    items: [tableItem('orders', {}, 'ENABLED'), tableItem('sessions', {}, 'DISABLED'), tableItem('unrecorded', {}, 'unrecorded')],
    expect: {
      orders: 'COMPLIANT',
      sessions: { status: 'NON_COMPLIANT', messageId: 'disabled' },
      unrecorded: { status: 'INSUFFICIENT_DATA', messageId: 'unknownRecovery' },
    },
  },
] satisfies RuleCase[];
