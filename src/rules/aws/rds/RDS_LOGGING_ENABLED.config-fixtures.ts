import type { RuleCase } from '../../tester.js';
import { dbClusterItem, dbInstanceItem } from './fixture-items.js';

export default [
  {
    name: 'config: exports recorded on instances, an Aurora member with its cluster, states not evaluated',
    items: [
      dbInstanceItem('orders'),
      dbInstanceItem('reports', { engine: 'mysql', enabledCloudwatchLogsExports: ['error'] }),
      dbInstanceItem('empty', { engine: 'mariadb', enabledCloudwatchLogsExports: [] }),
      dbInstanceItem('stopped', { enabledCloudwatchLogsExports: [], dBInstanceStatus: 'stopped' }),
      dbClusterItem('analytics', { engine: 'aurora-mysql', enabledCloudwatchLogsExports: ['audit', 'error', 'general', 'slowquery'] }),
      dbInstanceItem('analytics-writer', { engine: 'aurora-mysql', dBClusterIdentifier: 'analytics', enabledCloudwatchLogsExports: [] }),
      dbInstanceItem('unrecorded', { enabledCloudwatchLogsExports: undefined }),
    ],
    expect: {
      'db-ORDERS': { status: 'COMPLIANT', messageId: 'enabled' },
      'db-REPORTS': { status: 'NON_COMPLIANT', messageId: 'missing', messageIncludes: 'audit, general, slowquery' },
      'db-EMPTY': { status: 'NON_COMPLIANT', messageId: 'missing' },
      'db-STOPPED': { status: 'NOT_APPLICABLE', messageId: 'notEvaluatedState' },
      'db-ANALYTICS-WRITER': { status: 'COMPLIANT', path: ['DBClusterIdentifier'] },
      'db-UNRECORDED': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
] satisfies RuleCase[];
