import { buildConfigurationItem, FIXTURE_ACCOUNT } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

function subnetItem(subnetId: string, fields: Record<string, unknown>): Record<string, unknown> {
  return buildConfigurationItem(
    'AWS::EC2::Subnet',
    { subnetId, vpcId: 'vpc-79b3ea1e', cidrBlock: '10.0.0.0/24', availabilityZone: 'us-east-1a', state: 'available', ownerId: FIXTURE_ACCOUNT, defaultForAz: false, ipv6CidrBlockAssociationSet: [], tags: [], ...fields },
    { resourceId: subnetId, relationships: [['AWS::EC2::VPC', 'vpc-79b3ea1e', 'Is contained in Vpc']] },
  );
}

export default [
  {
    name: 'config: subnets assigning public addresses, not assigning, and not recorded',
    items: [
      subnetItem('subnet-public', { mapPublicIpOnLaunch: true, assignIpv6AddressOnCreation: false }),
      subnetItem('subnet-ipv6', { mapPublicIpOnLaunch: false, assignIpv6AddressOnCreation: true }),
      subnetItem('subnet-private', { mapPublicIpOnLaunch: false, assignIpv6AddressOnCreation: false }),
      subnetItem('subnet-partial', {}),
    ],
    expect: {
      'subnet-public': { status: 'NON_COMPLIANT', messageId: 'assigns', path: ['MapPublicIpOnLaunch'] },
      'subnet-ipv6': { status: 'NON_COMPLIANT', messageId: 'assigns', path: ['AssignIpv6AddressOnCreation'] },
      'subnet-private': { status: 'COMPLIANT', messageId: 'disabled' },
      'subnet-partial': { status: 'INSUFFICIENT_DATA', messageId: 'unknownAssignment', messageIncludes: 'did not record' },
    },
  },
] satisfies RuleCase[];
