import type { RuleCase } from '../../tester.js';
import { balancerV2Item } from './items.js';

export default [
  {
    name: 'config: deletion protection on, off, and attributes not recorded',
    items: [
      balancerV2Item('protected', { 'deletion_protection.enabled': 'true' }, { type: 'network' }),
      balancerV2Item('open'),
      balancerV2Item('unrecorded', {}, {}, {}),
    ],
    expect: {
      'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/protected/268aa84731d32825': 'COMPLIANT',
      'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/open/268aa84731d32825': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/unrecorded/268aa84731d32825': { status: 'INSUFFICIENT_DATA', messageId: 'unknownProtection' },
    },
  },
] satisfies RuleCase[];
