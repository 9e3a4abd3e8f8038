import type { RuleCase } from '../../tester.js';
import { scalableTargetItem, scalingPolicyItem, tableItem } from './items.js';

const provisioned = { billingModeSummary: null, provisionedThroughput: { numberOfDecreasesToday: 0, readCapacityUnits: 5, writeCapacityUnits: 5 } };
const READ = 'dynamodb:table:ReadCapacityUnits';
const WRITE = 'dynamodb:table:WriteCapacityUnits';

export default [
  {
    name: 'config: an on-demand table, a provisioned table with its scaling targets and policies, and one without',
    items: [
      tableItem('on-demand'),
      tableItem('scaled', provisioned),
      scalableTargetItem('table/scaled', READ),
      scalableTargetItem('table/scaled', WRITE),
      scalingPolicyItem('table/scaled', READ),
      scalingPolicyItem('table/scaled', WRITE),
      tableItem('fixed', provisioned),
    ],
    expect: {
      'on-demand': { status: 'COMPLIANT', messageId: 'onDemand' },
      scaled: 'COMPLIANT',
      fixed: { status: 'NON_COMPLIANT', messageId: 'notScaling' },
    },
  },
  {
    name: 'config: parameters against the recorded targets and policies',
    params: { minProvisionedWriteCapacity: 10, maxProvisionedReadCapacity: 100 },
    items: [tableItem('tuned', provisioned), scalableTargetItem('table/tuned', READ), scalableTargetItem('table/tuned', WRITE, 5, 100), scalingPolicyItem('table/tuned', READ), scalingPolicyItem('table/tuned', WRITE)],
    expect: { tuned: { status: 'NON_COMPLIANT', messageId: 'wrongSettings', messageIncludes: 'MinCapacity 5, not 10' } },
  },
] satisfies RuleCase[];
