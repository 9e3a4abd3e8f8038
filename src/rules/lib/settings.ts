import type { PropertyPath, Resource } from '../../model/resource.js';
import { isUnknown, unknown, type Unknown } from '../../model/unknown.js';
import { getPath, type Value } from '../../model/value.js';
import { compliant, insufficientData, nonCompliant } from '../define.js';
import type { Verdict } from '../types.js';

/**
 * Reading one setting of a resource the way most "is X enabled / at least N / one of these"
 * controls need it: an absent property takes the service's default; a value known only at
 * deployment stays Unknown; a value of the wrong type is Unknown ("malformed"), never a pass
 * and never a guess.
 */

/** The value at `path`, or the service's `fallback` when the property is absent. */
function effective(resource: Resource, path: PropertyPath, fallback: Value | undefined): Value | undefined {
  const value = getPath(resource.properties, path);
  if (value === undefined || value === null) return fallback;
  // An undecidable `Fn::If` with `AWS::NoValue`: set to something unknown, or absent (the default).
  if (isUnknown(value) && value.mayBeAbsent) return value;
  return value;
}

function malformed(resource: Resource, path: PropertyPath, expected: string, value: Value): Unknown {
  return unknown(`malformed: ${resource.id} ${path.join('.')} should be ${expected}, not ${JSON.stringify(value)}`);
}

/**
 * A boolean setting: `true`/`false` or CloudFormation's strings `"true"`/`"false"` (any case).
 * `fallback` is the documented default when the property is absent (undefined: absent stays
 * undefined, for settings without a default).
 */
export function booleanSetting(resource: Resource, path: PropertyPath, fallback?: boolean): boolean | Unknown | undefined {
  const value = effective(resource, path, fallback);
  if (value === undefined || typeof value === 'boolean' || isUnknown(value)) return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  return malformed(resource, path, 'a boolean', value);
}

/** A numeric setting: a number or a numeric string. */
export function numberSetting(resource: Resource, path: PropertyPath, fallback?: number): number | Unknown | undefined {
  const value = effective(resource, path, fallback);
  if (value === undefined || typeof value === 'number' || isUnknown(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return malformed(resource, path, 'a number', value);
}

/** A string setting (numbers and booleans are read as their text, as CloudFormation does). */
export function stringSetting(resource: Resource, path: PropertyPath, fallback?: string): string | Unknown | undefined {
  const value = effective(resource, path, fallback);
  if (value === undefined || typeof value === 'string' || isUnknown(value)) return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return malformed(resource, path, 'a string', value);
}

/** A list setting; a single value is not promoted (use `toList` for IAM-style lists). */
export function listSetting(resource: Resource, path: PropertyPath): Value[] | Unknown | undefined {
  const value = effective(resource, path, undefined);
  if (value === undefined || Array.isArray(value) || isUnknown(value)) return value;
  return malformed(resource, path, 'a list', value);
}

/** An object setting. */
export function objectSetting(resource: Resource, path: PropertyPath): Record<string, Value> | Unknown | undefined {
  const value = effective(resource, path, undefined);
  if (value === undefined || isUnknown(value)) return value;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value;
  return malformed(resource, path, 'an object', value);
}

export interface JudgeMessages<M extends string> {
  /** The control is met. */
  pass: M;
  /** The control is not met. */
  fail: M;
  /** It can not be decided before deployment; the message gets `{{reason}}`. */
  unknown: M;
}

/**
 * The verdict for an outcome: `true` passes, `false` fails, an Unknown is INSUFFICIENT_DATA with
 * its reason in `{{reason}}`. `path` is the property that decided it.
 */
export function judge<M extends string>(outcome: boolean | Unknown, messages: JudgeMessages<M>, path: PropertyPath, data: Record<string, string | number> = {}): Verdict<M> {
  if (isUnknown(outcome)) return insufficientData(messages.unknown, { ...data, reason: outcome.reason }, path);
  return outcome ? compliant(messages.pass, data, path) : nonCompliant(messages.fail, data, path);
}

/** `value >= minimum`, keeping an Unknown. */
export function atLeast(value: number | Unknown | undefined, minimum: number): boolean | Unknown {
  if (isUnknown(value)) return value;
  return value !== undefined && value >= minimum;
}

/** `value` is one of `allowed`, keeping an Unknown; `ignoreCase` compares case-insensitively. */
export function oneOf(value: string | Unknown | undefined, allowed: readonly string[], ignoreCase = false): boolean | Unknown {
  if (isUnknown(value)) return value;
  if (value === undefined) return false;
  return ignoreCase ? allowed.some((item) => item.toLowerCase() === value.toLowerCase()) : allowed.includes(value);
}

/**
 * A boolean setting that passes when true, judged with the service's default `fallback` when it
 * is absent. The verdict's data has `actual` (the value written, or "not set (default …)") and it
 * points at the property when written, else at the resource, or at `at` when another property
 * led to the resource that holds the setting (an Aurora instance's `DBClusterIdentifier`).
 */
export function judgeFlag<M extends string>(
  resource: Resource,
  path: PropertyPath,
  fallback: boolean,
  messages: JudgeMessages<M>,
  data: Record<string, string | number> = {},
  at?: PropertyPath,
): Verdict<M> {
  const written = getPath(resource.properties, path);
  const value = booleanSetting(resource, path, fallback) ?? fallback;
  const actual = written === undefined || written === null ? `not set (default ${fallback})` : JSON.stringify(written);
  return judge(value, messages, at ?? (written === undefined || written === null ? [] : path), { ...data, actual });
}
