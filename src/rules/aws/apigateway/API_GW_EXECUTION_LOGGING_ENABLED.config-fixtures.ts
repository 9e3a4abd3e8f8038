import type { RuleCase } from '../../tester.js';
import { restStageItem, v2StageItem } from './stage-items.js';

export default [
  {
    name: 'config: REST method settings for every method and none; a v2 default route at INFO and the RDK example without a level',
    items: [
      restStageItem('test', 'logged', { methodSettings: { '*/*': { loggingLevel: 'ERROR', metricsEnabled: false, dataTraceEnabled: false } } }),
      restStageItem('test', 'silent'),
      v2StageItem('ws', 'logged', { defaultRouteSettings: { loggingLevel: 'INFO', detailedMetricsEnabled: false } }),
      v2StageItem('ws', '$default'),
    ],
    expect: {
      'arn:aws:apigateway:us-east-1::/restapis/test/stages/logged': 'COMPLIANT',
      'arn:aws:apigateway:us-east-1::/restapis/test/stages/silent': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'arn:aws:apigateway:us-east-1::/apis/ws/stages/logged': 'COMPLIANT',
      'arn:aws:apigateway:us-east-1::/apis/ws/stages/$default': { status: 'NON_COMPLIANT', messageId: 'disabled' },
    },
  },
] satisfies RuleCase[];
