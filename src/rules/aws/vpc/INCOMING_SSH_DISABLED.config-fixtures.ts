import { ipPermission, securityGroupItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'config: SSH open to the world (IPv4 and IPv6), SSH from a private range, and all traffic',
    items: [
      securityGroupItem('sg-1d56fc66', [ipPermission('tcp', 22, 22)]),
      securityGroupItem('sg-ipv6', [ipPermission('tcp', 22, 22, [], ['::/0'])]),
      securityGroupItem('sg-private', [ipPermission('tcp', 22, 22, ['10.0.0.0/8']), ipPermission('tcp', 443, 443)]),
      securityGroupItem('sg-all', [ipPermission('-1', undefined, undefined)]),
    ],
    expect: {
      'sg-1d56fc66': { status: 'NON_COMPLIANT', messageId: 'sshOpen' },
      'sg-ipv6': { status: 'NON_COMPLIANT', messageId: 'sshOpen' },
      'sg-private': { status: 'COMPLIANT', messageId: 'restricted' },
      'sg-all': { status: 'NON_COMPLIANT', messageId: 'sshOpen' },
    },
  },
] satisfies RuleCase[];
