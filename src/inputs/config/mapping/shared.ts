import { isMalformed, MALFORMED } from '../../../model/malformed.js';
import { isUnknown, unknown } from '../../../model/unknown.js';
import { isObject, type Properties, type Value, type ValueObject } from '../../../model/value.js';
import { compact } from '../../terraform/mapping/context.js';
import { policyDocument, type ConfigurationItem } from '../item.js';


/**
 * What a mapping sees of one configuration item. `recorded` reads a `configuration` key and
 * gives an `Unknown` when Config did not record it (design: a property Config did not record is
 * Unknown, never a guess); `optional` reads a key whose absence means "not set".
 */
export class ItemContext {
  readonly configuration: ValueObject;
  constructor(readonly item: ConfigurationItem) {
    this.configuration = item.configuration ?? {};
  }

  /** A `configuration` value by dotted path; an Unknown when any part is missing. */
  recorded(path: string): Value {
    const value = this.optional(path);
    return value === undefined ? unknown(`AWS Config did not record configuration.${path} of ${this.item.resourceId}`) : value;
  }

  /** A `configuration` value by dotted path (first of several spellings); undefined when absent or null. */
  optional(...paths: string[]): Value | undefined {
    for (const path of paths) {
      const value = dig(this.configuration, path);
      if (value !== undefined) return value;
    }
    return undefined;
  }

  /**
   * A `supplementaryConfiguration` blob. When Config recorded no supplementary configuration at
   * all for a type that has some, every blob is unknown; when it recorded others, a missing one
   * is not configured.
   */
  supplementary(key: string): Value | undefined {
    const all = this.item.supplementaryConfiguration;
    if (Object.keys(all).length === 0) return unknown(`AWS Config did not record supplementaryConfiguration.${key} of ${this.item.resourceId}`);
    const value = all[key];
    return value === null ? undefined : value;
  }

  get name(): string {
    return this.item.resourceName ?? this.item.resourceId;
  }
}

function dig(root: ValueObject, path: string): Value | undefined {
  let current: Value | undefined = root;
  for (const segment of segmentsOf(path)) {
    if (!isObject(current)) return undefined;
    current = current[segment];
  }
  return current === null ? undefined : current;
}

/**
 * The segments of a dotted path, split once: mappings read the same few paths of every item, and
 * a split per read was a good part of mapping an inventory. Only so many are kept.
 */
const SEGMENTS = new Map<string, readonly string[]>();
const MAX_KEPT_PATHS = 4096;

function segmentsOf(path: string): readonly string[] {
  let segments = SEGMENTS.get(path);
  if (segments === undefined) {
    segments = path.split('.');
    if (SEGMENTS.size < MAX_KEPT_PATHS) SEGMENTS.set(path, segments);
  }
  return segments;
}

export interface CompanionResource {
  suffix: string;
  type: string;
  properties: Properties;
}

/** How one Config resource type becomes a CloudFormation resource. */
export interface ItemMapping {
  cloudFormationType: string;
  properties(context: ItemContext): Properties;
  /** Resources CloudFormation models separately (a bucket's policy, a queue's policy, a VPC's IPv6 block). */
  companions?(context: ItemContext): CompanionResource[];
  /** Facts the CloudFormation model has no property for (see `Resource.observed`). */
  observed?(context: ItemContext): Properties;
}

/** `someKey` → `SomeKey`, deeply: Config's camelCase describe output next to CloudFormation's PascalCase. */
export function pascalKeys(value: Value): Value {
  if (Array.isArray(value)) return value.map(pascalKeys);
  if (!isObject(value)) return value;
  const result: ValueObject = {};
  for (const [key, child] of Object.entries(value)) {
    if (child === null) continue;
    result[pascalKey(key)] = pascalKeys(child);
  }
  return result;
}

/** Keys made PascalCase, each once: an inventory's items share their few keys. Only so many are kept. */
const PASCAL_KEYS = new Map<string, string>();
const MAX_KEPT_KEYS = 4096;

function pascalKey(key: string): string {
  let pascal = PASCAL_KEYS.get(key);
  if (pascal === undefined) {
    pascal = key.charAt(0).toUpperCase() + key.slice(1);
    if (PASCAL_KEYS.size < MAX_KEPT_KEYS) PASCAL_KEYS.set(key, pascal);
  }
  return pascal;
}

/**
 * A value a mapping can not read for its shape (an object or text where Config records a list):
 * the item's resource is then malformed as a whole (see `itemResources`).
 */
export class MalformedItemValue extends Error {
  constructor(readonly value: Value) {
    super(isMalformed(value) ? value.reason : `${MALFORMED}a list of objects was expected, not ${JSON.stringify(value).slice(0, 60)}`);
  }
}

/** The items of a list Config records; absent or not yet known: none; anything but a list is malformed. */
export function items(value: Value | undefined): Value[] {
  if (value === undefined || value === null || (isUnknown(value) && !isMalformed(value))) return [];
  if (!Array.isArray(value)) throw new MalformedItemValue(value);
  return value;
}

/** The objects of a list Config records; absent or not yet known: none; anything else is malformed. */
export function objects(value: Value | undefined): ValueObject[] {
  const list = items(value);
  for (const item of list) if (item !== null && !isObject(item) && !(isUnknown(item) && !isMalformed(item))) throw new MalformedItemValue(item);
  return list.filter(isObject);
}
/** The values of a list that are there: one of the wrong type stays, to be judged malformed; only absent ones drop. */
export const present = (values: readonly (Value | undefined)[]): Value[] => values.filter((value): value is Value => value !== undefined && value !== null);
export const text = (value: Value | undefined): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** Keeps an Unknown, maps a known value. */
export function known<T extends Value>(value: Value, map: (value: Value) => T | undefined): T | Value | undefined {
  return isUnknown(value) ? value : map(value);
}

/** EC2 ip permissions (describe shape) → CloudFormation ingress/egress entries, one CIDR or peer each. */
export function permissionEntries(permissions: Value | undefined, egress: boolean): Value[] {
  const entries: Value[] = [];
  for (const permission of objects(permissions)) {
    // A protocol of the wrong type (malformed) stays what it is: `String()` would make it a protocol name.
    const recorded = permission.ipProtocol ?? '-1';
    const protocol = typeof recorded === 'number' ? String(recorded) : recorded;
    const base = compact({
      IpProtocol: protocol,
      FromPort: protocol === '-1' ? undefined : (permission.fromPort ?? undefined),
      ToPort: protocol === '-1' ? undefined : (permission.toPort ?? undefined),
    });
    const cidrs = new Set<string>();
    for (const range of objects(permission.ipv4Ranges)) if (typeof range.cidrIp === 'string') cidrs.add(range.cidrIp);
    // Older items carry only the legacy list of CIDR strings (protocols.md §C.2.2).
    for (const range of items(permission.ipRanges)) {
      if (typeof range === 'string') cidrs.add(range);
      else if (isObject(range) && typeof range.cidrIp === 'string') cidrs.add(range.cidrIp);
      else if (range !== null) throw new MalformedItemValue(range);
    }
    for (const cidr of cidrs) entries.push({ ...base, CidrIp: cidr });
    for (const range of objects(permission.ipv6Ranges)) if (typeof range.cidrIpv6 === 'string') entries.push({ ...base, CidrIpv6: range.cidrIpv6 });
    for (const pair of objects(permission.userIdGroupPairs)) {
      entries.push({ ...base, [egress ? 'DestinationSecurityGroupId' : 'SourceSecurityGroupId']: String(pair.groupId ?? pair.groupName ?? '') });
    }
    for (const list of objects(permission.prefixListIds)) {
      entries.push({ ...base, [egress ? 'DestinationPrefixListId' : 'SourcePrefixListId']: String(list.prefixListId ?? '') });
    }
  }
  return entries;
}

/** Inline policies (`userPolicyList`, `rolePolicyList`, `groupPolicyList`) → CloudFormation `Policies`. */
export function inlinePolicies(context: ItemContext, key: string): Value {
  const list = context.recorded(key);
  if (isUnknown(list)) return list;
  return objects(list).map((entry) => compact({ PolicyName: entry.policyName ?? undefined, PolicyDocument: policyDocument(entry.policyDocument) }));
}

export function managedPolicyArns(context: ItemContext): Value {
  const list = context.recorded('attachedManagedPolicies');
  if (isUnknown(list)) return list;
  // A malformed ARN stays in its place: a policy is attached, which one is not known.
  return objects(list).flatMap((entry, index): Value[] => {
    const arn = entry.policyArn;
    if (arn === undefined || arn === null) return [];
    if (typeof arn === 'string' || isUnknown(arn)) return [arn];
    return [unknown(`${MALFORMED}configuration.attachedManagedPolicies.${index}.policyArn should be an ARN, not ${JSON.stringify(arn).slice(0, 60)}`)];
  });
}

/** Names of the principals of one type that a managed policy is attached to, from its relationships. */
export function attachedNames(item: ConfigurationItem, type: string): string[] | undefined {
  const names = item.relationships.filter((relationship) => relationship.resourceType === type && relationship.resourceName).map((relationship) => relationship.resourceName as string);
  return names.length > 0 ? names : undefined;
}
