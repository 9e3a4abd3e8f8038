import { defineRule, insufficientData } from '../../define.js';
import { judge, listSetting } from '../../lib/settings.js';
import { isUnknown, type Unknown } from '../../../model/unknown.js';
import { isObject } from '../../../model/value.js';
import { WEB_ACL } from './examples.js';

export default defineRule({
  meta: {
    id: 'WAFV2_WEBACL_NOT_EMPTY',
    title: 'WAFv2 web ACLs contain rules',
    description:
      'Checks that an AWS WAFv2 web ACL contains at least one rule or rule group reference (Rules). An empty web ACL lets every request through to its default action without inspecting it.',
    severity: 'medium',
    resourceTypes: ['AWS::WAFv2::WebACL'],
    managedRule: 'wafv2-webacl-not-empty',
    frameworks: { FSBP: ['WAF.10'], 'NIST-800-53-r5': ['CA-9(1)', 'CM-2'] },
    messages: {
      rules: 'Web ACL {{id}} contains {{count}} rules or rule groups.',
      empty: 'Web ACL {{id}} contains no rules or rule groups.',
      unknownRules: 'Whether web ACL {{id}} contains rules is not known before deployment ({{reason}}).',
    },
    remediation: 'Add rules to `Rules`: AWS managed rule groups (`ManagedRuleGroupStatement`), your rule groups (`RuleGroupReferenceStatement`) or rules of your own.',
    examples: {
      noncompliant: [{ cloudformation: `${WEB_ACL}      Rules: []\n` }],
      compliant: [
        {
          cloudformation: `${WEB_ACL}      Rules:
        - Name: common
          Priority: 0
          OverrideAction: { None: {} }
          Statement: { ManagedRuleGroupStatement: { VendorName: AWS, Name: AWSManagedRulesCommonRuleSet } }
          VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: common }
`,
        },
      ],
    },
  },
  check(acl) {
    const rules = listSetting(acl, ['Rules']);
    // WAF takes no rule without a Name (an empty `rule {}` block): such an entry is malformed, not a rule that inspects requests.
    const malformed = Array.isArray(rules) ? rules.findIndex((rule) => rule !== null && !isUnknown(rule) && !(isObject(rule) && rule.Name !== undefined)) : -1;
    if (malformed >= 0) return insufficientData('unknownRules', { reason: `malformed: Rules[${malformed}] is no rule WAF accepts (it has no Name)` }, ['Rules', malformed]);
    const count = rules === undefined ? 0 : isUnknown(rules) ? rules : rules.filter((rule) => rule !== null).length;
    // A rule chosen at deployment (an `Fn::If` with AWS::NoValue) may be none.
    const undecided = Array.isArray(rules) && rules.length > 0 && rules.every((rule) => isUnknown(rule) && rule.mayBeAbsent) ? (rules[0] as Unknown) : undefined;
    const outcome = undecided ?? (isUnknown(count) ? count : count > 0);
    return judge(outcome, { pass: 'rules', fail: 'empty', unknown: 'unknownRules' }, rules === undefined ? [] : ['Rules'], { count: typeof count === 'number' ? count : 0 });
  },
});
