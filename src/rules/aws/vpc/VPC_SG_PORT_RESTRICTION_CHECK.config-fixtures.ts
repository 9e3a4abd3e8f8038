import { ipPermission, securityGroupItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'config: groups open on SSH from IPv6, on HTTPS only, and on UDP RDP',
    items: [
      securityGroupItem('sg-ssh', [ipPermission('tcp', 22, 22, [], ['::/0'])]),
      securityGroupItem('sg-web', [ipPermission('tcp', 443, 443)]),
      securityGroupItem('sg-rdp', [ipPermission('udp', 3389, 3389)]),
    ],
    expect: {
      'sg-ssh': { status: 'NON_COMPLIANT', messageId: 'openPort', messageIncludes: '::/0' },
      'sg-web': { status: 'COMPLIANT', messageId: 'restricted' },
      'sg-rdp': { status: 'NON_COMPLIANT', messageId: 'openPort', messageIncludes: 'UDP 3389' },
    },
  },
] satisfies RuleCase[];
