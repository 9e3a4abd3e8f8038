import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';
import { cfnPolicy, planPolicy, STATEFUL_ARN, STATELESS_ARN, tfPolicy } from './policies.js';

export default [
  {
    name: 'a stateful group, a stateless group of the template, none, empty lists, a group chosen by a condition with AWS::NoValue',
    template: `
Conditions:
  Strict: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Blocklist:
    Type: AWS::NetworkFirewall::RuleGroup
    Properties:
      RuleGroupName: blocklist
      Type: STATELESS
      Capacity: 10
      RuleGroup: { RulesSource: { StatelessRulesAndCustomActions: { StatelessRules: [] } } }
${cfnPolicy('Stateful', `        StatelessDefaultActions: [aws:forward_to_sfe]\n        StatefulRuleGroupReferences: [{ ResourceArn: ${STATEFUL_ARN} }]`)}
${cfnPolicy('Stateless', '        StatelessDefaultActions: [aws:forward_to_sfe]\n        StatelessRuleGroupReferences: [{ ResourceArn: !GetAtt Blocklist.RuleGroupArn, Priority: 1 }]')}
${cfnPolicy('None', '        StatelessDefaultActions: [aws:forward_to_sfe]')}
${cfnPolicy('Empty', '        StatelessDefaultActions: [aws:forward_to_sfe]\n        StatelessRuleGroupReferences: []\n        StatefulRuleGroupReferences: []')}
${cfnPolicy('Maybe', `        StatelessDefaultActions: [aws:forward_to_sfe]\n        StatefulRuleGroupReferences: [!If [Strict, { ResourceArn: ${STATEFUL_ARN} }, !Ref AWS::NoValue]]`)}
`,
    expect: {
      Stateful: { status: 'COMPLIANT', path: ['FirewallPolicy'] },
      Stateless: 'COMPLIANT',
      None: { status: 'NON_COMPLIANT', messageId: 'noRuleGroups' },
      Empty: { status: 'NON_COMPLIANT', messageId: 'noRuleGroups' },
      Maybe: { status: 'INSUFFICIENT_DATA', messageId: 'unknownRuleGroups' },
    },
  },
  {
    name: 'hcl: a stateful rule group of the configuration, and none',
    hcl:
      tfPolicy('grouped', '    stateless_default_actions = ["aws:forward_to_sfe"]\n    stateful_rule_group_reference {\n      resource_arn = aws_networkfirewall_rule_group.domains.arn\n    }') +
      tfPolicy('bare', '    stateless_default_actions = ["aws:forward_to_sfe"]'),
    expect: {
      'aws_networkfirewall_firewall_policy.grouped': 'COMPLIANT',
      'aws_networkfirewall_firewall_policy.bare': { status: 'NON_COMPLIANT', messageId: 'noRuleGroups' },
    },
  },
  {
    name: 'plan: a stateless group, none, and groups known after apply',
    plan: {
      format_version: '1.2',
      resource_changes: [
        created('aws_networkfirewall_firewall_policy.grouped', planPolicy('grouped', { stateless_rule_group_reference: [{ priority: 1, resource_arn: STATELESS_ARN }] }), { arn: true }),
        created('aws_networkfirewall_firewall_policy.bare', planPolicy('bare', {}), { arn: true }),
        created('aws_networkfirewall_firewall_policy.later', planPolicy('later', { stateful_rule_group_reference: null }), { arn: true, firewall_policy: [{ stateful_rule_group_reference: true }] }),
      ],
    },
    expect: {
      'aws_networkfirewall_firewall_policy.grouped': 'COMPLIANT',
      'aws_networkfirewall_firewall_policy.bare': { status: 'NON_COMPLIANT', messageId: 'noRuleGroups' },
      'aws_networkfirewall_firewall_policy.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownRuleGroups' },
    },
  },
] satisfies RuleCase[];
