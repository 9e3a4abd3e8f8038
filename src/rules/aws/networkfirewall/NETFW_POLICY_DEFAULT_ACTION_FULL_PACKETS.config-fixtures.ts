import type { RuleCase } from '../../tester.js';
import { policyItem } from './policies.js';

export default [
  {
    name: 'config: forward to the stateful engine, and pass',
    items: [policyItem('forward', {}), policyItem('pass', { statelessDefaultActions: ['aws:pass'] })],
    expect: {
      'arn:aws:network-firewall:us-east-1:123456789012:firewall-policy/forward': 'COMPLIANT',
      'arn:aws:network-firewall:us-east-1:123456789012:firewall-policy/pass': { status: 'NON_COMPLIANT', messageId: 'otherAction' },
    },
  },
] satisfies RuleCase[];
