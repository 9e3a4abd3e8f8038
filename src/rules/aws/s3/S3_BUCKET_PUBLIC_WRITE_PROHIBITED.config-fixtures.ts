import { bucketItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

const OWNER = { id: '8ac813c84b8ad4d9f3e35f80aaeb254f85922a902ce87ed6b49ccbfa188f5a12', displayName: null };

const acl = (...grants: [string, string][]): string =>
  JSON.stringify({ grantSet: null, grantList: [{ grantee: OWNER, permission: 'FullControl' }, ...grants.map(([grantee, permission]) => ({ grantee, permission }))], owner: OWNER, isRequesterCharged: false });

export default [
  {
    name: 'config: public read only, public read and write, full control to everyone, and a public upload policy',
    items: [
      bucketItem('read-only', { AccessControlList: acl(['AllUsers', 'Read']) }),
      bucketItem('read-write', { AccessControlList: acl(['AllUsers', 'Read'], ['AllUsers', 'Write']) }),
      bucketItem('full-control', { AccessControlList: acl(['AllUsers', 'FullControl']) }),
      bucketItem('uploads', { BucketPolicy: { policyText: JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 's3:Put*', Resource: 'arn:aws:s3:::uploads/*' }] }) } }),
    ],
    expect: {
      'read-only': { status: 'COMPLIANT', messageId: 'notPublic' },
      'read-write': { status: 'NON_COMPLIANT', messageId: 'publicAcl', messageIncludes: 'PublicReadWrite' },
      'full-control': { status: 'NON_COMPLIANT', messageId: 'publicAcl' },
      uploads: { status: 'NON_COMPLIANT', messageId: 'publicPolicy' },
    },
  },
] satisfies RuleCase[];
