import { compact } from '../../terraform/mapping/context.js';
import { type Value } from '../../../model/value.js';
import { policyDocument } from '../item.js';
import { text, type ItemMapping } from './shared.js';

/** SQS: Config resource types and their CloudFormation shape. */
export const itemMappings: Readonly<Record<string, ItemMapping>> = {
  'AWS::SQS::Queue': {
    cloudFormationType: 'AWS::SQS::Queue',
    properties: (context) =>
      compact({
        QueueName: context.optional('QueueName') ?? context.name,
        KmsMasterKeyId: context.optional('KmsMasterKeyId'),
        SqsManagedSseEnabled: context.optional('SqsManagedSseEnabled'),
        FifoQueue: context.optional('FifoQueue'),
      }),
    companions(context) {
      const policy = context.optional('Policy');
      if (policy === undefined) return [];
      const name = text(context.optional('QueueName')) ?? context.name;
      const url = text(context.optional('QueueUrl')) ?? `https://sqs.${context.item.awsRegion ?? 'unknown'}.amazonaws.com/${context.item.awsAccountId ?? 'unknown'}/${name}`;
      return [{ suffix: 'policy', type: 'AWS::SQS::QueuePolicy', properties: { Queues: [url], PolicyDocument: policyDocument(policy) as Value } }];
    },
  },
};
