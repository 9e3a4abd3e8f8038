import type { RuleCase } from '../../tester.js';
import { distributionItem } from './items.js';

export default [
  {
    name: 'config: index.html (the RDK item) and the empty string Config records when none is set',
    items: [distributionItem('E1ROOT'), distributionItem('E2NONE', { defaultRootObject: '' })],
    expect: {
      E1ROOT: 'COMPLIANT',
      E2NONE: { status: 'NON_COMPLIANT', messageId: 'notConfigured' },
    },
  },
] satisfies RuleCase[];
