import { bucketItem, sseConfiguration } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'config: a change notification that keeps and one that changes the encryption algorithm',
    previousItems: [bucketItem('kept', { ServerSideEncryptionConfiguration: sseConfiguration('aws:kms', 'arn:aws:kms:us-east-1:123456789012:key/a') }), bucketItem('changed', { ServerSideEncryptionConfiguration: sseConfiguration('aws:kms', 'arn:aws:kms:us-east-1:123456789012:key/a') })],
    items: [bucketItem('kept', { ServerSideEncryptionConfiguration: sseConfiguration('aws:kms', 'arn:aws:kms:us-east-1:123456789012:key/b') }), bucketItem('changed', { ServerSideEncryptionConfiguration: sseConfiguration('AES256') }), bucketItem('discovered', { ServerSideEncryptionConfiguration: sseConfiguration('AES256') })],
    expect: {
      kept: { status: 'COMPLIANT', messageId: 'unchanged' },
      changed: { status: 'NON_COMPLIANT', messageId: 'changed' },
      discovered: 'NOT_APPLICABLE',
    },
  },
] satisfies RuleCase[];
