import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const acl = (name: string, rules: string) => `
  ${name}:
    Type: AWS::WAFv2::WebACL
    Properties:
      Scope: REGIONAL
      DefaultAction: { Allow: {} }
      VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: ${name} }
${rules}`;

const RULE = `{ Name: common, Priority: 0, OverrideAction: { None: {} }, Statement: { ManagedRuleGroupStatement: { VendorName: AWS, Name: AWSManagedRulesCommonRuleSet } }, VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: common } }`;

const HCL_ACL = (name: string, rules: string) => `
resource "aws_wafv2_web_acl" "${name}" {
  name  = "${name}"
  scope = "REGIONAL"
  default_action {
    allow {}
  }
${rules}
  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "${name}"
    sampled_requests_enabled   = true
  }
}
`;

export default [
  {
    name: 'a managed rule group, no rules, an empty list, a rule chosen by a condition with AWS::NoValue, rules from a parameter-driven condition',
    template: `
Conditions:
  Strict: !Equals [!Ref AWS::Region, us-east-1]
Resources:
${acl('Protected', `      Rules: [${RULE}]`)}
${acl('Bare', '')}
${acl('Empty', '      Rules: []')}
${acl('Maybe', `      Rules: [!If [Strict, ${RULE}, !Ref AWS::NoValue]]`)}
${acl('Chosen', `      Rules: !If [Strict, [${RULE}], []]`)}
`,
    expect: {
      Protected: { status: 'COMPLIANT', path: ['Rules'], messageIncludes: 'contains 1 rules' },
      Bare: { status: 'NON_COMPLIANT', messageId: 'empty', path: [] },
      Empty: { status: 'NON_COMPLIANT', messageId: 'empty', path: ['Rules'] },
      Maybe: { status: 'INSUFFICIENT_DATA', messageId: 'unknownRules' },
      Chosen: { status: 'INSUFFICIENT_DATA', messageId: 'unknownRules' },
    },
  },
  {
    name: 'hcl: a rule block, none, an empty rule block, a rule group added by a separate association',
    hcl: `
${HCL_ACL(
  'protected',
  `  rule {
    name     = "common"
    priority = 0
    override_action {
      none {}
    }
    statement {
      managed_rule_group_statement {
        vendor_name = "AWS"
        name        = "AWSManagedRulesCommonRuleSet"
      }
    }
    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "common"
      sampled_requests_enabled   = true
    }
  }`,
)}
${HCL_ACL('bare', '')}
${HCL_ACL('emptyRule', '  rule {}')}
${HCL_ACL('associated', '')}
resource "aws_wafv2_web_acl_rule_group_association" "associated" {
  rule_name   = "blocklist"
  priority    = 10
  web_acl_arn = aws_wafv2_web_acl.associated.arn
  rule_group_reference {
    arn = "arn:aws:wafv2:us-east-1:123456789012:regional/rulegroup/blocklist/a1b2c3d4"
  }
}
`,
    expect: {
      'aws_wafv2_web_acl.protected': 'COMPLIANT',
      'aws_wafv2_web_acl.bare': { status: 'NON_COMPLIANT', messageId: 'empty' },
      // The provider and WAF require a rule's name, priority, statement and visibility: an empty block is malformed.
      'aws_wafv2_web_acl.emptyRule': { status: 'INSUFFICIENT_DATA', messageId: 'unknownRules', path: ['Rules', 0], messageIncludes: 'malformed' },
      'aws_wafv2_web_acl.associated': 'COMPLIANT',
    },
  },
  {
    name: 'plan: rules, none, rules as JSON, and rules known after apply',
    plan: {
      format_version: '1.2',
      resource_changes: [
        created('aws_wafv2_web_acl.protected', { name: 'protected', scope: 'REGIONAL', rule: [{ name: 'common', priority: 0 }] }, { arn: true }),
        created('aws_wafv2_web_acl.bare', { name: 'bare', scope: 'REGIONAL', rule: [] }, { arn: true }),
        created('aws_wafv2_web_acl.json', { name: 'json', scope: 'REGIONAL', rule: [], rule_json: JSON.stringify([{ Name: 'common', Priority: 0 }]) }, { arn: true }),
        created('aws_wafv2_web_acl.later', { name: 'later', scope: 'REGIONAL' }, { arn: true, rule: true }),
      ],
    },
    expect: {
      'aws_wafv2_web_acl.protected': 'COMPLIANT',
      'aws_wafv2_web_acl.bare': { status: 'NON_COMPLIANT', messageId: 'empty' },
      'aws_wafv2_web_acl.json': 'COMPLIANT',
      'aws_wafv2_web_acl.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownRules' },
    },
  },
] satisfies RuleCase[];
