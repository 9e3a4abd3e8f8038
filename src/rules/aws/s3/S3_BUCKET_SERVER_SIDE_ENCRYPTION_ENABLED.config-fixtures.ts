import { bucketItem, sseConfiguration } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

const DENY_UNENCRYPTED = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Sid: 'DenyUnencrypted', Effect: 'Deny', Principal: '*', Action: 's3:PutObject', Resource: 'arn:aws:s3:::policy-only/*', Condition: { Null: { 's3:x-amz-server-side-encryption': 'true' } } }],
});

export default [
  {
    name: 'config: default encryption, a bucket policy denying unencrypted uploads, and neither',
    items: [
      bucketItem('encrypted', { ServerSideEncryptionConfiguration: sseConfiguration('AES256') }),
      bucketItem('policy-only', { BucketPolicy: { policyText: DENY_UNENCRYPTED } }),
      bucketItem('plain'),
    ],
    expect: {
      encrypted: { status: 'COMPLIANT', messageId: 'encrypted' },
      'policy-only': { status: 'COMPLIANT', messageId: 'policyDenies' },
      plain: { status: 'NON_COMPLIANT', messageId: 'missing' },
    },
  },
] satisfies RuleCase[];
