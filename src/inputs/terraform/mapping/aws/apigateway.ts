import { isObject, type ValueObject } from '../../../../model/value.js';
import { compact, type MappingContext } from '../context.js';
import { isUnknown } from '../../../../model/unknown.js';
import { SELF, append, type ServiceMappings } from './shared.js';

// `*/*` is every method; `pets/GET` one method of a resource path (without its leading slash).
function methodPath(path: unknown): { ResourcePath: string; HttpMethod: string } | undefined {
  if (typeof path !== 'string') return undefined;
  const slash = path.lastIndexOf('/');
  if (slash < 0) return undefined;
  const resource = path.slice(0, slash).replaceAll('~1', '/');
  return { ResourcePath: resource === '*' ? '/*' : `/${resource.replace(/^\//, '')}`, HttpMethod: path.slice(slash + 1) };
}

const accessLog = (context: MappingContext) => {
  const block = context.blockOrUnknown('access_log_settings');
  if (isUnknown(block)) return block;
  return block ? compact({ DestinationArn: context.link('access_log_settings.0.destination_arn'), Format: block.format ?? undefined }) : undefined;
};

/** API Gateway: `aws` provider types and their CloudFormation shape. */
export const mappings: ServiceMappings = {
  resources: {
    aws_api_gateway_stage: {
      cloudFormationType: 'AWS::ApiGateway::Stage',
      properties: (context) =>
        compact({
          StageName: context.get('stage_name'),
          RestApiId: context.link('rest_api_id'),
          DeploymentId: context.link('deployment_id'),
          TracingEnabled: context.get('xray_tracing_enabled'),
          CacheClusterEnabled: context.get('cache_cluster_enabled'),
          CacheClusterSize: context.get('cache_cluster_size'),
          ClientCertificateId: context.link('client_certificate_id'),
          AccessLogSetting: accessLog(context),
        }),
    },
    // A deployment with `stage_name` creates that stage itself, as CloudFormation's Deployment with
    // StageName does (inputs/cloudformation/deployment-stage.ts): AWS Config records it as a stage,
    // so the stage rules judge it. Its only stage settings are `stage_description` and `variables`.
    aws_api_gateway_deployment: {
      cloudFormationType: 'AWS::ApiGateway::Deployment',
      properties: (context) => compact({ RestApiId: context.link('rest_api_id'), StageName: context.getConfigured('stage_name'), Description: context.get('description') }),
      companions(context) {
        const stageName = context.getConfigured('stage_name');
        if (stageName === undefined || stageName === null || stageName === '') return [];
        const stage = compact({
          StageName: stageName,
          RestApiId: context.link('rest_api_id'),
          DeploymentId: SELF,
          Description: context.getConfigured('stage_description') || undefined,
          Variables: context.getConfigured('variables') ?? undefined,
        });
        return [{ suffix: 'stage', type: 'AWS::ApiGateway::Stage', properties: stage }];
      },
    },
    aws_api_gateway_rest_api: {
      cloudFormationType: 'AWS::ApiGateway::RestApi',
      properties: (context) => compact({ Name: context.get('name'), Body: context.getConfigured('body') }),
    },
    aws_api_gateway_client_certificate: {
      cloudFormationType: 'AWS::ApiGateway::ClientCertificate',
      properties: (context) => compact({ Description: context.get('description') }),
    },
    // CloudFormation keeps a method's integration inside the method; Terraform declares it apart
    // with the method it belongs to, so each integration stands for its method here.
    aws_api_gateway_integration: {
      cloudFormationType: 'AWS::ApiGateway::Method',
      properties: (context) =>
        compact({
          RestApiId: context.link('rest_api_id'),
          ResourceId: context.link('resource_id'),
          HttpMethod: context.get('http_method'),
          Integration: compact({ Type: context.get('type'), Uri: context.get('uri') }),
        }),
    },
    aws_apigatewayv2_api: {
      cloudFormationType: 'AWS::ApiGatewayV2::Api',
      properties: (context) => compact({ Name: context.get('name'), ProtocolType: context.get('protocol_type'), Body: context.getConfigured('body') }),
    },
    aws_apigatewayv2_stage: {
      cloudFormationType: 'AWS::ApiGatewayV2::Stage',
      properties: (context) => {
        const route = context.blockOrUnknown('default_route_settings');
        return compact({
          ApiId: context.link('api_id'),
          StageName: context.get('name'),
          AutoDeploy: context.get('auto_deploy'),
          AccessLogSettings: accessLog(context),
          DefaultRouteSettings: isUnknown(route)
            ? route
            : route
            ? compact({ LoggingLevel: route.logging_level ?? undefined, DataTraceEnabled: route.data_trace_enabled ?? undefined, DetailedMetricsEnabled: route.detailed_metrics_enabled ?? undefined })
            : undefined,
        });
      },
    },
    aws_apigatewayv2_route: {
      cloudFormationType: 'AWS::ApiGatewayV2::Route',
      properties: (context) =>
        compact({
          ApiId: context.link('api_id'),
          RouteKey: context.get('route_key'),
          AuthorizationType: context.get('authorization_type'),
          AuthorizerId: context.link('authorizer_id'),
        }),
    },
  },
  merges: {
    // Method settings live on the stage in CloudFormation, one entry per method path.
    aws_api_gateway_method_settings: {
      ownerTypes: ['aws_api_gateway_stage', 'aws_api_gateway_deployment'],
      owner: 'stage_name',
      ownerKey: 'stage_name',
      ownerCompanions: { aws_api_gateway_deployment: 'stage' },
      merge(owner, context) {
        const settings = context.block('settings');
        const path = methodPath(context.get('method_path'));
        if (!path) return;
        const entry: ValueObject = { ...path };
        if (isObject(settings)) {
          Object.assign(
            entry,
            compact({
              LoggingLevel: settings.logging_level ?? undefined,
              CachingEnabled: settings.caching_enabled ?? undefined,
              CacheDataEncrypted: settings.cache_data_encrypted ?? undefined,
              MetricsEnabled: settings.metrics_enabled ?? undefined,
              DataTraceEnabled: settings.data_trace_enabled ?? undefined,
            }),
          );
        }
        append(owner, 'MethodSettings', entry);
      },
    },
  },
};
