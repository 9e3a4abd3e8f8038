import type { RuleCase } from '../../tester.js';
import { behavior, distributionItem, list } from './items.js';

export default [
  {
    name: 'config: the RDK distribution shape with redirect-to-https, allow-all on the default and on an ordered behavior',
    items: [
      distributionItem('E1SECURE'),
      distributionItem('E2OPEN', { defaultCacheBehavior: behavior('web', 'allow-all') }),
      distributionItem('E3ORDERED', { cacheBehaviors: list([behavior('web', 'https-only', 'api/*'), behavior('web', 'allow-all', 'img/*')]) }),
    ],
    expect: {
      E1SECURE: 'COMPLIANT',
      E2OPEN: { status: 'NON_COMPLIANT', messageId: 'allowAll' },
      E3ORDERED: { status: 'NON_COMPLIANT', messageId: 'allowAll', path: ['DistributionConfig', 'CacheBehaviors', 1, 'ViewerProtocolPolicy'] },
    },
  },
  {
    name: 'config: a distribution whose configuration Config did not record',
    items: [distributionItem('E4BLANK', {})].map((item) => ({ ...item, configuration: { id: 'E4BLANK' } })),
    expect: { E4BLANK: { status: 'INSUFFICIENT_DATA', messageId: 'unknownPolicy' } },
  },
] satisfies RuleCase[];
