import { bucketItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

/** Replication as the S3 model Config serialises it: rules in a map keyed by rule id. */
const replication = (status: string) => ({
  roleARN: 'arn:aws:iam::123456789012:role/replication',
  rules: { 'to-dr': { prefix: '', status, destinationConfig: { bucketARN: 'arn:aws:s3:::acme-dr', storageClass: 'STANDARD_IA' } } },
});

export default [
  {
    name: 'config: an enabled rule, a disabled rule, and no replication',
    items: [
      bucketItem('replicated', { BucketReplicationConfiguration: replication('Enabled') }),
      bucketItem('paused', { BucketReplicationConfiguration: replication('Disabled') }),
      bucketItem('single'),
      bucketItem('api-form', { BucketReplicationConfiguration: replication('Enabled') }, { form: 'api' }),
      bucketItem('bare', {}, { supplementaryConfiguration: {} }),
    ],
    expect: {
      replicated: { status: 'COMPLIANT', messageId: 'enabled' },
      paused: { status: 'NON_COMPLIANT', messageId: 'ruleDisabled', messageIncludes: 'to-dr' },
      single: { status: 'NON_COMPLIANT', messageId: 'noReplication' },
      'api-form': 'COMPLIANT',
      bare: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
] satisfies RuleCase[];
