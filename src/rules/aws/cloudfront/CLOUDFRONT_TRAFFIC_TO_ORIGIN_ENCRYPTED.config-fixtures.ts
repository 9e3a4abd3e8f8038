import type { RuleCase } from '../../tester.js';
import { behavior, customOrigin, distributionItem, list } from './items.js';

export default [
  {
    name: 'config: https-only, http-only (the RDK item), and match-viewer behind allow-all',
    items: [
      distributionItem('E1HTTPS'),
      distributionItem('E2HTTP', { origins: list([customOrigin('web', 'http-only', ['TLSv1', 'TLSv1.1', 'TLSv1.2'])]) }),
      distributionItem('E3MATCH', { origins: list([customOrigin('web', 'match-viewer')]), defaultCacheBehavior: behavior('web', 'allow-all') }),
    ],
    expect: {
      E1HTTPS: 'COMPLIANT',
      E2HTTP: { status: 'NON_COMPLIANT', messageId: 'httpOnly' },
      E3MATCH: { status: 'NON_COMPLIANT', messageId: 'matchViewerAllowAll' },
    },
  },
] satisfies RuleCase[];
