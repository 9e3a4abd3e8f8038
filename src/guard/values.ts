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

/** Longest rendering of a value in a message; whole resources would bloat reports (and memory). */
const SHOW_LIMIT = 120;

/** Guard-ish rendering of a value for messages, cut at SHOW_LIMIT characters. */
export function show(value: unknown): string {
  if (value instanceof GuardFloat) return String(value.value);
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && !isMapValue(value)) return String(value);
  if (typeof value === 'object' && value !== null) {
    // Render only the first entries: never stringify a whole resource.
    const entries = Array.isArray(value) ? value.slice(0, 8) : Object.entries(value).slice(0, 8);
    const text = Array.isArray(value)
      ? `[${entries.map((item) => show(item)).join(',')}${value.length > 8 ? ',…' : ''}]`
      : `{${(entries as Array<[string, unknown]>).map(([key, item]) => `${JSON.stringify(key)}:${show(item)}`).join(',')}${Object.keys(value).length > 8 ? ',…' : ''}}`;
    return text.length > SHOW_LIMIT ? `${text.slice(0, SHOW_LIMIT)}…` : text;
  }
  const text = JSON.stringify(value) ?? String(value);
  return text.length > SHOW_LIMIT ? `${text.slice(0, SHOW_LIMIT)}…` : text;
}
