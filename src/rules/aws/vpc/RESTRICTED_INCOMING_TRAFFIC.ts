import { compliant, defineRule } from '../../define.js';
import { isUnknown } from '../../../model/unknown.js';
import { describe, findingVerdicts, transportPorts, worldIngressFindings } from '../../lib/security-groups.js';

interface Params {
  blockedPort1?: number;
  blockedPort2?: number;
  blockedPort3?: number;
  blockedPort4?: number;
  blockedPort5?: number;
}

const port = (fallback: number, what: string) =>
  ({ type: 'integer', description: `A TCP port that must not be open to 0.0.0.0/0 (default ${fallback}, ${what}).`, default: fallback, minimum: 0, maximum: 65535 }) as const;

export default defineRule<Params>({
  meta: {
    id: 'RESTRICTED_INCOMING_TRAFFIC',
    title: 'Security groups do not open common risky TCP ports to 0.0.0.0/0 or ::/0',
    description:
      'Checks that no ingress rule of a security group admits TCP traffic from all IPv4 addresses (0.0.0.0/0) or all IPv6 addresses (::/0) to one of up to five blocked ports (FTP, RDP, MySQL and 4333 by default); port ranges and all-protocol rules count. A source narrower than all addresses of its family is compliant, as in the managed rule.',
    severity: 'high',
    resourceTypes: ['AWS::EC2::SecurityGroup'],
    related: [{ type: 'AWS::EC2::SecurityGroupIngress', relation: 'referencedBy', property: 'GroupId' }],
    managedRule: 'restricted-common-ports',
    frameworks: {
      FSBP: ['EC2.19'],
      'NIST-800-53-r5': ['AC-17', 'AC-17(1)', 'AC-17(10)', 'AC-17(4)', 'AC-17(9)', 'AC-4(21)', 'CM-2', 'CM-2(2)', 'CM-6', 'CM-7', 'CM-8(6)', 'CM-9', 'SC-7', 'SC-7(11)', 'SC-7(12)', 'SC-7(16)', 'SC-7(21)', 'SC-7(24)', 'SC-7(25)', 'SC-7(26)', 'SC-7(27)', 'SC-7(28)', 'SC-7(5)', 'SC-7(7)'],
      'PCI-DSS-v3.2.1': ['1.2', '1.2.1', '1.3', '1.3.1', '1.3.2', '2.2', '2.2.2'],
    },
    parameters: {
      blockedPort1: port(20, 'FTP data'),
      blockedPort2: port(21, 'FTP control'),
      blockedPort3: port(3389, 'RDP'),
      blockedPort4: port(3306, 'MySQL'),
      blockedPort5: port(4333, 'mSQL'),
    },
    messages: {
      restricted: 'Security group {{id}} does not admit TCP traffic from 0.0.0.0/0 or ::/0 to a blocked port ({{blocked}}).',
      blockedPortOpen: 'Security group {{id}}: {{where}} admits {{ports}} from {{source}}.',
      unknownIngress: 'Whether {{where}} of security group {{id}} admits TCP traffic from 0.0.0.0/0 or ::/0 to a blocked port is not known before deployment ({{reason}}).',
    },
    remediation: 'Restrict the source of rules covering the blocked TCP ports to known CIDR ranges or security groups, or narrow their port ranges.',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  Database:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: mysql\n      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: 3306\n          ToPort: 3306\n          CidrIp: 0.0.0.0/0\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Database:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: mysql\n      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: 3306\n          ToPort: 3306\n          CidrIp: 10.0.0.0/16\n',
        },
      ],
    },
  },
  check(group, { params, graph }) {
    const blocked = [params.blockedPort1, params.blockedPort2, params.blockedPort3, params.blockedPort4, params.blockedPort5].filter(
      (value): value is number => value !== undefined,
    );
    const findings = worldIngressFindings(group, graph, {
      // The managed rule counts both families' whole range (restricted-common-ports: a source "which does not cover all IPv6 addresses" is compliant).
      ipv4Only: false,
      violation(rule) {
        const range = transportPorts(rule, ['tcp']);
        if (range === false || isUnknown(range)) return range;
        const hits = blocked.filter((port) => range[0] <= port && port <= range[1]);
        if (hits.length === 0) return false;
        return `${describe(rule)} (blocked port${hits.length > 1 ? 's' : ''} ${hits.join(', ')})`;
      },
    });
    const verdicts = findingVerdicts(findings, 'blockedPortOpen', 'unknownIngress');
    return verdicts.length > 0 ? verdicts : compliant('restricted', { blocked: blocked.join(', ') || 'none' }, []);
  },
});
