import { ipPermission, securityGroupItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'config: MySQL open to the world, HTTPS open to the world',
    items: [securityGroupItem('sg-mysql', [ipPermission('tcp', 3306, 3306)]), securityGroupItem('sg-https', [ipPermission('tcp', 443, 443)])],
    expect: {
      'sg-mysql': { status: 'NON_COMPLIANT', messageId: 'blockedPortOpen' },
      'sg-https': { status: 'COMPLIANT', messageId: 'restricted' },
    },
  },
  {
    name: 'config: blocked ports from the rule parameters',
    params: { blockedPort1: '8080' },
    items: [securityGroupItem('sg-8080', [ipPermission('tcp', 8000, 8100)]), securityGroupItem('sg-https-only', [ipPermission('tcp', 443, 443)])],
    expect: {
      'sg-8080': { status: 'NON_COMPLIANT', messageId: 'blockedPortOpen' },
      'sg-https-only': 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
