import { GetQueueAttributesCommand, ListQueuesCommand } from '@aws-sdk/client-sqs';
import type { Properties } from '../../model/value.js';
import { isNotFound } from '../errors.js';
import { allPages, properties, type LiveResource, type ReadContext, type TypeReader } from '../types.js';
import { parsePolicy } from './s3.js';

const NUMBERS = ['DelaySeconds', 'KmsDataKeyReusePeriodSeconds', 'MaximumMessageSize', 'MessageRetentionPeriod', 'ReceiveMessageWaitTimeSeconds', 'VisibilityTimeout'];
const FLAGS = ['SqsManagedSseEnabled', 'FifoQueue', 'ContentBasedDeduplication'];
const TEXTS = ['KmsMasterKeyId', 'DeduplicationScope', 'FifoThroughputLimit'];

/** GetQueueAttributes answers strings; CloudFormation's queue has numbers, booleans and objects. */
function queueProperties(url: string, attributes: Record<string, string>): Properties {
  const fields: Record<string, unknown> = { QueueUrl: url, QueueName: url.split('/').pop(), Arn: attributes.QueueArn };
  for (const name of NUMBERS) if (attributes[name] !== undefined) fields[name] = Number(attributes[name]);
  for (const name of FLAGS) if (attributes[name] !== undefined) fields[name] = attributes[name] === 'true';
  for (const name of TEXTS) if (attributes[name]) fields[name] = attributes[name];
  for (const name of ['RedrivePolicy', 'RedriveAllowPolicy']) if (attributes[name]) fields[name] = parsePolicy(attributes[name]);
  return properties(fields);
}

async function readQueue(context: ReadContext, url: string): Promise<LiveResource[]> {
  let attributes: Record<string, string>;
  try {
    const result = await context.limit(() => context.clients.sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['All'] })));
    attributes = result.Attributes ?? {};
  } catch (error) {
    if (isNotFound(error)) return []; // deleted between listing and reading
    throw error;
  }
  const resources: LiveResource[] = [{ type: 'AWS::SQS::Queue', id: url, properties: queueProperties(url, attributes), ...(attributes.QueueArn ? { arn: attributes.QueueArn } : {}) }];
  if (attributes.Policy) {
    // The queue's policy attribute is what an AWS::SQS::QueuePolicy sets: rules read it there.
    resources.push({ type: 'AWS::SQS::QueuePolicy', id: `${url}#policy`, properties: { Queues: [url], PolicyDocument: parsePolicy(attributes.Policy) } });
  }
  return resources;
}

export const queueReader: TypeReader = {
  type: 'AWS::SQS::Queue',
  async list(context) {
    const urls = await allPages(async (token) => {
      const page = await context.limit(() => context.clients.sqs.send(new ListQueuesCommand({ MaxResults: 1000, NextToken: token })));
      return { items: page.QueueUrls, next: page.NextToken };
    });
    return (await Promise.all(urls.map((url) => readQueue(context, url)))).flat();
  },
  get: readQueue,
};
