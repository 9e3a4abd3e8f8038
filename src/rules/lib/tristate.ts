import { isUnknown, type Unknown } from '../../model/unknown.js';

/** Three-valued AND: false if any part is false, else the first Unknown, else true. */
export function allOf(parts: readonly (boolean | Unknown)[]): boolean | Unknown {
  if (parts.some((part) => part === false)) return false;
  return parts.find(isUnknown) ?? true;
}

/** Three-valued OR: true if any part is true, else the first Unknown, else false. */
export function anyOf(parts: readonly (boolean | Unknown)[]): boolean | Unknown {
  if (parts.some((part) => part === true)) return true;
  return parts.find(isUnknown) ?? false;
}
