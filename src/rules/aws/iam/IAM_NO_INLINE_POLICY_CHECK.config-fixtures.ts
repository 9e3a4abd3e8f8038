import { buildConfigurationItem, iamRoleItem, iamUserItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

const DOC = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] };

export default [
  {
    name: 'config: a role and a user with inline policies, a user with managed policies only, and a group without its policy list',
    items: [
      iamRoleItem('worker', { inline: { reads: DOC } }),
      iamUserItem('inline', { inline: { reads: DOC } }),
      iamUserItem('managed', { managed: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] }),
      buildConfigurationItem('AWS::IAM::Group', { groupName: 'ops', groupId: 'AGPAOPS', arn: 'arn:aws:iam::123456789012:group/ops', path: '/', attachedManagedPolicies: [] }, { resourceId: 'AGPAOPS', resourceName: 'ops' }),
    ],
    expect: {
      AROAWORKER: { status: 'NON_COMPLIANT', messageId: 'inlinePolicy', messageIncludes: 'reads' },
      AIDAINLINE: { status: 'NON_COMPLIANT', messageId: 'inlinePolicy' },
      AIDAMANAGED: 'COMPLIANT',
      AGPAOPS: { status: 'INSUFFICIENT_DATA', messageId: 'unknownInline' },
    },
  },
] satisfies RuleCase[];
