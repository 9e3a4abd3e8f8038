import { bucketItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

/** A lifecycle rule as the S3 model Config serialises it: -1 for unset day counts. */
const rule = (status: string, transitionDays: number) => ({
  id: 'archive', status, expirationInDays: 395, expiredObjectDeleteMarker: false, noncurrentVersionExpirationInDays: -1,
  transitions: [{ days: transitionDays, date: null, storageClass: 'GLACIER' }], noncurrentVersionTransitions: null, abortIncompleteMultipartUpload: null,
  filter: { predicate: { type: 'LifecyclePrefixPredicate', prefix: 'data/' } },
});

export default [
  {
    name: 'config: a rule matching the parameters, one transitioning too late, a disabled one, and none',
    params: { targetTransitionDays: 90, targetTransitionStorageClass: 'GLACIER', targetExpirationDays: 395, targetPrefix: 'data/' },
    items: [
      bucketItem('archive', { BucketLifecycleConfiguration: { rules: [rule('Enabled', 90)] } }),
      bucketItem('late', { BucketLifecycleConfiguration: { rules: [rule('Enabled', 180)] } }),
      bucketItem('paused', { BucketLifecycleConfiguration: { rules: [rule('Disabled', 90)] } }),
      bucketItem('plain'),
      bucketItem('api-form', { BucketLifecycleConfiguration: { rules: [rule('Enabled', 90)] } }, { form: 'api' }),
      bucketItem('bare', {}, { supplementaryConfiguration: {} }),
    ],
    expect: {
      archive: { status: 'COMPLIANT', messageId: 'hasRule' },
      late: { status: 'NON_COMPLIANT', messageId: 'noMatchingRule' },
      paused: { status: 'NON_COMPLIANT', messageId: 'noRule' },
      plain: { status: 'NON_COMPLIANT', messageId: 'noRule' },
      'api-form': 'COMPLIANT',
      bare: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
] satisfies RuleCase[];
