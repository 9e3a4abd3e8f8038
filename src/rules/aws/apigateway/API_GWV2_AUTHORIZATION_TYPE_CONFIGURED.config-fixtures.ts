import { buildConfigurationItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

/** A route as the live scan reads it (GetRoutes); AWS Config's periodic rule reads the same API. */
const route = (id: string, configuration: Record<string, unknown>) =>
  buildConfigurationItem('AWS::ApiGatewayV2::Route', { routeId: id, apiKeyRequired: false, ...configuration }, { resourceId: id, resourceName: null });

export default [
  {
    name: 'items: a JWT route and one with authorizationType NONE',
    items: [route('r1jwt', { routeKey: 'GET /items', authorizationType: 'JWT', authorizerId: 'abc123' }), route('r2open', { routeKey: 'GET /open', authorizationType: 'NONE' })],
    expect: {
      r1jwt: 'COMPLIANT',
      r2open: { status: 'NON_COMPLIANT', messageId: 'none' },
    },
  },
] satisfies RuleCase[];
