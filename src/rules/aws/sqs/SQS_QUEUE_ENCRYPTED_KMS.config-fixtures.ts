import { queueItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'config: queues encrypted with KMS, with SSE-SQS, and not at all',
    items: [queueItem('orders', { KmsMasterKeyId: 'alias/orders', KmsDataKeyReusePeriodSeconds: '300' }), queueItem('events', { SqsManagedSseEnabled: 'true' }), queueItem('plain')],
    expect: {
      'https://sqs.us-east-1.amazonaws.com/123456789012/orders': { status: 'COMPLIANT', messageId: 'kms' },
      'https://sqs.us-east-1.amazonaws.com/123456789012/events': { status: 'NON_COMPLIANT', messageId: 'sqsManaged' },
      'https://sqs.us-east-1.amazonaws.com/123456789012/plain': { status: 'NON_COMPLIANT', messageId: 'unencrypted' },
    },
  },
] satisfies RuleCase[];
