import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import type { PropertyPath } from '../../../model/resource.js';
import { isUnknown, unknown } from '../../../model/unknown.js';
import { getPath, isObject, type Value } from '../../../model/value.js';
import { instanceSetting } from '../../lib/launch-templates.js';

export default defineRule<{ vpcId?: string }>({
  meta: {
    id: 'INSTANCES_IN_VPC',
    title: 'EC2 instances run in a VPC, optionally a given one',
    description:
      'Checks that an EC2 instance runs in a VPC and, when vpcId is given, in that VPC (through its subnet, on the instance, its primary network interface or its launch template). Since EC2-Classic was retired every new instance is in a VPC; the VPC matters where only one is set up with the required controls.',
    severity: 'medium',
    resourceTypes: ['AWS::EC2::Instance'],
    managedRule: 'ec2-instances-in-vpc',
    frameworks: {
      'NIST-800-53-r5': ['AC-21', 'AC-3', 'AC-3(7)', 'AC-4', 'AC-4(21)', 'AC-6', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(20)', 'SC-7(21)', 'SC-7(3)', 'SC-7(4)', 'SC-7(9)'],
      'PCI-DSS-v3.2.1': ['1.2', '1.2.1', '1.3', '1.3.1', '1.3.2', '1.3.4', '1.3.6', '2.2.2'],
    },
    related: [
      { type: 'AWS::EC2::Subnet', relation: 'references', property: 'SubnetId' },
      { type: 'AWS::EC2::LaunchTemplate', relation: 'references', property: 'LaunchTemplate' },
    ],
    parameters: { vpcId: { type: 'string', description: 'The VPC (vpc-…) instances must run in (any VPC when absent).' } },
    messages: {
      inVpc: 'Instance {{id}} runs in a VPC{{vpc}}.',
      notInVpc: 'Instance {{id}} does not run in a VPC.',
      inRequiredVpc: 'Instance {{id}} runs in VPC {{vpc}}.',
      otherVpc: 'Instance {{id}} runs in {{vpc}}, not in {{required}}.',
      unknownVpc: 'Which VPC instance {{id}} runs in is not known before deployment ({{reason}}).',
    },
    remediation: 'Launch the instance in a subnet of the required VPC (`SubnetId`, or `SubnetId` of its primary network interface).',
    examples: {
      noncompliant: [
        {
          params: { vpcId: 'vpc-0123456789abcdef0' },
          cloudformation:
            'Resources:\n  Subnet:\n    Type: AWS::EC2::Subnet\n    Properties:\n      VpcId: vpc-0fedcba9876543210\n      CidrBlock: 10.0.1.0/24\n  Instance:\n    Type: AWS::EC2::Instance\n    Properties:\n      ImageId: ami-0abcdef1234567890\n      SubnetId: !Ref Subnet\n',
        },
      ],
      compliant: [
        {
          params: { vpcId: 'vpc-0123456789abcdef0' },
          cloudformation:
            'Resources:\n  Subnet:\n    Type: AWS::EC2::Subnet\n    Properties:\n      VpcId: vpc-0123456789abcdef0\n      CidrBlock: 10.0.1.0/24\n  Instance:\n    Type: AWS::EC2::Instance\n    Properties:\n      ImageId: ami-0abcdef1234567890\n      SubnetId: !Ref Subnet\n',
        },
      ],
    },
  },
  check(instance, { params, graph }) {
    const required = params.vpcId;
    // A live instance: Config records the VPC it runs in.
    if (instance.observed && 'VpcId' in instance.observed) {
      const vpc = instance.observed.VpcId;
      if (typeof vpc !== 'string') return nonCompliant('notInVpc', {}, []);
      if (required === undefined) return compliant('inVpc', { vpc: ` (${vpc})` }, []);
      return vpc === required ? compliant('inRequiredVpc', { vpc }, []) : nonCompliant('otherVpc', { vpc, required }, []);
    }
    if (required === undefined) return compliant('inVpc', { vpc: '' }, []);
    const { subnetId, path } = subnetOf(instance.properties.SubnetId, instanceSetting(instance, graph, ['NetworkInterfaces']));
    if (subnetId === undefined) return insufficientData('unknownVpc', { reason: 'no subnet is named, so it runs in the default VPC' }, path);
    const subnet = graph.target(subnetId);
    if (subnet?.type !== 'AWS::EC2::Subnet') {
      const reason = isUnknown(subnetId) ? `SubnetId is ${subnetId.reason}` : `subnet ${JSON.stringify(subnetId)} is not defined in this document`;
      return insufficientData('unknownVpc', { reason }, path);
    }
    const vpcId = subnet.properties.VpcId;
    const vpc = graph.target(vpcId);
    const wanted = graph.target(required);
    if (vpcId === required || (vpc !== undefined && vpc === wanted)) return compliant('inRequiredVpc', { vpc: required }, path);
    if (vpc?.type === 'AWS::EC2::VPC') return nonCompliant('otherVpc', { vpc: `VPC ${vpc.id} (through subnet ${subnet.id})`, required }, path);
    if (typeof vpcId === 'string') return nonCompliant('otherVpc', { vpc: `${vpcId} (through subnet ${subnet.id})`, required }, path);
    const reason = isUnknown(vpcId) ? `subnet ${subnet.id} VpcId is ${vpcId.reason}` : `subnet ${subnet.id} names no VPC`;
    return insufficientData('unknownVpc', { reason }, path);
  },
});

/** The subnet an instance launches in: its own `SubnetId`, else its primary network interface's (on the instance or in its launch template). */
function subnetOf(own: Value | undefined, interfaces: ReturnType<typeof instanceSetting>): { subnetId: Value | undefined; path: PropertyPath } {
  if (own !== undefined && own !== null) return { subnetId: own, path: ['SubnetId'] };
  if (interfaces.kind === 'unknown') return { subnetId: unknown(interfaces.reason), path: interfaces.path };
  if (interfaces.kind === 'absent') return { subnetId: undefined, path: [] };
  const list = interfaces.value;
  if (isUnknown(list)) return { subnetId: list, path: interfaces.path };
  const index = Array.isArray(list) ? list.findIndex((entry) => isObject(entry) && String(entry.DeviceIndex) === '0') : -1;
  if (index < 0) return { subnetId: undefined, path: interfaces.path };
  const path = interfaces.template ? interfaces.path : ['NetworkInterfaces', index, 'SubnetId'];
  return { subnetId: getPath(list, [index, 'SubnetId']), path };
}
