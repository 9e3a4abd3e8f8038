import { bucketItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

const VERSIONED = { status: 'Enabled', isMfaDeleteEnabled: null };

/** A lifecycle rule as the S3 model Config serialises it: -1 for unset day counts. */
const rule = (status: string) => ({
  id: 'noncurrent', status, expirationInDays: -1, expiredObjectDeleteMarker: false, noncurrentVersionExpirationInDays: 90, noncurrentVersionExpiration: { noncurrentDays: 90, newerNoncurrentVersions: null },
  transitions: null, noncurrentVersionTransitions: null, abortIncompleteMultipartUpload: null, filter: { predicate: { type: 'LifecyclePrefixPredicate', prefix: '' } },
});

export default [
  {
    name: 'config: versioned buckets with an enabled rule, a disabled rule, none; an unversioned bucket',
    items: [
      bucketItem('kept', { BucketVersioningConfiguration: VERSIONED, BucketLifecycleConfiguration: { rules: [rule('Enabled')] } }),
      bucketItem('disabled', { BucketVersioningConfiguration: VERSIONED, BucketLifecycleConfiguration: { rules: [rule('Disabled')] } }),
      bucketItem('forever', { BucketVersioningConfiguration: VERSIONED }),
      bucketItem('unversioned'),
      bucketItem('bare', {}, { supplementaryConfiguration: {} }),
    ],
    expect: {
      kept: { status: 'COMPLIANT', messageId: 'hasRule' },
      disabled: { status: 'NON_COMPLIANT', messageId: 'noRule' },
      forever: { status: 'NON_COMPLIANT', messageId: 'noRule' },
      unversioned: { status: 'NOT_APPLICABLE', messageId: 'notVersioned' },
      bare: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
] satisfies RuleCase[];
