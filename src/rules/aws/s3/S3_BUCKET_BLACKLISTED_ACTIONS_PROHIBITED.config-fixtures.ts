import { bucketItem, FIXTURE_ACCOUNT } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

const policyText = (principal: unknown, action: string): { policyText: string } => ({
  policyText: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: principal, Action: action, Resource: ['arn:aws:s3:::bucket', 'arn:aws:s3:::bucket/*'] }] }),
});

export default [
  {
    name: 'config: another account, the own account, everyone, reading only, and no policy',
    params: { blacklistedActionPattern: 's3:DeleteBucketPolicy,s3:PutBucketAcl,s3:PutBucketPolicy,s3:PutEncryptionConfiguration,s3:PutObjectAcl' },
    items: [
      bucketItem('partner', { BucketPolicy: policyText({ AWS: 'arn:aws:iam::444455556666:root' }, 's3:Put*') }),
      bucketItem('own', { BucketPolicy: policyText({ AWS: `arn:aws:iam::${FIXTURE_ACCOUNT}:role/admin` }, 's3:*') }),
      bucketItem('open', { BucketPolicy: policyText('*', 's3:DeleteBucketPolicy') }),
      bucketItem('reader', { BucketPolicy: policyText({ AWS: '444455556666' }, 's3:GetObject') }),
      bucketItem('plain'),
    ],
    expect: {
      partner: { status: 'NON_COMPLIANT', messageId: 'allowed' },
      own: { status: 'COMPLIANT', messageId: 'restricted' },
      open: { status: 'NON_COMPLIANT', messageId: 'allowed' },
      reader: 'COMPLIANT',
      plain: 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
