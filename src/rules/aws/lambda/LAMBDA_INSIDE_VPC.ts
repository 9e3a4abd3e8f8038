import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { isUnknown } from '../../../model/unknown.js';
import { listSetting } from '../../lib/settings.js';

interface Params {
  subnetIds?: string[];
}

export default defineRule<Params>({
  meta: {
    id: 'LAMBDA_INSIDE_VPC',
    title: 'Lambda functions run in a VPC',
    description:
      'Checks that a Lambda function is connected to a VPC (VpcConfig with subnets), optionally to at least one of the listed subnets. A function in a VPC reaches private resources without public endpoints, and its traffic is subject to the VPC\'s security groups and network controls.',
    severity: 'low',
    resourceTypes: ['AWS::Lambda::Function'],
    managedRule: 'lambda-inside-vpc',
    frameworks: {
      'NIST-800-53-r5': ['AC-21', 'AC-3', 'AC-3(7)', 'AC-4', 'AC-4(21)', 'AC-6', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(20)', 'SC-7(21)', 'SC-7(3)', 'SC-7(4)', 'SC-7(9)'],
      'PCI-DSS-v3.2.1': ['1.2.1', '1.3.1', '1.3.2', '1.3.4'],
    },
    recommended: false,
    whyNotRecommended: 'Many functions need no private network access, and a VPC adds cold-start and NAT cost; turn it on where a policy requires functions to run in a VPC.',
    parameters: {
      subnetIds: { type: 'string-list', description: 'Subnet ids the function must be connected to (at least one of them); any subnet when absent.' },
    },
    messages: {
      inVpc: 'Function {{id}} runs in a VPC.',
      notInVpc: 'Function {{id}} is not connected to a VPC.',
      wrongSubnets: 'Function {{id}} is connected to none of the subnets {{expected}}.',
      unknown: 'Whether function {{id}} runs in {{what}} is not known before deployment ({{reason}}).',
    },
    remediation: 'Set VpcConfig with SubnetIds (private subnets in more than one Availability Zone) and SecurityGroupIds.',
    examples: {
      noncompliant: [{ cloudformation: 'Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: python3.12\n      Handler: index.handler\n      Role: arn:aws:iam::123456789012:role/fn\n      Code: { ZipFile: "def handler(e, c): return e" }\n' }],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: python3.12\n      Handler: index.handler\n      Role: arn:aws:iam::123456789012:role/fn\n      Code: { ZipFile: "def handler(e, c): return e" }\n      VpcConfig:\n        SubnetIds: [subnet-0a1b2c3d, subnet-0e1f2a3b]\n        SecurityGroupIds: [sg-0123456789abcdef0]\n',
        },
      ],
    },
  },
  check(fn, { params }) {
    const subnets = listSetting(fn, ['VpcConfig', 'SubnetIds']);
    const path = ['VpcConfig', 'SubnetIds'];
    if (isUnknown(subnets)) return insufficientData('unknown', { what: 'a VPC', reason: subnets.reason }, path);
    if (subnets === undefined || subnets.length === 0) return nonCompliant('notInVpc', {}, subnets === undefined ? [] : path);
    const expected = params.subnetIds ?? [];
    if (expected.length === 0) return compliant('inVpc', {}, path);
    if (subnets.some((subnet) => typeof subnet === 'string' && expected.includes(subnet))) return compliant('inVpc', {}, path);
    const undecided = subnets.find(isUnknown);
    if (undecided) return insufficientData('unknown', { what: `one of the subnets ${expected.join(', ')}`, reason: undecided.reason }, path);
    return nonCompliant('wrongSubnets', { expected: expected.join(', ') }, path);
  },
});
