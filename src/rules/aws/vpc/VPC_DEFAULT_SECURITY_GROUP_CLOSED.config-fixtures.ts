import { buildConfigurationItem, FIXTURE_ACCOUNT, ipPermission, securityGroupItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

function defaultGroupItem(groupId: string, ingress: Record<string, unknown>[], egress: Record<string, unknown>[]): Record<string, unknown> {
  return buildConfigurationItem(
    'AWS::EC2::SecurityGroup',
    { ownerId: FIXTURE_ACCOUNT, groupName: 'default', groupId, description: 'default VPC security group', vpcId: 'vpc-0990dc6d', ipPermissions: ingress, ipPermissionsEgress: egress, tags: [] },
    { relationships: [['AWS::EC2::VPC', 'vpc-0990dc6d', 'Is contained in Vpc']] },
  );
}

export default [
  {
    name: 'config: default groups closed and open, and a group that is not a default group',
    items: [
      defaultGroupItem('sg-closed', [], []),
      defaultGroupItem('sg-open', [{ ...ipPermission('-1', undefined, undefined, []), userIdGroupPairs: [{ groupId: 'sg-open', userId: FIXTURE_ACCOUNT }] }], [ipPermission('-1', undefined, undefined)]),
      securityGroupItem('sg-web', [ipPermission('tcp', 443, 443)]),
      buildConfigurationItem('AWS::EC2::VPC', { vpcId: 'vpc-0990dc6d', cidrBlock: '10.0.0.0/16', isDefault: false, state: 'available' }),
    ],
    expect: {
      'sg-closed': { status: 'COMPLIANT', messageId: 'closed' },
      'sg-open': { status: 'NON_COMPLIANT', messageId: 'hasRules', messageIncludes: '2 rule' },
      'sg-web': { status: 'NOT_APPLICABLE', messageId: 'notDefault' },
      'vpc-0990dc6d': { status: 'NOT_APPLICABLE', messageId: 'judgedOnGroup' },
    },
  },
] satisfies RuleCase[];
