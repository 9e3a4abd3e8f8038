import { instanceItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'config: instances with hop limits 1 and 2',
    items: [instanceItem('i-one'), instanceItem('i-two', { metadataOptions: { state: 'applied', httpTokens: 'required', httpPutResponseHopLimit: 2, httpEndpoint: 'enabled' } })],
    expect: {
      'i-one': { status: 'COMPLIANT', messageId: 'withinLimit' },
      'i-two': { status: 'NON_COMPLIANT', messageId: 'aboveLimit', path: ['MetadataOptions', 'HttpPutResponseHopLimit'] },
    },
  },
] satisfies RuleCase[];
