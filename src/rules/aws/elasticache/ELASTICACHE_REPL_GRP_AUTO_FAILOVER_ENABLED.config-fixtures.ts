import type { RuleCase } from '../../tester.js';
import { replicationGroupItem } from './items.js';

export default [
  {
    name: 'config: AutomaticFailover enabled, disabled, and in transition',
    items: [replicationGroupItem('ha', { automaticFailover: 'enabled' }), replicationGroupItem('single'), replicationGroupItem('changing', { automaticFailover: 'enabling' })],
    expect: {
      ha: 'COMPLIANT',
      single: { status: 'NON_COMPLIANT', messageId: 'disabled' },
      changing: { status: 'INSUFFICIENT_DATA', messageId: 'unknownFailover' },
    },
  },
] satisfies RuleCase[];
