import type { RuleCase } from '../../tester.js';
import { alarmItem } from './CLOUDWATCH_ALARM_ACTION_CHECK.config-fixtures.js';

export default [
  {
    name: 'config: actionsEnabled true and false, and not recorded',
    items: [alarmItem('live', {}), alarmItem('muted', { actionsEnabled: false }), alarmItem('unrecorded', { actionsEnabled: null })],
    expect: {
      live: 'COMPLIANT',
      muted: { status: 'NON_COMPLIANT', messageId: 'disabled' },
      unrecorded: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEnabled' },
    },
  },
] satisfies RuleCase[];
