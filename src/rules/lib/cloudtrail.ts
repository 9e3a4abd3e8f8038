import type { ResourceGraph } from '../../model/graph.js';
import type { Resource } from '../../model/resource.js';
import { isUnknown, unknown, type Unknown } from '../../model/unknown.js';
import { isObject, type Value } from '../../model/value.js';
import { compliant, insufficientData, nonCompliant } from '../define.js';
import type { Verdict } from '../types.js';
import { accountMembers, isCertain, undecided } from './account.js';
import { isSet } from './certainty.js';
import { booleanSetting } from './settings.js';
import { anyOf } from './tristate.js';

/**
 * Whether a trail property that names something (a KMS key, a log group ARN) is set. A value
 * known only at deployment is set; an undecidable `Fn::If` with `AWS::NoValue` may be absent; a
 * list, object or boolean where a name belongs is malformed, never set.
 */
export function trailNames(trail: Resource, property: string): boolean | Unknown {
  const value = trail.properties[property];
  if (Array.isArray(value) || isObject(value) || typeof value === 'boolean') {
    return unknown(`malformed: ${trail.id} ${property} should be a string, not ${JSON.stringify(value)}`);
  }
  if (typeof value === 'string' && value.trim() === '') return false;
  return isSet(value as Value | undefined);
}

/** The property's value when it is set to a literal string (for messages), else undefined. */
export function literal(value: Value | undefined): string | undefined {
  return typeof value === 'string' && !isUnknown(value) ? value : undefined;
}

/**
 * Whether a trail logs S3 object-level (data) events for every bucket, or, given `buckets`, for
 * each of those. Basic selectors (`EventSelectors`) log them with a data resource of type
 * `AWS::S3::Object` whose values hold `arn:aws:s3` (every bucket) or the bucket's ARN prefix;
 * advanced selectors (which replace basic ones when present) with a selector whose
 * `eventCategory` is `Data` and `resources.type` is `AWS::S3::Object`, narrowed by nothing but
 * `readOnly` and, for named buckets, `resources.ARN` prefixes. Without selectors a trail logs
 * management events only. Any read/write type counts, as the managed rule asks only that data
 * events are logged.
 */
export function logsS3DataEvents(trail: Resource, buckets: readonly string[]): boolean | Unknown {
  const advanced = trail.properties.AdvancedEventSelectors;
  if (advanced !== undefined && advanced !== null && !(Array.isArray(advanced) && advanced.length === 0)) {
    if (isUnknown(advanced)) return advanced;
    if (!Array.isArray(advanced)) return unknown(`malformed: ${trail.id} AdvancedEventSelectors should be a list`);
    return anyOf(advanced.map((selector) => advancedCovers(selector, buckets)));
  }
  const basic = trail.properties.EventSelectors;
  if (basic === undefined || basic === null) return false;
  if (isUnknown(basic)) return basic;
  if (!Array.isArray(basic)) return unknown(`malformed: ${trail.id} EventSelectors should be a list`);
  return anyOf(basic.map((selector) => basicCovers(selector, buckets)));
}

const S3_OBJECT = 'AWS::S3::Object';

/** A value of a data resource or `resources.ARN` prefix that covers bucket `name` (or every bucket when `name` is undefined). */
function arnCovers(value: string, name: string | undefined): boolean {
  // `arn:aws:s3` and `arn:aws:s3:::` select every bucket; `arn:aws:s3:::name/` (or `arn:aws:s3:::name`) one bucket's objects.
  if (/^arn:[\w-]+:s3(:::)?$/.test(value)) return true;
  if (name === undefined) return false;
  const match = /^arn:[\w-]+:s3:::([^/]+)\/?$/.exec(value);
  return match?.[1] === name;
}

function valuesCover(values: Value | undefined, buckets: readonly string[]): boolean | Unknown {
  if (isUnknown(values)) return values;
  if (!Array.isArray(values)) return unknown(`malformed: data resource values should be a list, not ${JSON.stringify(values)}`);
  const literals = values.filter((value): value is string => typeof value === 'string');
  const unknownValue = values.find(isUnknown);
  const covers = (name: string | undefined): boolean | Unknown => (literals.some((value) => arnCovers(value, name)) ? true : (unknownValue ?? false));
  if (buckets.length === 0) return covers(undefined);
  const each = buckets.map(covers);
  if (each.some((part) => part === false)) return false;
  return each.find(isUnknown) ?? true;
}

function basicCovers(selector: Value, buckets: readonly string[]): boolean | Unknown {
  if (isUnknown(selector)) return selector;
  if (!isObject(selector)) return unknown(`malformed: an event selector should be an object, not ${JSON.stringify(selector)}`);
  const resources = selector.DataResources;
  if (resources === undefined || resources === null) return false;
  if (isUnknown(resources)) return resources;
  if (!Array.isArray(resources)) return unknown('malformed: DataResources should be a list');
  return anyOf(
    resources.map((resource) => {
      if (isUnknown(resource)) return resource;
      if (!isObject(resource)) return unknown('malformed: a data resource should be an object');
      if (isUnknown(resource.Type)) return resource.Type;
      return resource.Type === S3_OBJECT ? valuesCover(resource.Values, buckets) : false;
    }),
  );
}

/** Field selectors that only say "S3 data events", or which of them by read/write, or by bucket. */
function advancedCovers(selector: Value, buckets: readonly string[]): boolean | Unknown {
  if (isUnknown(selector)) return selector;
  if (!isObject(selector)) return unknown(`malformed: an advanced event selector should be an object, not ${JSON.stringify(selector)}`);
  const fields = selector.FieldSelectors;
  if (isUnknown(fields)) return fields;
  if (!Array.isArray(fields)) return unknown('malformed: FieldSelectors should be a list');
  let category: boolean | Unknown = false;
  let type: boolean | Unknown = false;
  let arns: Value[] | undefined;
  for (const field of fields) {
    if (isUnknown(field)) return field;
    if (!isObject(field)) return unknown('malformed: a field selector should be an object');
    const name = field.Field;
    if (isUnknown(name)) return name;
    const only = (wanted: string): boolean | Unknown => {
      const { Equals: equals, ...others } = field;
      delete others.Field;
      if (Object.keys(others).length > 0) return false;
      if (isUnknown(equals)) return equals;
      return Array.isArray(equals) && equals.length > 0 && equals.every((value) => value === wanted);
    };
    if (name === 'eventCategory') category = only('Data');
    else if (name === 'resources.type') type = only(S3_OBJECT);
    else if (name === 'readOnly') continue;
    else if (name === 'resources.ARN' && buckets.length > 0) {
      const { StartsWith: starts, ...others } = field;
      delete others.Field;
      if (Object.keys(others).length > 0 || !Array.isArray(starts)) return false;
      arns = starts;
    } else return false; // Narrowed by event name, ARN or anything else: not every event of the buckets.
  }
  const parts = [category, type, ...(arns === undefined ? [] : [valuesCover(arns, buckets)])];
  if (parts.some((part) => part === false)) return false;
  return parts.find(isUnknown) ?? true;
}

/** Which management events a trail records, and whether it leaves some event sources out. */
export interface ManagementEvents {
  read: boolean;
  write: boolean;
  /** `ExcludeManagementEventSources`, or an advanced selector narrowing by `eventSource`. */
  excludes: boolean;
}

/**
 * The management events of a trail's selectors. Without selectors a trail records every
 * management event, reads and writes (CloudTrail's default); basic selectors record them unless
 * `IncludeManagementEvents` is false, by `ReadWriteType` (default `All`); advanced selectors record
 * them with `eventCategory = Management`, reads or writes only with a `readOnly` field.
 */
export function managementEvents(trail: Resource): ManagementEvents | Unknown {
  const found: ManagementEvents = { read: false, write: false, excludes: false };
  const advanced = trail.properties.AdvancedEventSelectors;
  if (advanced !== undefined && advanced !== null && !(Array.isArray(advanced) && advanced.length === 0)) {
    if (isUnknown(advanced)) return advanced;
    if (!Array.isArray(advanced)) return unknown(`malformed: ${trail.id} AdvancedEventSelectors should be a list`);
    for (const selector of advanced) {
      if (isUnknown(selector)) return selector;
      const fields = isObject(selector) ? selector.FieldSelectors : undefined;
      if (isUnknown(fields)) return fields;
      if (!Array.isArray(fields)) return unknown(`malformed: ${trail.id} has an advanced event selector without FieldSelectors`);
      let management = false;
      let readOnly: Value | undefined;
      let excludes = false;
      for (const field of fields) {
        if (isUnknown(field)) return field;
        if (!isObject(field)) return unknown(`malformed: ${trail.id} has a field selector that is not an object`);
        if (isUnknown(field.Field) || isUnknown(field.Equals)) return unknown(`a field selector of ${trail.id} is not known before deployment`);
        if (field.Field === 'eventCategory') management = Array.isArray(field.Equals) && field.Equals.includes('Management');
        else if (field.Field === 'readOnly') readOnly = Array.isArray(field.Equals) ? field.Equals[0] : undefined;
        else if (field.Field === 'eventSource') excludes = true;
      }
      if (!management) continue;
      if (readOnly === undefined || String(readOnly) === 'true') found.read = true;
      if (readOnly === undefined || String(readOnly) === 'false') found.write = true;
      found.excludes ||= excludes;
    }
    return found;
  }
  const basic = trail.properties.EventSelectors;
  if (basic === undefined || basic === null || (Array.isArray(basic) && basic.length === 0)) return { read: true, write: true, excludes: false };
  if (isUnknown(basic)) return basic;
  if (!Array.isArray(basic)) return unknown(`malformed: ${trail.id} EventSelectors should be a list`);
  for (const selector of basic) {
    if (isUnknown(selector)) return selector;
    if (!isObject(selector)) return unknown(`malformed: ${trail.id} has an event selector that is not an object`);
    const include = selector.IncludeManagementEvents;
    const type = selector.ReadWriteType ?? 'All';
    const excluded = selector.ExcludeManagementEventSources;
    if (isUnknown(include) || isUnknown(type) || isUnknown(excluded)) return unknown(`an event selector of ${trail.id} is not known before deployment`);
    if (include === false || String(include).toLowerCase() === 'false') continue;
    if (type === 'All' || type === 'ReadOnly') found.read = true;
    if (type === 'All' || type === 'WriteOnly') found.write = true;
    if (Array.isArray(excluded) && excluded.length > 0) found.excludes = true;
  }
  return found;
}

/** Whether a trail qualifies for an account rule: yes, no (why, and where), or not known (why). */
export type TrailCheck = { ok: true } | { ok: false; why: string; path: (string | number)[] } | { ok: 'unknown'; reason: string; path: (string | number)[] };

/** A boolean setting of a trail as a check: `want` passes, the other value fails with `why`. */
export function trailFlag(trail: Resource, property: string, fallback: boolean, why: string): TrailCheck {
  const value = booleanSetting(trail, [property], fallback) ?? fallback;
  if (isUnknown(value)) return { ok: 'unknown', reason: value.reason, path: [property] };
  return value ? { ok: true } : { ok: false, why, path: trail.properties[property] === undefined ? [] : [property] };
}

/** The first check that does not pass (a failure before an unknown), or a pass. */
export function allChecks(checks: readonly (() => TrailCheck)[]): TrailCheck {
  let pending: TrailCheck | undefined;
  for (const check of checks) {
    const result = check();
    if (result.ok === false) return result;
    if (result.ok === 'unknown') pending ??= result;
  }
  return pending ?? { ok: true };
}

export interface AccountTrailMessages<M extends string> {
  pass: M;
  noTrail: M;
  noneQualifies: M;
  undeclared: M;
  unknown: M;
}

/**
 * An account passes when one of its trails certainly qualifies. No trail at all, or only trails
 * that do not qualify, is NON_COMPLIANT; a trail that may not exist or that can not be judged
 * leaves it INSUFFICIENT_DATA. An input that declares no trail says nothing about the account
 * (NOT_APPLICABLE). Paths point into the account's `Trails` list.
 */
export function judgeAccountTrails<M extends string>(account: Resource, graph: ResourceGraph, check: (trail: Resource) => TrailCheck, messages: AccountTrailMessages<M>): Verdict<M> {
  const fact = accountMembers(account, 'Trails', graph);
  if (fact.kind !== 'known') return undecided(fact, messages, ['Trails']);
  let pending: Verdict<M> | undefined;
  let failed: Verdict<M> | undefined;
  for (const { resource, index } of fact.value) {
    const result: TrailCheck = resource.unresolved ? { ok: 'unknown', reason: resource.unresolved, path: [] } : check(resource);
    if (result.ok === true && isCertain(resource)) return compliant(messages.pass, { trail: resource.id }, ['Trails', index]);
    if (result.ok === true) pending ??= insufficientData(messages.unknown, { reason: `${resource.id} may not exist (${resource.conditional ?? ''})` }, ['Trails', index]);
    else if (result.ok === 'unknown') pending ??= insufficientData(messages.unknown, { reason: `${resource.id}: ${result.reason}` }, ['Trails', index, ...result.path]);
    else failed ??= nonCompliant(messages.noneQualifies, { trail: resource.id, why: result.why }, ['Trails', index, ...result.path]);
  }
  return pending ?? failed ?? nonCompliant(messages.noTrail, {}, ['Trails']);
}

/** The parameters of cloudtrail-enabled and multi-region-cloudtrail-enabled that name what a trail delivers to. */
export interface DeliveryParams {
  s3BucketName?: string;
  snsTopicArn?: string;
  cloudWatchLogsLogGroupArn?: string;
}

const lastPart = (text: string, separator: string) => text.slice(text.lastIndexOf(separator) + 1);
/** `arn:…:log-group:name:*` and `arn:…:log-group:name` name the same group. */
const groupArn = (text: string) => text.replace(/:\*$/, '');

/**
 * Whether a trail property names `wanted`: a literal compared after `normalize`, or a reference to
 * a resource of the input whose name (`nameOf`) is the wanted one's. A reference the input can not
 * resolve is unknown.
 */
function names(trail: Resource, graph: ResourceGraph, property: string, wanted: string, normalize: (text: string) => string, nameOf: (resource: Resource) => Value | undefined, wantedName: string): TrailCheck {
  const value = trail.properties[property];
  const fail: TrailCheck = { ok: false, why: `${property} is not ${wanted}`, path: value === undefined ? [] : [property] };
  if (value === undefined || value === null || value === '') return fail;
  if (typeof value === 'string') return normalize(value) === normalize(wanted) || value === wantedName ? { ok: true } : fail;
  if (!isUnknown(value)) return { ok: 'unknown', reason: `malformed: ${property} is ${JSON.stringify(value)}`, path: [property] };
  const target = graph.target(value);
  const name = target ? nameOf(target) : undefined;
  if (typeof name === 'string') return name === wantedName ? { ok: true } : fail;
  return { ok: 'unknown', reason: `${property} (${value.reason}) is not known before deployment`, path: [property] };
}

/** The trail delivers where the parameters say (each given one). */
export function deliversAsAsked(trail: Resource, graph: ResourceGraph, params: DeliveryParams): TrailCheck {
  const checks: (() => TrailCheck)[] = [];
  const { s3BucketName: bucket, snsTopicArn: topic, cloudWatchLogsLogGroupArn: group } = params;
  if (bucket) checks.push(() => names(trail, graph, 'S3BucketName', bucket, (text) => text, (resource) => resource.properties.BucketName, bucket));
  if (topic) checks.push(() => names(trail, graph, 'SnsTopicName', topic, (text) => lastPart(text, ':'), (resource) => resource.properties.TopicName, lastPart(topic, ':')));
  if (group) checks.push(() => names(trail, graph, 'CloudWatchLogsLogGroupArn', group, groupArn, (resource) => resource.properties.LogGroupName, /:log-group:([^:]+)/.exec(group)?.[1] ?? group));
  return allChecks(checks);
}
