import type { Unknown } from './unknown.js';
import { isUnknown } from './unknown.js';

/** A property value in the canonical (CloudFormation-shaped) model. */
export type Value = string | number | boolean | null | Unknown | Value[] | ValueObject;
export interface ValueObject {
  [key: string]: Value;
}
export type Properties = ValueObject;
/** A property path, e.g. `['BucketEncryption', 'ServerSideEncryptionConfiguration', 0]`. */
export type PropertyPath = (string | number)[];

export function isObject(value: unknown): value is ValueObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isUnknown(value);
}

/**
 * Reads a nested property. Walking through an `Unknown` yields that `Unknown` (a child of an
 * unknown value is unknown); walking past a missing key yields `undefined`.
 */
export function getPath(root: Value | undefined, path: PropertyPath): Value | undefined {
  let current: Value | undefined = root;
  for (const segment of path) {
    if (current === undefined || current === null) return undefined;
    if (isUnknown(current)) return current;
    if (typeof segment === 'number') {
      if (!Array.isArray(current)) return undefined;
      current = current[segment];
    } else {
      if (!isObject(current)) return undefined;
      current = Object.prototype.hasOwnProperty.call(current, segment) ? current[segment] : undefined;
    }
  }
  return current;
}

/** True when the value, or anything inside it, is `Unknown`. */
export function containsUnknown(value: Value | undefined): boolean {
  if (value === undefined || value === null) return false;
  if (isUnknown(value)) return true;
  if (Array.isArray(value)) return value.some(containsUnknown);
  if (typeof value === 'object') return Object.values(value).some(containsUnknown);
  return false;
}

/** The first `Unknown` found inside a value, depth first. */
export function firstUnknown(value: Value | undefined): Unknown | undefined {
  if (value === undefined || value === null) return undefined;
  if (isUnknown(value)) return value;
  const children = Array.isArray(value) ? value : typeof value === 'object' ? Object.values(value) : [];
  for (const child of children) {
    const found = firstUnknown(child);
    if (found) return found;
  }
  return undefined;
}

/** Boolean the CloudFormation way: `true`, `"true"`, `"True"`. Unknown stays unknown. */
export function toBoolean(value: Value | undefined): boolean | Unknown | undefined {
  if (value === undefined || value === null) return undefined;
  if (isUnknown(value)) return value;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const lower = value.toLowerCase();
    if (lower === 'true') return true;
    if (lower === 'false') return false;
  }
  return undefined;
}

/** Number the CloudFormation way: `22` or `"22"`. Unknown stays unknown. */
export function toNumber(value: Value | undefined): number | Unknown | undefined {
  if (value === undefined || value === null) return undefined;
  if (isUnknown(value)) return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) return Number(value);
  return undefined;
}

/** A list property: a single value counts as a one-item list (IAM `Action: "s3:*"`). */
export function toList(value: Value | undefined): Value[] | Unknown {
  if (value === undefined || value === null) return [];
  if (isUnknown(value)) return value;
  return Array.isArray(value) ? value : [value];
}
