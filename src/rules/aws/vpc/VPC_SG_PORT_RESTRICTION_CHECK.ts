import { compliant, defineRule } from '../../define.js';
import { isUnknown } from '../../../model/unknown.js';
import { describe, findingVerdicts, overlaps, portRanges, rangeText, transportPorts, worldIngressFindings } from '../../lib/security-groups.js';

interface Params {
  restrictPorts: string[];
  protocolType: 'TCP' | 'UDP' | 'ALL';
  ipType: 'IPv4' | 'IPv6' | 'ALL';
}

const TRANSPORTS = { TCP: ['tcp'], UDP: ['udp'], ALL: ['tcp', 'udp'] } as const;
const WORLD = { IPv4: ['0.0.0.0/0'], IPv6: ['::/0'], ALL: ['0.0.0.0/0', '::/0'] } as const;

export default defineRule<Params>({
  meta: {
    id: 'VPC_SG_PORT_RESTRICTION_CHECK',
    title: 'Security groups do not open restricted ports to the world',
    description:
      'Checks that no ingress rule of a security group admits traffic from 0.0.0.0/0 or ::/0 to a restricted port (22 and 3389 unless configured) over TCP, UDP or all protocols. Remote administration ports reachable from the whole internet are brute-forced within minutes of opening.',
    severity: 'high',
    resourceTypes: ['AWS::EC2::SecurityGroup'],
    managedRule: 'vpc-sg-port-restriction-check',
    frameworks: { 'CIS-v3.0.0': ['5.2', '5.3'] },
    related: [{ type: 'AWS::EC2::SecurityGroupIngress', relation: 'referencedBy', property: 'GroupId' }],
    parameters: {
      restrictPorts: { type: 'port-list', description: 'Ports (or ranges) that must not be open to the whole address space.', default: ['22', '3389'] },
      protocolType: { type: 'string', description: 'Which rules to check: TCP, UDP, or ALL (TCP, UDP and all-protocol rules).', default: 'ALL', enum: ['TCP', 'UDP', 'ALL'] },
      ipType: { type: 'string', description: 'Which world source counts: IPv4 (0.0.0.0/0), IPv6 (::/0) or ALL.', default: 'ALL', enum: ['IPv4', 'IPv6', 'ALL'] },
    },
    messages: {
      restricted: 'Security group {{id}} opens none of the restricted ports ({{ports}}) to the world.',
      openPort: 'Security group {{id}}: {{where}} admits {{ports}} from {{source}}, which includes a restricted port.',
      unknownIngress: 'Whether {{where}} of security group {{id}} opens a restricted port to the world is not known before deployment ({{reason}}).',
    },
    remediation: 'Restrict the rule\'s source to known address ranges or security groups, or reach the instances through Session Manager instead of opening SSH or RDP.',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  Admin:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: admin\n      SecurityGroupIngress:\n        - { IpProtocol: tcp, FromPort: 3389, ToPort: 3389, CidrIpv6: "::/0" }\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Admin:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: admin\n      SecurityGroupIngress:\n        - { IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 10.0.0.0/8 }\n',
        },
      ],
    },
  },
  check(group, { params, graph }) {
    const restricted = portRanges(params.restrictPorts);
    const transports = TRANSPORTS[params.protocolType];
    const world: readonly string[] = WORLD[params.ipType];
    const findings = worldIngressFindings(group, graph, {
      ipv4Only: params.ipType === 'IPv4',
      violation(rule) {
        const range = transportPorts(rule, transports);
        if (range === false || isUnknown(range)) return range;
        return restricted.some((port) => overlaps(range, port)) ? describe(rule) : false;
      },
    });
    // An IPv6-only check leaves rules open to 0.0.0.0/0 alone.
    const relevant = findings.filter((finding) => finding.kind !== 'violation' || world.includes(finding.source));
    const verdicts = findingVerdicts(relevant, 'openPort', 'unknownIngress');
    return verdicts.length > 0 ? verdicts : compliant('restricted', { ports: restricted.map(rangeText).join(', ') }, []);
  },
});
