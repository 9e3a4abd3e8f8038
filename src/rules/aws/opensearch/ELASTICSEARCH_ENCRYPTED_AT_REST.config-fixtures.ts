import type { RuleCase } from '../../tester.js';
import { elasticsearchDomainItem } from './items.js';

export default [
  {
    name: 'config: encrypted, unencrypted and unrecorded domains (AWS::Elasticsearch::Domain items, camelCase)',
    items: [
      elasticsearchDomainItem('encrypted', { encryptionAtRestOptions: { enabled: true, kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab' } }),
      elasticsearchDomainItem('plain'),
      elasticsearchDomainItem('unrecorded', {}, ['encryptionAtRestOptions']),
    ],
    expect: {
      '123456789012/encrypted': 'COMPLIANT',
      '123456789012/plain': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      '123456789012/unrecorded': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption' },
    },
  },
] satisfies RuleCase[];
