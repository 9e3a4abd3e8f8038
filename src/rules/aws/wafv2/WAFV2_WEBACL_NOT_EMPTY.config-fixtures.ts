import type { RuleCase } from '../../tester.js';
import { managedRule, webAclItem } from './items.js';

export default [
  {
    name: 'config: a web ACL with a managed rule group, one without rules, and one whose rules Config did not record',
    items: [webAclItem('protected', [managedRule]), webAclItem('bare', []), webAclItem('unrecorded', undefined)],
    expect: {
      'protected-a1b2c3d4|protected|REGIONAL': 'COMPLIANT',
      'bare-a1b2c3d4|bare|REGIONAL': { status: 'NON_COMPLIANT', messageId: 'empty' },
      'unrecorded-a1b2c3d4|unrecorded|REGIONAL': { status: 'INSUFFICIENT_DATA', messageId: 'unknownRules' },
    },
  },
] satisfies RuleCase[];
