import type { RuleCase } from '../../tester.js';
import { balancerArn, balancerV2Item } from './items.js';

export default [
  {
    name: 'config: waf.enabled true, false, and not recorded',
    items: [balancerV2Item('protected', { 'waf.enabled': 'true' }), balancerV2Item('open', { 'waf.enabled': 'false' }), balancerV2Item('unrecorded')],
    expect: {
      [balancerArn('protected')]: 'COMPLIANT',
      [balancerArn('open')]: { status: 'NON_COMPLIANT', messageId: 'unprotected' },
      [balancerArn('unrecorded')]: { status: 'INSUFFICIENT_DATA', messageId: 'unknownAcl' },
    },
  },
] satisfies RuleCase[];
