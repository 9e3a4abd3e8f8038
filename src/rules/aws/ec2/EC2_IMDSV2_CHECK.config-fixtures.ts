import { instanceItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'config: instances with HttpTokens required, optional and not recorded',
    items: [
      instanceItem('i-required'),
      instanceItem('i-optional', { metadataOptions: { state: 'applied', httpTokens: 'optional', httpPutResponseHopLimit: 1, httpEndpoint: 'enabled' } }),
      instanceItem('i-pending', { metadataOptions: { state: 'pending', httpTokens: 7 } }),
    ],
    expect: {
      'i-required': { status: 'COMPLIANT', messageId: 'required' },
      'i-optional': { status: 'NON_COMPLIANT', messageId: 'optional', path: ['MetadataOptions', 'HttpTokens'] },
      'i-pending': { status: 'INSUFFICIENT_DATA', messageId: 'unknownTokens', messageIncludes: 'malformed' },
    },
  },
] satisfies RuleCase[];
