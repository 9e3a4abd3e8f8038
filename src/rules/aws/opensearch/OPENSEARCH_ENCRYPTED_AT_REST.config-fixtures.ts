import type { RuleCase } from '../../tester.js';
import { openSearchDomainItem } from './items.js';

export default [
  {
    name: 'config: encrypted, unencrypted and unrecorded domains (AWS::OpenSearch::Domain items)',
    items: [
      openSearchDomainItem('encrypted', { EncryptionAtRestOptions: { Enabled: true, KmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab' } }),
      openSearchDomainItem('plain'),
      openSearchDomainItem('unrecorded', {}, ['EncryptionAtRestOptions']),
      openSearchDomainItem('api-form', { EncryptionAtRestOptions: { Enabled: true } }, [], { form: 'api' }),
    ],
    expect: {
      encrypted: 'COMPLIANT',
      plain: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: ['EncryptionAtRestOptions', 'Enabled'] },
      unrecorded: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption', messageIncludes: 'did not record' },
      'api-form': 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
