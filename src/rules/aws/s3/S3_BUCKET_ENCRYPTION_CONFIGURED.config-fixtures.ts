import { bucketItem, sseConfiguration } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'config: buckets encrypting with and without the bucket key, and without encryption recorded',
    items: [
      bucketItem('with-key', { ServerSideEncryptionConfiguration: sseConfiguration('AES256', null, true) }),
      bucketItem('without-key', { ServerSideEncryptionConfiguration: sseConfiguration('AES256') }),
      bucketItem('kms', { ServerSideEncryptionConfiguration: sseConfiguration('aws:kms', 'arn:aws:kms:us-east-1:123456789012:key/k', true) }),
    ],
    expect: {
      'with-key': { status: 'COMPLIANT', messageId: 'configured' },
      'without-key': { status: 'NON_COMPLIANT', messageId: 'bucketKeyOff' },
      kms: { status: 'NON_COMPLIANT', messageId: 'wrongAlgorithm' },
    },
  },
] satisfies RuleCase[];
