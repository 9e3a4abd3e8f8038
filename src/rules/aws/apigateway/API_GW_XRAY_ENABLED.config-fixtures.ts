import type { RuleCase } from '../../tester.js';
import { restStageItem } from './stage-items.js';

export default [
  {
    name: 'config: tracingEnabled true and false',
    items: [restStageItem('test', 'traced', { tracingEnabled: true }), restStageItem('test', 'plain')],
    expect: {
      'arn:aws:apigateway:us-east-1::/restapis/test/stages/traced': 'COMPLIANT',
      'arn:aws:apigateway:us-east-1::/restapis/test/stages/plain': { status: 'NON_COMPLIANT', messageId: 'disabled' },
    },
  },
] satisfies RuleCase[];
