import { bucketItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

const ALL = { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true };

export default [
  {
    name: 'config: buckets with a full, a partial and no bucket-level public access block',
    items: [bucketItem('blocked', { PublicAccessBlockConfiguration: ALL }), bucketItem('partial', { PublicAccessBlockConfiguration: { ...ALL, restrictPublicBuckets: false } }), bucketItem('open')],
    expect: {
      blocked: { status: 'COMPLIANT', messageId: 'blocked' },
      partial: { status: 'NON_COMPLIANT', messageId: 'flagOff', messageIncludes: 'RestrictPublicBuckets' },
      open: { status: 'NON_COMPLIANT', messageId: 'missing' },
    },
  },
  {
    name: 'config: a bucket whose supplementary configuration Config did not record',
    items: [bucketItem('bare', {}, { supplementaryConfiguration: {} })],
    expect: { bare: { status: 'INSUFFICIENT_DATA', messageId: 'unknownFlag' } },
  },
] satisfies RuleCase[];
