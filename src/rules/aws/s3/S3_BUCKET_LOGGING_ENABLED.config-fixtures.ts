import { bucketItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'config: buckets with and without server access logging (protocols.md §C.2.1 shape)',
    items: [
      bucketItem('logged', { BucketLoggingConfiguration: { destinationBucketName: 'central-logs', logFilePrefix: 'logged/' } }),
      bucketItem('cf-templates-1xatrtwowvbwh-us-east-1'),
      bucketItem('api-form', { BucketLoggingConfiguration: { destinationBucketName: 'central-logs', logFilePrefix: null } }, { form: 'api' }),
    ],
    expect: {
      logged: { status: 'COMPLIANT', messageId: 'enabled' },
      'cf-templates-1xatrtwowvbwh-us-east-1': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'api-form': 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
