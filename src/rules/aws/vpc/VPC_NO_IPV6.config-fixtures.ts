import { buildConfigurationItem as item } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

const vpc = (vpcId: string, ipv6: readonly Record<string, unknown>[]) =>
  item('AWS::EC2::VPC', { vpcId, state: 'available', cidrBlock: '10.0.0.0/16', cidrBlockAssociationSet: [{ associationId: 'vpc-cidr-assoc-1', cidrBlock: '10.0.0.0/16', cidrBlockState: { state: 'associated' } }], ipv6CidrBlockAssociationSet: ipv6, instanceTenancy: 'default', isDefault: false, tags: [] });

export default [
  {
    name: 'config: an IPv4-only VPC, one with an Amazon-provided IPv6 block, and one whose block was disassociated',
    items: [
      vpc('vpc-ipv4', []),
      vpc('vpc-ipv6', [{ associationId: 'vpc-cidr-assoc-6', ipv6CidrBlock: '2600:1f18:abcd:1200::/56', ipv6CidrBlockState: { state: 'associated' }, networkBorderGroup: 'us-east-1', ipv6Pool: 'Amazon' }]),
      vpc('vpc-was-ipv6', [{ associationId: 'vpc-cidr-assoc-7', ipv6CidrBlock: '2600:1f18:abcd:1300::/56', ipv6CidrBlockState: { state: 'disassociated' }, ipv6Pool: 'Amazon' }]),
    ],
    expect: {
      'vpc-ipv4': { status: 'COMPLIANT', messageId: 'ipv4Only' },
      'vpc-ipv6': { status: 'NON_COMPLIANT', messageId: 'ipv6Block' },
      'vpc-was-ipv6': 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
