import { isUnknown, unknown } from '../../../../model/unknown.js';
import { isObject, type Properties, type Value, type ValueObject } from '../../../../model/value.js';
import { compact, jsonDocument, type MappingContext } from '../context.js';

/**
 * How one `aws` provider resource type becomes a CloudFormation resource. `properties` gets
 * the Terraform attribute values and returns CloudFormation-shaped properties.
 */
export interface ResourceMapping {
  cloudFormationType: string;
  properties(context: MappingContext): Properties;
  /** Extra resources CloudFormation models separately (e.g. a queue's inline policy). */
  companions?(context: MappingContext): { suffix: string; type: string; properties: Properties }[];
}

/**
 * A split resource that CloudFormation keeps inside its owner (`aws_s3_bucket_logging` is the
 * bucket's `LoggingConfiguration`). `owner` names the attribute that refers to the owner;
 * `merge` adds to the owner's properties.
 */
export interface MergeMapping {
  ownerTypes: readonly string[];
  owner: string;
  /** Which owner attribute a literal (not referenced) owner value matches, e.g. `bucket`. */
  ownerKey: string;
  /**
   * Owner types whose part the split resource belongs to is one of their companions, by owner type
   * the companion's suffix: method settings naming a deployment's `stage_name` set the stage it creates.
   */
  ownerCompanions?: Readonly<Record<string, string>>;
  merge(owner: Properties, context: MappingContext): void;
}

/** A split resource that names several owners at once (`aws_iam_policy_attachment`). */
export interface MultiOwnerMapping {
  owners: { attribute: string; ownerType: string }[];
  merge(owner: Properties, context: MappingContext): void;
}

/** What one service contributes to the `aws` provider mapping: adding a type is adding an entry. */
export interface ServiceMappings {
  resources?: Readonly<Record<string, ResourceMapping>>;
  merges?: Readonly<Record<string, MergeMapping>>;
  multiOwner?: Readonly<Record<string, MultiOwnerMapping>>;
}

export const list = (value: Value | undefined): Value[] | undefined => (value === undefined ? undefined : Array.isArray(value) ? value : [value]);

/**
 * Adds a split resource's entries to a list of its owner. When the owner's list is not known (known
 * after apply, or a partial owner's), the entries still count: the list becomes that unknown, as an
 * entry that may be absent, followed by them.
 */
export function append(owner: Properties, key: string, items: Value | Value[] | undefined): void {
  if (items === undefined) return;
  const existing = owner[key];
  const added = Array.isArray(items) ? items : [items];
  if (Array.isArray(existing)) owner[key] = [...existing, ...added];
  else if (isUnknown(existing)) owner[key] = [existing.mayBeAbsent ? existing : unknown(existing.reason, existing.ref, true), ...added];
  else owner[key] = added;
}

/** The `rule` blocks at `path` of an `aws_s3_bucket_server_side_encryption_configuration`, or of the legacy inline block. */
export function sseRules(context: MappingContext, path: string): Value[] {
  return context.blocks(path).map((rule, index) => {
    const byDefault = context.block(`${path}.${index}.apply_server_side_encryption_by_default`);
    return compact({
      ServerSideEncryptionByDefault: byDefault
        ? compact({ SSEAlgorithm: byDefault.sse_algorithm ?? undefined, KMSMasterKeyID: byDefault.kms_master_key_id || undefined })
        : undefined,
      BucketKeyEnabled: rule.bucket_key_enabled ?? undefined,
    });
  });
}

/** Terraform tags are a map; CloudFormation's are a list of `{ Key, Value }`. */
export function tagList(tags: Value | undefined): Value | undefined {
  if (!isObject(tags)) return tags;
  return Object.entries(tags).map(([key, value]) => ({ Key: key, Value: value }));
}

export function firstBlock(value: Value | undefined): ValueObject | undefined {
  if (Array.isArray(value)) return isObject(value[0]) ? value[0] : undefined;
  return isObject(value) ? value : undefined;
}

export function blockList(value: Value | undefined): ValueObject[] {
  if (Array.isArray(value)) return value.filter(isObject);
  return isObject(value) ? [value] : [];
}

/** Security-group rule attributes → CloudFormation ingress entries, one per CIDR (as CloudFormation has one CIDR each). */
export function ingressEntries(rule: { protocol: Value | undefined; from: Value | undefined; to: Value | undefined; cidrs: Value | undefined; ipv6Cidrs: Value | undefined; other?: Value | undefined; singleCidr?: boolean }): Value[] {
  // A protocol number is its name's text; a value of another type stays, for the shape check to judge.
  const base = compact({ IpProtocol: typeof rule.protocol === 'number' ? String(rule.protocol) : rule.protocol, FromPort: rule.from, ToPort: rule.to });
  const entries: Value[] = [];
  const add = (key: 'CidrIp' | 'CidrIpv6', cidrs: Value | undefined): void => {
    if (isUnknown(cidrs)) entries.push({ ...base, [key]: cidrs });
    // `cidr_blocks` is a list (`cidr_ipv4` of the newer rule resources is one block): anything else is not read as a block.
    else if (!rule.singleCidr && cidrs !== undefined && cidrs !== null && !Array.isArray(cidrs)) entries.push({ ...base, [key]: unknown(`malformed: the CIDR blocks should be a list, not ${JSON.stringify(cidrs)}`) });
    else for (const cidr of list(cidrs) ?? []) if (cidr !== null) entries.push({ ...base, [key]: cidr });
  };
  add('CidrIp', rule.cidrs);
  add('CidrIpv6', rule.ipv6Cidrs);
  if (entries.length > 0) return entries;
  // `security_groups` is a list, CloudFormation's SourceSecurityGroupId one group: one entry each.
  const others = Array.isArray(rule.other) ? rule.other.filter((other) => other !== null) : [rule.other ?? undefined];
  for (const other of others.length > 0 ? others : [undefined]) entries.push({ ...base, SourceSecurityGroupId: other ?? 'another security group or prefix list' });
  return entries;
}

/** The same attributes read as egress entries: the other group is where traffic goes (`DestinationSecurityGroupId`). */
export function egressEntries(rule: Parameters<typeof ingressEntries>[0]): Value[] {
  return ingressEntries(rule).map((entry) => {
    if (!isObject(entry) || !('SourceSecurityGroupId' in entry)) return entry;
    const { SourceSecurityGroupId: destination, ...rest } = entry;
    return { ...rest, DestinationSecurityGroupId: destination as Value };
  });
}

/**
 * An optional, provider-computed attribute (a role's `managed_policy_arns`, a group's `ingress`):
 * a plan shows it unknown when the configuration does not set it, which means not set. Otherwise
 * `value`, what the mapping makes of the attribute.
 */
export function ifConfigured(context: MappingContext, path: string, value: Value | undefined): Value | undefined {
  return isUnknown(context.get(path)) && context.getConfigured(path) === undefined ? undefined : value;
}

export function inlinePolicies(context: MappingContext): Value | undefined {
  const all = context.get('inline_policy');
  if (isUnknown(all)) return ifConfigured(context, 'inline_policy', all);
  const blocks = context.blocks('inline_policy').filter((block) => block.policy !== undefined && block.policy !== '');
  if (blocks.length === 0) return undefined;
  return blocks.map((block) => compact({ PolicyName: block.name ?? undefined, PolicyDocument: jsonDocument(block.policy) }));
}

/** A placeholder for "the instance being mapped", for companions that point back at it. */
export const SELF: Value = { __self: true };

export const policyDocumentOf = (context: MappingContext, attribute = 'policy'): Value | undefined => jsonDocument(context.get(attribute));

/**
 * An optional and computed attribute (`snapshot_id`): in a plan, a value known only after apply
 * that no expression refers to is the provider's own (not set); in HCL an unknown value is kept.
 */
export function unlessComputed(value: Value | undefined, context: MappingContext): Value | undefined {
  return isUnknown(value) && !value.ref && context.instance.action !== undefined ? undefined : value;
}

export function ebs(device: ValueObject, context?: MappingContext): Properties {
  // A launch template's `encrypted` is a string; "" when not set.
  const encrypted = device.encrypted === '' ? undefined : (device.encrypted ?? undefined);
  const snapshot = context ? unlessComputed(device.snapshot_id ?? undefined, context) : device.snapshot_id;
  return compact({ Encrypted: encrypted, KmsKeyId: device.kms_key_id || undefined, SnapshotId: snapshot || undefined, VolumeSize: device.volume_size ?? undefined, VolumeType: device.volume_type ?? undefined });
}

/**
 * A nested block the provider computes when the configuration leaves it out (`point_in_time_recovery`,
 * `server_side_encryption`, `root_directory`): a plan shows it unknown until apply, which means
 * not set. Otherwise `map` of its first instance, or undefined when there is none.
 */
export function computedBlock(context: MappingContext, attribute: string, map: (block: ValueObject) => Properties): Value | undefined {
  const raw = context.get(attribute);
  if (isUnknown(raw)) return ifConfigured(context, attribute, raw);
  const block = context.block(attribute);
  return block ? map(block) : undefined;
}

/**
 * The instances of a repeated block at `path` mapped one by one; absent: none; the list itself
 * unknown (known after apply, a dynamic block over an unknown collection) stays that unknown.
 */
export function eachBlock(context: MappingContext, path: string, map: (block: ValueObject, path: string) => Properties): Value | undefined {
  const raw = context.get(path);
  if (raw === undefined || isUnknown(raw)) return raw;
  return context.blocks(path).map((block, index) => map(block, `${path}.${index}`));
}
