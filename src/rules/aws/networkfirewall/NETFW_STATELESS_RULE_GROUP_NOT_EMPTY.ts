import { defineRule, notApplicable } from '../../define.js';
import { judge, listSetting, stringSetting } from '../../lib/settings.js';
import { isUnknown, unknown, type Unknown } from '../../../model/unknown.js';

const ruleGroup = (rules: string) => `Resources:
  Blocklist:
    Type: AWS::NetworkFirewall::RuleGroup
    Properties:
      RuleGroupName: blocklist
      Type: STATELESS
      Capacity: 10
      RuleGroup:
        RulesSource:
          StatelessRulesAndCustomActions:
            StatelessRules:${rules}
`;

export default defineRule({
  meta: {
    id: 'NETFW_STATELESS_RULE_GROUP_NOT_EMPTY',
    title: 'Network Firewall stateless rule groups contain rules',
    description:
      'Checks that an AWS Network Firewall stateless rule group contains at least one rule (RuleGroup RulesSource StatelessRulesAndCustomActions StatelessRules). An empty rule group in a firewall policy looks like a control but inspects nothing. Stateful rule groups are not applicable.',
    severity: 'medium',
    resourceTypes: ['AWS::NetworkFirewall::RuleGroup'],
    managedRule: 'netfw-stateless-rule-group-not-empty',
    frameworks: { FSBP: ['NetworkFirewall.6'], 'NIST-800-53-r5': ['AC-4(21)', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(21)', 'SC-7(5)'] },
    messages: {
      rules: 'Stateless rule group {{id}} contains {{count}} rules.',
      empty: 'Stateless rule group {{id}} contains no rules.',
      stateful: 'Rule group {{id}} is stateful.',
      unknownRules: 'Whether stateless rule group {{id}} contains rules is not known before deployment ({{reason}}).',
    },
    remediation: 'Add `StatelessRules` to the rule group (or remove the empty rule group from its firewall policies).',
    examples: {
      noncompliant: [{ cloudformation: ruleGroup(' []') }],
      compliant: [
        {
          cloudformation: ruleGroup(`
              - Priority: 1
                RuleDefinition:
                  Actions: [aws:drop]
                  MatchAttributes: { Sources: [{ AddressDefinition: 203.0.113.0/24 }] }`),
        },
      ],
    },
  },
  check(group) {
    const messages = { pass: 'rules', fail: 'empty', unknown: 'unknownRules' } as const;
    const type = stringSetting(group, ['Type']);
    if (type === 'STATEFUL') return notApplicable('stateful');
    // Network Firewall requires the type: without it, or with another value, the group is malformed.
    if (type !== 'STATELESS') return judge(isUnknown(type) ? type : unknown(`malformed: ${group.id} Type is ${type ?? 'not set'}, not STATELESS or STATEFUL`), messages, type === undefined ? [] : ['Type'], { count: 0 });
    const path = ['RuleGroup', 'RulesSource', 'StatelessRulesAndCustomActions', 'StatelessRules'];
    const rules = listSetting(group, path);
    if (isUnknown(rules)) return judge(rules, messages, path, { count: 0 });
    // A rule chosen at deployment (an `Fn::If` with AWS::NoValue) may be none.
    const known = (rules ?? []).filter((rule) => rule !== null && !(isUnknown(rule) && rule.mayBeAbsent));
    const undecided = (rules ?? []).find((rule): rule is Unknown => isUnknown(rule) && rule.mayBeAbsent);
    return judge(known.length > 0 ? true : (undecided ?? false), messages, rules === undefined ? [] : path, { count: known.length });
  },
});
