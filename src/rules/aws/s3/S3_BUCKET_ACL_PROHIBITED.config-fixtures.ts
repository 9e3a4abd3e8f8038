import { bucketItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

const OWNER = { id: '8ac813c84b8ad4d9f3e35f80aaeb254f85922a902ce87ed6b49ccbfa188f5a12', displayName: null };

const acl = (...grants: [string, string][]): string =>
  JSON.stringify({ grantSet: null, grantList: [{ grantee: OWNER, permission: 'FullControl' }, ...grants.map(([grantee, permission]) => ({ grantee, permission }))], owner: OWNER, isRequesterCharged: false });

export default [
  {
    name: 'config: the owner alone, log delivery grants, and an ACL Config did not record',
    items: [
      bucketItem('owner-only'),
      bucketItem('log-delivery', { AccessControlList: acl(['LogDelivery', 'Write'], ['LogDelivery', 'ReadAcp']) }),
      bucketItem('api-form', { AccessControlList: acl(['AllUsers', 'Read']) }, { form: 'api' }),
      bucketItem('bare', {}, { supplementaryConfiguration: {} }),
    ],
    expect: {
      'owner-only': { status: 'COMPLIANT', messageId: 'ownerOnly' },
      'log-delivery': { status: 'NON_COMPLIANT', messageId: 'aclGrants', messageIncludes: 'LogDeliveryWrite' },
      'api-form': { status: 'NON_COMPLIANT', messageId: 'aclGrants' },
      bare: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
] satisfies RuleCase[];
