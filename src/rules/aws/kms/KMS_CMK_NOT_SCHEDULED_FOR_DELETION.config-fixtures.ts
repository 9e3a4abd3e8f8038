import type { RuleCase } from '../../tester.js';
import { keyItem } from './items.js';

export default [
  {
    name: 'config: enabled, disabled, pending deletion, pending replica deletion, and a state not recorded',
    items: [
      keyItem('enabled'),
      keyItem('disabled', { keyState: 'Disabled', enabled: false }),
      keyItem('deleting', { keyState: 'PendingDeletion', enabled: false, deletionDate: 1798761600000, pendingDeletionWindowInDays: 30 }),
      keyItem('replica', { keyState: 'PendingReplicaDeletion', enabled: false }),
      keyItem('unrecorded', { keyState: null }),
    ],
    expect: {
      enabled: 'COMPLIANT',
      disabled: 'COMPLIANT',
      deleting: { status: 'NON_COMPLIANT', messageId: 'scheduled', messageIncludes: '2027-01-01' },
      replica: { status: 'NON_COMPLIANT', messageId: 'scheduled' },
      unrecorded: { status: 'INSUFFICIENT_DATA', messageId: 'unknownState' },
    },
  },
  {
    name: 'config: kmsKeyIds limits the check to the listed keys',
    params: { kmsKeyIds: 'listed' },
    items: [keyItem('listed', { keyState: 'PendingDeletion' }), keyItem('other', { keyState: 'PendingDeletion' })],
    expect: {
      listed: { status: 'NON_COMPLIANT', messageId: 'scheduled' },
      other: { status: 'NOT_APPLICABLE', messageId: 'notListed' },
    },
  },
] satisfies RuleCase[];
