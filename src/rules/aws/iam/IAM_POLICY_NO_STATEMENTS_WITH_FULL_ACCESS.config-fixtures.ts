import { managedPolicyItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'config: customer managed policies with a service wildcard and with prefixed wildcards',
    items: [
      managedPolicyItem('wide', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }] }),
      managedPolicyItem('describe', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['ec2:Describe*'], Resource: '*' }] }),
    ],
    expect: {
      ANPAWIDE: { status: 'NON_COMPLIANT', messageId: 'fullAccess' },
      ANPADESCRIBE: 'COMPLIANT',
    },
  },
  {
    name: 'config: excludePermissionBoundaryPolicy with a recorded boundary use and an unrecorded one',
    params: { excludePermissionBoundaryPolicy: true },
    items: [
      managedPolicyItem('boundary', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }] }, [], 2),
      managedPolicyItem('unrecorded', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }] }, [], 'unrecorded'),
    ],
    expect: {
      ANPABOUNDARY: { status: 'NOT_APPLICABLE', messageId: 'boundary' },
      ANPAUNRECORDED: { status: 'INSUFFICIENT_DATA', messageId: 'maybeBoundary' },
    },
  },
] satisfies RuleCase[];
