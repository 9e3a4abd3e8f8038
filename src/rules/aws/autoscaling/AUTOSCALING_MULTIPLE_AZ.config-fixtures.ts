import type { RuleCase } from '../../tester.js';
import { groupArn, groupItem } from './items.js';

export default [
  {
    name: 'config: two zones, one zone, and zones not recorded',
    items: [
      groupItem('spread', { availabilityZones: ['us-east-1a', 'us-east-1b'], vpczoneIdentifier: 'subnet-0a1b2c3d4e5f60001,subnet-0a1b2c3d4e5f60002' }),
      groupItem('single'),
      groupItem('unrecorded', {}, ['availabilityZones']),
    ],
    expect: {
      [groupArn('spread')]: 'COMPLIANT',
      [groupArn('single')]: { status: 'NON_COMPLIANT', messageId: 'tooFew' },
      [groupArn('unrecorded')]: { status: 'INSUFFICIENT_DATA', messageId: 'unknownZones' },
    },
  },
] satisfies RuleCase[];
