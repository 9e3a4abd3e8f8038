import { compliant, defineRule } from '../../define.js';
import { isUnknown } from '../../../model/unknown.js';
import { describe, findingVerdicts, transportPorts, worldIngressFindings } from '../../lib/security-groups.js';

const SSH = 22;

export default defineRule<Record<string, never>>({
  meta: {
    id: 'INCOMING_SSH_DISABLED',
    title: 'Security groups do not allow SSH from anywhere',
    description:
      'Checks that no ingress rule of a security group admits TCP port 22 from 0.0.0.0/0 or ::/0, whether the rule is inline or a separate AWS::EC2::SecurityGroupIngress. SSH open to the internet invites brute-force attacks on every instance that uses the group.',
    severity: 'high',
    resourceTypes: ['AWS::EC2::SecurityGroup'],
    related: [{ type: 'AWS::EC2::SecurityGroupIngress', relation: 'referencedBy', property: 'GroupId' }],
    managedRule: 'restricted-ssh',
    frameworks: { 'NIST-800-53-r5': ['AC-4', 'AC-4(21)', 'CM-7', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(21)', 'SC-7(4)', 'SC-7(5)'], 'PCI-DSS-v3.2.1': ['1.2.1', '1.3.1', '2.2.2'] },
    messages: {
      restricted: 'Security group {{id}} does not admit SSH (TCP 22) from anywhere.',
      sshOpen: 'Security group {{id}} admits SSH from {{source}}: {{where}} allows {{ports}}.',
      unknownIngress: 'Whether {{where}} of security group {{id}} admits SSH from anywhere is not known before deployment ({{reason}}).',
    },
    remediation: 'Restrict the source of every rule covering TCP port 22 to known CIDR ranges or a security group, or use Session Manager instead of SSH.',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  Bastion:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: bastion\n      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: 22\n          ToPort: 22\n          CidrIp: 0.0.0.0/0\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Bastion:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: bastion\n      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: 22\n          ToPort: 22\n          CidrIp: 10.0.0.0/8\n',
        },
      ],
    },
  },
  check(group, { graph }) {
    const findings = worldIngressFindings(group, graph, {
      violation(rule) {
        const range = transportPorts(rule, ['tcp']);
        if (range === false || isUnknown(range)) return range;
        return range[0] <= SSH && SSH <= range[1] ? describe(rule) : false;
      },
    });
    const verdicts = findingVerdicts(findings, 'sshOpen', 'unknownIngress');
    return verdicts.length > 0 ? verdicts : compliant('restricted', {}, []);
  },
});
