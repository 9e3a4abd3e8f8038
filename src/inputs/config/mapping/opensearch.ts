import { compact } from '../../terraform/mapping/context.js';
import { isUnknown } from '../../../model/unknown.js';
import { isObject, type Properties, type Value, type ValueObject } from '../../../model/value.js';
import { policyDocument } from '../item.js';
import { pascalKeys, type ItemContext, type ItemMapping } from './shared.js';

/**
 * Option blocks every domain item carries (with `Enabled: false` when off): one missing was not
 * recorded. `VPCOptions`, `LogPublishingOptions` and `AdvancedSecurityOptions` are left out of
 * items of domains that do not use them, so their absence means not set.
 */
const RECORDED_BLOCKS = ['ClusterConfig', 'EncryptionAtRestOptions', 'NodeToNodeEncryptionOptions', 'DomainEndpointOptions'] as const;

/** A camelCase block of the Elasticsearch item, PascalCased; an Unknown stays one. */
function block(value: Value | undefined, map: (block: ValueObject) => Properties = (object) => pascalKeys(object) as Properties): Value | undefined {
  if (value === undefined || isUnknown(value)) return value;
  return isObject(value) ? map(value) : value;
}

/** `AWS::OpenSearch::Domain` items already hold CloudFormation's names (aws-config-resource-schema). */
function openSearchDomain(context: ItemContext): Properties {
  const properties: Properties = {};
  // Own data only: a member named __proto__ in the item's JSON must not become the prototype.
  for (const [key, value] of Object.entries(context.configuration)) if (value !== null && key !== '__proto__') properties[key] = value;
  for (const key of RECORDED_BLOCKS) properties[key] = context.recorded(key);
  properties.DomainName = context.optional('DomainName') ?? context.name;
  return properties;
}

/**
 * `AWS::Elasticsearch::Domain` items record the describe output in camelCase, with Config's own
 * spellings (`vpcoptions`, `ebsoptions`, `tlssecurityPolicy`, `enforceHTTPS`).
 */
function elasticsearchDomain(context: ItemContext): Properties {
  const accessPolicies = context.optional('accessPolicies');
  return compact({
    DomainName: context.optional('domainName') ?? context.name,
    ElasticsearchVersion: context.optional('elasticsearchVersion'),
    ElasticsearchClusterConfig: block(context.recorded('elasticsearchClusterConfig')),
    VPCOptions: block(context.optional('vpcoptions', 'vPCOptions', 'vpcOptions'), (vpc) => compact({ SubnetIds: vpc.subnetIds ?? undefined, SecurityGroupIds: vpc.securityGroupIds ?? undefined })),
    EncryptionAtRestOptions: block(context.recorded('encryptionAtRestOptions')),
    NodeToNodeEncryptionOptions: block(context.recorded('nodeToNodeEncryptionOptions')),
    DomainEndpointOptions: block(context.recorded('domainEndpointOptions'), (endpoint) =>
      compact({
        EnforceHTTPS: endpoint.enforceHTTPS ?? endpoint.enforceHttps ?? undefined,
        TLSSecurityPolicy: endpoint.tlssecurityPolicy ?? endpoint.tLSSecurityPolicy ?? endpoint.tlsSecurityPolicy ?? undefined,
        CustomEndpointEnabled: endpoint.customEndpointEnabled ?? undefined,
        CustomEndpoint: endpoint.customEndpoint ?? undefined,
      }),
    ),
    // Log types keep their names (AUDIT_LOGS and the others); their fields are camelCase.
    LogPublishingOptions: block(context.optional('logPublishingOptions'), (options) =>
      Object.fromEntries(Object.entries(options).filter(([, option]) => option !== null).map(([type, option]) => [type, pascalKeys(option)])),
    ),
    AdvancedSecurityOptions: block(context.optional('advancedSecurityOptions')),
    AccessPolicies: accessPolicies === undefined ? undefined : policyDocument(accessPolicies),
  });
}

/** OpenSearch Service: Config resource types and their CloudFormation shape. */
export const itemMappings: Readonly<Record<string, ItemMapping>> = {
  // Config names the OpenSearch Service domain AWS::OpenSearch::Domain; CloudFormation AWS::OpenSearchService::Domain.
  'AWS::OpenSearch::Domain': { cloudFormationType: 'AWS::OpenSearchService::Domain', properties: openSearchDomain },
  'AWS::Elasticsearch::Domain': { cloudFormationType: 'AWS::Elasticsearch::Domain', properties: elasticsearchDomain },
};
