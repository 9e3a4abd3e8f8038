import { defineRule } from '../../define.js';
import { HTTPS_MESSAGES, judgeHttpsRequired } from '../../lib/search-domains.js';

export default defineRule<{ tlsPolicies?: string[] }>({
  meta: {
    id: 'OPENSEARCH_HTTPS_REQUIRED',
    title: 'OpenSearch Service domains require HTTPS',
    description:
      'Checks that an Amazon OpenSearch Service domain requires HTTPS for all traffic (DomainEndpointOptions.EnforceHTTPS; off when unset) and, when tlsPolicies is given, uses one of those TLS security policies. Security Hub runs this rule with tlsPolicies Policy-Min-TLS-1-2-PFS-2023-10.',
    severity: 'medium',
    resourceTypes: ['AWS::OpenSearchService::Domain'],
    managedRule: 'opensearch-https-required',
    frameworks: {
      FSBP: ['Opensearch.8'],
      'NIST-800-53-r5': ['AC-17(2)', 'AC-4', 'IA-5(1)', 'SC-12(3)', 'SC-13', 'SC-23', 'SC-23(3)', 'SC-7(4)', 'SC-8', 'SC-8(1)', 'SC-8(2)', 'SI-7(6)'],
    },
    parameters: {
      tlsPolicies: {
        type: 'string-list',
        description: 'TLS security policies the domain may use, e.g. Policy-Min-TLS-1-2-PFS-2023-10 (any policy when absent).',
      },
    },
    messages: HTTPS_MESSAGES,
    remediation: 'Set `DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: Policy-Min-TLS-1-2-PFS-2023-10 }` on the domain.',
    examples: {
      noncompliant: [{ cloudformation: 'Resources:\n  Search:\n    Type: AWS::OpenSearchService::Domain\n    Properties:\n      EngineVersion: OpenSearch_2.11\n' }],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Search:\n    Type: AWS::OpenSearchService::Domain\n    Properties:\n      EngineVersion: OpenSearch_2.11\n      DomainEndpointOptions:\n        EnforceHTTPS: true\n        TLSSecurityPolicy: Policy-Min-TLS-1-2-PFS-2023-10\n',
        },
      ],
    },
  },
  check: (domain, { params }) => judgeHttpsRequired(domain, params.tlsPolicies),
});
