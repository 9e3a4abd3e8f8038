import { iamUserItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'config: a user in groups only, one with a managed policy and one with an inline policy',
    items: [
      iamUserItem('grouped', { groups: ['developers'] }),
      iamUserItem('johndoe', { managed: ['arn:aws:iam::aws:policy/AdministratorAccess'], groups: ['MyTestGroup'] }),
      iamUserItem('inline', { inline: { codedeploy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['codedeploy:*'], Resource: ['*'] }] } } }),
    ],
    expect: {
      AIDAGROUPED: { status: 'COMPLIANT', messageId: 'noPolicies' },
      AIDAJOHNDOE: { status: 'NON_COMPLIANT', messageId: 'managedPolicy' },
      AIDAINLINE: { status: 'NON_COMPLIANT', messageId: 'inlinePolicy' },
    },
  },
] satisfies RuleCase[];
