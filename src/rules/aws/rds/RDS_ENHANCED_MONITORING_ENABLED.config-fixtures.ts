import type { RuleCase } from '../../tester.js';
import { dbInstanceItem } from './fixture-items.js';

export default [
  {
    name: 'config: monitoringInterval 60, 0 and not recorded',
    items: [
      dbInstanceItem('orders'),
      dbInstanceItem('reports', { engine: 'mysql', monitoringInterval: 0, monitoringRoleArn: undefined, enhancedMonitoringResourceArn: undefined }),
      dbInstanceItem('unrecorded', { monitoringInterval: undefined }),
    ],
    expect: {
      'db-ORDERS': { status: 'COMPLIANT', messageId: 'enabled' },
      'db-REPORTS': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'db-UNRECORDED': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
  {
    name: 'config: a required interval, as AWS Config passes parameters (text)',
    params: { monitoringInterval: '60' },
    items: [dbInstanceItem('orders'), dbInstanceItem('reports', { monitoringInterval: 30 })],
    expect: {
      'db-ORDERS': 'COMPLIANT',
      'db-REPORTS': { status: 'NON_COMPLIANT', messageId: 'wrongInterval' },
    },
  },
] satisfies RuleCase[];
