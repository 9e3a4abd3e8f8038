import type { RuleCase } from '../../tester.js';
import { customOrigin, distributionItem, list } from './items.js';

export default [
  {
    name: 'config: an origin group of two origins, and no origin groups (the RDK item)',
    items: [
      distributionItem('E1FAILOVER', {
        origins: list([customOrigin('api', 'https-only'), customOrigin('spare', 'https-only')]),
        originGroups: list([{ id: 'failover', failoverCriteria: { statusCodes: list([500, 503]) }, members: list([{ originId: 'api' }, { originId: 'spare' }]) }]),
      }),
      distributionItem('E2SINGLE'),
    ],
    expect: {
      E1FAILOVER: 'COMPLIANT',
      E2SINGLE: { status: 'NON_COMPLIANT', messageId: 'noFailover' },
    },
  },
] satisfies RuleCase[];
