import type { RuleCase } from '../../tester.js';
import { distributionItem } from './items.js';

export default [
  {
    name: 'config: a WAFv2 web ACL and the empty webACLId of the RDK item',
    items: [distributionItem('E1WAF', { webACLId: 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/edge/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111' }), distributionItem('E2OPEN')],
    expect: {
      E1WAF: 'COMPLIANT',
      E2OPEN: { status: 'NON_COMPLIANT', messageId: 'notAssociated' },
    },
  },
] satisfies RuleCase[];
