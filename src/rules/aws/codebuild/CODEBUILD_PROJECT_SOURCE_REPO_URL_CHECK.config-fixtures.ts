import type { RuleCase } from '../../tester.js';
import { projectItem } from './items.js';

export default [
  {
    name: 'config: a Bitbucket URL with credentials, a clean one, the RDK GitHub project',
    items: [
      projectItem('leaky', { source: { type: 'BITBUCKET', location: 'https://builder:hunter2@bitbucket.org/acme/app.git' } }),
      projectItem('clean', { source: { type: 'BITBUCKET', location: 'https://bitbucket.org/acme/app.git' }, secondarySources: [{ type: 'BITBUCKET', location: 'https://bitbucket.org/acme/shared.git', sourceIdentifier: 'shared' }] }),
      projectItem('rdk'),
    ],
    expect: {
      leaky: { status: 'NON_COMPLIANT', messageId: 'credentials' },
      clean: 'COMPLIANT',
      rdk: 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
