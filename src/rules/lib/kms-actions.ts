import { isUnknown, type Unknown } from '../../model/unknown.js';
import type { Value } from '../../model/value.js';
import { isAllow, type Statement } from './policy.js';
import { allowsSomeAction, patternsOverlap } from './s3-cross-account.js';
import { allOf } from './tristate.js';

/**
 * Whether a statement allows one of the blocked KMS action patterns on every KMS key, as the
 * managed rules `iam-customer-policy-blocked-kms-actions` and `iam-inline-policy-blocked-kms-actions`
 * judge it: an Allow whose actions overlap a pattern, on resources that are not fixed values (`*`,
 * a key ARN with a wildcard or a policy variable). Conditions are not evaluated, as AWS's rules do not.
 */
export function allowsBlockedKmsActions(statement: Statement, patterns: readonly string[]): boolean | Unknown {
  return allOf([isAllow(statement), allowsSomeAction(statement, patterns), reachesAllKeys(statement)]);
}

/** The patterns of a `blockedActionsPatterns` parameter, trimmed, empty entries dropped. */
export function blockedPatterns(list: readonly string[] | undefined): string[] {
  return (list ?? []).map((pattern) => pattern.trim()).filter((pattern) => pattern !== '');
}

function reachesAllKeys(statement: Statement): boolean | Unknown {
  if (statement.resources !== undefined) return someValue(statement.resources, (resource) => resource === '*' || (isOpen(resource) && mayNameAnyKey(resource)));
  // Allow with NotResource: every key, unless the exclusions reach some key.
  if (statement.notResources === undefined) return false;
  const excludesKeys = someValue(statement.notResources, mayNameAnyKey);
  return isUnknown(excludesKeys) ? excludesKeys : !excludesKeys;
}

/** A resource that is not a fixed value: a wildcard or a policy variable. */
function isOpen(resource: string): boolean {
  return /[*?]|\$\{/.test(resource);
}

/** Whether an ARN pattern may name a KMS key: its service may be `kms` and its resource part `key/...` (a short pattern ending open may too). */
function mayNameAnyKey(resource: string): boolean {
  if (resource === '*') return true;
  const parts = resource.split(':');
  if (!patternsOverlap(parts[0] ?? '', 'arn') || !patternsOverlap(parts[2] ?? '*', 'kms')) return false;
  if (parts.length < 6) return (parts[parts.length - 1] ?? '').includes('*');
  return patternsOverlap(parts.slice(5).join(':'), 'key/*');
}

/** True as soon as a string passes `test`; else the first Unknown; else false. A non-string can not name a key. */
function someValue(values: Value[] | Unknown, test: (value: string) => boolean): boolean | Unknown {
  if (isUnknown(values)) return isOneResource(values) ? false : values;
  let undecided: Unknown | undefined;
  for (const value of values) {
    if (isUnknown(value) && isOneResource(value)) continue;
    if (isUnknown(value)) undecided ??= value;
    else if (typeof value === 'string' && test(value)) return true;
  }
  return undecided ?? false;
}

/** A reference to one resource's attribute (a key's ARN known after apply) is a fixed value, not every key. */
function isOneResource(value: Unknown): boolean {
  return value.ref !== undefined && !value.mayBeAbsent;
}
