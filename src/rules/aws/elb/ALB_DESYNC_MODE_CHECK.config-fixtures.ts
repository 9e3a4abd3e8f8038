import type { RuleCase } from '../../tester.js';
import { balancerArn, balancerV2Item } from './items.js';

export default [
  {
    name: 'config: defensive, monitor, and attributes not recorded',
    items: [
      balancerV2Item('defensive', { 'routing.http.desync_mitigation_mode': 'defensive' }),
      balancerV2Item('monitor', { 'routing.http.desync_mitigation_mode': 'monitor' }),
      balancerV2Item('unrecorded', {}, {}, {}),
    ],
    expect: {
      [balancerArn('defensive')]: 'COMPLIANT',
      [balancerArn('monitor')]: { status: 'NON_COMPLIANT', messageId: 'otherMode' },
      [balancerArn('unrecorded')]: { status: 'INSUFFICIENT_DATA', messageId: 'unknownMode' },
    },
  },
] satisfies RuleCase[];
