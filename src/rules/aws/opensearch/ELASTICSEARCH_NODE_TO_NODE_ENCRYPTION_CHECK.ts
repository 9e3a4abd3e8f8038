import { defineRule } from '../../define.js';
import { judgeNodeToNodeEncryption, NODE_TO_NODE_MESSAGES } from '../../lib/search-domains.js';

export default defineRule({
  meta: {
    id: 'ELASTICSEARCH_NODE_TO_NODE_ENCRYPTION_CHECK',
    title: 'Elasticsearch domains encrypt traffic between nodes',
    description:
      'Checks that a domain declared as AWS::Elasticsearch::Domain (the legacy form of OpenSearch Service) encrypts the traffic between its nodes with TLS (NodeToNodeEncryptionOptions.Enabled; off when unset).',
    severity: 'medium',
    resourceTypes: ['AWS::Elasticsearch::Domain'],
    managedRule: 'elasticsearch-node-to-node-encryption-check',
    frameworks: {
      FSBP: ['ES.3'],
      'NIST-800-53-r5': ['AC-4', 'SC-13', 'SC-23', 'SC-23(3)', 'SC-7(4)', 'SC-8', 'SC-8(1)', 'SC-8(2)'],
      'PCI-DSS-v3.2.1': ['4.1'],
    },
    messages: NODE_TO_NODE_MESSAGES,
    remediation: 'Set `NodeToNodeEncryptionOptions: { Enabled: true }` on the domain (Elasticsearch 6.0 or later).',
    examples: {
      noncompliant: [{ cloudformation: 'Resources:\n  Search:\n    Type: AWS::Elasticsearch::Domain\n    Properties:\n      ElasticsearchVersion: "7.10"\n' }],
      compliant: [{ cloudformation: 'Resources:\n  Search:\n    Type: AWS::Elasticsearch::Domain\n    Properties:\n      ElasticsearchVersion: "7.10"\n      NodeToNodeEncryptionOptions:\n        Enabled: true\n' }],
    },
  },
  check: (domain) => judgeNodeToNodeEncryption(domain),
});
