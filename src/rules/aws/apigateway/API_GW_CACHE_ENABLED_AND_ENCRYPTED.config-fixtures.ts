import type { RuleCase } from '../../tester.js';
import { restStageItem } from './stage-items.js';

export default [
  {
    name: 'config: every method cached and encrypted, and the RDK example stage without a cache',
    items: [
      restStageItem('test', 'cached', { cacheClusterEnabled: true, cacheClusterStatus: 'AVAILABLE', methodSettings: { '*/*': { cachingEnabled: true, cacheDataEncrypted: true, cacheTtlInSeconds: 300 } } }),
      restStageItem('test', 'plain'),
    ],
    expect: {
      'arn:aws:apigateway:us-east-1::/restapis/test/stages/cached': 'COMPLIANT',
      'arn:aws:apigateway:us-east-1::/restapis/test/stages/plain': { status: 'NON_COMPLIANT', messageId: 'noCluster' },
    },
  },
] satisfies RuleCase[];
