import type { RuleCase } from '../../tester.js';
import { projectItem } from './items.js';

export default [
  {
    name: 'config: CloudWatch Logs on (the RDK example), both off, logs configuration not recorded',
    items: [
      projectItem('rdk'),
      projectItem('silent', { logsConfig: { cloudWatchLogs: { status: 'DISABLED' }, s3Logs: { status: 'DISABLED', encryptionDisabled: false } } }),
      projectItem('unrecorded', { logsConfig: undefined }),
    ],
    expect: {
      rdk: 'COMPLIANT',
      silent: { status: 'NON_COMPLIANT', messageId: 'disabled' },
      unrecorded: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
] satisfies RuleCase[];
