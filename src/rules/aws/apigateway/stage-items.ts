import { buildConfigurationItem } from '../../config-fixtures.js';

/** A REST API stage item as Config records it (RDK example_ci). */
export const restStageItem = (api: string, stage: string, configuration: Record<string, unknown> = {}) => {
  const arn = `arn:aws:apigateway:us-east-1::/restapis/${api}/stages/${stage}`;
  return buildConfigurationItem(
    'AWS::ApiGateway::Stage',
    { deploymentId: 'jmlwbd', stageName: stage, cacheClusterEnabled: false, cacheClusterStatus: 'NOT_AVAILABLE', methodSettings: {}, tracingEnabled: false, ...configuration },
    { resourceId: arn, resourceName: stage, ARN: arn, relationships: [['AWS::ApiGateway::RestApi', `arn:aws:apigateway:us-east-1::/restapis/${api}`, 'Is contained in ']] },
  );
};

/** An HTTP or WebSocket API stage item as Config records it (RDK example_ci). */
export const v2StageItem = (api: string, stage: string, configuration: Record<string, unknown> = {}) => {
  const arn = `arn:aws:apigateway:us-east-1::/apis/${api}/stages/${stage}`;
  return buildConfigurationItem(
    'AWS::ApiGatewayV2::Stage',
    { stageName: stage, defaultRouteSettings: { detailedMetricsEnabled: false }, routeSettings: {}, stageVariables: {}, autoDeploy: true, ...configuration },
    { resourceId: arn, resourceName: stage, ARN: arn, relationships: [['AWS::ApiGatewayV2::Api', `arn:aws:apigateway:us-east-1::/apis/${api}`, 'Is contained in ']] },
  );
};
