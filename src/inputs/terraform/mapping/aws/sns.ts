import { compact } from '../context.js';
import { type ServiceMappings } from './shared.js';

/** SNS: `aws` provider types and their CloudFormation shape. */
export const mappings: ServiceMappings = {
  resources: {
    aws_sns_topic: {
      cloudFormationType: 'AWS::SNS::Topic',
      properties: (context) => compact({ TopicName: context.get('name'), DisplayName: context.get('display_name'), FifoTopic: context.get('fifo_topic'), KmsMasterKeyId: context.link('kms_master_key_id') || undefined }),
    },
    aws_sns_topic_subscription: {
      cloudFormationType: 'AWS::SNS::Subscription',
      properties: (context) => compact({ TopicArn: context.link('topic_arn'), Protocol: context.get('protocol'), Endpoint: context.link('endpoint') }),
    },
  },
};
