import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { wildcardMatch } from '../../lib/wildcard.js';
import { isUnknown, type Unknown } from '../../../model/unknown.js';
import { isObject, toList, type Value } from '../../../model/value.js';

/** The notification lists of `NotificationConfiguration` and the property naming each one's destination. */
const KINDS = [
  ['TopicConfigurations', 'Topic'],
  ['QueueConfigurations', 'Queue'],
  ['LambdaConfigurations', 'Function'],
] as const;

interface Notification {
  event: Value | undefined;
  destination: Value | undefined;
}

export default defineRule<{ destinationArn?: string; eventTypes?: string[] }>({
  meta: {
    id: 'S3_EVENT_NOTIFICATIONS_ENABLED',
    title: 'S3 buckets send event notifications',
    description:
      'Checks that an S3 bucket sends event notifications to an SNS topic, SQS queue or Lambda function, optionally to a given destination and for given event types (EventBridge delivery is not counted). Notifications let changes to the bucket be watched.',
    severity: 'low',
    resourceTypes: ['AWS::S3::Bucket'],
    managedRule: 's3-event-notifications-enabled',
    frameworks: { 'NIST-800-53-r5': ['CA-7', 'SI-3(8)', 'SI-4', 'SI-4(4)'] },
    recommended: false,
    whyNotRecommended: 'Which buckets need watching, and by what, is the organisation\'s choice; most buckets need no notifications.',
    parameters: {
      destinationArn: { type: 'string', description: 'The ARN of the SNS topic, SQS queue or Lambda function notifications must go to.' },
      eventTypes: { type: 'string-list', description: 'The S3 event types that must be notified (e.g. s3:ObjectCreated:*, s3:ObjectRemoved:Delete).' },
    },
    messages: {
      enabled: 'Bucket {{id}} sends event notifications as required.',
      none: 'Bucket {{id}} sends no event notifications to SNS, SQS or Lambda.',
      mismatch: 'No event notification of bucket {{id}} {{wanted}}.',
      unknown: 'Whether bucket {{id}} sends event notifications as required is not known before deployment ({{reason}}).',
    },
    remediation:
      'Add `NotificationConfiguration` with `TopicConfigurations`, `QueueConfigurations` or `LambdaConfigurations` for the required events and destination (the destination must allow S3 to publish).',
    examples: {
      noncompliant: [{ cloudformation: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n' }],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      NotificationConfiguration:\n        TopicConfigurations:\n          - Event: s3:ObjectCreated:*\n            Topic: !Ref Topic\n',
        },
      ],
    },
  },
  check(bucket, { params }) {
    const path = ['NotificationConfiguration'];
    const configuration = bucket.properties.NotificationConfiguration;
    if (isUnknown(configuration)) return insufficientData('unknown', { reason: configuration.reason }, path);
    const found = notifications(configuration);
    if (isUnknown(found)) return insufficientData('unknown', { reason: found.reason }, path);
    if (found.length === 0) return nonCompliant('none', {}, isObject(configuration) ? path : []);
    // Notifications certainly to the destination decide; those whose destination is not known can only make it unknown.
    const certain = found.filter((notification) => destinationMatches(notification.destination, params.destinationArn) === true);
    const possible = found.filter((notification) => destinationMatches(notification.destination, params.destinationArn) !== false);
    const types = params.eventTypes ?? [];
    if (certain.length > 0 && types.every((type) => coversEvent(certain, type) === true)) return compliant('enabled', {}, path);
    const open = possible.length > 0 && types.every((type) => coversEvent(possible, type) !== false);
    if (!open) return nonCompliant('mismatch', { wanted: wanted(params) }, path);
    const reason = possible.map((notification) => [notification.destination, notification.event].find(isUnknown)).find(isUnknown);
    return insufficientData('unknown', { reason: reason?.reason ?? 'a destination or event is not known' }, path);
  },
});

function notifications(configuration: Value | undefined): Notification[] | Unknown {
  if (!isObject(configuration)) return [];
  const found: Notification[] = [];
  for (const [list, target] of KINDS) {
    const entries = configuration[list] === undefined ? [] : toList(configuration[list]);
    if (isUnknown(entries)) return entries;
    for (const entry of entries) {
      if (isUnknown(entry)) return entry;
      if (isObject(entry)) found.push({ event: entry.Event, destination: entry[target] });
    }
  }
  return found;
}

function destinationMatches(destination: Value | undefined, arn: string | undefined): boolean | Unknown {
  if (arn === undefined) return true;
  if (isUnknown(destination)) return destination;
  return destination === arn;
}

/** Whether a notification's event (`s3:ObjectCreated:*`) covers the required type (`s3:ObjectCreated:Put`), or is it. */
function coversEvent(found: readonly Notification[], type: string): boolean | Unknown {
  let undecided: Unknown | undefined;
  for (const { event } of found) {
    if (isUnknown(event)) undecided ??= event;
    else if (typeof event === 'string' && (event === type || wildcardMatch(event, type))) return true;
  }
  return undecided ?? false;
}

function wanted(params: { destinationArn?: string; eventTypes?: string[] }): string {
  const parts: string[] = [];
  if (params.destinationArn !== undefined) parts.push(`goes to ${params.destinationArn}`);
  if (params.eventTypes && params.eventTypes.length > 0) parts.push(`covers ${params.eventTypes.join(', ')}`);
  return parts.join(' and ');
}
