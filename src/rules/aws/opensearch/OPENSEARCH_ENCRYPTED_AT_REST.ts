import { defineRule } from '../../define.js';
import { ENCRYPTION_AT_REST_MESSAGES, judgeEncryptionAtRest } from '../../lib/search-domains.js';

export default defineRule({
  meta: {
    id: 'OPENSEARCH_ENCRYPTED_AT_REST',
    title: 'OpenSearch Service domains encrypt data at rest',
    description:
      'Checks that an Amazon OpenSearch Service domain encrypts its data at rest (EncryptionAtRestOptions.Enabled; off when unset). Encryption at rest covers indices, logs, swap files and automated snapshots with an AWS KMS key.',
    severity: 'medium',
    resourceTypes: ['AWS::OpenSearchService::Domain'],
    managedRule: 'opensearch-encrypted-at-rest',
    frameworks: {
      FSBP: ['Opensearch.1'],
      'NIST-800-53-r5': ['CA-9(1)', 'CM-3(6)', 'SC-13', 'SC-28', 'SC-28(1)', 'SI-7(6)'],
      'PCI-DSS-v3.2.1': ['1.2.1', '1.3.1', '1.3.4', '7.2.1'],
    },
    messages: ENCRYPTION_AT_REST_MESSAGES,
    remediation: 'Set `EncryptionAtRestOptions: { Enabled: true }` (optionally with `KmsKeyId`) on the domain.',
    examples: {
      noncompliant: [{ cloudformation: 'Resources:\n  Search:\n    Type: AWS::OpenSearchService::Domain\n    Properties:\n      EngineVersion: OpenSearch_2.11\n' }],
      compliant: [{ cloudformation: 'Resources:\n  Search:\n    Type: AWS::OpenSearchService::Domain\n    Properties:\n      EngineVersion: OpenSearch_2.11\n      EncryptionAtRestOptions:\n        Enabled: true\n' }],
    },
  },
  check: (domain, { graph }) => judgeEncryptionAtRest(domain, graph),
});
