import type { RuleCase } from '../../tester.js';
import { trailItem } from './items.js';

export default [
  {
    name: 'config: a trail with a key and one without',
    items: [trailItem('encrypted', { kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab' }), trailItem('plain')],
    expect: {
      encrypted: 'COMPLIANT',
      plain: { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
    },
  },
] satisfies RuleCase[];
