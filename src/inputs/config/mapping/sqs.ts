import { compact } from '../../terraform/mapping/context.js';
import { isUnknown, unknown } from '../../../model/unknown.js';
import { isObject, type Properties, type Value } from '../../../model/value.js';
import { policyDocument } from '../item.js';
import { text, type ItemMapping } from './shared.js';

const NUMBERS = ['DelaySeconds', 'KmsDataKeyReusePeriodSeconds', 'MaximumMessageSize', 'MessageRetentionPeriod', 'ReceiveMessageWaitTimeSeconds', 'VisibilityTimeout'];
const FLAGS = ['SqsManagedSseEnabled', 'FifoQueue', 'ContentBasedDeduplication'];
const TEXTS = ['KmsMasterKeyId', 'DeduplicationScope', 'FifoThroughputLimit'];
const DOCUMENTS = ['RedrivePolicy', 'RedriveAllowPolicy'];

/**
 * A queue's GetQueueAttributes map (all strings) as CloudFormation's queue (numbers, booleans,
 * objects): the one mapping of both paths that read it, AWS Config's item (its configuration is
 * that map) and the live scan's queue reader. A value that is not what SQS answers is an Unknown,
 * never a guess.
 */
export function queueAttributesToProperties(url: string, attributes: Readonly<Record<string, Value | undefined>>): Properties {
  const fields: Record<string, Value | undefined> = { QueueUrl: url, QueueName: url.split('/').pop(), Arn: text(attributes.QueueArn) };
  const malformed = (name: string, value: Value) => unknown(`malformed: the queue attribute ${name} is ${JSON.stringify(value)}`);
  for (const name of NUMBERS) {
    const value = attributes[name];
    if (value === undefined || value === null || value === '') continue;
    const number = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : undefined;
    fields[name] = number ?? malformed(name, value);
  }
  for (const name of FLAGS) {
    const value = attributes[name];
    if (value === undefined || value === null || value === '') continue;
    fields[name] = value === true || value === 'true' ? true : value === false || value === 'false' ? false : malformed(name, value);
  }
  for (const name of TEXTS) if (typeof attributes[name] === 'string' && attributes[name] !== '') fields[name] = attributes[name];
  for (const name of DOCUMENTS) {
    const value = attributes[name];
    if (typeof value === 'string' && value !== '') fields[name] = parseDocument(value);
    else if (isObject(value)) fields[name] = value;
  }
  return compact(fields);
}

/** A queue's policy attribute as the AWS::SQS::QueuePolicy that sets it (rules read it there). */
export function queuePolicyProperties(url: string, policy: Value): Properties {
  return { Queues: [url], PolicyDocument: typeof policy === 'string' ? parseDocument(policy) : policy };
}

function parseDocument(value: string): Value {
  try {
    return policyDocument(value) ?? null;
  } catch {
    return unknown('the policy is not valid JSON');
  }
}

/** SQS: Config resource types and their CloudFormation shape. */
export const itemMappings: Readonly<Record<string, ItemMapping>> = {
  'AWS::SQS::Queue': {
    cloudFormationType: 'AWS::SQS::Queue',
    properties: (context) => {
      const properties = queueAttributesToProperties(queueUrl(context), context.configuration);
      // The queue's name as Config names it when the URL does not say (an item without QueueUrl).
      const name = text(context.optional('QueueName'));
      if (name !== undefined) properties.QueueName = name;
      return properties;
    },
    companions(context) {
      const policy = context.optional('Policy');
      if (policy === undefined || isUnknown(policy)) return [];
      return [{ suffix: 'policy', type: 'AWS::SQS::QueuePolicy', properties: queuePolicyProperties(queueUrl(context), policy) }];
    },
  },
};

/** The queue's URL: its QueueUrl, its resource id (Config names queues by URL), or one built from its name. */
function queueUrl(context: Parameters<ItemMapping['properties']>[0]): string {
  const recorded = text(context.optional('QueueUrl'));
  if (recorded) return recorded;
  if (context.item.resourceId.startsWith('https://')) return context.item.resourceId;
  return `https://sqs.${context.item.awsRegion ?? 'unknown'}.amazonaws.com/${context.item.awsAccountId ?? 'unknown'}/${text(context.optional('QueueName')) ?? context.name}`;
}
