import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { userGroups, type GroupMembership } from '../../lib/iam.js';
import { existence } from '../../lib/certainty.js';
import { isUnknown, unknown, type Unknown } from '../../../model/unknown.js';
import type { Verdict } from '../../types.js';

type MessageId = 'member' | 'noGroup' | 'notInListedGroup' | 'unknownMembership';

const USER = (groups: string) => `Resources:
  Developers:
    Type: AWS::IAM::Group
    Properties:
      ManagedPolicyArns: [arn:aws:iam::aws:policy/PowerUserAccess]
  Alice:
    Type: AWS::IAM::User
    Properties:
      UserName: alice
${groups}`;

export default defineRule<{ groupNames?: string[] }, MessageId>({
  meta: {
    id: 'IAM_USER_GROUP_MEMBERSHIP_CHECK',
    title: 'IAM users are members of a group',
    description:
      'Checks that an IAM user belongs to at least one IAM group (its Groups, AWS::IAM::UserToGroupAddition, aws_iam_user_group_membership, aws_iam_group_membership, or the groupList AWS Config records) and, when groupNames is given, to one of those groups. Permissions granted through groups are granted and revoked in one place.',
    severity: 'low',
    resourceTypes: ['AWS::IAM::User'],
    related: [{ type: 'AWS::IAM::UserToGroupAddition', relation: 'referencedBy', property: 'Users' }],
    managedRule: 'iam-user-group-membership-check',
    // AWS's CIS v1.4 Level 1 conformance pack carries this rule; of that benchmark it decides 1.15 (permissions only through groups).
    frameworks: { 'CIS-v1.4.0': ['1.15'] },
    parameters: {
      groupNames: { type: 'string-list', description: 'Names of the groups users must belong to one of (any group when absent).' },
    },
    messages: {
      member: 'User {{id}} is a member of group {{group}}.',
      noGroup: 'User {{id}} is not a member of any IAM group.',
      notInListedGroup: 'User {{id}} is not a member of any of the groups {{groups}}.',
      unknownMembership: 'Whether user {{id}} is a member of {{what}} is not known before deployment ({{reason}}).',
    },
    remediation: 'Add the user to a group (`Groups` on `AWS::IAM::User`, or `aws_iam_user_group_membership`) and grant permissions to the group.',
    examples: {
      noncompliant: [{ cloudformation: USER('') }],
      compliant: [{ cloudformation: USER('      Groups: [!Ref Developers]\n') }],
    },
  },
  check(user, { params, graph }) {
    const wanted = (params.groupNames ?? []).map((name) => name.trim()).filter((name) => name !== '');
    const what = wanted.length > 0 ? `one of the groups ${wanted.join(', ')}` : 'a group';
    const pending: Verdict<MessageId>[] = [];
    for (const membership of userGroups(user, graph)) {
      const path = membership.declaredBy.id === user.id ? membership.path : [];
      const inWanted = belongs(membership, wanted);
      if (inWanted === false) continue;
      if (isUnknown(inWanted)) {
        pending.push(insufficientData('unknownMembership', { what, reason: inWanted.reason }, path));
        continue;
      }
      return compliant('member', { group: membership.group?.id ?? membership.name ?? 'unnamed' }, path);
    }
    if (pending.length > 0) return pending;
    return wanted.length > 0 ? nonCompliant('notInListedGroup', { groups: wanted.join(', ') }, []) : nonCompliant('noGroup', {}, []);
  },
});

/** Whether the membership is certain and names a wanted group (any group when none is wanted). */
function belongs(membership: GroupMembership, wanted: readonly string[]): boolean | Unknown {
  // An addition under an undecidable condition is already unknown (userGroups); a group under one may not exist.
  if (membership.unknown) return membership.unknown;
  const certain = membership.group ? existence(membership.group) : true;
  if (wanted.length === 0) return certain;
  const name = membership.group ? membership.group.properties.GroupName : membership.name;
  if (typeof name !== 'string') return unknown(`the name of group ${membership.group?.id ?? 'unnamed'} is ${isUnknown(name) ? name.reason : 'chosen by CloudFormation'}`);
  if (!wanted.includes(name)) return false;
  return certain;
}
