import { isObject, type Value, type ValueObject } from '../../model/value.js';

/** Keys that make a one-key object an intrinsic function (or a condition reference) in raw template data. */
const INTRINSIC_KEY = /^(Ref|Condition|Fn::.+)$/;

/** Raw template data that is an intrinsic function: it stands for a value not yet known. */
export function isIntrinsic(value: Value | undefined): boolean {
  if (!isObject(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && INTRINSIC_KEY.test(keys[0] as string);
}

/** Raw template data that is a map written out, not an intrinsic function standing for one. */
export function isPlainMap(value: Value | undefined): value is ValueObject {
  return isObject(value) && !isIntrinsic(value);
}
