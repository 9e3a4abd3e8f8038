import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';
import { cfnPolicy, planPolicy, tfPolicy } from './policies.js';

export default [
  {
    name: 'forward, drop with a custom action, pass, none, an action chosen by a condition, two standard actions',
    template: `
Conditions:
  Strict: !Equals [!Ref AWS::Region, us-east-1]
Resources:
${cfnPolicy('Forward', '        StatelessDefaultActions: [aws:forward_to_sfe]')}
${cfnPolicy('DropMetric', '        StatelessDefaultActions: [aws:drop, dropped]\n        StatelessCustomActions: [{ ActionName: dropped, ActionDefinition: { PublishMetricAction: { Dimensions: [{ Value: dropped }] } } }]')}
${cfnPolicy('Pass', '        StatelessDefaultActions: [aws:pass]')}
${cfnPolicy('Missing', '')}
${cfnPolicy('Chosen', '        StatelessDefaultActions: [!If [Strict, aws:drop, aws:pass]]')}
${cfnPolicy('Two', '        StatelessDefaultActions: [aws:drop, aws:pass]')}
`,
    expect: {
      Forward: { status: 'COMPLIANT', path: ['FirewallPolicy', 'StatelessDefaultActions'], messageIncludes: 'aws:forward_to_sfe' },
      DropMetric: 'COMPLIANT',
      Pass: { status: 'NON_COMPLIANT', messageId: 'otherAction', messageIncludes: 'aws:pass' },
      Missing: { status: 'INSUFFICIENT_DATA', messageId: 'unknownAction', messageIncludes: 'malformed' },
      Chosen: { status: 'INSUFFICIENT_DATA', messageId: 'unknownAction' },
      Two: { status: 'INSUFFICIENT_DATA', messageId: 'unknownAction', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'statelessDefaultActions aws:pass: the parameter decides',
    params: { statelessDefaultActions: 'aws:pass' },
    template: `
Resources:
${cfnPolicy('Pass', '        StatelessDefaultActions: [aws:pass]')}
${cfnPolicy('Forward', '        StatelessDefaultActions: [aws:forward_to_sfe]')}
`,
    expect: {
      Pass: 'COMPLIANT',
      Forward: { status: 'NON_COMPLIANT', messageId: 'otherAction' },
    },
  },
  {
    name: 'hcl: forward and pass',
    hcl: tfPolicy('forward', '    stateless_default_actions = ["aws:forward_to_sfe"]') + tfPolicy('pass', '    stateless_default_actions = ["aws:pass"]'),
    expect: {
      'aws_networkfirewall_firewall_policy.forward': 'COMPLIANT',
      'aws_networkfirewall_firewall_policy.pass': { status: 'NON_COMPLIANT', messageId: 'otherAction' },
    },
  },
  {
    name: 'plan: drop, pass, and actions known after apply',
    plan: {
      format_version: '1.2',
      resource_changes: [
        created('aws_networkfirewall_firewall_policy.drop', planPolicy('drop', { stateless_default_actions: ['aws:drop'] }), { arn: true }),
        created('aws_networkfirewall_firewall_policy.pass', planPolicy('pass', { stateless_default_actions: ['aws:pass'] }), { arn: true }),
        created('aws_networkfirewall_firewall_policy.later', planPolicy('later', { stateless_default_actions: null }), { arn: true, firewall_policy: [{ stateless_default_actions: true }] }),
      ],
    },
    expect: {
      'aws_networkfirewall_firewall_policy.drop': 'COMPLIANT',
      'aws_networkfirewall_firewall_policy.pass': { status: 'NON_COMPLIANT', messageId: 'otherAction' },
      'aws_networkfirewall_firewall_policy.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownAction' },
    },
  },
] satisfies RuleCase[];
