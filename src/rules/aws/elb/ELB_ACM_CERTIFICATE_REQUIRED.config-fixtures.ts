import type { RuleCase } from '../../tester.js';
import { classicHttps, classicItem } from './items.js';

export default [
  {
    name: 'config: an ACM certificate, an IAM server certificate, and no HTTPS listener',
    items: [
      classicItem('acm', { listenerDescriptions: [classicHttps('arn:aws:acm:us-east-1:123456789012:certificate/0b0c1f22-7a4c-4d9e-a5c9-2f0d1e3b4a5c')] }),
      classicItem('iam', { listenerDescriptions: [classicHttps('arn:aws:iam::123456789012:server-certificate/web')] }),
      classicItem('plain'),
    ],
    expect: {
      acm: 'COMPLIANT',
      iam: { status: 'NON_COMPLIANT', messageId: 'notAcm' },
      plain: { status: 'NOT_APPLICABLE', messageId: 'noTls' },
    },
  },
] satisfies RuleCase[];
