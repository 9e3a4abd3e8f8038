import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { isUnknown } from '../../../model/unknown.js';
import { booleanSetting } from '../../lib/settings.js';

export default defineRule({
  meta: {
    id: 'SUBNET_AUTO_ASSIGN_PUBLIC_IP_DISABLED',
    title: 'Subnets do not assign public IP addresses automatically',
    description:
      'Checks that a VPC subnet does not give instances launched in it a public IPv4 address (MapPublicIpOnLaunch) or an IPv6 address (AssignIpv6AddressOnCreation); both are off unless set. Every instance launched there would otherwise be addressable from the internet without asking for it.',
    severity: 'medium',
    resourceTypes: ['AWS::EC2::Subnet'],
    managedRule: 'subnet-auto-assign-public-ip-disabled',
    frameworks: {
      FSBP: ['EC2.15'],
      'NIST-800-53-r5': ['AC-21', 'AC-3', 'AC-3(7)', 'AC-4', 'AC-4(21)', 'AC-6', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(20)', 'SC-7(21)', 'SC-7(3)', 'SC-7(4)', 'SC-7(9)'],
      'PCI-DSS-v3.2.1': ['1.2', '1.2.1', '1.3', '1.3.1', '1.3.2', '1.3.4', '1.3.6', '2.2.2'],
    },
    messages: {
      disabled: 'Subnet {{id}} does not assign public IP addresses automatically.',
      assigns: 'Subnet {{id}} assigns {{what}} to every instance launched in it ({{property}} true).',
      unknownAssignment: 'Whether subnet {{id}} assigns public IP addresses is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `MapPublicIpOnLaunch: false` (and `AssignIpv6AddressOnCreation: false`) on the subnet; give a public address only to the interfaces that need one.',
    examples: {
      noncompliant: [{ cloudformation: 'Resources:\n  Subnet:\n    Type: AWS::EC2::Subnet\n    Properties:\n      VpcId: vpc-0123456789abcdef0\n      CidrBlock: 10.0.0.0/24\n      MapPublicIpOnLaunch: true\n' }],
      compliant: [{ cloudformation: 'Resources:\n  Subnet:\n    Type: AWS::EC2::Subnet\n    Properties:\n      VpcId: vpc-0123456789abcdef0\n      CidrBlock: 10.0.0.0/24\n' }],
    },
  },
  check(subnet) {
    const checks = [
      { property: 'MapPublicIpOnLaunch', what: 'public IPv4 addresses' },
      { property: 'AssignIpv6AddressOnCreation', what: 'IPv6 addresses' },
    ];
    let undecided: { property: string; reason: string } | undefined;
    for (const { property, what } of checks) {
      const on = booleanSetting(subnet, [property], false) ?? false;
      if (on === true) return nonCompliant('assigns', { what, property }, [property]);
      if (isUnknown(on)) undecided ??= { property, reason: on.reason };
    }
    if (undecided) return insufficientData('unknownAssignment', { reason: undecided.reason }, [undecided.property]);
    return compliant('disabled', {}, []);
  },
});
