import type { RuleCase } from '../../tester.js';
import { redshiftClusterItem } from './items.js';

export default [
  {
    name: 'config: public, private and unrecorded clusters',
    items: [redshiftClusterItem('public', { publiclyAccessible: true }), redshiftClusterItem('private'), redshiftClusterItem('unrecorded', {}, ['publiclyAccessible'])],
    expect: {
      public: { status: 'NON_COMPLIANT', messageId: 'public' },
      private: 'COMPLIANT',
      unrecorded: { status: 'INSUFFICIENT_DATA', messageId: 'unknownPublic' },
    },
  },
] satisfies RuleCase[];
