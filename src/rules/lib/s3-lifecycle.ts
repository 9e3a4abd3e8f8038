import type { PropertyPath, Resource } from '../../model/resource.js';
import { isUnknown, type Unknown } from '../../model/unknown.js';
import { isObject, toList, type ValueObject } from '../../model/value.js';

/** A lifecycle rule of a bucket, with where it is written. */
export interface LifecycleRule {
  rule: ValueObject;
  path: PropertyPath;
}

/**
 * The bucket's enabled lifecycle rules (`Status: Enabled`), or the first Unknown that keeps them
 * from being known: the configuration, its rule list, a rule or a rule's status.
 */
export function activeLifecycleRules(bucket: Resource): { rules: LifecycleRule[]; unknown?: Unknown; unknownPath?: PropertyPath } {
  const configuration = bucket.properties.LifecycleConfiguration;
  if (isUnknown(configuration)) return { rules: [], unknown: configuration, unknownPath: ['LifecycleConfiguration'] };
  if (!isObject(configuration)) return { rules: [] };
  const list = toList(configuration.Rules);
  if (isUnknown(list)) return { rules: [], unknown: list, unknownPath: ['LifecycleConfiguration', 'Rules'] };
  const rules: LifecycleRule[] = [];
  let undecided: { unknown: Unknown; unknownPath: PropertyPath } | undefined;
  list.forEach((rule, index) => {
    const path = ['LifecycleConfiguration', 'Rules', index];
    if (isUnknown(rule)) undecided ??= { unknown: rule, unknownPath: path };
    else if (isObject(rule)) {
      if (isUnknown(rule.Status)) undecided ??= { unknown: rule.Status, unknownPath: [...path, 'Status'] };
      else if (rule.Status === 'Enabled') rules.push({ rule, path });
    }
  });
  return { rules, ...undecided };
}

/** Whether a bucket is in a `bucketNames` list (every bucket when the list is empty); Unknown when its name is. */
export function inBucketNames(bucket: Resource, names: readonly string[] | undefined): boolean | Unknown {
  if (!names || names.length === 0) return true;
  const name = bucket.properties.BucketName;
  if (isUnknown(name)) return name;
  return typeof name === 'string' && names.includes(name);
}
