import { iamUserItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'config: users with a managed policy, an inline policy, and none (RDK example_ci/AWS_IAM_User.json shape)',
    items: [
      iamUserItem('johndoe', { managed: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] }),
      iamUserItem('inline', { inline: { codedeploy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['codedeploy:*'], Resource: ['*'] }] } } }),
      iamUserItem('bare'),
    ],
    expect: {
      AIDAJOHNDOE: { status: 'COMPLIANT', messageId: 'hasPolicy' },
      AIDAINLINE: { status: 'COMPLIANT', messageId: 'hasPolicy' },
      AIDABARE: { status: 'NON_COMPLIANT', messageId: 'noPolicy' },
    },
  },
] satisfies RuleCase[];
