import type { RuleCase } from '../../tester.js';
import { balancerArn, balancerV2Item } from './items.js';

export default [
  {
    name: 'config: two zones, one zone, and zones not recorded',
    items: [
      balancerV2Item('two'),
      balancerV2Item('one', {}, { type: 'network', availabilityZones: [{ zoneName: 'us-east-1a', subnetId: 'subnet-29428871' }] }),
      balancerV2Item('unrecorded', {}, { availabilityZones: undefined }),
    ],
    expect: {
      [balancerArn('two')]: 'COMPLIANT',
      [balancerArn('one', 'network')]: { status: 'NON_COMPLIANT', messageId: 'tooFew' },
      [balancerArn('unrecorded')]: { status: 'INSUFFICIENT_DATA', messageId: 'unknownZones' },
    },
  },
] satisfies RuleCase[];
