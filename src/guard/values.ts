// Query results: values with the path they were found at, or the reason a path did not resolve.
import { GuardFloat } from './ast.js';

export interface Resolved {
  resolved: true;
  /** JSON-pointer-like path in the data (`/Resources/Bucket/Properties`); '' for literals. */
  path: string;
  value: unknown;
}

export interface Unresolved {
  resolved: false;
  /** How far the query got. */
  path: string;
  reason: string;
}

export type QueryResult = Resolved | Unresolved;

export function resolved(path: string, value: unknown): Resolved {
  return { resolved: true, path, value };
}

export function plainValue(value: unknown): unknown {
  return value instanceof GuardFloat ? value.value : value;
}

export function isMapValue(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof GuardFloat) && Object.getPrototypeOf(value) === Object.prototype;
}

export function isFloat(value: unknown): boolean {
  return value instanceof GuardFloat || (typeof value === 'number' && !Number.isInteger(value));
}

export function isInt(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value);
}

export function isNumber(value: unknown): boolean {
  return typeof value === 'number' || value instanceof GuardFloat;
}

/** Guard-ish rendering of a value for messages. */
export function show(value: unknown): string {
  if (value instanceof GuardFloat) return String(value.value);
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && !isMapValue(value)) return String(value);
  return JSON.stringify(value, (_key, inner: unknown) => (inner instanceof GuardFloat ? inner.value : inner)) ?? String(value);
}
