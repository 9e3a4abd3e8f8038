import { instanceItem, ipPermission, securityGroupItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'config: instances whose security groups (related items) expose SSH, only HTTPS, or are not among the items',
    items: [
      securityGroupItem('sg-1d56fc66', [ipPermission('tcp', 22, 22)]),
      securityGroupItem('sg-web', [ipPermission('tcp', 443, 443), ipPermission('tcp', 22, 22, ['10.0.0.0/8'])]),
      instanceItem('i-exposed', { groups: ['sg-1d56fc66', 'sg-web'] }),
      instanceItem('i-web', { groups: ['sg-web'] }),
      instanceItem('i-unknown', { groups: ['sg-elsewhere'] }),
    ],
    expect: {
      'i-exposed': { status: 'NON_COMPLIANT', messageId: 'exposed', messageIncludes: 'sg-1d56fc66' },
      'i-web': { status: 'COMPLIANT', messageId: 'noExposure' },
      'i-unknown': { status: 'INSUFFICIENT_DATA', messageId: 'externalGroup' },
    },
  },
  {
    name: 'config: an RDP port forbidden by parameter, legacy ipRanges only (RDK example_ci v1.2 shape)',
    params: { forbiddenPorts: '3389' },
    items: [
      securityGroupItem('sg-rdp', [{ ipProtocol: 'tcp', fromPort: 3389, toPort: 3389, userIdGroupPairs: [], ipRanges: ['0.0.0.0/0'], prefixListIds: [] }]),
      instanceItem('i-rdp', { groups: ['sg-rdp'] }),
    ],
    expect: { 'i-rdp': { status: 'NON_COMPLIANT', messageId: 'exposed' } },
  },
] satisfies RuleCase[];
