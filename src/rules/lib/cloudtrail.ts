import type { Resource } from '../../model/resource.js';
import { isUnknown, unknown, type Unknown } from '../../model/unknown.js';
import { isObject, type Value } from '../../model/value.js';
import { isSet } from './certainty.js';
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
