import type { RuleCase } from '../../tester.js';
import { balancerV2Item } from './items.js';

export default [
  {
    name: 'config: dropping, not dropping (the attribute left out), and a network load balancer',
    items: [
      balancerV2Item('strict', { 'routing.http.drop_invalid_header_fields.enabled': 'true' }),
      balancerV2Item('lenient'),
      balancerV2Item('network', {}, { type: 'network' }),
    ],
    expect: {
      'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/strict/268aa84731d32825': 'COMPLIANT',
      'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/lenient/268aa84731d32825': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/network/268aa84731d32825': { status: 'NOT_APPLICABLE', messageId: 'notApplication' },
    },
  },
] satisfies RuleCase[];
