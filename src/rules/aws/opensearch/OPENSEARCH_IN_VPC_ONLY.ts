import { defineRule } from '../../define.js';
import { IN_VPC_MESSAGES, judgeInVpc } from '../../lib/search-domains.js';

export default defineRule({
  meta: {
    id: 'OPENSEARCH_IN_VPC_ONLY',
    title: 'OpenSearch Service domains are in a VPC',
    description:
      'Checks that an Amazon OpenSearch Service domain is placed in a VPC (VPCOptions with at least one subnet). A domain outside a VPC has a public endpoint that anyone on the internet can reach, guarded only by its access policy.',
    severity: 'high',
    resourceTypes: ['AWS::OpenSearchService::Domain'],
    managedRule: 'opensearch-in-vpc-only',
    frameworks: {
      FSBP: ['Opensearch.2'],
      'NIST-800-53-r5': ['AC-21', 'AC-3', 'AC-3(7)', 'AC-4', 'AC-4(21)', 'AC-6', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(20)', 'SC-7(21)', 'SC-7(3)', 'SC-7(4)', 'SC-7(9)'],
      'PCI-DSS-v3.2.1': ['1.2.1', '1.3.1', '1.3.2', '1.3.4', '1.3.6'],
    },
    messages: IN_VPC_MESSAGES,
    remediation: 'Create the domain with `VPCOptions` naming private subnets (and security groups); a public domain can not be moved into a VPC, so migrate its data to a new domain.',
    examples: {
      noncompliant: [{ cloudformation: 'Resources:\n  Search:\n    Type: AWS::OpenSearchService::Domain\n    Properties:\n      EngineVersion: OpenSearch_2.11\n' }],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Search:\n    Type: AWS::OpenSearchService::Domain\n    Properties:\n      EngineVersion: OpenSearch_2.11\n      VPCOptions:\n        SubnetIds: [subnet-0a1b2c3d4e5f60718]\n        SecurityGroupIds: [sg-0a1b2c3d4e5f60718]\n',
        },
      ],
    },
  },
  check: (domain) => judgeInVpc(domain),
});
