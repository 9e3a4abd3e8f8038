import { buildConfigurationItem, instanceItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

/** An instance item from the EC2-Classic days: no VPC, no subnet. */
const classic = buildConfigurationItem('AWS::EC2::Instance', { instanceId: 'i-classic', imageId: 'ami-22ce4934', instanceType: 'm1.small', state: { code: 16, name: 'running' }, securityGroups: [], blockDeviceMappings: [], tags: [] });

export default [
  {
    name: 'config: instances in a VPC and in none',
    items: [instanceItem('i-vpc'), classic],
    expect: {
      'i-vpc': { status: 'COMPLIANT', messageId: 'inVpc', messageIncludes: 'vpc-79b3ea1e' },
      'i-classic': { status: 'NON_COMPLIANT', messageId: 'notInVpc' },
    },
  },
  {
    name: 'config: instances in the required VPC and in another',
    params: { vpcId: 'vpc-79b3ea1e' },
    items: [instanceItem('i-vpc'), buildConfigurationItem('AWS::EC2::Instance', { instanceId: 'i-other', imageId: 'ami-22ce4934', vpcId: 'vpc-0fedcba9876543210', subnetId: 'subnet-0aa', securityGroups: [], blockDeviceMappings: [], tags: [] })],
    expect: {
      'i-vpc': { status: 'COMPLIANT', messageId: 'inRequiredVpc' },
      'i-other': { status: 'NON_COMPLIANT', messageId: 'otherVpc' },
    },
  },
] satisfies RuleCase[];
