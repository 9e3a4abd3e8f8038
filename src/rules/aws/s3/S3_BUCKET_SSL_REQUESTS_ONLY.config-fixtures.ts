import { bucketItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

const denyHttp = (bucket: string): string =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Sid: 'AllowSSLRequestsOnly', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`], Condition: { Bool: { 'aws:SecureTransport': 'false' } } }],
  });

export default [
  {
    name: 'config: a bucket whose policy denies HTTP, one without a policy, and one whose policy Config did not record',
    items: [
      bucketItem('tls-only', { BucketPolicy: { policyText: denyHttp('tls-only') } }),
      bucketItem('no-policy'),
      bucketItem('api-form', { BucketPolicy: { policyText: denyHttp('api-form') } }, { form: 'api' }),
      bucketItem('bare', {}, { supplementaryConfiguration: {} }),
    ],
    expect: {
      'tls-only': { status: 'COMPLIANT', messageId: 'enforced' },
      'no-policy': { status: 'NON_COMPLIANT', messageId: 'noPolicy' },
      'api-form': 'COMPLIANT',
      bare: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
] satisfies RuleCase[];
