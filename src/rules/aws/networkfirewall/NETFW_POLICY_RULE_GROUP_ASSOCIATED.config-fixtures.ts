import type { RuleCase } from '../../tester.js';
import { policyItem, STATEFUL_ARN } from './policies.js';

export default [
  {
    name: 'config: a policy with a stateful rule group and one with none',
    items: [policyItem('grouped', { statefulRuleGroupReferences: [{ resourceArn: STATEFUL_ARN }] }), policyItem('bare', {})],
    expect: {
      'arn:aws:network-firewall:us-east-1:123456789012:firewall-policy/grouped': 'COMPLIANT',
      'arn:aws:network-firewall:us-east-1:123456789012:firewall-policy/bare': { status: 'NON_COMPLIANT', messageId: 'noRuleGroups' },
    },
  },
] satisfies RuleCase[];
