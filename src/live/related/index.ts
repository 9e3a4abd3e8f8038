/**
 * The detection-time inventory of neighbours: from the rules' `related` declarations and the
 * subjects at hand, which other resources the rules read, fetched the way each path can — the
 * live scan lists their types (`relatedTypesToRead`), the Config rule handler fetches the ones its
 * subjects name (`readNeighbours`): BatchGetResourceConfig in batches of 100, keys from the
 * subjects' properties and Config relationships, then the service's describe API for what Config
 * did not return, and a lookup for neighbours that point at the subjects (a VPC's flow logs).
 *
 * A neighbour that can not be looked up leaves its subjects unresolved (INSUFFICIENT_DATA), never
 * judged as if it did not exist.
 */
import type { ResourceType } from '@aws-sdk/client-config-service';
import { batchGetItems, type AwsClients, type ResourceKey, type Retry } from '../../gates/config-rule/aws.js';
import { configItemsToDocument, normalizeItem, type ConfigurationItem } from '../../inputs/config/index.js';
import { APPLICABLE_STATUSES } from '../../inputs/config/item.js';
import type { ScanProblem } from '../../model/evaluation.js';
import { isObject, type Value } from '../../model/value.js';
import type { RelatedResource } from '../../rules/types.js';
import { describeFailure } from '../errors.js';
import { isInline, neighbourSource, type ConfigSource, type FetchContext } from './registry.js';

export { DEFAULT_SOURCE, NEIGHBOUR_SOURCES, neighbourSource, isInline, type NeighbourSource, type ConfigSource } from './registry.js';

/** What a set of rules reads beside its subjects, each relation once; `parameter` ones only when the rule's parameter is set. */
export function relatedOf(active: readonly { rule: { meta: { related?: readonly RelatedResource[] } }; params?: object }[]): RelatedResource[] {
  const seen = new Map<string, RelatedResource>();
  for (const { rule, params } of active) {
    for (const related of rule.meta.related ?? []) {
      if (related.parameter !== undefined && !isSetParameter((params as Record<string, unknown> | undefined)?.[related.parameter])) continue;
      const key = `${related.type}|${related.relation}|${related.property}`;
      if (!seen.has(key)) seen.set(key, { type: related.type, relation: related.relation, property: related.property });
    }
  }
  return [...seen.values()];
}

function isSetParameter(value: unknown): boolean {
  return value !== undefined && value !== null && value !== false && value !== '' && !(Array.isArray(value) && value.length === 0);
}

/** The neighbour types the live scan lists for `related` (those its readers do not carry with their owners). */
export function relatedTypesToRead(related: readonly RelatedResource[]): string[] {
  return [...new Set(related.filter((relation) => neighbourSource(relation.type).live === 'list').map((relation) => relation.type))];
}

/**
 * For the live scan: each listed neighbour type that points at its subjects (`referencedBy`), with
 * the subject types of the rules that read it, so that a type that can not be read leaves those
 * subjects unresolved rather than judged as having none.
 */
export function referencedByDependents(active: readonly { rule: { meta: { resourceTypes: readonly string[]; related?: readonly RelatedResource[] } }; params?: object }[]): Map<string, string[]> {
  const dependents = new Map<string, string[]>();
  for (const entry of active) {
    for (const related of relatedOf([entry])) {
      if (related.relation !== 'referencedBy' || neighbourSource(related.type).live !== 'list') continue;
      dependents.set(related.type, [...new Set([...(dependents.get(related.type) ?? []), ...entry.rule.meta.resourceTypes])]);
    }
  }
  return dependents;
}

export interface NeighbourScope {
  clients: AwsClients;
  retry: Retry;
  sleep: (ms: number) => Promise<void>;
  context: FetchContext;
}

export interface Neighbours {
  /** Items of the neighbours, in either form, to add to the subjects' document. */
  items: unknown[];
  /** Subjects (Config resource ids) whose neighbours could not be looked up, with why. */
  unresolved: Map<string, string>;
  problems: ScanProblem[];
}

/**
 * The neighbours `related` names for these subject items (Config's configuration items), read
 * from AWS. Without clients (a dry run) nothing is read and every subject a `referencedBy`
 * neighbour would decide is unresolved.
 */
export async function readNeighbours(scope: NeighbourScope | undefined, rawSubjects: readonly unknown[], related: readonly RelatedResource[], file: string): Promise<Neighbours> {
  const result: Neighbours = { items: [], unresolved: new Map(), problems: [] };
  const subjects = rawSubjects.map(normalizeSafe).filter((item): item is ConfigurationItem => item !== undefined && APPLICABLE_STATUSES.has(item.configurationItemStatus) && item.configuration !== null);
  if (subjects.length === 0 || related.length === 0) return result;
  // The subjects in the CloudFormation shape the rules read, so a property is read one way whatever the item form.
  const document = configItemsToDocument(subjects, file);
  const properties = new Map<string, Record<string, Value>>();
  for (const [id, origin] of document.origins) {
    const resource = document.graph.get(id);
    if (resource) properties.set(`${origin.resourceType}|${origin.resourceId}`, resource.properties);
  }
  const have = new Set(subjects.map((item) => `${item.resourceType}|${item.resourceId}`));
  const unresolve = (subject: ConfigurationItem, reason: string) => {
    if (!result.unresolved.has(subject.resourceId)) result.unresolved.set(subject.resourceId, reason);
  };
  const problem = (message: string) => result.problems.push({ level: 'warning', file, message });

  for (const relation of related) {
    const source = neighbourSource(relation.type).config;
    if (isInline(source)) continue;
    const configType = source.configType ?? relation.type;
    if (relation.relation === 'referencedBy') {
      const ids = subjects.map((subject) => subject.resourceId);
      const keys = uniqueKeys(subjects.flatMap((subject) => relationshipKeys(subject, configType).keys), have);
      if (!scope) {
        for (const subject of subjects) unresolve(subject, `dry run: the ${relation.type} resources that refer to it were not read`);
        continue;
      }
      if (!source.lookup) {
        for (const subject of subjects) unresolve(subject, `the ${relation.type} resources that refer to it can not be looked up by this gate`);
        continue;
      }
      if (keys.length > 0) {
        // What Config relates to the subjects; the lookup below is what decides, so a failure here only warns.
        try {
          result.items.push(...(await batchGetItems(scope.clients, scope.retry, keys, scope.sleep)));
        } catch (error) {
          const failure = describeFailure(error);
          problem(`${relation.type} related to ${ids.length} resource(s) could not be read from AWS Config: ${failure.reason} (${failure.code})`);
        }
      }
      try {
        result.items.push(...(await source.lookup(scope.clients, scope.retry, ids, scope.context)));
      } catch (error) {
        const failure = describeFailure(error);
        problem(`${relation.type} of ${ids.length} resource(s) could not be read: ${failure.reason} (${failure.code})`);
        for (const subject of subjects) unresolve(subject, `the ${relation.type} resources that refer to it could not be read: ${failure.reason} (${failure.code})`);
      }
      continue;
    }
    if (!scope) continue;
    const keys: ResourceKey[] = [];
    const names = new Set<string>();
    for (const subject of subjects) {
      const fromRelationships = relationshipKeys(subject, configType);
      keys.push(...fromRelationships.keys);
      for (const value of referenceValues(properties.get(`${subject.resourceType}|${subject.resourceId}`)?.[relation.property], source)) {
        const id = source.idOf ? source.idOf(value) : value;
        if (id === undefined) continue;
        if (!source.byName) keys.push({ resourceType: configType, resourceId: id });
        else if (!fromRelationships.names.has(id)) names.add(id);
      }
    }
    const failed = (error: unknown, what: string) => {
      // The subjects still name what could not be read: rules judge a reference they can not follow as not known.
      const failure = describeFailure(error);
      problem(`${relation.type} named by ${relation.property} could not be read (${what}): ${failure.reason} (${failure.code})`);
    };
    let wanted: ResourceKey[] = [];
    try {
      for (const name of names) keys.push(...(await discoveredByName(scope, configType, name)));
      wanted = uniqueKeys(keys, have);
      if (wanted.length === 0) continue;
      const recorded = await batchGetItems(scope.clients, scope.retry, wanted, scope.sleep);
      result.items.push(...recorded);
      for (const item of recorded) have.add(`${configType}|${(item as { resourceId?: string }).resourceId ?? ''}`);
    } catch (error) {
      failed(error, 'AWS Config');
      wanted = uniqueKeys(keys, have);
    }
    // What Config did not return (not recorded, or Config could not be asked), from the service's describe API.
    const missing = wanted.filter((key) => !have.has(`${key.resourceType}|${key.resourceId}`)).map((key) => key.resourceId);
    if (missing.length === 0 || !source.describe) continue;
    try {
      result.items.push(...(await source.describe(scope.clients, scope.retry, missing, scope.context)));
    } catch (error) {
      failed(error, 'describe');
    }
  }
  return result;
}

/** Keys of the subject's relationships of one Config type: those with an id, and the names of those with a name only. */
function relationshipKeys(subject: ConfigurationItem, configType: string): { keys: ResourceKey[]; names: Set<string> } {
  const keys: ResourceKey[] = [];
  const names = new Set<string>();
  for (const relationship of subject.relationships) {
    if (relationship.resourceType !== configType) continue;
    if (relationship.resourceName) names.add(relationship.resourceName);
    if (relationship.resourceId) keys.push({ resourceType: configType, resourceId: relationship.resourceId });
  }
  return { keys, names };
}

/** The strings a property holds: itself, each item of a list, and (for ids, not names) strings nested in its objects. */
function referenceValues(value: Value | undefined, source: ConfigSource): string[] {
  if (typeof value === 'string') return value === '' ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((item) => referenceValues(item, source));
  if (isObject(value) && !source.byName) return Object.values(value).flatMap((child) => referenceValues(child, source));
  return [];
}

/** Config's keys of the resources of a type with this name (ListDiscoveredResources, deleted ones left out). */
async function discoveredByName(scope: NeighbourScope, resourceType: string, resourceName: string): Promise<ResourceKey[]> {
  const { clients } = scope;
  const page = await scope.retry(() => clients.config.send(new clients.sdk.config.ListDiscoveredResourcesCommand({ resourceType: resourceType as ResourceType, resourceName })));
  return (page.resourceIdentifiers ?? []).filter((identifier) => identifier.resourceId && !identifier.resourceDeletionTime).map((identifier) => ({ resourceType, resourceId: identifier.resourceId as string }));
}

function uniqueKeys(keys: readonly ResourceKey[], have: ReadonlySet<string>): ResourceKey[] {
  const seen = new Set<string>();
  return keys.filter((key) => {
    const id = `${key.resourceType}|${key.resourceId}`;
    if (have.has(id) || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function normalizeSafe(raw: unknown): ConfigurationItem | undefined {
  try {
    return normalizeItem(raw);
  } catch {
    return undefined;
  }
}
