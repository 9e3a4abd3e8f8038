import { buildConfigurationItem, FIXTURE_ACCOUNT, FIXTURE_REGION } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

/** A rule group's configuration item (DescribeRuleGroup shape, as the RDK's example_ci records one). */
function ruleGroupItem(name: string, type: string, rulesSource: Record<string, unknown>): Record<string, unknown> {
  const arn = `arn:aws:network-firewall:${FIXTURE_REGION}:${FIXTURE_ACCOUNT}:${type.toLowerCase()}-rulegroup/${name}`;
  return buildConfigurationItem(
    'AWS::NetworkFirewall::RuleGroup',
    { ruleGroup: { rulesSource }, ruleGroupResponse: { capacity: 10, ruleGroupArn: arn, ruleGroupId: name, ruleGroupName: name, ruleGroupStatus: 'ACTIVE', type, numberOfAssociations: 0, tags: [] } },
    { resourceId: arn, resourceName: name, ARN: arn },
  );
}

const rule = { priority: 1, ruleDefinition: { actions: ['aws:pass'], matchAttributes: { sources: [{ addressDefinition: '0.0.0.0/0' }], destinations: [{ addressDefinition: '0.0.0.0/0' }] } } };

export default [
  {
    name: 'config: a stateless group with a rule, one without, and a stateful group',
    items: [
      ruleGroupItem('blocklist', 'STATELESS', { statelessRulesAndCustomActions: { statelessRules: [rule], customActions: [] } }),
      ruleGroupItem('empty', 'STATELESS', { statelessRulesAndCustomActions: { statelessRules: [], customActions: [] } }),
      ruleGroupItem('domains', 'STATEFUL', { rulesSourceList: { targets: ['.example.com'], targetTypes: ['HTTP_HOST'], generatedRulesType: 'DENYLIST' } }),
    ],
    expect: {
      'arn:aws:network-firewall:us-east-1:123456789012:stateless-rulegroup/blocklist': 'COMPLIANT',
      'arn:aws:network-firewall:us-east-1:123456789012:stateless-rulegroup/empty': { status: 'NON_COMPLIANT', messageId: 'empty' },
      'arn:aws:network-firewall:us-east-1:123456789012:stateful-rulegroup/domains': 'NOT_APPLICABLE',
    },
  },
] satisfies RuleCase[];

