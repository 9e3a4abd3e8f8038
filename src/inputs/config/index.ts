import type { ScanDocument } from '../../model/document.js';
import type { ScanProblem } from '../../model/evaluation.js';
import { ResourceGraph } from '../../model/graph.js';
import type { Edge, Resource } from '../../model/resource.js';
import { unknown } from '../../model/unknown.js';
import { isObject, type Properties, type Value } from '../../model/value.js';
import { APPLICABLE_STATUSES, ConfigItemError, DELETED_STATUSES, normalizeItem, type ConfigurationItem } from './item.js';
import { ItemContext, mappingForItem } from './mapping.js';

export { normalizeItem, policyDocument, ConfigItemError, APPLICABLE_STATUSES, DELETED_STATUSES, type ConfigurationItem, type Relationship } from './item.js';
export { ITEM_MAPPINGS, mappingForItem, pascalKeys } from './mapping.js';

/** Which configuration item a resource of the graph came from: what `PutEvaluations` must name. */
export interface ItemOrigin {
  resourceType: string;
  resourceId: string;
  captureTime?: string;
}

export interface ConfigDocument extends ScanDocument {
  /** By graph resource id; companions (a bucket's policy) are not listed. */
  origins: Map<string, ItemOrigin>;
}

export interface ItemsOptions {
  /**
   * Live facts by ARN or resource id (e.g. credential usage from the IAM credential report),
   * set as `Resource.observed` on the matching resource.
   */
  observations?: ReadonlyMap<string, Properties>;
}

/**
 * Configuration items (either form; see `normalizeItem`) → a resource graph in the
 * CloudFormation model. Relationships become `Relationship` edges; the ARN, resource id and
 * resource name of each item are aliases, so `sg-0abc` in an instance finds its group.
 * An item that can not be read is a problem of `file`, and the others go on.
 */
export function configItemsToDocument(rawItems: Iterable<unknown>, file: string, options: ItemsOptions = {}): ConfigDocument {
  const problems: ScanProblem[] = [];
  const resources: Resource[] = [];
  const edges: Edge[] = [];
  const aliases = new Map<string, string>();
  const origins = new Map<string, ItemOrigin>();
  const relationshipsOf: { from: string; item: ConfigurationItem }[] = [];
  let index = 0;
  for (const raw of rawItems) {
    index += 1;
    let item: ConfigurationItem;
    try {
      item = normalizeItem(raw);
    } catch (error) {
      problems.push({ level: 'error', file, message: `configuration item #${index}: ${(error as Error).message}` });
      continue;
    }
    try {
      const added = itemResources(item, file, options, (id) => origins.has(id));
      for (const resource of added) resources.push(resource);
      const main = added[0] as Resource;
      origins.set(main.id, { resourceType: item.resourceType, resourceId: item.resourceId, ...(item.configurationItemCaptureTime ? { captureTime: item.configurationItemCaptureTime } : {}) });
      for (const alias of [item.resourceId, item.ARN, item.resourceName]) if (alias && !aliases.has(alias)) aliases.set(alias, main.id);
      for (const companion of added.slice(1)) aliases.set(companion.id, companion.id);
      relationshipsOf.push({ from: main.id, item });
    } catch (error) {
      if (!(error instanceof ConfigItemError)) throw error;
      problems.push({ level: 'error', file, message: `${item.resourceType} ${item.resourceId}: ${error.message}` });
    }
  }
  for (const { from, item } of relationshipsOf) {
    for (const relationship of item.relationships) {
      const to = relationship.resourceId ?? relationship.resourceName;
      if (to) edges.push({ from, to: aliases.get(to) ?? to, kind: 'Relationship', path: [], attribute: relationship.name });
    }
  }
  const graph = new ResourceGraph(resources, edges, aliases);
  linkItems(graph);
  return { file, format: 'config-item', graph, locate: () => undefined, problems, origins };
}

function itemResources(item: ConfigurationItem, file: string, options: ItemsOptions, taken: (id: string) => boolean): Resource[] {
  const mapping = mappingForItem(item.resourceType);
  // Items of several accounts or regions (an aggregator snapshot) may share a resource id.
  const id = taken(item.resourceId) ? `${item.resourceId} (${item.awsAccountId ?? '?'} ${item.awsRegion ?? '?'})` : item.resourceId;
  const source = { file, format: 'config-item' as const, ...(item.ARN ? { arn: item.ARN } : {}), ...(item.awsAccountId ? { account: item.awsAccountId } : {}), ...(item.awsRegion ? { region: item.awsRegion } : {}) };
  const resource: Resource = { id, type: mapping.cloudFormationType, properties: {}, source };
  if (DELETED_STATUSES.has(item.configurationItemStatus)) {
    resource.action = 'delete';
    return [resource];
  }
  if (!APPLICABLE_STATUSES.has(item.configurationItemStatus) || item.configuration === null) {
    resource.unresolved = item.configuration === null ? `AWS Config sent no configuration (${item.configurationItemStatus})` : `AWS Config did not record this resource (${item.configurationItemStatus})`;
    return [resource];
  }
  const context = new ItemContext(item);
  resource.properties = mapping.properties(context);
  const observed = { ...(mapping.observed?.(context) ?? {}), ...(options.observations?.get(item.ARN ?? '') ?? options.observations?.get(item.resourceId) ?? {}) };
  if (Object.keys(observed).length > 0) resource.observed = observed;
  const companions = (mapping.companions?.(context) ?? []).map((companion): Resource => ({ id: `${id}#${companion.suffix}`, type: companion.type, properties: companion.properties, source }));
  return [resource, ...companions];
}

/**
 * Cross-item values: an instance's block device gets the encryption of its volume's own item
 * (Config records it there), or an Unknown when that item is not among the inputs.
 */
function linkItems(graph: ResourceGraph): void {
  for (const instance of graph.ofType('AWS::EC2::Instance')) {
    const mappings = instance.properties.BlockDeviceMappings;
    if (!Array.isArray(mappings)) continue;
    for (const mapping of mappings) {
      if (!isObject(mapping) || !isObject(mapping.Ebs)) continue;
      const volumeId = mapping.Ebs.VolumeId;
      const volume = typeof volumeId === 'string' ? graph.target(volumeId) : undefined;
      if (volume?.type === 'AWS::EC2::Volume') {
        for (const key of ['Encrypted', 'KmsKeyId'] as const) {
          const value: Value | undefined = volume.properties[key];
          if (value !== undefined) mapping.Ebs[key] = value;
        }
        if (mapping.Ebs.Encrypted === undefined) mapping.Ebs.Encrypted = unknown(`AWS Config did not record the encryption of volume ${String(volumeId)}`);
      } else {
        mapping.Ebs.Encrypted = unknown(`the configuration item of volume ${String(volumeId ?? mapping.DeviceName)} is not among the inputs`);
      }
    }
  }
}

/**
 * Marks the resources of `document` that `previous` also has as updated from their previous
 * properties (a change notification's `configurationItemDiff`; change-aware rules compare them).
 */
export function applyPreviousItems(document: ScanDocument, previous: ScanDocument): void {
  for (const resource of document.graph.resources) {
    const before = previous.graph.get(resource.id);
    if (!before || resource.action === 'delete') continue;
    resource.action = 'update';
    resource.previous = before.properties;
  }
}
