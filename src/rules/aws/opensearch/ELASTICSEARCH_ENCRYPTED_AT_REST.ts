import { defineRule } from '../../define.js';
import { ENCRYPTION_AT_REST_MESSAGES, judgeEncryptionAtRest } from '../../lib/search-domains.js';

export default defineRule({
  meta: {
    id: 'ELASTICSEARCH_ENCRYPTED_AT_REST',
    title: 'Elasticsearch domains encrypt data at rest',
    description:
      'Checks that a domain declared as AWS::Elasticsearch::Domain (the legacy form of OpenSearch Service) encrypts its data at rest (EncryptionAtRestOptions.Enabled; off when unset). Encryption at rest needs Elasticsearch 5.1 or later.',
    severity: 'medium',
    resourceTypes: ['AWS::Elasticsearch::Domain'],
    managedRule: 'elasticsearch-encrypted-at-rest',
    frameworks: {
      FSBP: ['ES.1'],
      'NIST-800-53-r5': ['CA-9(1)', 'CM-3(6)', 'SC-13', 'SC-28', 'SC-28(1)', 'SC-7(10)', 'SI-7(6)'],
      'PCI-DSS-v3.2.1': ['3.4'],
    },
    messages: ENCRYPTION_AT_REST_MESSAGES,
    remediation: 'Set `EncryptionAtRestOptions: { Enabled: true }` (optionally with `KmsKeyId`) on the domain.',
    examples: {
      noncompliant: [{ cloudformation: 'Resources:\n  Search:\n    Type: AWS::Elasticsearch::Domain\n    Properties:\n      ElasticsearchVersion: "7.10"\n' }],
      compliant: [{ cloudformation: 'Resources:\n  Search:\n    Type: AWS::Elasticsearch::Domain\n    Properties:\n      ElasticsearchVersion: "7.10"\n      EncryptionAtRestOptions:\n        Enabled: true\n' }],
    },
  },
  check: (domain, { graph }) => judgeEncryptionAtRest(domain, graph),
});
