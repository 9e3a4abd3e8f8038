import { ipPermission, securityGroupItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'config: world-open groups on authorized and unauthorized ports, and a private group',
    params: { authorizedTcpPorts: '443' },
    items: [
      securityGroupItem('sg-https', [ipPermission('tcp', 443, 443)]),
      securityGroupItem('sg-1d56fc66', [ipPermission('tcp', 22, 22)]),
      securityGroupItem('sg-private', [ipPermission('tcp', 5432, 5432, ['10.0.0.0/16'])]),
    ],
    expect: {
      'sg-https': { status: 'COMPLIANT', messageId: 'authorized' },
      'sg-1d56fc66': { status: 'NON_COMPLIANT', messageId: 'unauthorizedPort' },
      'sg-private': { status: 'COMPLIANT', messageId: 'notOpen' },
    },
  },
] satisfies RuleCase[];
