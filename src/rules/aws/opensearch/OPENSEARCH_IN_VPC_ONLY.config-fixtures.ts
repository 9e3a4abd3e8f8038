import type { RuleCase } from '../../tester.js';
import { openSearchDomainItem } from './items.js';

export default [
  {
    name: 'config: a domain in a VPC and a public one (items of public domains have no VPCOptions)',
    items: [openSearchDomainItem('private', { VPCOptions: { SecurityGroupIds: ['sg-0a1b2c3d'], SubnetIds: ['subnet-0a1b2c3d'] } }), openSearchDomainItem('public')],
    expect: {
      private: 'COMPLIANT',
      public: { status: 'NON_COMPLIANT', messageId: 'public' },
    },
  },
] satisfies RuleCase[];
