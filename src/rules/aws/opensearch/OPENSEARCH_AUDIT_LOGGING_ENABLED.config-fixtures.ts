import type { RuleCase } from '../../tester.js';
import { openSearchDomainItem } from './items.js';

const AUDIT = 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/opensearch/domains/audit';

export default [
  {
    name: 'config: audit logs published, disabled, and none',
    items: [
      openSearchDomainItem('audited', { AdvancedSecurityOptions: { Enabled: true, InternalUserDatabaseEnabled: true, AnonymousAuthEnabled: false }, LogPublishingOptions: { AUDIT_LOGS: { CloudWatchLogsLogGroupArn: AUDIT, Enabled: true } } }),
      openSearchDomainItem('disabled', { LogPublishingOptions: { AUDIT_LOGS: { CloudWatchLogsLogGroupArn: AUDIT, Enabled: false } } }),
      openSearchDomainItem('none'),
    ],
    expect: {
      audited: 'COMPLIANT',
      disabled: { status: 'NON_COMPLIANT', messageId: 'noAuditLogging' },
      none: { status: 'NON_COMPLIANT', messageId: 'noAuditLogging' },
    },
  },
  {
    name: 'config: audit logs to a group that is not in cloudWatchLogsLogGroupArnList',
    params: { cloudWatchLogsLogGroupArnList: 'arn:aws:logs:us-east-1:123456789012:log-group:/central/audit:*' },
    items: [openSearchDomainItem('elsewhere', { LogPublishingOptions: { AUDIT_LOGS: { CloudWatchLogsLogGroupArn: AUDIT, Enabled: true } } })],
    expect: { elsewhere: { status: 'NON_COMPLIANT', messageId: 'groupNotAllowed' } },
  },
] satisfies RuleCase[];
