import { compact, jsonDocument, type MappingContext } from '../context.js';
import { isUnknown } from '../../../../model/unknown.js';
import { isObject, type Properties, type Value, type ValueObject } from '../../../../model/value.js';
import { ifConfigured, type ResourceMapping, type ServiceMappings } from './shared.js';

/**
 * A block the provider computes when it is not configured (`cluster_config`, `encrypt_at_rest`,
 * `domain_endpoint_options`, …): in a plan it is unknown until apply, which means not set.
 */
function optionBlock(context: MappingContext, attribute: string, map: (block: ValueObject) => Properties): Value | undefined {
  const raw = context.get(attribute);
  if (isUnknown(raw)) return ifConfigured(context, attribute, raw);
  const block = context.block(attribute);
  return block ? map(block) : undefined;
}

/** Attribute values of a block by CloudFormation name; null (unset) attributes are dropped. */
function pick(block: ValueObject, names: Record<string, string>): Properties {
  return compact(Object.fromEntries(Object.entries(names).map(([cloudFormation, terraform]) => [cloudFormation, block[terraform] ?? undefined])));
}

/** `log_publishing_options` blocks → CloudFormation's map keyed by log type; `enabled` defaults to true in the provider. */
function logPublishing(context: MappingContext): Value | undefined {
  const raw = context.get('log_publishing_options');
  if (raw === undefined || isUnknown(raw)) return raw;
  const options: ValueObject = {};
  for (const block of context.blocks('log_publishing_options')) {
    const type = block.log_type;
    if (isUnknown(type)) return type;
    if (typeof type !== 'string') continue;
    options[type] = compact({ CloudWatchLogsLogGroupArn: block.cloudwatch_log_group_arn ?? undefined, Enabled: block.enabled ?? true });
  }
  return options;
}

/**
 * `aws_opensearch_domain` and the legacy `aws_elasticsearch_domain` share their blocks; the
 * cluster block and the version attribute are named after the engine in CloudFormation.
 */
function domain(cloudFormationType: string, cluster: string, version: [string, string]): ResourceMapping {
  return {
    cloudFormationType,
    properties(context) {
      return compact({
        DomainName: context.get('domain_name'),
        [version[1]]: context.get(version[0]),
        [cluster]: optionBlock(context, 'cluster_config', (block) => {
          const zones = Array.isArray(block.zone_awareness_config) ? block.zone_awareness_config[0] : block.zone_awareness_config;
          return compact({
            ...pick(block, {
              InstanceCount: 'instance_count',
              InstanceType: 'instance_type',
              DedicatedMasterEnabled: 'dedicated_master_enabled',
              DedicatedMasterCount: 'dedicated_master_count',
              DedicatedMasterType: 'dedicated_master_type',
              ZoneAwarenessEnabled: 'zone_awareness_enabled',
              WarmEnabled: 'warm_enabled',
              MultiAZWithStandbyEnabled: 'multi_az_with_standby_enabled',
            }),
            ZoneAwarenessConfig: isObject(zones) ? pick(zones, { AvailabilityZoneCount: 'availability_zone_count' }) : undefined,
          });
        }),
        VPCOptions: optionBlock(context, 'vpc_options', () => compact({ SubnetIds: context.links('vpc_options.0.subnet_ids'), SecurityGroupIds: context.links('vpc_options.0.security_group_ids') })),
        EncryptionAtRestOptions: optionBlock(context, 'encrypt_at_rest', (block) => compact({ Enabled: block.enabled ?? undefined, KmsKeyId: context.link('encrypt_at_rest.0.kms_key_id') })),
        NodeToNodeEncryptionOptions: optionBlock(context, 'node_to_node_encryption', (block) => pick(block, { Enabled: 'enabled' })),
        // Inside the block, enforce_https defaults to true in the provider; TLS policy unset is the service's choice.
        DomainEndpointOptions: optionBlock(context, 'domain_endpoint_options', (block) =>
          compact({ ...pick(block, { TLSSecurityPolicy: 'tls_security_policy', CustomEndpointEnabled: 'custom_endpoint_enabled', CustomEndpoint: 'custom_endpoint' }), EnforceHTTPS: block.enforce_https ?? true }),
        ),
        AdvancedSecurityOptions: optionBlock(context, 'advanced_security_options', (block) =>
          pick(block, { Enabled: 'enabled', InternalUserDatabaseEnabled: 'internal_user_database_enabled', AnonymousAuthEnabled: 'anonymous_auth_enabled' }),
        ),
        LogPublishingOptions: logPublishing(context),
        AccessPolicies: ifConfigured(context, 'access_policies', jsonDocument(context.get('access_policies'))),
      });
    },
  };
}

/** OpenSearch Service: `aws` provider types and their CloudFormation shape. */
export const mappings: ServiceMappings = {
  resources: {
    aws_opensearch_domain: domain('AWS::OpenSearchService::Domain', 'ClusterConfig', ['engine_version', 'EngineVersion']),
    aws_elasticsearch_domain: domain('AWS::Elasticsearch::Domain', 'ElasticsearchClusterConfig', ['elasticsearch_version', 'ElasticsearchVersion']),
  },
};
