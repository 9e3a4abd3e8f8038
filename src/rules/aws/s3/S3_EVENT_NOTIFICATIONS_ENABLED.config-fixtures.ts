import { bucketItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

/** Notifications as the S3 model Config serialises them: configurations in a map keyed by name. */
const topicNotification = {
  configurations: {
    'uploads-to-sns': { events: ['s3:ObjectCreated:*'], objectPrefixes: [], topicARN: 'arn:aws:sns:us-east-1:123456789012:bucket-events', type: 'TopicConfiguration' },
  },
};

export default [
  {
    name: 'config: a topic notification, no notifications, and notifications Config did not record',
    items: [
      bucketItem('watched', { BucketNotificationConfiguration: topicNotification }),
      bucketItem('quiet'),
      bucketItem('api-form', { BucketNotificationConfiguration: topicNotification }, { form: 'api' }),
      bucketItem('bare', {}, { supplementaryConfiguration: {} }),
    ],
    expect: {
      watched: { status: 'COMPLIANT', messageId: 'enabled' },
      quiet: { status: 'NON_COMPLIANT', messageId: 'none' },
      'api-form': 'COMPLIANT',
      bare: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
] satisfies RuleCase[];
