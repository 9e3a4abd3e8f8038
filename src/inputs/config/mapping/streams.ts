import { compact } from '../../terraform/mapping/context.js';
import { type ItemMapping } from './shared.js';

/** SNS and Kinesis: Config resource types (already named as CloudFormation names them) and their CloudFormation shape. */
export const itemMappings: Readonly<Record<string, ItemMapping>> = {
  // GetTopicAttributes: KmsMasterKeyId is left out of the attributes of an unencrypted topic.
  'AWS::SNS::Topic': {
    cloudFormationType: 'AWS::SNS::Topic',
    properties: (context) => compact({ TopicName: context.name, DisplayName: context.optional('DisplayName'), FifoTopic: context.optional('FifoTopic'), KmsMasterKeyId: context.optional('KmsMasterKeyId') }),
  },
  // DescribeStreamSummary: an unencrypted stream has no StreamEncryption.
  'AWS::Kinesis::Stream': {
    cloudFormationType: 'AWS::Kinesis::Stream',
    properties: (context) =>
      compact({ Name: context.optional('Name') ?? context.name, ShardCount: context.optional('ShardCount'), RetentionPeriodHours: context.optional('RetentionPeriodHours'), StreamEncryption: context.optional('StreamEncryption') }),
  },
};
