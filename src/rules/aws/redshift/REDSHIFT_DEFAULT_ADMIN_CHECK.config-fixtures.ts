import type { RuleCase } from '../../tester.js';
import { redshiftClusterItem } from './items.js';

export default [
  {
    name: 'config: custom admin, awsuser, and unrecorded',
    items: [redshiftClusterItem('custom'), redshiftClusterItem('default', { masterUsername: 'awsuser' }), redshiftClusterItem('unrecorded', {}, ['masterUsername'])],
    expect: {
      custom: 'COMPLIANT',
      default: { status: 'NON_COMPLIANT', messageId: 'defaultAdmin' },
      unrecorded: { status: 'INSUFFICIENT_DATA', messageId: 'unknownAdmin' },
    },
  },
] satisfies RuleCase[];
