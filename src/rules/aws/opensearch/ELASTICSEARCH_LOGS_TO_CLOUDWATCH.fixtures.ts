import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const GROUP = 'arn:aws:logs:us-east-1:111122223333:log-group:/aws/es/search';

export default [
  {
    name: 'index slow logs published, logs disabled, and no log publishing',
    template: `
Resources:
  IndexLogs:
    Type: AWS::Elasticsearch::Domain
    Properties:
      LogPublishingOptions:
        INDEX_SLOW_LOGS: { Enabled: true, CloudWatchLogsLogGroupArn: ${GROUP} }
  Disabled:
    Type: AWS::Elasticsearch::Domain
    Properties:
      LogPublishingOptions:
        INDEX_SLOW_LOGS: { Enabled: false, CloudWatchLogsLogGroupArn: ${GROUP} }
  NoLogs:
    Type: AWS::Elasticsearch::Domain
    Properties:
      ElasticsearchVersion: "7.10"
  UnknownOptions:
    Type: AWS::Elasticsearch::Domain
    Properties:
      LogPublishingOptions: !ImportValue shared-log-options
`,
    expect: {
      IndexLogs: 'COMPLIANT',
      Disabled: { status: 'NON_COMPLIANT', messageId: 'notPublishing', path: ['LogPublishingOptions'] },
      NoLogs: { status: 'NON_COMPLIANT', messageId: 'notPublishing' },
      UnknownOptions: { status: 'INSUFFICIENT_DATA', messageId: 'unknownLogs' },
    },
  },
  {
    name: 'logTypes error as Security Hub runs it',
    params: { logTypes: 'error' },
    template: `
Resources:
  ErrorLogs:
    Type: AWS::Elasticsearch::Domain
    Properties:
      LogPublishingOptions:
        ES_APPLICATION_LOGS: { Enabled: true, CloudWatchLogsLogGroupArn: ${GROUP} }
  SlowLogsOnly:
    Type: AWS::Elasticsearch::Domain
    Properties:
      LogPublishingOptions:
        SEARCH_SLOW_LOGS: { Enabled: true, CloudWatchLogsLogGroupArn: ${GROUP} }
`,
    expect: {
      ErrorLogs: 'COMPLIANT',
      SlowLogsOnly: { status: 'NON_COMPLIANT', messageId: 'notPublishing' },
    },
  },
  {
    name: 'hcl: aws_elasticsearch_domain log_publishing_options',
    hcl: `
resource "aws_elasticsearch_domain" "logs" {
  domain_name = "logs"
  log_publishing_options {
    log_type                 = "SEARCH_SLOW_LOGS"
    cloudwatch_log_group_arn = "${GROUP}"
  }
}

resource "aws_elasticsearch_domain" "none" {
  domain_name = "none"
}
`,
    expect: {
      'aws_elasticsearch_domain.logs': 'COMPLIANT',
      'aws_elasticsearch_domain.none': { status: 'NON_COMPLIANT', messageId: 'notPublishing' },
    },
  },
  {
    name: 'plan: logs published, none, and a log type known only after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_elasticsearch_domain.logs', { domain_name: 'logs', log_publishing_options: [{ log_type: 'ES_APPLICATION_LOGS', cloudwatch_log_group_arn: GROUP, enabled: true }] }, { arn: true }),
        created('aws_elasticsearch_domain.none', { domain_name: 'none', log_publishing_options: [] }, { arn: true }),
        created('aws_elasticsearch_domain.later', { domain_name: 'later', log_publishing_options: [{ cloudwatch_log_group_arn: GROUP, enabled: true }] }, { arn: true, log_publishing_options: [{ log_type: true }] }),
      ],
    },
    expect: {
      'aws_elasticsearch_domain.logs': 'COMPLIANT',
      'aws_elasticsearch_domain.none': { status: 'NON_COMPLIANT', messageId: 'notPublishing' },
      'aws_elasticsearch_domain.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownLogs' },
    },
  },
] satisfies RuleCase[];
