import { iamRoleItem, managedPolicyItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

const ADMIN = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
const READ = { Version: '2012-10-17', Statement: [{ Sid: 'Describe', Effect: 'Allow', Action: ['elasticloadbalancing:Describe*'], Resource: ['*'] }] };

export default [
  {
    name: 'config: customer managed policies (URL-encoded default versions) and roles with inline policies',
    items: [
      managedPolicyItem('ELB-policy', READ, [['AWS::IAM::Role', 'AROACONFIG', 'Is attached to Role', 'config-role']]),
      managedPolicyItem('break-glass', ADMIN),
      iamRoleItem('reader', { inline: { describe: READ } }),
      iamRoleItem('admin', { inline: { everything: ADMIN } }),
    ],
    expect: {
      'ANPAELBPOLICY': { status: 'COMPLIANT', messageId: 'noAdmin' },
      'ANPABREAKGLASS': { status: 'NON_COMPLIANT', messageId: 'adminStatement' },
      AROAREADER: 'COMPLIANT',
      AROAADMIN: { status: 'NON_COMPLIANT', messageId: 'adminStatement' },
    },
  },
] satisfies RuleCase[];
