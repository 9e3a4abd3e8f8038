import type { RuleCase } from '../../tester.js';
import { elasticsearchDomainItem, elasticsearchVpc } from './items.js';

export default [
  {
    name: 'config: in a VPC (vpcoptions, as Config spells it) and public',
    items: [elasticsearchDomainItem('private', elasticsearchVpc), elasticsearchDomainItem('public')],
    expect: {
      '123456789012/private': 'COMPLIANT',
      '123456789012/public': { status: 'NON_COMPLIANT', messageId: 'public' },
    },
  },
] satisfies RuleCase[];
