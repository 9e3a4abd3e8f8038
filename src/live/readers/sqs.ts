import { GetQueueAttributesCommand, ListQueuesCommand } from '@aws-sdk/client-sqs';
import { queueAttributesToProperties, queuePolicyProperties } from '../../inputs/config/mapping/sqs.js';
import { isNotFound } from '../errors.js';
import { allPages, type LiveResource, type ReadContext, type TypeReader } from '../types.js';

async function readQueue(context: ReadContext, url: string): Promise<LiveResource[]> {
  let attributes: Record<string, string>;
  try {
    const result = await context.limit(() => context.clients.sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['All'] })));
    attributes = result.Attributes ?? {};
  } catch (error) {
    if (isNotFound(error)) return []; // deleted between listing and reading
    throw error;
  }
  // One mapping for both paths: Config's item records the same attribute map.
  const resources: LiveResource[] = [{ type: 'AWS::SQS::Queue', id: url, properties: queueAttributesToProperties(url, attributes), ...(attributes.QueueArn ? { arn: attributes.QueueArn } : {}) }];
  if (attributes.Policy) {
    // The queue's policy attribute is what an AWS::SQS::QueuePolicy sets: rules read it there.
    resources.push({ type: 'AWS::SQS::QueuePolicy', id: `${url}#policy`, properties: queuePolicyProperties(url, attributes.Policy) });
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
