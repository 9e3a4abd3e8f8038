import { buildConfigurationItem, FIXTURE_ACCOUNT, FIXTURE_REGION } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

/** A Kinesis stream item as Config records it (already in CloudFormation's names). */
const stream = (name: string, fields: Record<string, unknown> = {}) => {
  const arn = `arn:aws:kinesis:${FIXTURE_REGION}:${FIXTURE_ACCOUNT}:stream/${name}`;
  return buildConfigurationItem('AWS::Kinesis::Stream', { Name: name, Arn: arn, ShardCount: 1, RetentionPeriodHours: 24, ...fields }, { resourceId: name, resourceName: name, ARN: arn });
};

export default [
  {
    name: 'config: a stream encrypted with KMS and one without StreamEncryption',
    items: [stream('events', { StreamEncryption: { EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' } }), stream('plain')],
    expect: {
      events: 'COMPLIANT',
      plain: { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
    },
  },
] satisfies RuleCase[];
