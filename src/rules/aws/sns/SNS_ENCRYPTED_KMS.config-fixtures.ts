import { buildConfigurationItem, FIXTURE_ACCOUNT, FIXTURE_REGION } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

/** An SNS topic item as Config records it (GetTopicAttributes, RDK example_ci). */
const topic = (name: string, attributes: Record<string, unknown> = {}) => {
  const arn = `arn:aws:sns:${FIXTURE_REGION}:${FIXTURE_ACCOUNT}:${name}`;
  return buildConfigurationItem('AWS::SNS::Topic', { TopicArn: arn, Owner: FIXTURE_ACCOUNT, DisplayName: name, ...attributes }, { resourceId: arn, resourceName: name, ARN: arn, supplementaryConfiguration: { Tags: [] } });
};

export default [
  {
    name: 'config: an encrypted topic and one without KmsMasterKeyId',
    items: [topic('alerts', { KmsMasterKeyId: 'alias/aws/sns' }), topic('plain')],
    expect: {
      'arn:aws:sns:us-east-1:123456789012:alerts': 'COMPLIANT',
      'arn:aws:sns:us-east-1:123456789012:plain': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
    },
  },
  {
    name: 'config: kmsKeyIds by alias name',
    params: { kmsKeyIds: 'alias/alerts' },
    items: [topic('listed', { KmsMasterKeyId: 'alias/alerts' }), topic('managed', { KmsMasterKeyId: 'alias/aws/sns' })],
    expect: {
      'arn:aws:sns:us-east-1:123456789012:listed': 'COMPLIANT',
      'arn:aws:sns:us-east-1:123456789012:managed': { status: 'NON_COMPLIANT', messageId: 'keyNotAllowed' },
    },
  },
] satisfies RuleCase[];
