import { defineRule } from '../../define.js';
import { judge, listSetting } from '../../lib/settings.js';
import { isUnknown, unknown } from '../../../model/unknown.js';
import { firewallPolicy } from './examples.js';

/** The standard actions; anything else in StatelessDefaultActions names a custom action. */
const STANDARD = ['aws:pass', 'aws:drop', 'aws:forward_to_sfe'];

export default defineRule<{ statelessDefaultActions: string[] }>({
  meta: {
    id: 'NETFW_POLICY_DEFAULT_ACTION_FULL_PACKETS',
    title: 'Network Firewall policies drop or inspect unmatched full packets',
    description:
      'Checks that the stateless default action an AWS Network Firewall policy applies to full packets that match no stateless rule (the standard action in FirewallPolicy StatelessDefaultActions) is one of statelessDefaultActions. Passing unmatched packets lets them bypass the stateful rules.',
    severity: 'medium',
    resourceTypes: ['AWS::NetworkFirewall::FirewallPolicy'],
    managedRule: 'netfw-policy-default-action-full-packets',
    frameworks: { FSBP: ['NetworkFirewall.4'], 'NIST-800-53-r5': ['CA-9(1)', 'CM-2'] },
    parameters: {
      statelessDefaultActions: {
        type: 'string-list',
        description: 'The allowed stateless default actions for full packets, at most two of aws:pass, aws:drop and aws:forward_to_sfe (Security Hub uses aws:drop and aws:forward_to_sfe).',
        default: ['aws:drop', 'aws:forward_to_sfe'],
      },
    },
    messages: {
      allowed: 'Firewall policy {{id}} applies {{action}} to unmatched full packets.',
      otherAction: 'Firewall policy {{id}} applies {{action}} to unmatched full packets, not one of {{allowed}}.',
      unknownAction: 'Which action firewall policy {{id}} applies to unmatched full packets is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `StatelessDefaultActions: [aws:forward_to_sfe]` (or `aws:drop`) in `FirewallPolicy`.',
    examples: {
      noncompliant: [{ cloudformation: firewallPolicy('        StatelessDefaultActions: [aws:pass]\n') }],
      compliant: [{ cloudformation: firewallPolicy('        StatelessDefaultActions: [aws:forward_to_sfe]\n') }],
    },
  },
  check(policy, { params }) {
    const path = ['FirewallPolicy', 'StatelessDefaultActions'];
    const actions = listSetting(policy, path);
    const allowed = params.statelessDefaultActions;
    const data = { allowed: allowed.join(', '), action: '' };
    const messages = { pass: 'allowed', fail: 'otherAction', unknown: 'unknownAction' } as const;
    // Network Firewall requires the list, with exactly one standard action beside custom ones.
    if (actions === undefined) return judge(unknown(`malformed: ${policy.id} has no StatelessDefaultActions`), messages, [], data);
    if (isUnknown(actions)) return judge(actions, messages, path, data);
    const standard = actions.filter((action) => typeof action === 'string' && STANDARD.includes(action));
    const undecided = actions.find(isUnknown);
    if (standard.length === 1 && typeof standard[0] === 'string') return judge(allowed.includes(standard[0]) ? true : (undecided ?? false), messages, path, { ...data, action: standard[0] });
    return judge(undecided ?? unknown(`malformed: ${policy.id} StatelessDefaultActions should hold one of ${STANDARD.join(', ')}`), messages, path, data);
  },
});
