import type { RuleCase } from '../../tester.js';
import { redshiftClusterItem } from './items.js';

const KEY = 'arn:aws:kms:us-east-1:123456789012:key/1734c784-c7d1-443c-8629-aef34db98b30';

export default [
  {
    name: 'config: encrypted with the AWS owned key, unencrypted, and unrecorded',
    items: [redshiftClusterItem('owned'), redshiftClusterItem('plain', { encrypted: false }, ['kmsKeyId']), redshiftClusterItem('unrecorded', {}, ['encrypted'])],
    expect: {
      owned: 'COMPLIANT',
      plain: { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      unrecorded: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption' },
    },
  },
  {
    name: 'config: kmsKeyArns against the recorded key',
    params: { kmsKeyArns: KEY },
    items: [redshiftClusterItem('listed', { kmsKeyId: KEY }), redshiftClusterItem('owned')],
    expect: {
      listed: 'COMPLIANT',
      owned: { status: 'NON_COMPLIANT', messageId: 'wrongKey', messageIncludes: 'AWS_OWNED_KMS_KEY' },
    },
  },
] satisfies RuleCase[];
