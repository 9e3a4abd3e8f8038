import { buildConfigurationItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';
import { functionItem } from './LAMBDA_FUNCTION_PUBLIC_ACCESS_PROHIBITED.config-fixtures.js';

/** A subnet item as Config records it (DescribeSubnets). */
const subnet = (id: string, zone: string) =>
  buildConfigurationItem('AWS::EC2::Subnet', { subnetId: id, availabilityZone: zone, vpcId: 'vpc-0123456789abcdef0', cidrBlock: '10.0.0.0/24' }, { resourceId: id });

export default [
  {
    name: 'config: one subnet, and two subnets whose items name their zones',
    items: [
      functionItem('single', { vpcConfig: { subnetIds: ['subnet-0a1b2c3d'], securityGroupIds: ['sg-e463c89c'] } }),
      functionItem('pair', { vpcConfig: { subnetIds: ['subnet-8dee48a7', 'subnet-23deb22f'], securityGroupIds: ['sg-e463c89c'] } }),
      subnet('subnet-8dee48a7', 'us-east-1a'),
      subnet('subnet-23deb22f', 'us-east-1b'),
    ],
    expect: {
      single: { status: 'NON_COMPLIANT', messageId: 'tooFew' },
      pair: 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
