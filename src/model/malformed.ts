import { isUnknown, type Unknown } from './unknown.js';
import type { ValueObject } from './value.js';

/**
 * A value of the wrong type is an Unknown with the reason "malformed: …". Rules treat an Unknown
 * as they must treat an unresolved value, and some rightly count "set, value not known yet" as
 * set; a malformed value will never be known, so no rule may pass on it. The properties of a
 * resource holding one are watched: the engine learns when a rule read a malformed value and
 * does not let that rule's verdict on it be COMPLIANT (or NOT_APPLICABLE).
 */
export const MALFORMED = 'malformed: ';

export function isMalformed(value: unknown): value is Unknown {
  return isUnknown(value) && value.reason.startsWith(MALFORMED);
}

let lastRead: Unknown | undefined;

/** Forgets earlier reads; call before a rule runs. */
export function resetMalformedReads(): void {
  lastRead = undefined;
}

/**
 * Records that the running rule read a malformed value it found itself, inside a value the
 * adapter could only type as a whole (a JSON policy document): it counts as a read of it.
 */
export function noteMalformedRead(value: Unknown): void {
  if (isMalformed(value)) lastRead = value;
}

/** The malformed value read since the last reset, if any. */
export function malformedRead(): Unknown | undefined {
  return lastRead;
}

const proxies = new WeakMap<object, object>();
const watched = new WeakSet<object>();
const HANDLER: ProxyHandler<object> = {
  get(target, key, receiver) {
    const value: unknown = Reflect.get(target, key, receiver);
    if (isUnknown(value)) {
      if (value.reason.startsWith(MALFORMED)) lastRead = value;
      return value;
    }
    return typeof value === 'object' && value !== null ? watch(value) : value;
  },
};

function watch<T extends object>(value: T): T {
  if (watched.has(value)) return value;
  let proxy = proxies.get(value);
  if (!proxy) {
    proxy = new Proxy(value, HANDLER);
    proxies.set(value, proxy);
    watched.add(proxy);
  }
  return proxy as T;
}

/** `properties`, read through a watch that records every malformed value a rule reads. */
export function watchMalformed(properties: ValueObject): ValueObject {
  return watch(properties);
}
