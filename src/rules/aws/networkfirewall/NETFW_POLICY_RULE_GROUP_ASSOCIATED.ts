import { defineRule } from '../../define.js';
import { judge, listSetting } from '../../lib/settings.js';
import { isUnknown, type Unknown } from '../../../model/unknown.js';
import { firewallPolicy, STATEFUL_GROUP } from './examples.js';

const LISTS = ['StatelessRuleGroupReferences', 'StatefulRuleGroupReferences'] as const;

export default defineRule({
  meta: {
    id: 'NETFW_POLICY_RULE_GROUP_ASSOCIATED',
    title: 'Network Firewall policies have rule groups',
    description:
      'Checks that an AWS Network Firewall policy references at least one stateless or stateful rule group (FirewallPolicy StatelessRuleGroupReferences or StatefulRuleGroupReferences). Without rule groups the firewall applies only its default actions to all traffic.',
    severity: 'medium',
    resourceTypes: ['AWS::NetworkFirewall::FirewallPolicy'],
    managedRule: 'netfw-policy-rule-group-associated',
    frameworks: { FSBP: ['NetworkFirewall.3'], 'NIST-800-53-r5': ['CA-9(1)', 'CM-2'] },
    messages: {
      associated: 'Firewall policy {{id}} references {{count}} rule groups.',
      noRuleGroups: 'Firewall policy {{id}} references no stateless or stateful rule group.',
      unknownRuleGroups: 'Whether firewall policy {{id}} references rule groups is not known before deployment ({{reason}}).',
    },
    remediation: 'Add `StatefulRuleGroupReferences` or `StatelessRuleGroupReferences` to `FirewallPolicy`, naming the rule groups that define what the firewall inspects.',
    examples: {
      noncompliant: [{ cloudformation: firewallPolicy('        StatelessDefaultActions: [aws:forward_to_sfe]\n') }],
      compliant: [{ cloudformation: firewallPolicy(`        StatelessDefaultActions: [aws:forward_to_sfe]\n${STATEFUL_GROUP}`) }],
    },
  },
  check(policy) {
    let count = 0;
    let undecided: Unknown | undefined;
    for (const name of LISTS) {
      const references = listSetting(policy, ['FirewallPolicy', name]);
      if (isUnknown(references)) undecided ??= references;
      else if (references) {
        for (const reference of references) {
          // A reference chosen at deployment (an `Fn::If` with AWS::NoValue) may be none.
          if (isUnknown(reference) && reference.mayBeAbsent) undecided ??= reference;
          else if (reference !== null) count += 1;
        }
      }
    }
    const outcome = count > 0 ? true : (undecided ?? false);
    return judge(outcome, { pass: 'associated', fail: 'noRuleGroups', unknown: 'unknownRuleGroups' }, policy.properties.FirewallPolicy === undefined ? [] : ['FirewallPolicy'], { count });
  },
});
