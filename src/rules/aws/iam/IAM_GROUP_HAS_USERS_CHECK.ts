import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { existence } from '../../lib/certainty.js';
import { byLiteral, inGraphOrder } from '../../lib/lookup.js';
import type { ResourceGraph } from '../../../model/graph.js';
import type { PropertyPath, Resource } from '../../../model/resource.js';
import { isUnknown, unknown, type Unknown } from '../../../model/unknown.js';
import type { Value } from '../../../model/value.js';

const ADDITION = 'AWS::IAM::UserToGroupAddition';
const USER = 'AWS::IAM::User';

const GROUP = `Resources:
  Auditors:
    Type: AWS::IAM::Group
    Properties:
      GroupName: auditors
      ManagedPolicyArns: [arn:aws:iam::aws:policy/SecurityAudit]
`;

/** One way a group gets a user: true when it certainly does, an Unknown when it may. */
interface Member {
  holds: true | Unknown;
  /** Who says so: a user, an AWS::IAM::UserToGroupAddition, or what AWS Config recorded. */
  by: string;
  path: PropertyPath;
}

export default defineRule({
  meta: {
    id: 'IAM_GROUP_HAS_USERS_CHECK',
    title: 'IAM groups have at least one user',
    description:
      'Checks that an IAM group has at least one user: a user whose Groups names it, an AWS::IAM::UserToGroupAddition (aws_iam_group_membership, aws_iam_user_group_membership) adding users to it, or the users AWS Config records it contains. An empty group is clutter that invites granting permissions nobody reviews.',
    severity: 'low',
    resourceTypes: ['AWS::IAM::Group'],
    related: [
      { type: USER, relation: 'referencedBy', property: 'Groups' },
      { type: ADDITION, relation: 'referencedBy', property: 'GroupName' },
    ],
    managedRule: 'iam-group-has-users-check',
    // AWS's PCI DSS 3.2.1 conformance pack carries this rule; the control ids are those AWS Managed Services
    // (Accelerate) publishes for its copy of it, ams-nist-iam-group-has-users-check. No CIS, FSBP or NIST mapping is published.
    frameworks: { 'PCI-DSS-v3.2.1': ['7.1.2', '7.1.3', '7.2.1', '7.2.2'] },
    messages: {
      hasUsers: 'Group {{id}} has a user ({{by}}).',
      noUsers: 'Group {{id}} has no users.',
      unknownUsers: 'Whether group {{id}} has a user is not known before deployment ({{by}}: {{reason}}).',
    },
    remediation: 'Add the users who need the group\'s permissions to it (`Groups` on `AWS::IAM::User`, `AWS::IAM::UserToGroupAddition`), or delete the group.',
    examples: {
      noncompliant: [{ cloudformation: GROUP }],
      compliant: [{ cloudformation: `${GROUP}  Auditor:\n    Type: AWS::IAM::User\n    Properties:\n      Groups: [!Ref Auditors]\n` }],
    },
  },
  check(group, { graph }) {
    // One certain member decides: the ways are looked at in turn, and those after it are not read at all.
    let maybe: Member | undefined;
    for (const members of [recorded, additions, users]) {
      const found = members(group, graph);
      const certain = found.find((member) => member.holds === true);
      if (certain) return compliant('hasUsers', { by: certain.by }, certain.path);
      maybe ??= found.find((member) => isUnknown(member.holds));
    }
    if (maybe && isUnknown(maybe.holds)) return insufficientData('unknownUsers', { by: maybe.by, reason: maybe.holds.reason }, maybe.path);
    return nonCompliant('noUsers', {}, []);
  },
});

/** The users AWS Config recorded the group contains (`Contains User` relationships). */
function recorded(group: Resource, _graph: ResourceGraph): Member[] {
  const users = group.observed?.Users;
  if (isUnknown(users)) return [{ holds: users, by: 'AWS Config', path: [] }];
  return Array.isArray(users) && users.length > 0 ? [{ holds: true, by: `AWS Config records ${users.length} user(s)`, path: [] }] : [];
}

/** Resources of `type` whose `property` refers to the group or holds its literal name (indexes built once per graph). */
function naming(group: Resource, graph: ResourceGraph, type: string, property: string): Resource[] {
  const name = group.properties.GroupName;
  const named = typeof name === 'string' ? (byLiteral(graph, type, property).get(name) ?? []) : [];
  return inGraphOrder(graph, [...graph.referrers(group.id, type, property), ...named]);
}

function additions(group: Resource, graph: ResourceGraph): Member[] {
  return naming(group, graph, ADDITION, 'GroupName').flatMap((addition): Member[] => {
    const listed = someEntry(addition.properties.Users, () => true);
    if (listed === false) return [];
    return [{ holds: listed === true ? existence(addition) : listed, by: addition.id, path: [] }];
  });
}

function users(group: Resource, graph: ResourceGraph): Member[] {
  const name = group.properties.GroupName;
  return naming(group, graph, USER, 'Groups').map((user) => {
    const listed = someEntry(user.properties.Groups, (entry) => (isUnknown(entry) ? graph.target(entry) === group : entry === name));
    return { holds: listed === true ? existence(user) : listed === false ? unknown(`${user.id} may name the group`) : listed, by: user.id, path: [] };
  });
}

/** True when the list certainly has an entry passing `test`; the Unknown that may hold one; false when none does. */
function someEntry(list: Value | undefined, test: (entry: Value) => boolean): boolean | Unknown {
  if (isUnknown(list)) return list;
  if (!Array.isArray(list)) return false;
  let undecided: Unknown | undefined;
  for (const entry of list) {
    if (isUnknown(entry) && (entry.mayBeAbsent || !test(entry))) {
      undecided ??= entry;
      continue;
    }
    if (entry !== null && test(entry)) return true;
  }
  return undecided ?? false;
}
