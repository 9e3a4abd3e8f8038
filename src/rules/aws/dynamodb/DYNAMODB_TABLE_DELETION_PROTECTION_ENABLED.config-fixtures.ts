import type { RuleCase } from '../../tester.js';
import { tableItem } from './items.js';

export default [
  {
    name: 'config: deletion protection on, off, and not recorded (items from before the feature)',
    items: [tableItem('orders', { deletionProtectionEnabled: true }), tableItem('sessions'), tableItem('old-item', {}, 'DISABLED', ['deletionProtectionEnabled'])],
    expect: {
      orders: 'COMPLIANT',
      sessions: { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'old-item': { status: 'INSUFFICIENT_DATA', messageId: 'unknownProtection' },
    },
  },
] satisfies RuleCase[];
