import { instanceItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'config: an instance with a public IP address and one without',
    items: [instanceItem('i-public', { publicIp: '203.0.113.10' }), instanceItem('i-private')],
    expect: {
      'i-public': { status: 'NON_COMPLIANT', messageId: 'publicIp', messageIncludes: '203.0.113.10' },
      'i-private': { status: 'COMPLIANT', messageId: 'noPublicIp' },
    },
  },
] satisfies RuleCase[];
