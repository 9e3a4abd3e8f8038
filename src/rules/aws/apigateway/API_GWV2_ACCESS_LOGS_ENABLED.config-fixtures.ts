import type { RuleCase } from '../../tester.js';
import { v2StageItem } from './stage-items.js';

export default [
  {
    name: 'config: accessLogSettings with a destination, and the RDK example stage without',
    items: [v2StageItem('api', 'logged', { accessLogSettings: { destinationArn: 'arn:aws:logs:us-east-1:123456789012:log-group:api', format: '$context.requestId' } }), v2StageItem('api', '$default')],
    expect: {
      'arn:aws:apigateway:us-east-1::/apis/api/stages/logged': 'COMPLIANT',
      'arn:aws:apigateway:us-east-1::/apis/api/stages/$default': { status: 'NON_COMPLIANT', messageId: 'disabled' },
    },
  },
] satisfies RuleCase[];
