import { bucketItem, sseConfiguration } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'config: KMS, SSE-S3 and no default encryption',
    items: [
      bucketItem('kms', { ServerSideEncryptionConfiguration: sseConfiguration('aws:kms', 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab', true) }),
      bucketItem('sse-s3', { ServerSideEncryptionConfiguration: sseConfiguration('AES256') }),
      bucketItem('none'),
    ],
    expect: {
      kms: { status: 'COMPLIANT', messageId: 'kms' },
      'sse-s3': { status: 'NON_COMPLIANT', messageId: 'notKms' },
      none: { status: 'NON_COMPLIANT', messageId: 'missing' },
    },
  },
] satisfies RuleCase[];
