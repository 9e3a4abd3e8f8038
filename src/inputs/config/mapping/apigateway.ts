import { compact } from '../../terraform/mapping/context.js';
import { isObject, type Value, type ValueObject } from '../../../model/value.js';
import type { ItemContext, ItemMapping } from './shared.js';

const accessLog = (context: ItemContext, path: string) => {
  const settings = context.optional(path);
  return isObject(settings) && settings.destinationArn != null ? compact({ DestinationArn: settings.destinationArn, Format: settings.format ?? undefined }) : undefined;
};

// Config's `methodSettings` map (`*/*`, `~1pets/GET`: the resource path without its leading
// slash, `/` written `~1`) as CloudFormation's MethodSettings list.
function methodSettings(value: Value | undefined): Value[] | undefined {
  if (!isObject(value)) return undefined;
  return Object.entries(value).map(([key, settings]) => {
    const slash = key.lastIndexOf('/');
    const resource = key.slice(0, slash).replaceAll('~1', '/');
    const entry: ValueObject = { ResourcePath: resource === '*' ? '/*' : `/${resource.replace(/^\//, '')}`, HttpMethod: key.slice(slash + 1) };
    if (isObject(settings)) {
      Object.assign(entry, compact({ LoggingLevel: settings.loggingLevel ?? undefined, CachingEnabled: settings.cachingEnabled ?? undefined, CacheDataEncrypted: settings.cacheDataEncrypted ?? undefined, MetricsEnabled: settings.metricsEnabled ?? undefined, DataTraceEnabled: settings.dataTraceEnabled ?? undefined }));
    }
    return entry;
  });
}

// Config does not record a stage's API id; its ARN names it.
const restApiOf = (arn: string): string | undefined => /:\/restapis\/([^/]+)\/stages\//.exec(arn)?.[1];

/** API Gateway: Config resource types and their CloudFormation shape. */
export const itemMappings: Readonly<Record<string, ItemMapping>> = {
  'AWS::ApiGateway::Stage': {
    cloudFormationType: 'AWS::ApiGateway::Stage',
    properties: (context) =>
      compact({
        StageName: context.optional('stageName') ?? context.name,
        RestApiId: restApiOf(context.item.ARN ?? context.item.resourceId),
        DeploymentId: context.optional('deploymentId'),
        TracingEnabled: context.optional('tracingEnabled'),
        CacheClusterEnabled: context.optional('cacheClusterEnabled'),
        CacheClusterSize: context.optional('cacheClusterSize'),
        ClientCertificateId: context.optional('clientCertificateId'),
        AccessLogSetting: accessLog(context, 'accessLogSettings'),
        MethodSettings: methodSettings(context.optional('methodSettings')),
      }),
    // The web ACL is recorded on the stage; CloudFormation declares it as a WAFv2 association.
    observed: (context) => compact({ WebAclArn: context.optional('webAclArn') ?? null }),
  },
  'AWS::ApiGatewayV2::Stage': {
    cloudFormationType: 'AWS::ApiGatewayV2::Stage',
    properties: (context) => {
      const route = context.optional('defaultRouteSettings');
      return compact({
        StageName: context.optional('stageName') ?? context.name,
        AutoDeploy: context.optional('autoDeploy'),
        AccessLogSettings: accessLog(context, 'accessLogSettings'),
        DefaultRouteSettings: isObject(route)
          ? compact({ LoggingLevel: route.loggingLevel ?? undefined, DataTraceEnabled: route.dataTraceEnabled ?? undefined, DetailedMetricsEnabled: route.detailedMetricsEnabled ?? undefined })
          : undefined,
      });
    },
  },
};
