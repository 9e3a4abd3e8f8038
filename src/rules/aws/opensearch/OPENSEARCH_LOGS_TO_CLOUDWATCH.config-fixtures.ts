import type { RuleCase } from '../../tester.js';
import { openSearchDomainItem } from './items.js';

const GROUP = 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/opensearch/domains/logs';

export default [
  {
    name: 'config: error logs published, index slow logs disabled, and no log publishing',
    params: { logTypes: 'error' },
    items: [
      openSearchDomainItem('errors', { LogPublishingOptions: { ES_APPLICATION_LOGS: { CloudWatchLogsLogGroupArn: GROUP, Enabled: true } } }),
      openSearchDomainItem('disabled', { LogPublishingOptions: { ES_APPLICATION_LOGS: { CloudWatchLogsLogGroupArn: GROUP, Enabled: false }, INDEX_SLOW_LOGS: { CloudWatchLogsLogGroupArn: GROUP, Enabled: true } } }),
      openSearchDomainItem('none'),
    ],
    expect: {
      errors: 'COMPLIANT',
      disabled: { status: 'NON_COMPLIANT', messageId: 'notPublishing' },
      none: { status: 'NON_COMPLIANT', messageId: 'notPublishing' },
    },
  },
] satisfies RuleCase[];
