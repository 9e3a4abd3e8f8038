import { compact } from '../context.js';
import { isUnknown } from '../../../../model/unknown.js';
import { type ServiceMappings } from './shared.js';

/** Kinesis Data Streams: `aws` provider types and their CloudFormation shape. */
export const mappings: ServiceMappings = {
  resources: {
    aws_kinesis_stream: {
      cloudFormationType: 'AWS::Kinesis::Stream',
      properties(context) {
        // encryption_type NONE (the provider's default) is CloudFormation's absent StreamEncryption.
        const type = context.get('encryption_type');
        return compact({
          Name: context.get('name'),
          ShardCount: context.get('shard_count'),
          RetentionPeriodHours: context.get('retention_period'),
          StreamEncryption: type === undefined || type === 'NONE' ? undefined : isUnknown(type) ? type : compact({ EncryptionType: type, KeyId: context.link('kms_key_id') || undefined }),
        });
      },
    },
  },
};
