import type { RuleCase } from '../../tester.js';
import { functionItem } from './LAMBDA_FUNCTION_PUBLIC_ACCESS_PROHIBITED.config-fixtures.js';

export default [
  {
    name: 'config: a function with deadLetterConfig and one without',
    items: [functionItem('kept', { deadLetterConfig: { targetArn: 'arn:aws:sqs:us-east-1:123456789012:failed' } }), functionItem('dropped')],
    expect: {
      kept: 'COMPLIANT',
      dropped: { status: 'NON_COMPLIANT', messageId: 'missing' },
    },
  },
] satisfies RuleCase[];
