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
  {
    name: 'config: with excludePermissionBoundaryPolicy, a policy Config counts as a permissions boundary is not evaluated; one whose count is not recorded is not known',
    params: { excludePermissionBoundaryPolicy: true },
    items: [managedPolicyItem('boundary', ADMIN, [], 2), managedPolicyItem('unrecorded', ADMIN, [], 'unrecorded'), managedPolicyItem('unrecorded-reader', READ, [], 'unrecorded'), managedPolicyItem('attached', ADMIN, [], 0)],
    expect: {
      ANPABOUNDARY: { status: 'NOT_APPLICABLE', messageId: 'boundary' },
      ANPAUNRECORDED: { status: 'INSUFFICIENT_DATA', messageId: 'maybeBoundary' },
      ANPAUNRECORDEDREADER: 'COMPLIANT',
      ANPAATTACHED: { status: 'NON_COMPLIANT', messageId: 'adminStatement' },
    },
  },
  {
    name: 'config: without excludePermissionBoundaryPolicy, a boundary policy is evaluated like any other',
    items: [managedPolicyItem('boundary', ADMIN, [], 2), managedPolicyItem('unrecorded', ADMIN, [], 'unrecorded')],
    expect: {
      ANPABOUNDARY: { status: 'NON_COMPLIANT', messageId: 'adminStatement' },
      ANPAUNRECORDED: { status: 'NON_COMPLIANT', messageId: 'adminStatement' },
    },
  },
] satisfies RuleCase[];
