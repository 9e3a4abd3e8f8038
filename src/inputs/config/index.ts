import type { ScanDocument } from '../../model/document.js';
import type { ScanProblem } from '../../model/evaluation.js';
import { completeAccounts } from '../../model/account.js';
import { ResourceGraph } from '../../model/graph.js';
import { deployedLinks, stackTagLinks } from '../../model/resource-key.js';
import type { Edge, Resource } from '../../model/resource.js';
import { watchMalformed } from '../../model/malformed.js';
import { StringPool } from '../../model/string-pool.js';
import { unknown } from '../../model/unknown.js';
import { isObject, type Properties, type Value } from '../../model/value.js';
import { APPLICABLE_STATUSES, ConfigItemError, DELETED_STATUSES, normalizeItem, type ConfigurationItem } from './item.js';
import { ITEM_MAPPINGS, ItemContext, mappingForItem } from './mapping/index.js';
import { MalformedItemValue, type CompanionResource } from './mapping/shared.js';
import { cloudFormationMismatches, configMismatches, containsMalformed, malformedWarning, replaceMalformed } from '../shapes/index.js';

export { normalizeItem, policyDocument, ConfigItemError, APPLICABLE_STATUSES, DELETED_STATUSES, type ConfigurationItem, type Relationship } from './item.js';
export { ITEM_MAPPINGS, mappingForItem, pascalKeys } from './mapping/index.js';

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
  const builder = new ConfigDocumentBuilder(file, options);
  for (const raw of rawItems) builder.add(raw);
  return builder.finish();
}

/**
 * Builds a document one item at a time, keeping only the mapped resource of each item (not the
 * item), so a streamed snapshot never holds all its items at once.
 */
export class ConfigDocumentBuilder {
  private readonly problems: ScanProblem[] = [];
  private readonly resources: Resource[] = [];
  private readonly aliases = new Map<string, string>();
  private readonly origins = new Map<string, ItemOrigin>();
  /** Each item's relationships as edges, their targets as the items name them (made aliases at finish). */
  private readonly relationshipEdges: Edge[] = [];
  /** The strings the document keeps (properties, relationships, origins), one copy of each. */
  private readonly strings = new StringPool();
  private index = 0;

  constructor(
    private readonly file: string,
    private readonly options: ItemsOptions = {},
  ) {}

  /** Adds one item (either form); a bad one becomes a problem naming its position. */
  add(raw: unknown): void {
    this.index += 1;
    let item: ConfigurationItem;
    try {
      item = normalizeItem(raw);
    } catch (error) {
      if (!(error instanceof ConfigItemError)) throw error;
      this.problems.push({ level: 'error', file: this.file, message: `configuration item #${this.index}: ${error.message}` });
      return;
    }
    let added: Resource[];
    try {
      added = itemResources(item, this.file, this.options, (id) => this.origins.has(id), this.problems, this.strings);
    } catch (error) {
      if (!(error instanceof ConfigItemError)) throw error;
      this.problems.push({ level: 'error', file: this.file, message: `${item.resourceType} ${item.resourceId}: ${error.message}` });
      return;
    }
    for (const resource of added) this.resources.push(resource);
    const main = added[0] as Resource;
    const strings = this.strings;
    this.origins.set(main.id, {
      resourceType: strings.intern(item.resourceType),
      resourceId: item.resourceId,
      ...(item.configurationItemCaptureTime ? { captureTime: strings.intern(item.configurationItemCaptureTime) } : {}),
    });
    for (const alias of [item.resourceId, item.ARN, item.resourceName]) if (alias && !this.aliases.has(alias)) this.aliases.set(alias, main.id);
    for (const companion of added.slice(1)) this.aliases.set(companion.id, companion.id);
    // The edges are made now, not at finish from the items' relationships: a relationship object
    // of every item, held until the last item is read, weighed more than the edges.
    for (const relationship of item.relationships) {
      const to = relationship.resourceId ?? relationship.resourceName;
      if (to) this.relationshipEdges.push({ from: main.id, to: strings.intern(to), kind: 'Relationship', path: [], attribute: strings.intern(relationship.name) });
    }
  }

  /** A problem of the file found by the reader (not by an item). */
  problem(problem: ScanProblem): void {
    this.problems.push(problem);
  }

  finish(): ConfigDocument {
    const edges = [...this.relationshipEdges];
    const aliases = this.aliases;
    for (const edge of edges) edge.to = aliases.get(edge.to) ?? edge.to;
    // A property naming another item's id (a VPC CIDR block's VpcId) refers to it, as a template's Ref would.
    for (const resource of this.resources) {
      for (const key in resource.properties) {
        const value = resource.properties[key];
        const to = typeof value === 'string' ? aliases.get(value) : undefined;
        if (to !== undefined && to !== resource.id) edges.push({ from: resource.id, to, kind: 'Reference', path: [key] });
      }
    }
    // The account's fragments (its public access block item) merge into it, and it lists its members.
    const byId = new Map(this.resources.map((resource) => [resource.id, resource]));
    const accounts = completeAccounts(byId, true);
    edges.push(...accounts.edges);
    const graph = new ResourceGraph(accounts.merged.size > 0 ? [...byId.values()] : this.resources, edges, aliases);
    linkItems(graph);
    return { file: this.file, format: 'config-item', graph, locate: () => undefined, problems: this.problems, origins: this.origins };
  }
}

function itemResources(item: ConfigurationItem, file: string, options: ItemsOptions, taken: (id: string) => boolean, problems: ScanProblem[], strings: StringPool): Resource[] {
  const mapping = mappingForItem(item.resourceType);
  // Items of several accounts or regions (an aggregator snapshot) may share a resource id.
  let id = item.resourceId;
  if (taken(id)) id = `${item.resourceId} (${item.resourceType} ${item.awsAccountId ?? '?'} ${item.awsRegion ?? '?'})`;
  for (let copy = 2; taken(id); copy++) id = `${item.resourceId} (${item.resourceType} ${item.awsAccountId ?? '?'} ${item.awsRegion ?? '?'} #${copy})`;
  const source: Resource['source'] = {
    file,
    format: 'config-item' as const,
    ...(item.ARN ? { arn: item.ARN } : {}),
    ...(item.awsAccountId ? { account: strings.intern(item.awsAccountId) } : {}),
    ...(item.awsRegion ? { region: strings.intern(item.awsRegion) } : {}),
  };
  const links = configItemLinks(item, mapping.cloudFormationType);
  if (links.length > 0) source.links = links;
  const resource: Resource = { id, type: mapping.cloudFormationType, properties: {}, source };
  if (DELETED_STATUSES.has(item.configurationItemStatus)) {
    resource.action = 'delete';
    return [resource];
  }
  if (!APPLICABLE_STATUSES.has(item.configurationItemStatus) || item.configuration === null) {
    resource.unresolved = item.configuration === null ? `AWS Config sent no configuration (${item.configurationItemStatus})` : `AWS Config did not record this resource (${item.configurationItemStatus})`;
    return [resource];
  }
  const owner = `${item.resourceType} ${item.resourceId}`;
  // What Config records is checked against its schema before the mapping reads it.
  const wrong = configMismatches(item.resourceType, item.configuration);
  replaceMalformed(item.configuration, owner, wrong);
  for (const found of wrong) problems.push(malformedWarning(file, owner, { ...found, path: ['configuration', ...found.path] }));
  const context = new ItemContext(item);
  let companions: CompanionResource[];
  try {
    resource.properties = mapping.properties(context);
    companions = mapping.companions?.(context) ?? [];
    strings.internValues(resource.properties);
    for (const companion of companions) strings.internValues(companion.properties);
  } catch (error) {
    if (!(error instanceof MalformedItemValue)) throw error;
    resource.unresolved = error.message;
    if (wrong.length === 0) problems.push({ level: 'warning', file, message: `${owner}: ${error.message}, treated as unknown` });
    return [resource];
  }
  // Config's schema does not say which values are lists, so `name: ["x"]` fits it; what a mapping
  // made of the item is CloudFormation-shaped and is checked against CloudFormation's schema too
  // (a type without a mapping keeps Config's describe shape).
  const mapped = Object.hasOwn(ITEM_MAPPINGS, item.resourceType);
  // A mapping may itself have found a value it could not read (a policy ARN that is not text).
  const watched = (mapped && checkMapped(resource.type, resource.properties, owner, file, problems)) || wrong.length > 0 || containsMalformed(resource.properties);
  if (watched) resource.properties = watchMalformed(resource.properties);
  const observed = { ...(mapping.observed?.(context) ?? {}), ...(options.observations?.get(item.ARN ?? '') ?? options.observations?.get(item.resourceId) ?? {}) };
  if (Object.keys(observed).length > 0) resource.observed = observed;
  const related = companions.map((companion): Resource => {
    const companionWatched = checkMapped(companion.type, companion.properties, owner, file, problems) || watched;
    return { id: `${id}#${companion.suffix}`, type: companion.type, properties: companionWatched ? watchMalformed(companion.properties) : companion.properties, source };
  });
  return [resource, ...related];
}

/** Replaces the values of mapped `properties` that do not fit CloudFormation's schema of `type`; true when there were any. */
function checkMapped(type: string, properties: Properties, owner: string, file: string, problems: ScanProblem[]): boolean {
  const found = cloudFormationMismatches(type, properties);
  replaceMalformed(properties, owner, found);
  for (const entry of found) problems.push(malformedWarning(file, owner, entry));
  return found.length > 0;
}

/**
 * The keys that link an item to the same resource at other gates (see model/resource-key.ts): its
 * physical id, and the `cfn:` key of CloudFormation's tags. Config puts tags in the item's `tags`
 * map, and for many types also in `configuration` (`tags`, `Tags`, `TagList`, as a map or a list).
 */
export function configItemLinks(item: ConfigurationItem, type: string): string[] {
  const place = { account: item.awsAccountId, region: item.awsRegion };
  const configuration = item.configuration ?? {};
  const tagged = [item.tags, configuration.tags, configuration.Tags, configuration.TagList, configuration.tagList];
  const stack = tagged.map((tags) => stackTagLinks(tags, place)).find((links) => links.length > 0) ?? [];
  return [...stack, ...deployedLinks(type, item.resourceId)];
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
