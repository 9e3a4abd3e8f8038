import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import type { ResourceGraph } from '../../../model/graph.js';
import type { PropertyPath, Resource } from '../../../model/resource.js';
import { isUnknown } from '../../../model/unknown.js';
import { isObject, toBoolean, type Value } from '../../../model/value.js';
import { existence } from '../../lib/certainty.js';
import { instanceSetting } from '../../lib/launch-templates.js';
import { booleanSetting } from '../../lib/settings.js';

export default defineRule({
  meta: {
    id: 'EC2_INSTANCE_NO_PUBLIC_IP',
    title: 'EC2 instances have no public IPv4 address',
    description:
      'Checks that an EC2 instance gets no public IPv4 address: none asked for on its network interfaces (on the instance or in its launch template), none given by its subnet (MapPublicIpOnLaunch), and no Elastic IP associated. An instance with a public address is reachable from the internet as soon as a security group allows it.',
    severity: 'high',
    resourceTypes: ['AWS::EC2::Instance'],
    managedRule: 'ec2-instance-no-public-ip',
    frameworks: {
      FSBP: ['EC2.9'],
      'NIST-800-53-r5': ['AC-21', 'AC-3', 'AC-3(7)', 'AC-4', 'AC-4(21)', 'AC-6', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(20)', 'SC-7(21)', 'SC-7(3)', 'SC-7(4)', 'SC-7(9)'],
      'PCI-DSS-v3.2.1': ['1.2', '1.2.1', '1.3', '1.3.1', '1.3.2', '1.3.4', '1.3.6', '2.2.2'],
    },
    related: [
      { type: 'AWS::EC2::LaunchTemplate', relation: 'references', property: 'LaunchTemplate' },
      { type: 'AWS::EC2::Subnet', relation: 'references', property: 'SubnetId' },
      { type: 'AWS::EC2::EIP', relation: 'referencedBy', property: 'InstanceId' },
      { type: 'AWS::EC2::EIPAssociation', relation: 'referencedBy', property: 'InstanceId' },
    ],
    messages: {
      publicIp: 'Instance {{id}} has public IP address {{ip}}.',
      noPublicIp: 'Instance {{id}} has no public IP address.',
      elasticIp: 'Instance {{id}} gets a public IP address from {{eip}}.',
      associates: 'Instance {{id}} asks for a public IP address on network interface {{where}} (AssociatePublicIpAddress true).',
      notAssociated: 'Instance {{id}} does not ask for a public IP address on its primary network interface{{where}}.',
      subnetAssigns: 'Instance {{id}} launches in subnet {{subnet}}, which assigns public IP addresses (MapPublicIpOnLaunch true).',
      subnetPrivate: 'Instance {{id}} launches in subnet {{subnet}}, which does not assign public IP addresses.',
      unknownAddress: 'Whether instance {{id}} gets a public IP address is not known before deployment ({{reason}}).',
    },
    remediation:
      'Launch the instance in a private subnet (MapPublicIpOnLaunch false) and set `AssociatePublicIpAddress: false` on its primary network interface; reach it through a load balancer, Session Manager or a bastion instead of a public address.',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  Instance:\n    Type: AWS::EC2::Instance\n    Properties:\n      ImageId: ami-0abcdef1234567890\n      NetworkInterfaces:\n        - DeviceIndex: "0"\n          SubnetId: subnet-0123456789abcdef0\n          AssociatePublicIpAddress: true\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Subnet:\n    Type: AWS::EC2::Subnet\n    Properties:\n      VpcId: vpc-0123456789abcdef0\n      CidrBlock: 10.0.1.0/24\n  Instance:\n    Type: AWS::EC2::Instance\n    Properties:\n      ImageId: ami-0abcdef1234567890\n      SubnetId: !Ref Subnet\n',
        },
      ],
    },
  },
  check(instance, { graph }) {
    // A live instance: Config and the live readers record the address it has.
    if (instance.observed && 'PublicIp' in instance.observed) {
      const ip = instance.observed.PublicIp;
      return typeof ip === 'string' ? nonCompliant('publicIp', { ip }, []) : compliant('noPublicIp', {}, []);
    }
    const eip = elasticIpOf(instance, graph);
    if (eip) {
      const exists = existence(eip);
      if (exists === true) return nonCompliant('elasticIp', { eip: `${eip.type} ${eip.id}` }, []);
      return insufficientData('unknownAddress', { reason: exists.reason }, []);
    }
    const setting = instanceSetting(instance, graph, ['NetworkInterfaces']);
    if (setting.kind === 'unknown') return insufficientData('unknownAddress', { reason: setting.reason }, setting.path);
    const interfaces: Value | undefined = setting.kind === 'set' ? setting.value : undefined;
    if (isUnknown(interfaces)) return insufficientData('unknownAddress', { reason: interfaces.reason }, setting.path);
    const at = (index: number): PropertyPath => (setting.kind === 'set' && setting.template === undefined ? ['NetworkInterfaces', index] : setting.path);
    let primary: { entry: Record<string, Value>; index: number } | undefined;
    const list = Array.isArray(interfaces) ? interfaces : [];
    for (const [index, entry] of list.entries()) {
      if (!isObject(entry)) {
        const reason = isUnknown(entry) ? entry.reason : `malformed: network interface ${index} is not an object`;
        return insufficientData('unknownAddress', { reason }, at(index));
      }
      const written = entry.AssociatePublicIpAddress;
      const associate = toBoolean(written);
      if (isUnknown(associate)) return insufficientData('unknownAddress', { reason: associate.reason }, at(index));
      if (associate === undefined && written !== undefined && written !== null) {
        return insufficientData('unknownAddress', { reason: `malformed: AssociatePublicIpAddress should be a boolean, not ${JSON.stringify(written)}` }, at(index));
      }
      if (associate === true) return nonCompliant('associates', { where: String(entry.DeviceIndex ?? index) }, at(index));
      if (String(entry.DeviceIndex) === '0') primary = { entry, index };
    }
    if (primary && (primary.entry.AssociatePublicIpAddress !== undefined || primary.entry.NetworkInterfaceId !== undefined)) {
      // Set to false, or an existing interface: EC2 gives a public address only to a new primary interface.
      const where = setting.kind === 'set' && setting.template ? ` (launch template ${setting.template})` : '';
      return compliant('notAssociated', { where }, at(primary.index));
    }
    return judgeSubnet(instance, graph, instance.properties.SubnetId ?? primary?.entry.SubnetId);
  },
});

/** Left to the subnet: its MapPublicIpOnLaunch decides (off unless set), when the subnet is in the document. */
function judgeSubnet(instance: Resource, graph: ResourceGraph, subnetId: Value | undefined) {
  const path: PropertyPath = instance.properties.SubnetId === undefined ? [] : ['SubnetId'];
  if (subnetId === undefined || subnetId === null) {
    return insufficientData('unknownAddress', { reason: 'no subnet is named, so it launches in a default subnet, which assigns public IP addresses unless changed' }, path);
  }
  const subnet = graph.target(subnetId);
  if (subnet?.type !== 'AWS::EC2::Subnet') {
    const reason = isUnknown(subnetId) ? `SubnetId is ${subnetId.reason}` : `subnet ${JSON.stringify(subnetId)} is not defined in this document`;
    return insufficientData('unknownAddress', { reason }, path);
  }
  const assigns = booleanSetting(subnet, ['MapPublicIpOnLaunch'], false) ?? false;
  if (isUnknown(assigns)) return insufficientData('unknownAddress', { reason: `subnet ${subnet.id} MapPublicIpOnLaunch is ${assigns.reason}` }, path);
  return assigns ? nonCompliant('subnetAssigns', { subnet: subnet.id }, path) : compliant('subnetPrivate', { subnet: subnet.id }, path);
}

/** An Elastic IP, or an association of one, that names this instance. */
function elasticIpOf(instance: Resource, graph: ResourceGraph): Resource | undefined {
  return graph.referrers(instance.id, 'AWS::EC2::EIP', 'InstanceId')[0] ?? graph.referrers(instance.id, 'AWS::EC2::EIPAssociation', 'InstanceId')[0];
}
