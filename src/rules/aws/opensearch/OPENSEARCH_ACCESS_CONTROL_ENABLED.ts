import { defineRule } from '../../define.js';
import { ACCESS_CONTROL_MESSAGES, judgeFineGrainedAccessControl } from '../../lib/search-domains.js';

export default defineRule({
  meta: {
    id: 'OPENSEARCH_ACCESS_CONTROL_ENABLED',
    title: 'OpenSearch Service domains use fine-grained access control',
    description:
      'Checks that an Amazon OpenSearch Service domain has fine-grained access control enabled (AdvancedSecurityOptions.Enabled; off when unset), which authorises users per index, document and field instead of granting the whole domain.',
    severity: 'high',
    resourceTypes: ['AWS::OpenSearchService::Domain'],
    managedRule: 'opensearch-access-control-enabled',
    frameworks: {
      FSBP: ['Opensearch.7'],
      'NIST-800-53-r5': ['AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-5', 'AC-6'],
    },
    messages: ACCESS_CONTROL_MESSAGES,
    remediation: 'Set `AdvancedSecurityOptions: { Enabled: true, ... }` with a master user or IAM master ARN; fine-grained access control also needs HTTPS, node-to-node encryption and encryption at rest.',
    examples: {
      noncompliant: [{ cloudformation: 'Resources:\n  Search:\n    Type: AWS::OpenSearchService::Domain\n    Properties:\n      EngineVersion: OpenSearch_2.11\n' }],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Search:\n    Type: AWS::OpenSearchService::Domain\n    Properties:\n      EngineVersion: OpenSearch_2.11\n      AdvancedSecurityOptions:\n        Enabled: true\n        InternalUserDatabaseEnabled: false\n        MasterUserOptions:\n          MasterUserARN: arn:aws:iam::111122223333:role/search-admin\n      DomainEndpointOptions:\n        EnforceHTTPS: true\n      NodeToNodeEncryptionOptions:\n        Enabled: true\n      EncryptionAtRestOptions:\n        Enabled: true\n',
        },
      ],
    },
  },
  check: (domain) => judgeFineGrainedAccessControl(domain),
});
