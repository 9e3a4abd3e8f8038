import { buildConfigurationItem, FIXTURE_ACCOUNT } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

/** The entries every network ACL ends with: deny all, in and out. */
const DENY_ALL = [
  { cidrBlock: '0.0.0.0/0', egress: false, protocol: '-1', ruleAction: 'deny', ruleNumber: 32767 },
  { cidrBlock: '0.0.0.0/0', egress: true, protocol: '-1', ruleAction: 'deny', ruleNumber: 32767 },
];

function aclItem(networkAclId: string, entries: Record<string, unknown>[] | undefined): Record<string, unknown> {
  return buildConfigurationItem(
    'AWS::EC2::NetworkAcl',
    { networkAclId, vpcId: 'vpc-79b3ea1e', isDefault: false, ownerId: FIXTURE_ACCOUNT, associations: [], tags: [], ...(entries ? { entries: [...entries, ...DENY_ALL] } : {}) },
    { resourceId: networkAclId, relationships: [['AWS::EC2::VPC', 'vpc-79b3ea1e', 'Is contained in Vpc']] },
  );
}

export default [
  {
    name: 'config: network ACLs open to SSH, closed, and with entries not recorded',
    items: [
      aclItem('acl-ssh', [{ cidrBlock: '0.0.0.0/0', egress: false, portRange: { from: 22, to: 22 }, protocol: '6', ruleAction: 'allow', ruleNumber: 100 }]),
      aclItem('acl-web', [
        { cidrBlock: '0.0.0.0/0', egress: false, portRange: { from: 443, to: 443 }, protocol: '6', ruleAction: 'allow', ruleNumber: 100 },
        { cidrBlock: '0.0.0.0/0', egress: true, protocol: '-1', ruleAction: 'allow', ruleNumber: 100 },
      ]),
      aclItem('acl-partial', undefined),
    ],
    expect: {
      'acl-ssh': { status: 'NON_COMPLIANT', messageId: 'open', messageIncludes: 'port 22' },
      'acl-web': { status: 'COMPLIANT', messageId: 'restricted' },
      'acl-partial': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEntry', messageIncludes: 'did not record' },
    },
  },
] satisfies RuleCase[];
