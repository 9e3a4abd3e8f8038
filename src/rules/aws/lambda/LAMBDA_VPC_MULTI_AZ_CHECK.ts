import { compliant, defineRule, insufficientData, nonCompliant, notApplicable } from '../../define.js';
import type { ResourceGraph } from '../../../model/graph.js';
import { isUnknown, unknown, type Unknown } from '../../../model/unknown.js';
import type { Value } from '../../../model/value.js';
import { listSetting } from '../../lib/settings.js';

interface Params {
  availabilityZones?: number;
}

export default defineRule<Params>({
  meta: {
    id: 'LAMBDA_VPC_MULTI_AZ_CHECK',
    title: 'Lambda functions in a VPC span several Availability Zones',
    description:
      'Checks that a Lambda function connected to a VPC uses subnets in more than one Availability Zone (or at least the configured number). A function whose subnets sit in one zone stops when that zone fails. Functions outside a VPC are not applicable.',
    severity: 'medium',
    resourceTypes: ['AWS::Lambda::Function'],
    managedRule: 'lambda-vpc-multi-az-check',
    frameworks: { FSBP: ['Lambda.5'], 'NIST-800-53-r5': ['CP-10', 'CP-6(2)', 'SC-36', 'SC-5(2)', 'SI-13(5)'] },
    related: [{ type: 'AWS::EC2::Subnet', relation: 'references', property: 'VpcConfig' }],
    parameters: {
      availabilityZones: { type: 'integer', description: 'The number of Availability Zones the function\'s subnets must span; more than one when absent.', minimum: 1 },
    },
    messages: {
      spans: 'Function {{id}} uses subnets in {{count}} Availability Zones.',
      tooFew: 'Function {{id}} uses subnets in {{count}} Availability Zone(s); {{expected}} are required.',
      unknown: 'The Availability Zones of the subnets of function {{id}} are not known before deployment ({{reason}}).',
      notInVpc: 'Function {{id}} is not connected to a VPC.',
    },
    remediation: 'List in VpcConfig SubnetIds subnets in at least two Availability Zones.',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: python3.12\n      Handler: index.handler\n      Role: arn:aws:iam::123456789012:role/fn\n      Code: { ZipFile: "def handler(e, c): return e" }\n      VpcConfig:\n        SubnetIds: [subnet-0a1b2c3d]\n        SecurityGroupIds: [sg-0123456789abcdef0]\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  A:\n    Type: AWS::EC2::Subnet\n    Properties:\n      VpcId: vpc-0123456789abcdef0\n      CidrBlock: 10.0.0.0/24\n      AvailabilityZone: us-east-1a\n  B:\n    Type: AWS::EC2::Subnet\n    Properties:\n      VpcId: vpc-0123456789abcdef0\n      CidrBlock: 10.0.1.0/24\n      AvailabilityZone: us-east-1b\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: python3.12\n      Handler: index.handler\n      Role: arn:aws:iam::123456789012:role/fn\n      Code: { ZipFile: "def handler(e, c): return e" }\n      VpcConfig:\n        SubnetIds: [!Ref A, !Ref B]\n        SecurityGroupIds: [sg-0123456789abcdef0]\n',
        },
      ],
    },
  },
  check(fn, { params, graph }) {
    const path = ['VpcConfig', 'SubnetIds'];
    const subnets = listSetting(fn, path);
    if (isUnknown(subnets)) return insufficientData('unknown', { reason: subnets.reason }, path);
    if (subnets === undefined || subnets.length === 0) return notApplicable('notInVpc', {}, []);
    const expected = params.availabilityZones ?? 2;
    const zones = new Set<string>();
    let undecided: Unknown | undefined;
    for (const subnet of subnets) {
      const zone = zoneOf(subnet, graph);
      if (isUnknown(zone)) undecided ??= zone;
      else zones.add(zone);
    }
    const count = zones.size;
    if (count >= expected) return compliant('spans', { count }, path);
    // However many zones the unknown subnets add, they are too few.
    const distinctSubnets = new Set(subnets.map((subnet) => (typeof subnet === 'string' ? subnet : JSON.stringify(subnet)))).size;
    if (undecided && distinctSubnets >= expected) return insufficientData('unknown', { reason: undecided.reason }, path);
    return nonCompliant('tooFew', { count: undecided ? `at most ${distinctSubnets}` : count, expected }, path);
  },
});

/** A subnet's zone (name or id), from a subnet of the graph. */
function zoneOf(subnet: Value, graph: ResourceGraph): string | Unknown {
  const target = graph.target(subnet);
  if (target?.type !== 'AWS::EC2::Subnet') return unknown(`subnet ${typeof subnet === 'string' ? subnet : isUnknown(subnet) ? subnet.reason : JSON.stringify(subnet)} is not described here`);
  const zone = target.properties.AvailabilityZone ?? target.properties.AvailabilityZoneId;
  if (typeof zone === 'string' && zone !== '') return zone;
  if (isUnknown(zone)) return unknown(`the zone of subnet ${target.id} is ${zone.reason}`);
  return unknown(`subnet ${target.id} sets no AvailabilityZone, AWS picks one`);
}
