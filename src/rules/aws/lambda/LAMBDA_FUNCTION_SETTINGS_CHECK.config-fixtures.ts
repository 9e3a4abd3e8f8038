import type { RuleCase } from '../../tester.js';
import { functionItem } from './LAMBDA_FUNCTION_PUBLIC_ACCESS_PROHIBITED.config-fixtures.js';

export default [
  {
    name: 'config: runtime listed and not, an image function',
    params: { runtime: 'python3.12' },
    items: [functionItem('current'), functionItem('old', { runtime: 'nodejs6.10' }), functionItem('image', { packageType: 'Image', runtime: null, timeout: 60 })],
    expect: {
      current: 'COMPLIANT',
      old: { status: 'NON_COMPLIANT', messageId: 'mismatch' },
      image: 'NOT_APPLICABLE',
    },
  },
] satisfies RuleCase[];
