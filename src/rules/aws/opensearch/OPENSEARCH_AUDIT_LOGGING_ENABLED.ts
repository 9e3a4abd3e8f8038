import { defineRule } from '../../define.js';
import { AUDIT_LOG_MESSAGES, judgeAuditLogging } from '../../lib/search-domains.js';

export default defineRule<{ cloudWatchLogsLogGroupArnList?: string[] }>({
  meta: {
    id: 'OPENSEARCH_AUDIT_LOGGING_ENABLED',
    title: 'OpenSearch Service domains publish audit logs',
    description:
      'Checks that an Amazon OpenSearch Service domain publishes audit logs to CloudWatch Logs (LogPublishingOptions.AUDIT_LOGS enabled, with a log group), optionally to one of the given log groups. Audit logs record who accessed which data and who changed the security configuration.',
    severity: 'medium',
    resourceTypes: ['AWS::OpenSearchService::Domain'],
    managedRule: 'opensearch-audit-logging-enabled',
    frameworks: {
      FSBP: ['Opensearch.5'],
      'NIST-800-53-r5': ['AC-2(4)', 'AC-4(26)', 'AC-6(9)', 'AU-10', 'AU-12', 'AU-2', 'AU-3', 'AU-6(3)', 'AU-6(4)', 'CA-7', 'SC-7(9)', 'SI-3(8)', 'SI-4(20)', 'SI-7(8)'],
    },
    parameters: {
      cloudWatchLogsLogGroupArnList: {
        type: 'string-list',
        description: 'ARNs of the CloudWatch Logs log groups audit logs may go to, with or without the `:*` suffix (any log group when absent).',
      },
    },
    messages: AUDIT_LOG_MESSAGES,
    remediation: 'Enable fine-grained access control and add `LogPublishingOptions: { AUDIT_LOGS: { Enabled: true, CloudWatchLogsLogGroupArn: <log group ARN> } }`, with a CloudWatch Logs resource policy that lets OpenSearch Service write to the group.',
    examples: {
      noncompliant: [{ cloudformation: 'Resources:\n  Search:\n    Type: AWS::OpenSearchService::Domain\n    Properties:\n      EngineVersion: OpenSearch_2.11\n' }],
      compliant: [
        {
          cloudformation:
            'Resources:\n  AuditLogs:\n    Type: AWS::Logs::LogGroup\n  Search:\n    Type: AWS::OpenSearchService::Domain\n    Properties:\n      EngineVersion: OpenSearch_2.11\n      LogPublishingOptions:\n        AUDIT_LOGS:\n          Enabled: true\n          CloudWatchLogsLogGroupArn: !GetAtt AuditLogs.Arn\n',
        },
      ],
    },
  },
  check: (domain, { params }) => judgeAuditLogging(domain, params.cloudWatchLogsLogGroupArnList),
});
