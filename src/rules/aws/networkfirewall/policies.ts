import { buildConfigurationItem, FIXTURE_ACCOUNT, FIXTURE_REGION } from '../../config-fixtures.js';

export const STATEFUL_ARN = `arn:aws:network-firewall:${FIXTURE_REGION}:${FIXTURE_ACCOUNT}:stateful-rulegroup/domains`;
export const STATELESS_ARN = `arn:aws:network-firewall:${FIXTURE_REGION}:${FIXTURE_ACCOUNT}:stateless-rulegroup/blocklist`;

/** A CloudFormation firewall policy with the given `FirewallPolicy` lines. */
export const cfnPolicy = (name: string, lines: string) => `
  ${name}:
    Type: AWS::NetworkFirewall::FirewallPolicy
    Properties:
      FirewallPolicyName: ${name.toLowerCase()}
      FirewallPolicy:
        StatelessFragmentDefaultActions: [aws:forward_to_sfe]
${lines}`;

/** An `aws_networkfirewall_firewall_policy` with the given lines inside `firewall_policy`. */
export const tfPolicy = (name: string, lines: string) => `
resource "aws_networkfirewall_firewall_policy" "${name}" {
  name = "${name}"
  firewall_policy {
    stateless_fragment_default_actions = ["aws:forward_to_sfe"]
${lines}
  }
}
`;

/** A plan's `after` for a firewall policy. */
export const planPolicy = (name: string, policy: Record<string, unknown>) => ({
  name,
  firewall_policy: [{ stateless_fragment_default_actions: ['aws:forward_to_sfe'], stateless_default_actions: ['aws:forward_to_sfe'], stateless_rule_group_reference: [], stateful_rule_group_reference: [], ...policy }],
});

/** A firewall policy's configuration item (DescribeFirewallPolicy shape). */
export function policyItem(name: string, policy: Record<string, unknown>): Record<string, unknown> {
  const arn = `arn:aws:network-firewall:${FIXTURE_REGION}:${FIXTURE_ACCOUNT}:firewall-policy/${name}`;
  return buildConfigurationItem(
    'AWS::NetworkFirewall::FirewallPolicy',
    {
      firewallPolicy: { statelessFragmentDefaultActions: ['aws:forward_to_sfe'], statelessDefaultActions: ['aws:forward_to_sfe'], ...policy },
      firewallPolicyResponse: { firewallPolicyName: name, firewallPolicyArn: arn, firewallPolicyId: `${name}-id`, firewallPolicyStatus: 'ACTIVE', numberOfAssociations: 1 },
    },
    { resourceId: arn, resourceName: name, ARN: arn },
  );
}
