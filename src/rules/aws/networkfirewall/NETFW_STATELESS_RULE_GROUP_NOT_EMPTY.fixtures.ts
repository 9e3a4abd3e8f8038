import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const group = (name: string, type: string, source: string) => `
  ${name}:
    Type: AWS::NetworkFirewall::RuleGroup
    Properties:
      RuleGroupName: ${name.toLowerCase()}
      Type: ${type}
      Capacity: 10
      RuleGroup:
        RulesSource:
${source}`;

const RULE = '{ Priority: 1, RuleDefinition: { Actions: [aws:drop], MatchAttributes: { Sources: [{ AddressDefinition: 203.0.113.0/24 }] } } }';

const tfGroup = (name: string, type: string, source: string) => `
resource "aws_networkfirewall_rule_group" "${name}" {
  name     = "${name}"
  type     = "${type}"
  capacity = 10
  rule_group {
    rules_source {
${source}
    }
  }
}
`;

export default [
  {
    name: 'a stateless rule, no rules, a stateful group, a rule chosen by a condition with AWS::NoValue, a type from a parameter',
    template: `
Parameters:
  Kind: { Type: String }
Conditions:
  Strict: !Equals [!Ref AWS::Region, us-east-1]
Resources:
${group('Blocklist', 'STATELESS', `          StatelessRulesAndCustomActions: { StatelessRules: [${RULE}] }`)}
${group('Empty', 'STATELESS', '          StatelessRulesAndCustomActions: { StatelessRules: [] }')}
${group('Domains', 'STATEFUL', '          RulesSourceList: { Targets: [.example.com], TargetTypes: [HTTP_HOST], GeneratedRulesType: DENYLIST }')}
${group('Maybe', 'STATELESS', `          StatelessRulesAndCustomActions: { StatelessRules: [!If [Strict, ${RULE}, !Ref AWS::NoValue]] }`)}
${group('Typed', '!Ref Kind', '          StatelessRulesAndCustomActions: { StatelessRules: [] }')}
`,
    expect: {
      Blocklist: { status: 'COMPLIANT', path: ['RuleGroup', 'RulesSource', 'StatelessRulesAndCustomActions', 'StatelessRules'] },
      Empty: { status: 'NON_COMPLIANT', messageId: 'empty' },
      Domains: { status: 'NOT_APPLICABLE', messageId: 'stateful' },
      Maybe: { status: 'INSUFFICIENT_DATA', messageId: 'unknownRules' },
      Typed: { status: 'INSUFFICIENT_DATA', messageId: 'unknownRules' },
    },
  },
  {
    name: 'hcl: a stateless rule, a stateless group without rules, and a stateful group',
    hcl:
      tfGroup(
        'blocklist',
        'STATELESS',
        `      stateless_rules_and_custom_actions {
        stateless_rule {
          priority = 1
          rule_definition {
            actions = ["aws:drop"]
            match_attributes {
              source {
                address_definition = "203.0.113.0/24"
              }
            }
          }
        }
      }`,
      ) +
      tfGroup('empty', 'STATELESS', '      stateless_rules_and_custom_actions {\n      }') +
      tfGroup('domains', 'STATEFUL', '      rules_string = "drop tcp any any -> any any (sid:1;)"'),
    expect: {
      'aws_networkfirewall_rule_group.blocklist': 'COMPLIANT',
      'aws_networkfirewall_rule_group.empty': { status: 'NON_COMPLIANT', messageId: 'empty' },
      'aws_networkfirewall_rule_group.domains': 'NOT_APPLICABLE',
    },
  },
  {
    name: 'plan: a stateless rule, none, and rules known after apply',
    plan: {
      format_version: '1.2',
      resource_changes: [
        created(
          'aws_networkfirewall_rule_group.blocklist',
          { name: 'blocklist', type: 'STATELESS', capacity: 10, rules: null, rule_group: [{ rules_source: [{ rules_string: null, stateless_rules_and_custom_actions: [{ stateless_rule: [{ priority: 1, rule_definition: [{ actions: ['aws:drop'] }] }], custom_action: [] }] }] }] },
          { arn: true },
        ),
        created('aws_networkfirewall_rule_group.empty', { name: 'empty', type: 'STATELESS', capacity: 10, rules: null, rule_group: [{ rules_source: [{ rules_string: null, stateless_rules_and_custom_actions: [{ stateless_rule: [], custom_action: [] }] }] }] }, { arn: true }),
        created('aws_networkfirewall_rule_group.later', { name: 'later', type: 'STATELESS', capacity: 10, rules: null, rule_group: [{ rules_source: [{ rules_string: null, stateless_rules_and_custom_actions: [{ custom_action: [] }] }] }] }, {
          arn: true,
          rule_group: [{ rules_source: [{ stateless_rules_and_custom_actions: [{ stateless_rule: true }] }] }],
        }),
      ],
    },
    expect: {
      'aws_networkfirewall_rule_group.blocklist': 'COMPLIANT',
      'aws_networkfirewall_rule_group.empty': { status: 'NON_COMPLIANT', messageId: 'empty' },
      'aws_networkfirewall_rule_group.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownRules' },
    },
  },
] satisfies RuleCase[];
