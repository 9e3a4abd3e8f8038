import { defineRule } from '../../define.js';
import { judgeLogsToCloudWatch, LOGS_MESSAGES } from '../../lib/search-domains.js';

export default defineRule<{ logTypes?: string[] }>({
  meta: {
    id: 'ELASTICSEARCH_LOGS_TO_CLOUDWATCH',
    title: 'Elasticsearch domains publish logs to CloudWatch Logs',
    description:
      'Checks that a domain declared as AWS::Elasticsearch::Domain (the legacy form of OpenSearch Service) publishes logs to CloudWatch Logs: every type in logTypes (search, index, error) or, without it, at least one of the search slow, index slow and error logs. Security Hub runs this rule with logTypes error.',
    severity: 'medium',
    resourceTypes: ['AWS::Elasticsearch::Domain'],
    managedRule: 'elasticsearch-logs-to-cloudwatch',
    frameworks: {
      FSBP: ['ES.4'],
      'NIST-800-53-r5': ['AC-2(4)', 'AC-4(26)', 'AC-6(9)', 'AU-10', 'AU-12', 'AU-2', 'AU-3', 'AU-6(3)', 'AU-6(4)', 'CA-7', 'SC-7(9)', 'SI-3(8)', 'SI-4(20)', 'SI-7(8)'],
      'PCI-DSS-v3.2.1': ['10.1', '10.2.1', '10.2.2', '10.2.3', '10.2.4', '10.2.5', '10.3.1', '10.3.2', '10.3.3', '10.3.4', '10.3.5', '10.3.6'],
    },
    parameters: {
      logTypes: {
        type: 'string-list',
        description: 'Log types that must be published: search (SEARCH_SLOW_LOGS), index (INDEX_SLOW_LOGS), error (ES_APPLICATION_LOGS). Any one of them when absent.',
      },
    },
    messages: LOGS_MESSAGES,
    remediation: 'Add `LogPublishingOptions` entries (e.g. `ES_APPLICATION_LOGS: { Enabled: true, CloudWatchLogsLogGroupArn: <log group ARN> }`), with a CloudWatch Logs resource policy that lets the service write to the group.',
    examples: {
      noncompliant: [{ cloudformation: 'Resources:\n  Search:\n    Type: AWS::Elasticsearch::Domain\n    Properties:\n      ElasticsearchVersion: "7.10"\n' }],
      compliant: [
        {
          params: { logTypes: 'error' },
          cloudformation:
            'Resources:\n  Logs:\n    Type: AWS::Logs::LogGroup\n  Search:\n    Type: AWS::Elasticsearch::Domain\n    Properties:\n      ElasticsearchVersion: "7.10"\n      LogPublishingOptions:\n        ES_APPLICATION_LOGS:\n          Enabled: true\n          CloudWatchLogsLogGroupArn: !GetAtt Logs.Arn\n',
        },
      ],
    },
  },
  check: (domain, { params }) => judgeLogsToCloudWatch(domain, params.logTypes),
});
