import type { RuleCase } from '../../tester.js';
import { elasticsearchDomainItem } from './items.js';

const GROUP = 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/es/domains/logs';

export default [
  {
    name: 'config: error logs published (camelCase fields), disabled, and none (items without logPublishingOptions)',
    params: { logTypes: 'error' },
    items: [
      elasticsearchDomainItem('errors', { logPublishingOptions: { ES_APPLICATION_LOGS: { cloudWatchLogsLogGroupArn: GROUP, enabled: true } } }),
      elasticsearchDomainItem('disabled', { logPublishingOptions: { ES_APPLICATION_LOGS: { cloudWatchLogsLogGroupArn: GROUP, enabled: false } } }),
      elasticsearchDomainItem('none'),
    ],
    expect: {
      '123456789012/errors': 'COMPLIANT',
      '123456789012/disabled': { status: 'NON_COMPLIANT', messageId: 'notPublishing' },
      '123456789012/none': { status: 'NON_COMPLIANT', messageId: 'notPublishing' },
    },
  },
] satisfies RuleCase[];
