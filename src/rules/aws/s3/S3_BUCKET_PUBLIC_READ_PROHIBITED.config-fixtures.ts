import { bucketItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

const OWNER = { id: '8ac813c84b8ad4d9f3e35f80aaeb254f85922a902ce87ed6b49ccbfa188f5a12', displayName: null };

/** An ACL as Config records it: the owner's FullControl grant, and group grants by group name. */
const acl = (...grants: [string, string][]): string =>
  JSON.stringify({ grantSet: null, grantList: [{ grantee: OWNER, permission: 'FullControl' }, ...grants.map(([grantee, permission]) => ({ grantee, permission }))], owner: OWNER, isRequesterCharged: false });

const publicGet = (bucket: string): string =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:::${bucket}/*` }] });

export default [
  {
    name: 'config: a private bucket, a public-read ACL, a public policy, and a public policy the public access block restricts',
    items: [
      bucketItem('private'),
      bucketItem('acl-public', { AccessControlList: acl(['AllUsers', 'Read']) }),
      bucketItem('policy-public', { BucketPolicy: { policyText: publicGet('policy-public') } }),
      bucketItem('restricted', {
        BucketPolicy: { policyText: publicGet('restricted') },
        PublicAccessBlockConfiguration: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true },
      }),
      bucketItem('api-form', { AccessControlList: acl(['AuthenticatedUsers', 'Read']) }, { form: 'api' }),
    ],
    expect: {
      private: { status: 'COMPLIANT', messageId: 'notPublic' },
      'acl-public': { status: 'NON_COMPLIANT', messageId: 'publicAcl', messageIncludes: 'PublicRead' },
      'policy-public': { status: 'NON_COMPLIANT', messageId: 'publicPolicy' },
      restricted: 'COMPLIANT',
      'api-form': { status: 'NON_COMPLIANT', messageId: 'publicAcl', messageIncludes: 'AuthenticatedRead' },
    },
  },
  {
    name: 'config: an ACL granting another account, and a bucket whose supplementary configuration Config did not record',
    items: [
      bucketItem('cross-account', { AccessControlList: JSON.stringify({ grantList: [{ grantee: OWNER, permission: 'FullControl' }, { grantee: { id: '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be', displayName: null }, permission: 'Read' }], owner: OWNER }) }),
      bucketItem('bare', {}, { supplementaryConfiguration: {} }),
    ],
    expect: {
      'cross-account': { status: 'INSUFFICIENT_DATA', messageId: 'unknownAcl', messageIncludes: 'canonical user' },
      bare: { status: 'INSUFFICIENT_DATA', messageId: 'unknownAcl' },
    },
  },
] satisfies RuleCase[];
