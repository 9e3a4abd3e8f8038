import type { ScanDocument } from '../../model/document.js';
import { FOREIGN_METADATA_KEY } from '../../suppressions/foreign.js';
import { collectEdges, ResourceGraph } from '../../model/graph.js';
import { accountLocator, completeAccounts } from '../../model/account.js';
import { addPartialOwners, pathLabel, PartialOwners } from '../../model/partial.js';
import type { Edge, PropertyPath, Resource } from '../../model/resource.js';
import { isUnknown, unknown, type Unknown, type UnknownReference } from '../../model/unknown.js';
import { isObject, type Properties, type Value, type ValueObject } from '../../model/value.js';
import type { TfInput, TfInstance } from './instance.js';
import { deployedLinks } from '../../model/resource-key.js';
import { awsccMapping } from './mapping/awscc.js';
import { MERGE_MAPPINGS, MULTI_OWNER_MAPPINGS, RESOURCE_MAPPINGS, type ResourceMapping } from './mapping/aws/index.js';
import type { MergeMapping } from './mapping/aws/shared.js';
import { MappingContext, refValue } from './mapping/context.js';
import { implicitProtocolWarnings } from '../implicit-protocol.js';
import { checkResourceShapes, malformedValue, malformedWarning } from '../shapes/index.js';
import type { ScanProblem } from '../../model/evaluation.js';

export { looksLikePlan, readPlan } from './plan.js';

/** The mapping for a Terraform type: `aws_*` from the table, `awscc_*` from CloudFormation's names. */
export function mappingFor(type: string): ResourceMapping | undefined {
  // Own keys only: a resource type such as "toString" must not find Object.prototype's.
  return ownEntry(RESOURCE_MAPPINGS, type) ?? (type.startsWith('awscc_') ? awsccMapping(type) : undefined);
}

/** Types Tosei reads from Terraform (mapped, merged into an owner, or attached to several). */
export function isMappedType(type: string): boolean {
  return mappingFor(type) !== undefined || type in MERGE_MAPPINGS || type in MULTI_OWNER_MAPPINGS;
}

/**
 * Turns Terraform resource instances into CloudFormation-shaped resources: one mapping per
 * type, split resources merged into their owner, references kept as graph edges. The same
 * code serves plan JSON and HCL, so every rule works on both.
 */
export function terraformToDocument(input: TfInput): ScanDocument {
  const resources = new Map<string, Resource>();

  for (const instance of input.instances) {
    const mapping = mappingFor(instance.type);
    if (!mapping) continue;
    const context = new MappingContext(instance, instance.values);
    const resource: Resource = {
      id: instance.address,
      type: mapping.cloudFormationType,
      properties: withSelf(mapping.properties(context), instance.address),
      source: sourceOf(instance, input.format),
    };
    // A resource already applied meets its deployed self (its Config item, its live read) by id and ARN.
    const links = instance.deployed ? deployedLinks(mapping.cloudFormationType, instance.deployed.id, instance.deployed.arn) : [];
    if (links.length > 0) resource.source.links = links;
    checkOwnerKeys(instance, context);
    markMalformed(resource, instance, context, input.problems);
    if (instance.action) resource.action = instance.action;
    if (instance.conditional) resource.conditional = instance.conditional;
    if (instance.before) resource.previous = withSelf(mapping.properties(new MappingContext(instance, instance.before)), instance.address);
    if (instance.skips && instance.skips.length > 0) resource.metadata = { tosei: { skip: instance.skips.map((skip) => ({ id: skip.id, reason: skip.reason })) } };
    if (instance.foreignSkips) resource.metadata = { ...resource.metadata, [FOREIGN_METADATA_KEY]: instance.foreignSkips.map((skip) => ({ ...skip })) };
    resources.set(resource.id, resource);
    for (const companion of mapping.companions?.(new MappingContext(instance, instance.values)) ?? []) {
      const id = `${instance.address}#${companion.suffix}`;
      const added: Resource = { id, type: companion.type, properties: withSelf(companion.properties, instance.address), source: resource.source };
      if (instance.action) added.action = instance.action;
      resources.set(id, added);
    }
  }

  const aliases = new Map<string, string>();
  for (const instance of input.instances) {
    if (!resources.has(instance.address)) continue;
    for (const key of ['id', 'arn']) {
      const value = instance.values[key];
      if (typeof value === 'string' && value.length >= 5) aliases.set(value, instance.address);
    }
  }

  const owners = new OwnerIndex(input.instances, resources);
  const instanceOf = new Map(input.instances.map((instance) => [instance.address, instance]));
  // Attachments whose owner the configuration does not declare are judged on a partial owner.
  const partials = new PartialOwners(resources, aliases);
  for (const instance of input.instances) {
    const merge = ownEntry(MERGE_MAPPINGS, instance.type);
    if (merge) {
      const [owner] = owners.find(instance, merge.owner, merge.ownerTypes, merge.ownerKey, merge.ownerCompanions);
      const target = owner ?? (instance.action === 'delete' ? undefined : attachmentOwner(instance, merge.owner, undefined, merge.ownerTypes, merge.ownerKey, owners, partials, input.format));
      if (!target && instance.action !== 'delete' && !namesOwners(instance.values[merge.owner])) {
        mergeIntoEveryCandidate(instance, merge, resources, instanceOf, input.problems);
        continue;
      }
      if (!target) continue;
      if (instance.action !== 'delete') {
        const context = new MappingContext(instance, instance.values);
        mergeInto(target.properties, instance, instanceOf.get(target.id), (properties) => merge.merge(properties, context));
        markMalformed(target, instance, context, input.problems);
      }
      if (target.previous && instance.before) merge.merge(target.previous, new MappingContext(instance, instance.before));
      // Changing a split resource changes its owner: the bucket's encryption changes when its
      // aws_s3_bucket_server_side_encryption_configuration does.
      if (target.action === 'no-op' && instance.action && instance.action !== 'no-op' && instance.action !== 'read') target.action = 'update';
      inheritSkips(target, instance);
      continue;
    }
    const multi = ownEntry(MULTI_OWNER_MAPPINGS, instance.type);
    if (multi && instance.action !== 'delete') {
      for (const { attribute, ownerType } of multi.owners) {
        const targets = owners.find(instance, attribute, [ownerType], 'name');
        const value = instance.values[attribute];
        (Array.isArray(value) ? value : []).forEach((entry, index) => {
          const owner = attachmentOwner(instance, attribute, { entry, index }, [ownerType], 'name', owners, partials, input.format);
          if (owner && !targets.includes(owner)) targets.push(owner);
        });
        for (const owner of targets) {
          mergeInto(owner.properties, instance, instanceOf.get(owner.id), (properties) => multi.merge(properties, new MappingContext(instance, instance.values)));
          if (owner.partial) inheritSkips(owner, instance);
        }
      }
    }
  }
  addPartialOwners(resources, partials, undefined, { referenceTo });
  for (const [literal, id] of partials.aliases) aliases.set(literal, id);

  // Account-wide settings and services become the one account resource; its member references make edges below.
  const accounts = completeAccounts(resources, false);
  const locate = accountLocator(accounts, resources, (resourceId: string, _path: PropertyPath) => resources.get(resourceId)?.source.position);
  input.problems.push(...checkResourceShapes(resources.values(), input.file, locate));
  const edges: Edge[] = [];
  for (const resource of resources.values()) collectEdges(resource.id, resource.properties, [], resources, aliases, edges);
  const graph = new ResourceGraph([...resources.values()], edges, aliases);
  const document: ScanDocument = { file: input.file, format: input.format, graph, locate, problems: input.problems };
  document.problems.push(...implicitProtocolWarnings(document));
  if (input.secrets.length > 0) document.secrets = [...new Set(input.secrets)];
  return document;
}

/**
 * A value the mapping could not read for its shape (`ingress = "all"`): the resource's settings
 * are not known, so every rule on it lacks data, and the run warns where the value is.
 */
function markMalformed(resource: Resource, instance: TfInstance, context: MappingContext, problems: ScanProblem[]): void {
  for (const found of context.malformed) {
    problems.push(malformedWarning(instance.file || resource.source.file, instance.address, found, instance.position));
    resource.unresolved ??= (malformedValue(instance.address, found) as Unknown).reason;
  }
}

/**
 * Merges a split resource into its owner. When the split resource may not exist (unknown
 * `count`), what it would set becomes Unknown that may be absent, so no rule counts on it —
 * unless the owner has the very same condition (`count = var.create ? 1 : 0` on both): then
 * they exist together, and the owner, checked as if it exists, has the split resource's settings.
 */
function mergeInto(owner: Properties, instance: TfInstance, ownerInstance: TfInstance | undefined, merge: (properties: Properties) => void): void {
  if (!instance.conditional || (instance.condition !== undefined && instance.condition === ownerInstance?.condition)) {
    merge(owner);
    return;
  }
  mergeUncertain(owner, merge, (key) => `${key} depends on ${instance.address}, which may not exist (${instance.conditional})`);
}

/** Merges, but each property the merge sets becomes an Unknown that may be absent, for `reason`. */
function mergeUncertain(owner: Properties, merge: (properties: Properties) => void, reason: (key: string) => string): void {
  const snapshot = new Map(Object.entries(owner));
  merge(owner);
  for (const [key, value] of Object.entries(owner)) {
    if (snapshot.get(key) !== value) owner[key] = unknown(reason(key), undefined, true);
  }
}

/** Whether an owner attribute is of the type that names an owner: text, or not known yet. */
function namesOwners(value: Value | undefined): boolean {
  return value === undefined || value === null || typeof value === 'string' || isUnknown(value);
}

/**
 * A split resource whose owner attribute is of the wrong type (`role = { ... }`) may belong to any
 * owner of its module: each gets what it would set as a malformed Unknown that may be absent, so
 * no rule passes an owner on it, and the run warns where the value is.
 */
function mergeIntoEveryCandidate(instance: TfInstance, merge: MergeMapping, resources: Map<string, Resource>, instanceOf: Map<string, TfInstance>, problems: ScanProblem[]): void {
  const found = { path: [merge.owner], expected: 'the name of a resource', value: instance.values[merge.owner] as Value };
  problems.push(malformedWarning(instance.file, instance.address, found, instance.position));
  const reason = (malformedValue(instance.address, found) as Unknown).reason;
  for (const candidate of resources.values()) {
    const candidateInstance = instanceOf.get(candidate.id);
    if (!candidateInstance || candidateInstance.module !== instance.module || !merge.ownerTypes.includes(candidateInstance.type)) continue;
    mergeUncertain(candidate.properties, (properties) => merge.merge(properties, new MappingContext(instance, instance.values)), (key) => `${reason} (${key} may come from it)`);
  }
}

/**
 * Split resources find their owner by its name (or bucket): an owner whose name is of the wrong
 * type can not be matched, so what they would set on it is not known — the owner is malformed.
 */
function checkOwnerKeys(instance: TfInstance, context: MappingContext): void {
  for (const key of OWNER_NAME_KEYS.get(instance.type) ?? []) {
    const value = instance.values[key];
    if (value !== undefined && value !== null && typeof value !== 'string' && !isUnknown(value)) context.malformed.push({ path: [key], expected: 'a string', value });
  }
}

/** By owner type, the attributes split resources name it by. */
const OWNER_NAME_KEYS: ReadonlyMap<string, readonly string[]> = (() => {
  const pairs = [
    ...Object.values(MERGE_MAPPINGS).flatMap((merge) => merge.ownerTypes.map((type) => [type, merge.ownerKey] as const)),
    ...Object.values(MULTI_OWNER_MAPPINGS).flatMap((multi) => multi.owners.map(({ ownerType }) => [ownerType, 'name'] as const)),
  ].filter(([, key]) => key !== 'id' && key !== 'arn');
  const keys = new Map<string, string[]>();
  for (const [type, key] of pairs) if (!keys.get(type)?.includes(key)) keys.set(type, [...(keys.get(type) ?? []), key]);
  return keys;
})();

function sourceOf(instance: TfInstance, format: TfInput['format']): Resource['source'] {
  const source: Resource['source'] = { file: instance.file, format, address: instance.address };
  if (instance.module) source.module = instance.module;
  if (instance.position) source.position = instance.position;
  return source;
}

/** Companions point back at the resource that declared them. */
function withSelf(properties: Properties, address: string): Properties {
  const replace = (value: Value): Value => {
    if (Array.isArray(value)) return value.map(replace);
    if (isObject(value)) {
      if (value.__self === true && Object.keys(value).length === 1) return refValue({ address });
      const object: ValueObject = {};
      for (const [key, child] of Object.entries(value)) object[key] = replace(child);
      return object;
    }
    return value;
  };
  return replace(properties) as Properties;
}

/**
 * The owner of a split resource that `OwnerIndex.find` did not find in its module: a declared owner
 * elsewhere with the literal name (names are global in AWS), else a partial owner — the one a
 * literal name or id names (shared by every attachment naming it), or the attachment's own when the
 * owner reference is not known (a variable, a data source, an unmapped resource). `item` picks one
 * entry of a list attribute (`users` of `aws_iam_policy_attachment`). Undefined when the attachment
 * names no owner, or one `find` already gives.
 */
function attachmentOwner(
  instance: TfInstance,
  attribute: string,
  item: { entry: Value; index: number } | undefined,
  ownerTypes: readonly string[],
  ownerKey: string,
  owners: OwnerIndex,
  partials: PartialOwners,
  format: TfInput['format'],
): Resource | undefined {
  const ownerType = ownerTypes[0] === undefined ? undefined : mappingFor(ownerTypes[0])?.cloudFormationType;
  if (ownerType === undefined) return undefined;
  const value = item ? item.entry : instance.values[attribute];
  const origin = { id: instance.address, source: sourceOf(instance, format), action: instance.action };
  const id = item ? `${instance.address}#${pathLabel([attribute, item.index])}` : instance.address;
  const kind = ownerKey === 'id' ? 'id' : 'name';
  // What the expression refers to: its value's reference (HCL), or the one reference of the attribute
  // (a plan, or a constant attribute of another resource, `aws_s3_directory_bucket.x.bucket`).
  const [single, ...more] = item ? [] : (instance.references.get(attribute) ?? []);
  const reference: UnknownReference | undefined = isUnknown(value) && value.ref ? value.ref : single && more.length === 0 ? { resource: single.address, ...(single.attribute ? { attribute: single.attribute } : {}) } : undefined;
  if (reference && owners.declares(reference.resource, ownerTypes)) return undefined;
  const named = reference ? referenceTo(reference, ownerType) : undefined;
  if (named === 'other') return undefined;
  if (typeof value === 'string') {
    if (value === '') return undefined;
    const declared = owners.literalOwner(instance, value, ownerTypes, ownerKey) ?? partials.declared(ownerType, value, kind);
    if (declared) return declared;
    return reference && named === 'owner' ? partials.ofReader(ownerType, reference.resource, origin, id) : partials.ofLiteral(ownerType, value, kind, origin, id);
  }
  if (!isUnknown(value)) return undefined;
  // A reference to a declared owner is that owner (`OwnerIndex.find`).
  if (owners.refersToOwner(instance, attribute, ownerTypes)) return undefined;
  if (reference && named === 'owner') return partials.ofReader(ownerType, reference.resource, origin, id);
  return partials.ofUnknown(ownerType, value, origin, id);
}

/** Unmapped Terraform types that manage an existing resource of a CloudFormation type. */
const MANAGES_EXISTING: Readonly<Record<string, string>> = { aws_default_security_group: 'AWS::EC2::SecurityGroup' };

/** The attributes that name a resource itself (not another resource it knows, such as a VPC's `default_security_group_id`). */
const IDENTITY_ATTRIBUTES = new Set([undefined, 'id', 'arn', 'name', 'bucket', 'url']);

/**
 * What a reference outside the document names (see `OwnerLookups.referenceTo`): a data source of
 * the owner's type reads an existing owner; an unmapped resource such as `aws_default_security_group`
 * manages one; the identity of a resource of another type (`aws_s3_directory_bucket.this.bucket`)
 * is not an owner of this type.
 */
function referenceTo(reference: UnknownReference, ownerType: string): 'owner' | 'other' | undefined {
  const match = /(?:^|\.)(data\.)?([\w-]+)\.[\w-]+(?:\[[^\]]*\])?$/.exec(reference.resource);
  if (!match) return undefined;
  const [, data, type] = match as unknown as [string, string | undefined, string];
  const managed = data ? mappingFor(type)?.cloudFormationType : (ownEntry(MANAGES_EXISTING, type) ?? mappingFor(type)?.cloudFormationType);
  if (managed === ownerType) return 'owner';
  return !data && IDENTITY_ATTRIBUTES.has(reference.attribute) ? 'other' : undefined;
}

/**
 * Finds the owners of split resources: through the reference of the owner attribute, or a
 * literal name, id or ARN. Indexed once, so large plans stay linear.
 */
class OwnerIndex {
  private readonly byAddress = new Map<string, TfInstance>();
  private readonly byLiteral = new Map<string, TfInstance>();

  constructor(
    instances: readonly TfInstance[],
    private readonly resources: Map<string, Resource>,
  ) {
    for (const instance of instances) {
      this.byAddress.set(instance.address, instance);
      for (const key of OWNER_KEYS) {
        const value = instance.values[key];
        if (typeof value !== 'string') continue;
        const literalKey = `${instance.type}|${instance.module}|${key}|${value}`;
        if (!this.byLiteral.has(literalKey)) this.byLiteral.set(literalKey, instance);
      }
    }
  }

  find(instance: TfInstance, attribute: string, ownerTypes: readonly string[], ownerKey: string, companions: Readonly<Record<string, string>> = {}): Resource[] {
    const owners: Resource[] = [];
    for (const reference of instance.references.get(attribute) ?? []) {
      if (!this.declares(reference.address, ownerTypes)) continue;
      const suffix = companions[this.byAddress.get(reference.address)?.type ?? ''];
      const owner = this.resources.get(suffix === undefined ? reference.address : `${reference.address}#${suffix}`);
      if (owner) owners.push(owner);
    }
    if (owners.length > 0) return owners;
    const value = instance.values[attribute];
    const literals = (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string');
    for (const literal of literals) {
      const owner = this.literalOwner(instance, literal, ownerTypes, ownerKey);
      if (owner && !owners.includes(owner)) owners.push(owner);
    }
    return owners;
  }

  /** Whether `address` is a declared resource of one of `ownerTypes`. */
  declares(address: string, ownerTypes: readonly string[]): boolean {
    const instance = this.byAddress.get(address);
    return this.resources.has(address) && instance !== undefined && ownerTypes.includes(instance.type);
  }

  /** Whether the configuration refers to a declared owner in `attribute` (the plan may know only its id). */
  refersToOwner(instance: TfInstance, attribute: string, ownerTypes: readonly string[]): boolean {
    return (instance.references.get(attribute) ?? []).some((reference) => this.declares(reference.address, ownerTypes));
  }

  /** The declared owner a literal names in the instance's module: by `ownerKey`, id or ARN. */
  literalOwner(instance: TfInstance, literal: string, ownerTypes: readonly string[], ownerKey: string): Resource | undefined {
    for (const type of ownerTypes) {
      const match = [ownerKey, 'id', 'arn'].map((key) => this.byLiteral.get(`${type}|${instance.module}|${key}|${literal}`)).find(Boolean);
      const owner = match && this.resources.get(match.address);
      if (owner) return owner;
    }
    return undefined;
  }
}

/** The owner attributes mappings name (`ownerKey`), plus ids and ARNs. */
const OWNER_KEYS = ['name', 'bucket', 'id', 'arn'];

function inheritSkips(owner: Resource, instance: TfInstance): void {
  if (instance.foreignSkips) {
    const inherited = owner.metadata?.[FOREIGN_METADATA_KEY];
    owner.metadata = { ...owner.metadata, [FOREIGN_METADATA_KEY]: [...(Array.isArray(inherited) ? inherited : []), ...instance.foreignSkips.map((skip) => ({ ...skip }))] };
  }
  if (!instance.skips || instance.skips.length === 0) return;
  const tosei = isObject(owner.metadata?.tosei) ? owner.metadata.tosei : { skip: [] };
  const skip = Array.isArray(tosei.skip) ? tosei.skip : [];
  owner.metadata = { ...owner.metadata, tosei: { ...tosei, skip: [...skip, ...instance.skips.map((entry) => ({ id: entry.id, reason: entry.reason }))] } };
}

function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
