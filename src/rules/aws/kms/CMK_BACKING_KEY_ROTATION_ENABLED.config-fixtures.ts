import type { RuleCase } from '../../tester.js';
import { keyItem } from './items.js';

export default [
  {
    name: 'config: rotation on, off, an AWS managed key, a key in a custom key store, and rotation not recorded',
    items: [
      keyItem('rotating', {}, true),
      keyItem('static'),
      keyItem('aws-managed', { keyManager: 'AWS' }),
      keyItem('cloudhsm', { customKeyStoreId: 'cks-1234567890abcdef0', origin: 'AWS_CLOUDHSM' }),
      keyItem('unrecorded', {}, 'unrecorded'),
    ],
    expect: {
      rotating: 'COMPLIANT',
      static: { status: 'NON_COMPLIANT', messageId: 'notRotating' },
      'aws-managed': { status: 'NOT_APPLICABLE', messageId: 'notApplicable' },
      cloudhsm: { status: 'NOT_APPLICABLE', messageId: 'notApplicable', messageIncludes: 'custom key store' },
      unrecorded: { status: 'INSUFFICIENT_DATA', messageId: 'unknownRotation' },
    },
  },
] satisfies RuleCase[];
