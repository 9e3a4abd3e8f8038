import { defineRule } from '../../define.js';
import { FAULT_TOLERANCE_MESSAGES, judgeDataNodeFaultTolerance } from '../../lib/search-domains.js';

export default defineRule({
  meta: {
    id: 'OPENSEARCH_DATA_NODE_FAULT_TOLERANCE',
    title: 'OpenSearch Service domains have at least three data nodes across zones',
    description:
      'Checks that an Amazon OpenSearch Service domain has at least three data nodes (ClusterConfig.InstanceCount; 1 when unset) and zone awareness (ClusterConfig.ZoneAwarenessEnabled; off when unset), so it stays available when a node or an Availability Zone fails.',
    severity: 'medium',
    resourceTypes: ['AWS::OpenSearchService::Domain'],
    managedRule: 'opensearch-data-node-fault-tolerance',
    frameworks: {
      FSBP: ['Opensearch.6'],
      'NIST-800-53-r5': ['CP-10', 'CP-6(2)', 'SC-36', 'SC-5(2)', 'SI-13(5)'],
    },
    messages: FAULT_TOLERANCE_MESSAGES,
    remediation: 'Set `ClusterConfig: { InstanceCount: 3, ZoneAwarenessEnabled: true, ZoneAwarenessConfig: { AvailabilityZoneCount: 3 } }` (or more nodes) on the domain.',
    examples: {
      noncompliant: [{ cloudformation: 'Resources:\n  Search:\n    Type: AWS::OpenSearchService::Domain\n    Properties:\n      EngineVersion: OpenSearch_2.11\n' }],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Search:\n    Type: AWS::OpenSearchService::Domain\n    Properties:\n      EngineVersion: OpenSearch_2.11\n      ClusterConfig:\n        InstanceCount: 3\n        ZoneAwarenessEnabled: true\n        ZoneAwarenessConfig:\n          AvailabilityZoneCount: 3\n',
        },
      ],
    },
  },
  check: (domain) => judgeDataNodeFaultTolerance(domain),
});
