import { compact, jsonDocument } from '../context.js';
import { SELF, policyDocumentOf, type ServiceMappings } from './shared.js';
import type { Value } from '../../../../model/value.js';

/** SQS: `aws` provider types and their CloudFormation shape. */
export const mappings: ServiceMappings = {
  resources: {
    aws_sqs_queue: {
      cloudFormationType: 'AWS::SQS::Queue',
      properties: (context) =>
        compact({
          QueueName: context.get('name'),
          KmsMasterKeyId: context.link('kms_master_key_id'),
          SqsManagedSseEnabled: context.get('sqs_managed_sse_enabled'),
          FifoQueue: context.get('fifo_queue'),
        }),
      companions(context) {
        const policy = context.getConfigured('policy');
        if (policy === undefined || policy === '') return [];
        return [{ suffix: 'policy', type: 'AWS::SQS::QueuePolicy', properties: { Queues: [SELF], PolicyDocument: jsonDocument(policy) as Value } }];
      },
    },
    aws_sqs_queue_policy: {
      cloudFormationType: 'AWS::SQS::QueuePolicy',
      properties: (context) => compact({ Queues: [context.link('queue_url') ?? null], PolicyDocument: policyDocumentOf(context) }),
    },
  },
};
