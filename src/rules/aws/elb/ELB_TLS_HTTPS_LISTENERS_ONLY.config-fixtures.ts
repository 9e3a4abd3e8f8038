import type { RuleCase } from '../../tester.js';
import { classicHttps, classicItem } from './items.js';

export default [
  {
    name: 'config: an HTTPS listener, an HTTP one, and listeners not recorded',
    items: [
      classicItem('secure', { listenerDescriptions: [classicHttps('arn:aws:acm:us-east-1:123456789012:certificate/0b0c1f22-7a4c-4d9e-a5c9-2f0d1e3b4a5c')] }),
      classicItem('plain'),
      classicItem('unrecorded', { listenerDescriptions: undefined }),
    ],
    expect: {
      secure: 'COMPLIANT',
      plain: { status: 'NON_COMPLIANT', messageId: 'plaintext' },
      unrecorded: { status: 'INSUFFICIENT_DATA', messageId: 'unknownListeners' },
    },
  },
] satisfies RuleCase[];
