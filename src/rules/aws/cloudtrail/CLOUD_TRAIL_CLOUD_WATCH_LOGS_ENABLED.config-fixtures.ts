import type { RuleCase } from '../../tester.js';
import { trailItem } from './items.js';

export default [
  {
    name: 'config: a trail with a log group and one without',
    items: [
      trailItem('streamed', { cloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:cloudtrail:*', cloudWatchLogsRoleArn: 'arn:aws:iam::123456789012:role/cloudtrail-to-logs' }),
      trailItem('plain'),
    ],
    expect: {
      streamed: 'COMPLIANT',
      plain: { status: 'NON_COMPLIANT', messageId: 'noLogGroup' },
    },
  },
] satisfies RuleCase[];
