import { defineRule } from '../../define.js';
import { judgeNodeToNodeEncryption, NODE_TO_NODE_MESSAGES } from '../../lib/search-domains.js';

export default defineRule({
  meta: {
    id: 'OPENSEARCH_NODE_TO_NODE_ENCRYPTION_CHECK',
    title: 'OpenSearch Service domains encrypt traffic between nodes',
    description:
      'Checks that an Amazon OpenSearch Service domain encrypts the traffic between its nodes with TLS (NodeToNodeEncryptionOptions.Enabled; off when unset), so data moving inside the cluster can not be read or altered on the network.',
    severity: 'medium',
    resourceTypes: ['AWS::OpenSearchService::Domain'],
    managedRule: 'opensearch-node-to-node-encryption-check',
    frameworks: {
      FSBP: ['Opensearch.3'],
      'NIST-800-53-r5': ['AC-4', 'SC-13', 'SC-23', 'SC-23(3)', 'SC-7(4)', 'SC-8', 'SC-8(1)', 'SC-8(2)'],
    },
    messages: NODE_TO_NODE_MESSAGES,
    remediation: 'Set `NodeToNodeEncryptionOptions: { Enabled: true }` on the domain.',
    examples: {
      noncompliant: [{ cloudformation: 'Resources:\n  Search:\n    Type: AWS::OpenSearchService::Domain\n    Properties:\n      EngineVersion: OpenSearch_2.11\n' }],
      compliant: [{ cloudformation: 'Resources:\n  Search:\n    Type: AWS::OpenSearchService::Domain\n    Properties:\n      EngineVersion: OpenSearch_2.11\n      NodeToNodeEncryptionOptions:\n        Enabled: true\n' }],
    },
  },
  check: (domain) => judgeNodeToNodeEncryption(domain),
});
