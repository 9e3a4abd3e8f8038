import { buildConfigurationItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

/** A group item as Config records it (RDK example_ci): its users are "Contains User" relationships. */
const group = (name: string, users: readonly string[]) =>
  buildConfigurationItem(
    'AWS::IAM::Group',
    { path: '/', groupName: name, groupId: `AGPA${name.toUpperCase()}`, arn: `arn:aws:iam::123456789012:group/${name}`, createDate: '2026-01-15T09:30:00.000Z', groupPolicyList: [], attachedManagedPolicies: [] },
    { resourceId: `AGPA${name.toUpperCase()}`, resourceName: name, relationships: users.map((user) => ['AWS::IAM::User', `AIDA${user.toUpperCase()}`, 'Contains User', user] as const) },
  );

export default [
  {
    name: 'config: a group that contains users and an empty group',
    items: [group('MyTestGroup', ['aaronkhoo', 'aaronfre']), group('empty', [])],
    expect: {
      AGPAMYTESTGROUP: { status: 'COMPLIANT', messageIncludes: '2 user(s)' },
      AGPAEMPTY: { status: 'NON_COMPLIANT', messageId: 'noUsers' },
    },
  },
] satisfies RuleCase[];
