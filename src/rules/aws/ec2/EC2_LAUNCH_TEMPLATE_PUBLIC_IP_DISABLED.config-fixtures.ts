import type { RuleCase } from '../../tester.js';
import { launchTemplateItem } from './launch-template-items.js';

const ITEMS = [
  launchTemplateItem('lt-0bbbbbbbbbbbbbbb1', { NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: true, DeleteOnTermination: true }] }),
  launchTemplateItem('lt-0bbbbbbbbbbbbbbb2', { NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: false }] }),
];

export default [
  {
    name: 'config: a launch template assigning public addresses and one not',
    items: ITEMS,
    expect: {
      'lt-0bbbbbbbbbbbbbbb1': { status: 'NON_COMPLIANT', messageId: 'publicIp' },
      'lt-0bbbbbbbbbbbbbbb2': { status: 'COMPLIANT', messageId: 'noPublicIp' },
    },
  },
  {
    name: 'config: an exempted launch template id',
    params: { exemptedLaunchTemplates: 'lt-0bbbbbbbbbbbbbbb1' },
    items: ITEMS,
    expect: {
      'lt-0bbbbbbbbbbbbbbb1': { status: 'COMPLIANT', messageId: 'exempted' },
      'lt-0bbbbbbbbbbbbbbb2': 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
