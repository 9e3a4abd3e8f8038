import type { RuleCase } from '../../tester.js';
import { redshiftClusterItem } from './items.js';

export default [
  {
    name: 'config: snapshots kept, turned off, and unrecorded',
    items: [redshiftClusterItem('kept'), redshiftClusterItem('off', { automatedSnapshotRetentionPeriod: 0 }), redshiftClusterItem('unrecorded', {}, ['automatedSnapshotRetentionPeriod'])],
    expect: {
      kept: 'COMPLIANT',
      off: { status: 'NON_COMPLIANT', messageId: 'disabled' },
      unrecorded: { status: 'INSUFFICIENT_DATA', messageId: 'unknownRetention' },
    },
  },
  {
    name: 'config: MinRetentionPeriod 7',
    params: { MinRetentionPeriod: 7 },
    items: [redshiftClusterItem('day'), redshiftClusterItem('week', { automatedSnapshotRetentionPeriod: 7 })],
    expect: {
      day: { status: 'NON_COMPLIANT', messageId: 'tooShort' },
      week: 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
