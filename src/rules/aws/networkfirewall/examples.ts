/** A firewall policy as the rules' documented examples declare it, with the policy lines each example gives. */
export function firewallPolicy(lines: string): string {
  return `Resources:
  Policy:
    Type: AWS::NetworkFirewall::FirewallPolicy
    Properties:
      FirewallPolicyName: egress
      FirewallPolicy:
        StatelessFragmentDefaultActions: [aws:forward_to_sfe]
${lines}`;
}

export const STATEFUL_GROUP = `        StatefulRuleGroupReferences:
          - ResourceArn: arn:aws:network-firewall:us-east-1:123456789012:stateful-rulegroup/domains
`;
