import { buildConfigurationItem, FIXTURE_ACCOUNT, FIXTURE_REGION } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

/** A function item as Config records it (RDK example_ci), its policy in `supplementaryConfiguration.Policy`. */
export const functionItem = (name: string, configuration: Record<string, unknown> = {}, supplementary: Record<string, unknown> = { Tags: {} }) => {
  const arn = `arn:aws:lambda:${FIXTURE_REGION}:${FIXTURE_ACCOUNT}:function:${name}`;
  return buildConfigurationItem(
    'AWS::Lambda::Function',
    { functionName: name, functionArn: arn, runtime: 'python3.12', role: `arn:aws:iam::${FIXTURE_ACCOUNT}:role/fn`, handler: 'index.handler', timeout: 3, memorySize: 128, tracingConfig: { mode: 'PassThrough' }, ...configuration },
    { resourceId: name, resourceName: name, ARN: arn, supplementaryConfiguration: supplementary },
  );
};

const policy = (...statements: object[]) => JSON.stringify({ Version: '2012-10-17', Id: 'default', Statement: statements });
const statement = (principal: unknown, condition?: object) => ({ Sid: 's', Effect: 'Allow', Principal: principal, Action: 'lambda:InvokeFunction', Resource: 'arn', ...(condition ? { Condition: condition } : {}) });

export default [
  {
    name: 'config: function policies open to anyone, to S3 without SourceAccount, scoped, with a condition the model lacks, and none',
    items: [
      functionItem('open', {}, { Policy: policy(statement('*')) }),
      functionItem('aws-star', {}, { Policy: policy(statement({ AWS: '*' })) }),
      functionItem('bucket', {}, { Policy: policy(statement({ Service: 's3.amazonaws.com' }, { ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::uploads' } })) }),
      functionItem('scoped', {}, { Policy: policy(statement({ Service: 's3.amazonaws.com' }, { StringEquals: { 'AWS:SourceAccount': FIXTURE_ACCOUNT } })) }),
      functionItem('vpce', {}, { Policy: policy(statement('*', { StringEquals: { 'aws:SourceVpce': 'vpce-0123' } })) }),
      functionItem('none'),
    ],
    expect: {
      open: { status: 'NON_COMPLIANT', messageId: 'publicPermission' },
      'aws-star': { status: 'NON_COMPLIANT', messageId: 'publicPermission' },
      bucket: { status: 'NON_COMPLIANT', messageId: 'unscopedS3' },
      scoped: 'COMPLIANT',
      vpce: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      none: 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
