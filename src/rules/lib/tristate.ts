import { isUnknown, type Unknown } from '../../model/unknown.js';

/** Three-valued AND: false if any part is false, else the first Unknown, else true. */
export function allOf(parts: readonly (boolean | Unknown)[]): boolean | Unknown {
  if (parts.some((part) => part === false)) return false;
  return parts.find(isUnknown) ?? true;
}
