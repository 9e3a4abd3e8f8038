import type { RuleCase } from '../../tester.js';
import { openSearchDomainItem } from './items.js';

export default [
  {
    name: 'config: node-to-node encryption on, off and unrecorded',
    items: [
      openSearchDomainItem('encrypted', { NodeToNodeEncryptionOptions: { Enabled: true } }),
      openSearchDomainItem('plain'),
      openSearchDomainItem('unrecorded', {}, ['NodeToNodeEncryptionOptions']),
    ],
    expect: {
      encrypted: 'COMPLIANT',
      plain: { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      unrecorded: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption' },
    },
  },
] satisfies RuleCase[];
