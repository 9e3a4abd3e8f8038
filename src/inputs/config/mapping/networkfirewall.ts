import { compact } from '../../terraform/mapping/context.js';
import { isUnknown } from '../../../model/unknown.js';
import type { Value } from '../../../model/value.js';
import { pascalKeys, type ItemMapping } from './shared.js';

const pascal = (value: Value): Value => (isUnknown(value) ? value : pascalKeys(value));

/** Network Firewall: Config resource types (DescribeFirewallPolicy / DescribeRuleGroup shapes) and their CloudFormation shape. */
export const itemMappings: Readonly<Record<string, ItemMapping>> = {
  'AWS::NetworkFirewall::FirewallPolicy': {
    cloudFormationType: 'AWS::NetworkFirewall::FirewallPolicy',
    properties: (context) => compact({ FirewallPolicyName: context.optional('firewallPolicyResponse.firewallPolicyName') ?? context.name, FirewallPolicy: pascal(context.recorded('firewallPolicy')) }),
  },
  'AWS::NetworkFirewall::RuleGroup': {
    cloudFormationType: 'AWS::NetworkFirewall::RuleGroup',
    properties: (context) =>
      compact({
        RuleGroupName: context.optional('ruleGroupResponse.ruleGroupName') ?? context.name,
        Type: context.recorded('ruleGroupResponse.type'),
        Capacity: context.optional('ruleGroupResponse.capacity'),
        RuleGroup: pascal(context.recorded('ruleGroup')),
      }),
  },
};
