import type { RuleCase } from '../../tester.js';
import { elasticsearchDomainItem } from './items.js';

export default [
  {
    name: 'config: node-to-node encryption on, off and unrecorded',
    items: [
      elasticsearchDomainItem('encrypted', { nodeToNodeEncryptionOptions: { enabled: true } }),
      elasticsearchDomainItem('plain'),
      elasticsearchDomainItem('unrecorded', {}, ['nodeToNodeEncryptionOptions'], { form: 'api' }),
    ],
    expect: {
      '123456789012/encrypted': 'COMPLIANT',
      '123456789012/plain': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      '123456789012/unrecorded': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption' },
    },
  },
] satisfies RuleCase[];
