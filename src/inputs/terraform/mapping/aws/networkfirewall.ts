import { compact, type MappingContext } from '../context.js';
import { isUnknown } from '../../../../model/unknown.js';
import type { Value } from '../../../../model/value.js';
import { eachBlock, type ServiceMappings } from './shared.js';

function ruleGroupReferences(context: MappingContext, path: string): Value | undefined {
  return eachBlock(context, path, (block, at) => compact({ ResourceArn: context.link(`${at}.resource_arn`), Priority: block.priority ?? undefined }));
}

/** Network Firewall: `aws` provider types and their CloudFormation shape. */
export const mappings: ServiceMappings = {
  resources: {
    aws_networkfirewall_firewall_policy: {
      cloudFormationType: 'AWS::NetworkFirewall::FirewallPolicy',
      properties(context) {
        const policy = context.get('firewall_policy');
        const block = 'firewall_policy.0';
        return compact({
          FirewallPolicyName: context.get('name'),
          FirewallPolicy:
            policy === undefined || isUnknown(policy)
              ? policy
              : compact({
                  StatelessDefaultActions: context.get(`${block}.stateless_default_actions`),
                  StatelessFragmentDefaultActions: context.get(`${block}.stateless_fragment_default_actions`),
                  StatelessRuleGroupReferences: ruleGroupReferences(context, `${block}.stateless_rule_group_reference`),
                  StatefulRuleGroupReferences: ruleGroupReferences(context, `${block}.stateful_rule_group_reference`),
                }),
        });
      },
    },
    aws_networkfirewall_rule_group: {
      cloudFormationType: 'AWS::NetworkFirewall::RuleGroup',
      properties(context) {
        const source = 'rule_group.0.rules_source.0';
        const ruleGroup = context.get('rule_group');
        const stateless = context.get(`${source}.stateless_rules_and_custom_actions`);
        // `rules` (a Suricata rules string) is the stateful rules source given outside the rule_group block.
        const rulesString = context.get('rules') || context.get(`${source}.rules_string`) || undefined;
        const rulesSource = isUnknown(ruleGroup)
          ? ruleGroup
          : compact({
              RulesString: rulesString,
              StatelessRulesAndCustomActions:
                stateless === undefined || isUnknown(stateless)
                  ? stateless
                  : compact({ StatelessRules: eachBlock(context, `${source}.stateless_rules_and_custom_actions.0.stateless_rule`, (rule) => compact({ Priority: rule.priority ?? undefined })) ?? [] }),
            });
        return compact({
          RuleGroupName: context.get('name'),
          Type: context.get('type'),
          Capacity: context.get('capacity'),
          RuleGroup: isUnknown(rulesSource) ? rulesSource : { RulesSource: rulesSource },
        });
      },
    },
  },
};
