import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const AUDIT = 'arn:aws:logs:us-east-1:111122223333:log-group:/aws/opensearch/audit';
const OTHER = 'arn:aws:logs:us-east-1:111122223333:log-group:/aws/opensearch/other';

export default [
  {
    name: 'audit logs published to a group created alongside, disabled, unset, and only application logs',
    template: `
Resources:
  AuditLogs:
    Type: AWS::Logs::LogGroup
  Audited:
    Type: AWS::OpenSearchService::Domain
    Properties:
      AdvancedSecurityOptions: { Enabled: true, InternalUserDatabaseEnabled: true }
      LogPublishingOptions:
        AUDIT_LOGS: { Enabled: true, CloudWatchLogsLogGroupArn: !GetAtt AuditLogs.Arn }
  Disabled:
    Type: AWS::OpenSearchService::Domain
    Properties:
      LogPublishingOptions:
        AUDIT_LOGS: { Enabled: false, CloudWatchLogsLogGroupArn: ${AUDIT} }
  EnabledUnset:
    Type: AWS::OpenSearchService::Domain
    Properties:
      LogPublishingOptions:
        AUDIT_LOGS: { CloudWatchLogsLogGroupArn: ${AUDIT} }
  ApplicationLogsOnly:
    Type: AWS::OpenSearchService::Domain
    Properties:
      LogPublishingOptions:
        ES_APPLICATION_LOGS: { Enabled: true, CloudWatchLogsLogGroupArn: ${AUDIT} }
  NoLogs:
    Type: AWS::OpenSearchService::Domain
    Properties:
      EngineVersion: OpenSearch_2.11
`,
    expect: {
      Audited: { status: 'COMPLIANT', path: ['LogPublishingOptions', 'AUDIT_LOGS'] },
      Disabled: { status: 'NON_COMPLIANT', messageId: 'noAuditLogging', path: ['LogPublishingOptions', 'AUDIT_LOGS', 'Enabled'] },
      EnabledUnset: { status: 'NON_COMPLIANT', messageId: 'noAuditLogging', path: ['LogPublishingOptions', 'AUDIT_LOGS'] },
      ApplicationLogsOnly: { status: 'NON_COMPLIANT', messageId: 'noAuditLogging', path: ['LogPublishingOptions'] },
      NoLogs: { status: 'NON_COMPLIANT', messageId: 'noAuditLogging', path: [] },
    },
  },
  {
    name: 'cloudWatchLogsLogGroupArnList: an expected group (with or without :*), another group, and a group known at deployment',
    params: { cloudWatchLogsLogGroupArnList: `${AUDIT}:*` },
    template: `
Resources:
  AuditLogs:
    Type: AWS::Logs::LogGroup
  Expected:
    Type: AWS::OpenSearchService::Domain
    Properties:
      LogPublishingOptions:
        AUDIT_LOGS: { Enabled: true, CloudWatchLogsLogGroupArn: ${AUDIT} }
  Other:
    Type: AWS::OpenSearchService::Domain
    Properties:
      LogPublishingOptions:
        AUDIT_LOGS: { Enabled: true, CloudWatchLogsLogGroupArn: ${OTHER} }
  NewGroup:
    Type: AWS::OpenSearchService::Domain
    Properties:
      LogPublishingOptions:
        AUDIT_LOGS: { Enabled: true, CloudWatchLogsLogGroupArn: !GetAtt AuditLogs.Arn }
`,
    expect: {
      Expected: { status: 'COMPLIANT', messageIncludes: AUDIT },
      Other: { status: 'NON_COMPLIANT', messageId: 'groupNotAllowed', path: ['LogPublishingOptions', 'AUDIT_LOGS', 'CloudWatchLogsLogGroupArn'] },
      NewGroup: { status: 'INSUFFICIENT_DATA', messageId: 'unknownAuditLogging' },
    },
  },
  {
    name: 'hcl: audit logs published, and not',
    hcl: `
resource "aws_cloudwatch_log_group" "audit" {
  name = "/aws/opensearch/audit"
}

resource "aws_opensearch_domain" "audited" {
  domain_name = "audited"
  advanced_security_options {
    enabled                        = true
    internal_user_database_enabled = true
  }
  log_publishing_options {
    log_type                 = "AUDIT_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.audit.arn
  }
}

resource "aws_opensearch_domain" "application_only" {
  domain_name = "application-only"
  log_publishing_options {
    log_type                 = "ES_APPLICATION_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.audit.arn
  }
}
`,
    expect: {
      'aws_opensearch_domain.audited': 'COMPLIANT',
      'aws_opensearch_domain.application_only': { status: 'NON_COMPLIANT', messageId: 'noAuditLogging' },
    },
  },
  {
    name: 'plan: the expected group, another group, and no audit logs',
    params: { cloudWatchLogsLogGroupArnList: AUDIT },
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_opensearch_domain.expected', { domain_name: 'expected', log_publishing_options: [{ log_type: 'AUDIT_LOGS', cloudwatch_log_group_arn: `${AUDIT}:*`, enabled: true }] }, { arn: true }),
        created('aws_opensearch_domain.other', { domain_name: 'other', log_publishing_options: [{ log_type: 'AUDIT_LOGS', cloudwatch_log_group_arn: OTHER, enabled: true }] }, { arn: true }),
        created('aws_opensearch_domain.none', { domain_name: 'none', log_publishing_options: [] }, { arn: true }),
      ],
    },
    expect: {
      'aws_opensearch_domain.expected': 'COMPLIANT',
      'aws_opensearch_domain.other': { status: 'NON_COMPLIANT', messageId: 'groupNotAllowed' },
      'aws_opensearch_domain.none': { status: 'NON_COMPLIANT', messageId: 'noAuditLogging' },
    },
  },
] satisfies RuleCase[];
