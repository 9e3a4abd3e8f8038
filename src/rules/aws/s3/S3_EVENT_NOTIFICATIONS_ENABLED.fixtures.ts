import type { RuleCase } from '../../tester.js';

const PLAN_AWS = 'registry.terraform.io/hashicorp/aws';
const TOPIC_ARN = 'arn:aws:sns:us-east-1:123456789012:bucket-events';

const BUCKETS = `
Resources:
  Topic:
    Type: AWS::SNS::Topic
  Watched:
    Type: AWS::S3::Bucket
    Properties:
      NotificationConfiguration:
        TopicConfigurations:
          - { Event: 's3:ObjectCreated:*', Topic: ${TOPIC_ARN} }
          - { Event: 's3:ObjectRemoved:Delete', Topic: ${TOPIC_ARN} }
  ToTemplateTopic:
    Type: AWS::S3::Bucket
    Properties:
      NotificationConfiguration:
        TopicConfigurations:
          - { Event: 's3:ObjectCreated:*', Topic: !Ref Topic }
  QueueOnly:
    Type: AWS::S3::Bucket
    Properties:
      NotificationConfiguration:
        QueueConfigurations:
          - { Event: 's3:ObjectCreated:Put', Queue: arn:aws:sqs:us-east-1:123456789012:uploads }
  EventBridgeOnly:
    Type: AWS::S3::Bucket
    Properties:
      NotificationConfiguration:
        EventBridgeConfiguration: { EventBridgeEnabled: true }
  Plain:
    Type: AWS::S3::Bucket
`;

export default [
  {
    name: 'notifications to a topic, a queue, EventBridge only, and none',
    template: BUCKETS,
    expect: {
      Watched: { status: 'COMPLIANT', messageId: 'enabled' },
      ToTemplateTopic: 'COMPLIANT',
      QueueOnly: 'COMPLIANT',
      EventBridgeOnly: { status: 'NON_COMPLIANT', messageId: 'none', path: ['NotificationConfiguration'] },
      Plain: { status: 'NON_COMPLIANT', messageId: 'none' },
    },
  },
  {
    name: 'a required destination and event types: a wildcard event covers a specific one; a topic of the template is not known yet',
    params: { destinationArn: TOPIC_ARN, eventTypes: ['s3:ObjectCreated:Put'] },
    template: BUCKETS,
    expect: {
      Watched: 'COMPLIANT',
      ToTemplateTopic: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'Topic' },
      QueueOnly: { status: 'NON_COMPLIANT', messageId: 'mismatch', messageIncludes: TOPIC_ARN },
      EventBridgeOnly: { status: 'NON_COMPLIANT', messageId: 'none' },
      Plain: { status: 'NON_COMPLIANT', messageId: 'none' },
    },
  },
  {
    name: 'hcl: aws_s3_bucket_notification to a queue with two events, and a bucket without',
    params: { eventTypes: ['s3:ObjectRemoved:*'] },
    hcl: `
resource "aws_s3_bucket" "uploads" {
  bucket = "acme-uploads"
}

resource "aws_s3_bucket_notification" "uploads" {
  bucket = aws_s3_bucket.uploads.id
  queue {
    queue_arn = "arn:aws:sqs:us-east-1:123456789012:uploads"
    events    = ["s3:ObjectCreated:*", "s3:ObjectRemoved:*"]
  }
}

resource "aws_s3_bucket" "quiet" {
  bucket = "acme-quiet"
}
`,
    expect: {
      'aws_s3_bucket.uploads': 'COMPLIANT',
      'aws_s3_bucket.quiet': { status: 'NON_COMPLIANT', messageId: 'none' },
    },
  },
  {
    name: 'plan: a Lambda destination known only after apply, a known topic, and no notifications',
    params: { destinationArn: TOPIC_ARN },
    plan: {
      format_version: '1.2',
      resource_changes: [
        { address: 'aws_s3_bucket.a', mode: 'managed', type: 'aws_s3_bucket', name: 'a', provider_name: PLAN_AWS, change: { actions: ['create'], before: null, after: { bucket: 'acme-a' }, after_unknown: { id: true }, before_sensitive: false, after_sensitive: {} } },
        { address: 'aws_s3_bucket_notification.a', mode: 'managed', type: 'aws_s3_bucket_notification', name: 'a', provider_name: PLAN_AWS, change: { actions: ['create'], before: null, after: { bucket: 'acme-a', eventbridge: false, lambda_function: [{ events: ['s3:ObjectCreated:*'], filter_prefix: null, filter_suffix: null }], queue: [], topic: [] }, after_unknown: { id: true, lambda_function: [{ lambda_function_arn: true, id: true, events: [false] }] }, before_sensitive: false, after_sensitive: {} } },
        { address: 'aws_s3_bucket.c', mode: 'managed', type: 'aws_s3_bucket', name: 'c', provider_name: PLAN_AWS, change: { actions: ['create'], before: null, after: { bucket: 'acme-c' }, after_unknown: { id: true }, before_sensitive: false, after_sensitive: {} } },
        { address: 'aws_s3_bucket.b', mode: 'managed', type: 'aws_s3_bucket', name: 'b', provider_name: PLAN_AWS, change: { actions: ['create'], before: null, after: { bucket: 'acme-b' }, after_unknown: { id: true }, before_sensitive: false, after_sensitive: {} } },
        { address: 'aws_s3_bucket_notification.b', mode: 'managed', type: 'aws_s3_bucket_notification', name: 'b', provider_name: PLAN_AWS, change: { actions: ['create'], before: null, after: { bucket: 'acme-b', eventbridge: false, lambda_function: [], queue: [], topic: [{ topic_arn: TOPIC_ARN, events: ['s3:ObjectCreated:*'], filter_prefix: null, filter_suffix: null }] }, after_unknown: { id: true, topic: [{ id: true, events: [false] }] }, before_sensitive: false, after_sensitive: {} } },
      ],
    },
    expect: {
      'aws_s3_bucket.a': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      'aws_s3_bucket.b': 'COMPLIANT',
      'aws_s3_bucket.c': { status: 'NON_COMPLIANT', messageId: 'none' },
    },
  },
] satisfies RuleCase[];
