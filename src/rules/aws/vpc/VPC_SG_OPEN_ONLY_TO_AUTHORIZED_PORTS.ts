import { compliant, defineRule } from '../../define.js';
import { isUnknown } from '../../../model/unknown.js';
import { findingVerdicts, portRange, portRanges, protocolName, rangeCovered, rangeText, worldIngressFindings } from '../../lib/security-groups.js';

interface Params {
  authorizedTcpPorts?: string[];
  authorizedUdpPorts?: string[];
}

export default defineRule<Params>({
  meta: {
    id: 'VPC_SG_OPEN_ONLY_TO_AUTHORIZED_PORTS',
    title: 'Security groups open to the world only on authorized ports',
    description:
      'Checks that every ingress rule of a security group open to 0.0.0.0/0 or ::/0 admits only TCP or UDP ports listed as authorized for its protocol; a rule for all protocols open to the world never passes. Each port reachable from the whole internet is attack surface, so it should be a deliberate choice.',
    severity: 'high',
    recommended: false,
    whyNotRecommended:
      'Without your organisation\'s authorized ports every port open to the world fails, a public HTTPS listener included (AWS Config\'s managed rule has no default either). Turn it on by giving them: `--param VPC_SG_OPEN_ONLY_TO_AUTHORIZED_PORTS.authorizedTcpPorts=80,443` runs it as Security Hub\'s EC2.18 does.',
    resourceTypes: ['AWS::EC2::SecurityGroup'],
    related: [{ type: 'AWS::EC2::SecurityGroupIngress', relation: 'referencedBy', property: 'GroupId' }],
    managedRule: 'vpc-sg-open-only-to-authorized-ports',
    frameworks: { FSBP: ['EC2.18'], 'NIST-800-53-r5': ['AC-4', 'AC-4(21)', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(21)', 'SC-7(4)', 'SC-7(5)'] },
    parameters: {
      authorizedTcpPorts: {
        type: 'port-list',
        description: 'TCP ports and ranges that may be open to the world, e.g. "443,1020-1025" (none when absent; Security Hub uses 80,443).',
      },
      authorizedUdpPorts: {
        type: 'port-list',
        description: 'UDP ports and ranges that may be open to the world, e.g. "500,1020-1025" (none when absent).',
      },
    },
    messages: {
      notOpen: 'Security group {{id}} has no ingress rule open to 0.0.0.0/0 or ::/0.',
      authorized: 'Every ingress rule of security group {{id}} open to the world uses authorized ports.',
      unauthorizedPort: 'Security group {{id}}: {{where}} admits {{ports}} from {{source}}, which is not within the authorized ports.',
      unknownIngress: 'Whether {{where}} of security group {{id}} opens unauthorized ports to the world is not known before deployment ({{reason}}).',
    },
    remediation: 'Restrict the source of the rule to known CIDR ranges or security groups, or add the port to authorizedTcpPorts / authorizedUdpPorts if it must be public.',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  App:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: app\n      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: 8080\n          ToPort: 8080\n          CidrIp: 0.0.0.0/0\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  App:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: app\n      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: 8080\n          ToPort: 8080\n          CidrIp: 10.0.0.0/8\n',
        },
      ],
    },
  },
  check(group, { params, graph }) {
    const authorized = { tcp: portRanges(params.authorizedTcpPorts), udp: portRanges(params.authorizedUdpPorts) };
    const findings = worldIngressFindings(group, graph, {
      violation(rule) {
        if (isUnknown(rule.protocol)) return rule.protocol;
        const name = protocolName(rule.protocol);
        if (name === 'all') return 'all traffic';
        // Only TCP and UDP carry ports; ICMP and other protocols are outside this rule.
        if (name !== 'tcp' && name !== 'udp') return false;
        const range = portRange(rule);
        if (isUnknown(range)) return range;
        return rangeCovered(range, authorized[name]) ? false : `${name.toUpperCase()} ${rangeText(range)}`;
      },
    });
    const verdicts = findingVerdicts(findings, 'unauthorizedPort', 'unknownIngress');
    if (verdicts.length > 0) return verdicts;
    return findings.some((finding) => finding.kind === 'open') ? compliant('authorized', {}, []) : compliant('notOpen', {}, []);
  },
});
