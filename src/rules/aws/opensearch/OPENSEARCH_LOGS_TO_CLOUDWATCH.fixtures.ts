import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const GROUP = 'arn:aws:logs:us-east-1:111122223333:log-group:/aws/opensearch/search:*';

export default [
  {
    name: 'without logTypes: any of the search slow, index slow and error logs will do; audit logs alone do not',
    template: `
Parameters:
  PublishErrors:
    Type: String
Resources:
  Logs:
    Type: AWS::Logs::LogGroup
  ErrorLogs:
    Type: AWS::OpenSearchService::Domain
    Properties:
      LogPublishingOptions:
        ES_APPLICATION_LOGS: { Enabled: true, CloudWatchLogsLogGroupArn: !GetAtt Logs.Arn }
  SearchSlowLogs:
    Type: AWS::OpenSearchService::Domain
    Properties:
      LogPublishingOptions:
        SEARCH_SLOW_LOGS: { Enabled: true, CloudWatchLogsLogGroupArn: ${GROUP} }
        INDEX_SLOW_LOGS: { Enabled: false, CloudWatchLogsLogGroupArn: ${GROUP} }
  EnabledUnset:
    Type: AWS::OpenSearchService::Domain
    Properties:
      LogPublishingOptions:
        ES_APPLICATION_LOGS: { CloudWatchLogsLogGroupArn: ${GROUP} }
  AuditOnly:
    Type: AWS::OpenSearchService::Domain
    Properties:
      LogPublishingOptions:
        AUDIT_LOGS: { Enabled: true, CloudWatchLogsLogGroupArn: ${GROUP} }
  NoGroup:
    Type: AWS::OpenSearchService::Domain
    Properties:
      LogPublishingOptions:
        ES_APPLICATION_LOGS: { Enabled: true }
  GroupNotAString:
    Type: AWS::OpenSearchService::Domain
    Properties:
      LogPublishingOptions:
        ES_APPLICATION_LOGS: { Enabled: true, CloudWatchLogsLogGroupArn: [1, 2] }
  NoLogs:
    Type: AWS::OpenSearchService::Domain
    Properties:
      EngineVersion: OpenSearch_2.11
  FromParameter:
    Type: AWS::OpenSearchService::Domain
    Properties:
      LogPublishingOptions:
        ES_APPLICATION_LOGS: { Enabled: !Ref PublishErrors, CloudWatchLogsLogGroupArn: ${GROUP} }
`,
    expect: {
      ErrorLogs: { status: 'COMPLIANT', path: ['LogPublishingOptions', 'ES_APPLICATION_LOGS'] },
      SearchSlowLogs: 'COMPLIANT',
      EnabledUnset: { status: 'NON_COMPLIANT', messageId: 'notPublishing' },
      AuditOnly: { status: 'NON_COMPLIANT', messageId: 'notPublishing', path: ['LogPublishingOptions'] },
      NoGroup: { status: 'NON_COMPLIANT', messageId: 'notPublishing' },
      GroupNotAString: { status: 'INSUFFICIENT_DATA', messageIncludes: 'malformed' },
      NoLogs: { status: 'NON_COMPLIANT', messageId: 'notPublishing', path: [] },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownLogs' },
    },
  },
  {
    name: 'logTypes error,search: every listed type must be published',
    params: { logTypes: 'error, search' },
    template: `
Parameters:
  PublishSearch:
    Type: String
Resources:
  Both:
    Type: AWS::OpenSearchService::Domain
    Properties:
      LogPublishingOptions:
        ES_APPLICATION_LOGS: { Enabled: true, CloudWatchLogsLogGroupArn: ${GROUP} }
        SEARCH_SLOW_LOGS: { Enabled: true, CloudWatchLogsLogGroupArn: ${GROUP} }
  ErrorOnly:
    Type: AWS::OpenSearchService::Domain
    Properties:
      LogPublishingOptions:
        ES_APPLICATION_LOGS: { Enabled: true, CloudWatchLogsLogGroupArn: ${GROUP} }
  SearchUnknown:
    Type: AWS::OpenSearchService::Domain
    Properties:
      LogPublishingOptions:
        ES_APPLICATION_LOGS: { Enabled: true, CloudWatchLogsLogGroupArn: ${GROUP} }
        SEARCH_SLOW_LOGS: { Enabled: !Ref PublishSearch, CloudWatchLogsLogGroupArn: ${GROUP} }
`,
    expect: {
      Both: { status: 'COMPLIANT', messageIncludes: 'ES_APPLICATION_LOGS, SEARCH_SLOW_LOGS' },
      ErrorOnly: { status: 'NON_COMPLIANT', messageId: 'notPublishing', messageIncludes: 'SEARCH_SLOW_LOGS', path: ['LogPublishingOptions'] },
      SearchUnknown: { status: 'INSUFFICIENT_DATA', messageId: 'unknownLogs' },
    },
  },
  {
    name: 'a logTypes entry that is not a log type is a configuration error, not a verdict',
    params: { logTypes: 'slow' },
    template: `
Resources:
  Domain:
    Type: AWS::OpenSearchService::Domain
    Properties:
      EngineVersion: OpenSearch_2.11
`,
    expect: { Domain: { status: 'ERROR', messageIncludes: 'not a log type' } },
  },
  {
    name: 'hcl: log_publishing_options blocks (enabled defaults to true), a disabled one, and none',
    hcl: `
resource "aws_cloudwatch_log_group" "search" {
  name = "/aws/opensearch/search"
}

resource "aws_opensearch_domain" "errors" {
  domain_name = "errors"
  log_publishing_options {
    log_type                 = "ES_APPLICATION_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.search.arn
  }
}

resource "aws_opensearch_domain" "disabled" {
  domain_name = "disabled"
  log_publishing_options {
    log_type                 = "INDEX_SLOW_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.search.arn
    enabled                  = false
  }
}

resource "aws_opensearch_domain" "none" {
  domain_name = "none"
}
`,
    expect: {
      'aws_opensearch_domain.errors': 'COMPLIANT',
      'aws_opensearch_domain.disabled': { status: 'NON_COMPLIANT', messageId: 'notPublishing' },
      'aws_opensearch_domain.none': { status: 'NON_COMPLIANT', messageId: 'notPublishing' },
    },
  },
  {
    name: 'plan: logTypes error with error logs, with index logs only, and with the log group created alongside',
    params: { logTypes: 'error' },
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_opensearch_domain.errors', { domain_name: 'errors', log_publishing_options: [{ log_type: 'ES_APPLICATION_LOGS', cloudwatch_log_group_arn: GROUP, enabled: true }] }, { arn: true }),
        created('aws_opensearch_domain.index_only', { domain_name: 'index-only', log_publishing_options: [{ log_type: 'INDEX_SLOW_LOGS', cloudwatch_log_group_arn: GROUP, enabled: true }] }, { arn: true }),
        created('aws_cloudwatch_log_group.new', { name: '/aws/opensearch/new' }, { arn: true }),
        created('aws_opensearch_domain.new_group', { domain_name: 'new-group', log_publishing_options: [{ log_type: 'ES_APPLICATION_LOGS', enabled: true }] }, { arn: true, log_publishing_options: [{ cloudwatch_log_group_arn: true }] }),
      ],
    },
    expect: {
      'aws_opensearch_domain.errors': 'COMPLIANT',
      'aws_opensearch_domain.index_only': { status: 'NON_COMPLIANT', messageId: 'notPublishing', messageIncludes: 'ES_APPLICATION_LOGS' },
      // A log group known only after apply is a log group: the logs are published.
      'aws_opensearch_domain.new_group': 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
