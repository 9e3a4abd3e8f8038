import type { RuleCase } from '../../tester.js';
import { redshiftClusterItem } from './items.js';

export default [
  {
    name: 'config: enhanced VPC routing on, off, and not recorded (items from before the feature)',
    items: [redshiftClusterItem('enabled', { enhancedVpcRouting: true }), redshiftClusterItem('disabled'), redshiftClusterItem('old-item', {}, ['enhancedVpcRouting'])],
    expect: {
      enabled: 'COMPLIANT',
      disabled: { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'old-item': { status: 'INSUFFICIENT_DATA', messageId: 'unknownRouting' },
    },
  },
] satisfies RuleCase[];
