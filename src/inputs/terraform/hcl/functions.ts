/**
 * Terraform's built-in functions, evaluated without Terraform.
 *
 * Semantics follow Terraform (HCL + cty): strings, numbers and bools convert into one another
 * where a function expects a string; a function given an unknown argument returns an `Unknown`
 * unless Terraform itself could still decide the result (e.g. `length()` of a known list whose
 * elements are unknown). Anything that reads the filesystem, the clock or randomness returns an
 * `Unknown`. Argument errors throw `FunctionError`.
 *
 * `try` and `can` take unevaluated expressions; they are listed in `LAZY_FUNCTIONS` for the
 * evaluator and not implemented here.
 */
import { createHash } from 'node:crypto';
import { stringify as yamlStringify, parse as yamlParse } from 'yaml';
import type { Unknown } from '../../../model/unknown.js';
import { isUnknown, unknown, unknownJson } from '../../../model/unknown.js';
import type { Value, ValueObject } from '../../../model/value.js';
import { firstUnknown, isObject } from '../../../model/value.js';

export type TfFunction = (args: Value[]) => Value;

/** Wrong argument count, type or value for a Terraform function. */
export class FunctionError extends Error {
  override name = 'FunctionError';
}

/** Functions whose arguments must reach them unevaluated; the evaluator implements them. */
export const LAZY_FUNCTIONS: ReadonlySet<string> = new Set(['try', 'can']);

// ---------------------------------------------------------------------------------------------
// Helpers: errors, types, conversions
// ---------------------------------------------------------------------------------------------

function fail(fn: string, message: string): never {
  throw new FunctionError(`${fn}: ${message}`);
}

function typeName(v: Value): string {
  if (v === null) return 'null';
  if (isUnknown(v)) return 'unknown';
  if (Array.isArray(v)) return 'list';
  if (typeof v === 'object') return 'map';
  if (typeof v === 'boolean') return 'bool';
  return typeof v;
}

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** Sets a key safely (also `__proto__`). */
function put(obj: ValueObject, key: string, value: Value): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Compares strings by Unicode code point (Go's byte-wise UTF-8 order). */
function compareStrings(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a.codePointAt(i) as number;
    const cb = b.codePointAt(j) as number;
    if (ca !== cb) return ca < cb ? -1 : 1;
    i += ca > 0xffff ? 2 : 1;
    j += cb > 0xffff ? 2 : 1;
  }
  const ra = a.length - i;
  const rb = b.length - j;
  return ra === rb ? 0 : ra < rb ? -1 : 1;
}

function sortedKeys(obj: ValueObject): string[] {
  return Object.keys(obj).sort(compareStrings);
}

/** Made on first use: ICU's segmenter takes milliseconds to set up, which a scan without HCL string functions should not pay. */
let segmenter: Intl.Segmenter | undefined;
function graphemes(s: string): string[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  return Array.from(segmenter.segment(s), (x) => x.segment);
}

/** Terraform's number-to-string: shortest round-trip decimal, never exponent notation. */
function numStr(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? '+Inf' : '-Inf';
  if (Object.is(n, -0)) return '0';
  const s = String(n);
  if (!s.includes('e')) return s;
  return expandExponent(s);
}

function expandExponent(s: string): string {
  const [mantissa = '', expText = '0'] = s.split('e');
  const exp = Number(expText);
  let sign = '';
  let m = mantissa;
  if (m.startsWith('-')) {
    sign = '-';
    m = m.slice(1);
  }
  const [ip = '', fp = ''] = m.split('.');
  const digits = ip + fp;
  const point = ip.length + exp;
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

const NUMBER_TEXT = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
function parseNumber(s: string): number | undefined {
  return NUMBER_TEXT.test(s) ? Number(s) : undefined;
}

function argLabel(index: number): string {
  return `argument ${index + 1}`;
}

/** A primitive converted to a string the way Terraform converts automatically. */
function toStr(fn: string, v: Value, what: string): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numStr(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v === null) fail(fn, `${what} must not be null`);
  return fail(fn, `${what} must be a string, got ${typeName(v)}`);
}

function toNum(fn: string, v: Value, what: string): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') {
    const n = parseNumber(v);
    if (n !== undefined) return n;
    fail(fn, `${what} must be a number, got string ${JSON.stringify(v)}`);
  }
  if (v === null) fail(fn, `${what} must not be null`);
  return fail(fn, `${what} must be a number, got ${typeName(v)}`);
}

function toInt(fn: string, v: Value, what: string): number {
  const n = toNum(fn, v, what);
  if (!Number.isInteger(n)) fail(fn, `${what} must be a whole number, got ${numStr(n)}`);
  return n;
}

function toBool(fn: string, v: Value, what: string): boolean {
  if (typeof v === 'boolean') return v;
  if (v === 'true') return true;
  if (v === 'false') return false;
  if (v === null) fail(fn, `${what} must not be null`);
  return fail(fn, `${what} must be a bool, got ${typeof v === 'string' ? `string ${JSON.stringify(v)}` : typeName(v)}`);
}

function toList(fn: string, v: Value, what: string): Value[] {
  if (Array.isArray(v)) return v;
  return fail(fn, `${what} must be a list, set or tuple, got ${typeName(v)}`);
}

function toMap(fn: string, v: Value, what: string): ValueObject {
  if (isObject(v)) return v;
  return fail(fn, `${what} must be a map or object, got ${typeName(v)}`);
}

function isPrimitive(v: Value): v is string | number | boolean {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

/**
 * Terraform's type unification for a collection of primitives: when strings are mixed with
 * numbers or bools, everything becomes a string (`["a", 1]` is a `list(string)`).
 */
function unify(values: Value[]): Value[] {
  const hasString = values.some((v) => typeof v === 'string');
  const hasOther = values.some((v) => typeof v === 'number' || typeof v === 'boolean');
  if (!hasString || !hasOther) return values;
  if (!values.every((v) => v === null || isUnknown(v) || isPrimitive(v))) return values;
  return values.map((v) => (typeof v === 'number' ? numStr(v) : typeof v === 'boolean' ? String(v) : v));
}

function unifyObject(obj: ValueObject): ValueObject {
  const keys = Object.keys(obj);
  const vals = unify(keys.map((k) => obj[k] as Value));
  const out: ValueObject = {};
  keys.forEach((k, i) => put(out, k, vals[i] as Value));
  return out;
}

function equal(a: Value, b: Value): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return a === b || (Number.isNaN(a) && Number.isNaN(b));
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (isUnknown(a) || isUnknown(b)) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => equal(x, b[i] as Value));
  }
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => hasOwn(b, k) && equal(a[k] as Value, b[k] as Value));
}

function distinctValues(values: Value[]): Value[] {
  const out: Value[] = [];
  for (const v of values) if (!out.some((o) => equal(o, v))) out.push(v);
  return out;
}

/** Terraform set order: strings lexically, numbers numerically, otherwise insertion order. */
function asSet(values: Value[]): Value[] {
  const out = distinctValues(unify(values));
  if (out.every((v) => typeof v === 'string')) return (out as string[]).sort(compareStrings);
  if (out.every((v) => typeof v === 'number')) return (out as number[]).sort((x, y) => x - y);
  if (out.every((v) => typeof v === 'boolean')) return (out as boolean[]).sort((x, y) => Number(x) - Number(y));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Unknowns
// ---------------------------------------------------------------------------------------------

function unknownFrom(fn: string, u: Unknown, keepRef = false): Unknown {
  return keepRef ? unknown(`${fn}(${u.reason})`, u.ref) : unknown(`${fn}(${u.reason})`);
}

function firstShallowUnknown(values: Value[]): Unknown | undefined {
  return values.find((v): v is Unknown => isUnknown(v));
}

function firstDeepUnknown(values: Value[]): Unknown | undefined {
  for (const v of values) {
    const u = firstUnknown(v);
    if (u) return u;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Function table
// ---------------------------------------------------------------------------------------------

type UnknownMode =
  /** Any argument containing an unknown anywhere makes the result unknown. */
  | 'deep'
  /** Only a wholly unknown argument makes the result unknown; unknown elements pass through. */
  | 'shallow'
  /** The implementation handles unknowns itself. */
  | 'custom';

interface Spec {
  min: number;
  max: number;
  unknowns?: UnknownMode;
  /** Which argument positions may be null (default: none). */
  nullable?: 'all' | 'rest' | readonly number[];
  /** Identity-like conversions keep the reference of an unknown argument. */
  keepRef?: boolean;
  impl: (args: Value[], fn: string) => Value;
}

const SPECS = new Map<string, Spec>();

function def(names: string | string[], spec: Spec): void {
  for (const name of Array.isArray(names) ? names : [names]) SPECS.set(name, spec);
}

function arityMessage(spec: Spec, got: number): string {
  const plural = (n: number) => `${n} argument${n === 1 ? '' : 's'}`;
  let expected: string;
  if (spec.max === Infinity) expected = `at least ${plural(spec.min)}`;
  else if (spec.min === spec.max) expected = plural(spec.min);
  else if (spec.max === spec.min + 1) expected = `${spec.min} or ${plural(spec.max)}`;
  else expected = `${spec.min} to ${plural(spec.max)}`;
  return `expects ${expected}, got ${got}`;
}

function nullAllowed(spec: Spec, index: number): boolean {
  if (spec.nullable === 'all') return true;
  if (spec.nullable === 'rest') return index >= 1;
  return spec.nullable?.includes(index) ?? false;
}

function invoke(name: string, spec: Spec, args: Value[]): Value {
  if (args.length < spec.min || args.length > spec.max) fail(name, arityMessage(spec, args.length));
  args.forEach((arg, i) => {
    if (arg === null && !nullAllowed(spec, i)) fail(name, `${argLabel(i)} must not be null`);
  });
  const mode = spec.unknowns ?? 'deep';
  if (mode !== 'custom') {
    const u = mode === 'deep' ? firstDeepUnknown(args) : firstShallowUnknown(args);
    if (u) return unknownFrom(name, u, spec.keepRef);
  }
  return spec.impl(args, name);
}

// ---------------------------------------------------------------------------------------------
// Collections
// ---------------------------------------------------------------------------------------------

def('merge', {
  min: 0,
  max: Infinity,
  unknowns: 'shallow',
  nullable: 'all',
  impl: (args, fn) => {
    const out: ValueObject = {};
    args.forEach((arg, i) => {
      if (arg === null) return;
      if (!isObject(arg)) fail(fn, `arguments must be maps or objects, got ${typeName(arg)} for ${argLabel(i)}`);
      for (const k of Object.keys(arg)) put(out, k, arg[k] as Value);
    });
    return out;
  },
});

def('concat', {
  min: 1,
  max: Infinity,
  unknowns: 'shallow',
  impl: (args, fn) => args.flatMap((arg, i) => toList(fn, arg, argLabel(i))),
});

def('lookup', {
  min: 2,
  max: 3,
  unknowns: 'shallow',
  nullable: [2],
  impl: ([map, key, ...rest], fn) => {
    const obj = toMap(fn, map as Value, 'argument 1');
    const k = toStr(fn, key as Value, 'key');
    if (hasOwn(obj, k)) return obj[k] as Value;
    if (rest.length > 0) return rest[0] as Value;
    return fail(fn, `key ${JSON.stringify(k)} not found and no default value given`);
  },
});

def('element', {
  min: 2,
  max: 2,
  unknowns: 'shallow',
  impl: ([list, index], fn) => {
    const l = toList(fn, list as Value, 'argument 1');
    const i = toInt(fn, index as Value, 'index');
    if (l.length === 0) fail(fn, 'cannot use element function with an empty list');
    if (i < 0) fail(fn, 'cannot use element function with a negative index');
    return l[i % l.length] as Value;
  },
});

def('length', {
  min: 1,
  max: 1,
  unknowns: 'shallow',
  impl: ([v], fn) => {
    if (typeof v === 'string') return graphemes(v).length;
    if (Array.isArray(v)) return v.length;
    if (isObject(v)) return Object.keys(v).length;
    return fail(fn, `argument must be a string, a collection or a structural type, got ${typeName(v as Value)}`);
  },
});

def('keys', {
  min: 1,
  max: 1,
  unknowns: 'shallow',
  impl: ([m], fn) => sortedKeys(toMap(fn, m as Value, 'argument')),
});

def('values', {
  min: 1,
  max: 1,
  unknowns: 'shallow',
  impl: ([m], fn) => {
    const obj = toMap(fn, m as Value, 'argument');
    return sortedKeys(obj).map((k) => obj[k] as Value);
  },
});

def('contains', {
  min: 2,
  max: 2,
  nullable: [1],
  impl: ([list, value], fn) => {
    const l = unify([...toList(fn, list as Value, 'argument 1'), value as Value]);
    const needle = l.pop() as Value;
    return l.some((x) => equal(x, needle));
  },
});

def('index', {
  min: 2,
  max: 2,
  nullable: [1],
  impl: ([list, value], fn) => {
    const l = unify([...toList(fn, list as Value, 'argument 1'), value as Value]);
    const needle = l.pop() as Value;
    const i = l.findIndex((x) => equal(x, needle));
    if (i < 0) fail(fn, 'item not found');
    return i;
  },
});

def('distinct', {
  min: 1,
  max: 1,
  impl: ([list], fn) => distinctValues(unify(toList(fn, list as Value, 'argument'))),
});

def('flatten', {
  min: 1,
  max: 1,
  unknowns: 'custom',
  impl: ([list], fn) => {
    if (isUnknown(list)) return unknownFrom(fn, list);
    const out: Value[] = [];
    let found: Unknown | undefined;
    const walk = (l: Value[]): void => {
      for (const v of l) {
        if (found) return;
        if (isUnknown(v)) found = v; // could be a list: the shape of the result is unknown
        else if (Array.isArray(v)) walk(v);
        else out.push(v);
      }
    };
    walk(toList(fn, list as Value, 'argument'));
    return found ? unknownFrom(fn, found) : out;
  },
});

def('compact', {
  min: 1,
  max: 1,
  impl: ([list], fn) =>
    toList(fn, list as Value, 'argument')
      .filter((v) => v !== null)
      .map((v, i) => toStr(fn, v, `element ${i}`))
      .filter((s) => s !== ''),
});

def('coalesce', {
  min: 1,
  max: Infinity,
  unknowns: 'custom',
  nullable: 'all',
  impl: (args, fn) => {
    const known = args.filter((a) => !isUnknown(a));
    const stringy = known.some((a) => typeof a === 'string') && known.every((a) => a === null || isPrimitive(a));
    for (const arg of args) {
      if (isUnknown(arg)) return unknownFrom(fn, arg);
      if (arg === null || arg === '') continue;
      return stringy && isPrimitive(arg) ? toStr(fn, arg, 'argument') : arg;
    }
    return fail(fn, 'no non-null, non-empty-string arguments');
  },
});

def('coalescelist', {
  min: 1,
  max: Infinity,
  unknowns: 'custom',
  nullable: 'all',
  impl: (args, fn) => {
    for (const [i, arg] of args.entries()) {
      if (isUnknown(arg)) return unknownFrom(fn, arg);
      if (arg === null) continue;
      if (toList(fn, arg, argLabel(i)).length > 0) return arg;
    }
    return fail(fn, 'no non-empty list found in arguments');
  },
});

def('slice', {
  min: 3,
  max: 3,
  unknowns: 'shallow',
  impl: ([list, from, to], fn) => {
    const l = toList(fn, list as Value, 'argument 1');
    const start = toInt(fn, from as Value, 'start index');
    const end = toInt(fn, to as Value, 'end index');
    if (start < 0) fail(fn, 'start index must be greater than or equal to 0');
    if (end > l.length) fail(fn, `end index must be less than or equal to the length of the list (${l.length})`);
    if (start > end) fail(fn, 'start index must be less than or equal to end index');
    return l.slice(start, end);
  },
});

def('reverse', {
  min: 1,
  max: 1,
  unknowns: 'shallow',
  impl: ([list], fn) => [...toList(fn, list as Value, 'argument')].reverse(),
});

def('sort', {
  min: 1,
  max: 1,
  impl: ([list], fn) =>
    toList(fn, list as Value, 'argument')
      .map((v, i) => {
        if (v === null) fail(fn, `element ${i} is null; a null value cannot be sorted`);
        return toStr(fn, v, `element ${i}`);
      })
      .sort(compareStrings),
});

def('zipmap', {
  min: 2,
  max: 2,
  unknowns: 'custom',
  impl: ([keys, values], fn) => {
    const u = firstUnknown(keys as Value) ?? firstShallowUnknown([values as Value]);
    if (u) return unknownFrom(fn, u);
    const k = toList(fn, keys as Value, 'keys');
    const v = toList(fn, values as Value, 'values');
    if (k.length !== v.length) fail(fn, `number of keys (${k.length}) does not match number of values (${v.length})`);
    const out: ValueObject = {};
    k.forEach((key, i) => put(out, toStr(fn, key, `key ${i}`), v[i] as Value));
    return out;
  },
});

const RANGE_LIMIT = 1024;
def('range', {
  min: 1,
  max: 3,
  impl: (args, fn) => {
    const nums = args.map((a, i) => toNum(fn, a, argLabel(i)));
    let start = 0;
    let limit: number;
    let step: number;
    if (nums.length === 1) limit = nums[0] as number;
    else {
      start = nums[0] as number;
      limit = nums[1] as number;
    }
    if (nums.length === 3) step = nums[2] as number;
    else step = limit >= start ? 1 : -1;
    if (![start, limit, step].every(Number.isFinite)) fail(fn, 'arguments must be finite numbers');
    if (step === 0) fail(fn, 'step must not be zero');
    const out: number[] = [];
    for (let n = start; step > 0 ? n < limit : n > limit; n += step) {
      if (out.length >= RANGE_LIMIT) fail(fn, `more than ${RANGE_LIMIT} values were generated; use a smaller range`);
      out.push(n);
    }
    return out;
  },
});

const PRODUCT_LIMIT = 100_000;
def('setproduct', {
  min: 2,
  max: Infinity,
  unknowns: 'shallow',
  impl: (args, fn) => {
    const lists = args.map((a, i) => toList(fn, a, argLabel(i)));
    const total = lists.reduce((n, l) => n * l.length, 1);
    if (total > PRODUCT_LIMIT) fail(fn, `the product would have ${total} elements, more than ${PRODUCT_LIMIT}`);
    let out: Value[][] = [[]];
    for (const l of lists) out = out.flatMap((prefix) => l.map((v) => [...prefix, v]));
    return total === 0 ? [] : out;
  },
});

def('setunion', {
  min: 1,
  max: Infinity,
  impl: (args, fn) => asSet(args.flatMap((a, i) => toList(fn, a, argLabel(i)))),
});

def('setintersection', {
  min: 1,
  max: Infinity,
  impl: (args, fn) => {
    const sets = args.map((a, i) => toList(fn, a, argLabel(i)));
    const all = unify(sets.flat());
    let offset = 0;
    const unified = sets.map((s) => {
      const part = all.slice(offset, offset + s.length);
      offset += s.length;
      return part;
    });
    const [first = [], ...others] = unified;
    return asSet(first.filter((v) => others.every((o) => o.some((x) => equal(x, v)))));
  },
});

def('setsubtract', {
  min: 2,
  max: 2,
  impl: ([a, b], fn) => {
    const left = toList(fn, a as Value, 'argument 1');
    const all = unify([...left, ...toList(fn, b as Value, 'argument 2')]);
    const l = all.slice(0, left.length);
    const r = all.slice(left.length);
    return asSet(l.filter((v) => !r.some((x) => equal(x, v))));
  },
});

def('chunklist', {
  min: 2,
  max: 2,
  unknowns: 'shallow',
  impl: ([list, size], fn) => {
    const l = toList(fn, list as Value, 'argument 1');
    const n = toInt(fn, size as Value, 'size');
    if (n < 0) fail(fn, 'the size argument must be positive');
    if (l.length === 0) return [];
    if (n === 0) return [l];
    const out: Value[] = [];
    for (let i = 0; i < l.length; i += n) out.push(l.slice(i, i + n));
    return out;
  },
});

def('one', {
  min: 1,
  max: 1,
  unknowns: 'shallow',
  impl: ([list], fn) => {
    const l = toList(fn, list as Value, 'argument');
    if (l.length > 1) fail(fn, `must be a list, set or tuple with either zero or one elements, got ${l.length}`);
    return l.length === 0 ? null : (l[0] as Value);
  },
});

def('alltrue', {
  min: 1,
  max: 1,
  unknowns: 'custom',
  impl: ([list], fn) => {
    if (isUnknown(list)) return unknownFrom(fn, list);
    let pending: Unknown | undefined;
    for (const [i, v] of toList(fn, list as Value, 'argument').entries()) {
      if (isUnknown(v)) pending ??= v;
      else if (v === null || !toBool(fn, v, `element ${i}`)) return false;
    }
    return pending ? unknownFrom(fn, pending) : true;
  },
});

def('anytrue', {
  min: 1,
  max: 1,
  unknowns: 'custom',
  impl: ([list], fn) => {
    if (isUnknown(list)) return unknownFrom(fn, list);
    let pending: Unknown | undefined;
    for (const [i, v] of toList(fn, list as Value, 'argument').entries()) {
      if (isUnknown(v)) pending ??= v;
      else if (v !== null && toBool(fn, v, `element ${i}`)) return true;
    }
    return pending ? unknownFrom(fn, pending) : false;
  },
});

def('sum', {
  min: 1,
  max: 1,
  impl: ([list], fn) => {
    const l = toList(fn, list as Value, 'argument');
    if (l.length === 0) fail(fn, 'cannot sum an empty list');
    return l.reduce<number>((acc, v, i) => acc + toNum(fn, v, `element ${i}`), 0);
  },
});

def('matchkeys', {
  min: 3,
  max: 3,
  unknowns: 'custom',
  impl: ([values, keys, search], fn) => {
    const u = firstShallowUnknown([values as Value]) ?? firstDeepUnknown([keys as Value, search as Value]);
    if (u) return unknownFrom(fn, u);
    const v = toList(fn, values as Value, 'values');
    const k = toList(fn, keys as Value, 'keys');
    const s = toList(fn, search as Value, 'searchset');
    if (v.length !== k.length) fail(fn, `length of keys (${k.length}) and values (${v.length}) must be equal`);
    const all = unify([...k, ...s]);
    const uk = all.slice(0, k.length);
    const us = all.slice(k.length);
    return v.filter((_, i) => us.some((x) => equal(x, uk[i] as Value)));
  },
});

def('transpose', {
  min: 1,
  max: 1,
  impl: ([m], fn) => {
    const obj = toMap(fn, m as Value, 'argument');
    const acc = new Map<string, string[]>();
    for (const k of sortedKeys(obj)) {
      for (const [i, v] of toList(fn, obj[k] as Value, `value of ${JSON.stringify(k)}`).entries()) {
        const s = toStr(fn, v, `element ${i} of ${JSON.stringify(k)}`);
        const list = acc.get(s) ?? [];
        list.push(k);
        acc.set(s, list);
      }
    }
    const out: ValueObject = {};
    for (const k of [...acc.keys()].sort(compareStrings)) put(out, k, acc.get(k) as string[]);
    return out;
  },
});

// --- Type conversions ---

def('tostring', {
  min: 1,
  max: 1,
  unknowns: 'shallow',
  keepRef: true,
  nullable: [0],
  impl: ([v], fn) => (v === null ? null : isPrimitive(v as Value) ? toStr(fn, v as Value, 'argument') : fail(fn, `cannot convert ${typeName(v as Value)} to string`)),
});

def('tonumber', {
  min: 1,
  max: 1,
  unknowns: 'shallow',
  keepRef: true,
  nullable: [0],
  impl: ([v], fn) => {
    if (v === null || typeof v === 'number') return v as Value;
    if (typeof v === 'string') {
      const n = parseNumber(v);
      return n !== undefined ? n : fail(fn, `cannot convert ${JSON.stringify(v)} to number`);
    }
    return fail(fn, `cannot convert ${typeName(v as Value)} to number`);
  },
});

def('tobool', {
  min: 1,
  max: 1,
  unknowns: 'shallow',
  keepRef: true,
  nullable: [0],
  impl: ([v], fn) => {
    if (v === null || typeof v === 'boolean') return v as Value;
    if (v === 'true' || v === 'false') return v === 'true';
    return fail(fn, `cannot convert ${typeof v === 'string' ? JSON.stringify(v) : typeName(v as Value)} to bool`);
  },
});

def('tolist', {
  min: 1,
  max: 1,
  unknowns: 'shallow',
  nullable: [0],
  impl: ([v], fn) => (v === null ? null : Array.isArray(v) ? unify(v) : fail(fn, `cannot convert ${typeName(v as Value)} to list`)),
});

def('toset', {
  min: 1,
  max: 1,
  nullable: [0],
  impl: ([v], fn) => (v === null ? null : Array.isArray(v) ? asSet(v) : fail(fn, `cannot convert ${typeName(v as Value)} to set`)),
});

def('tomap', {
  min: 1,
  max: 1,
  unknowns: 'shallow',
  nullable: [0],
  impl: ([v], fn) => (v === null ? null : isObject(v) ? unifyObject(v) : fail(fn, `cannot convert ${typeName(v as Value)} to map`)),
});

// --- Sensitivity: values carry no sensitivity marks here ---

def(['sensitive', 'nonsensitive'], { min: 1, max: 1, unknowns: 'custom', nullable: [0], impl: ([v]) => v as Value });

// ---------------------------------------------------------------------------------------------
// Strings
// ---------------------------------------------------------------------------------------------

const str1 = (impl: (s: string, fn: string) => Value, keepRef = false): Spec => ({
  min: 1,
  max: 1,
  keepRef,
  impl: ([s], fn) => impl(toStr(fn, s as Value, 'argument'), fn),
});

/** Maps each code point, keeping it when the mapping would change the number of code points. */
function mapCodePoints(s: string, f: (ch: string) => string): string {
  let out = '';
  for (const ch of s) {
    const m = f(ch);
    out += [...m].length === 1 ? m : ch;
  }
  return out;
}

// Go's unicode.IsSpace
const GO_SPACE = '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const TRIM_SPACE = new RegExp(`^[${GO_SPACE}]+|[${GO_SPACE}]+$`, 'g');
const IS_SPACE = new RegExp(`^[${GO_SPACE}]$`);

def('lower', str1((s) => mapCodePoints(s, (c) => c.toLowerCase())));
def('upper', str1((s) => mapCodePoints(s, (c) => c.toUpperCase())));
def('trimspace', str1((s) => s.replace(TRIM_SPACE, ''), true));
def('strrev', str1((s) => graphemes(s).reverse().join('')));
def('chomp', str1((s) => s.replace(/(?:\r\n?|\n)+$/, '')));
def(
  'title',
  str1((s) => {
    // Go's strings.Title: upper-case letters that follow a separator.
    let prev = ' ';
    let out = '';
    for (const ch of s) {
      const isSeparator = (prev.codePointAt(0) as number) <= 0x7f ? !/^[A-Za-z0-9_]$/.test(prev) : IS_SPACE.test(prev) || false;
      out += isSeparator ? mapCodePoints(ch, (c) => c.toUpperCase()) : ch;
      prev = ch;
    }
    return out;
  }),
);

const str2 = (names: [string, string], impl: (a: string, b: string, fn: string) => Value): Spec => ({
  min: 2,
  max: 2,
  impl: ([a, b], fn) => impl(toStr(fn, a as Value, names[0]), toStr(fn, b as Value, names[1]), fn),
});

def(
  'trim',
  str2(['str', 'cutset'], (s, cutset) => {
    const cut = new Set(cutset);
    const chars = [...s];
    let i = 0;
    let j = chars.length;
    while (i < j && cut.has(chars[i] as string)) i++;
    while (j > i && cut.has(chars[j - 1] as string)) j--;
    return chars.slice(i, j).join('');
  }),
);
def('trimprefix', str2(['str', 'prefix'], (s, p) => (s.startsWith(p) ? s.slice(p.length) : s)));
def('trimsuffix', str2(['str', 'suffix'], (s, p) => (p !== '' && s.endsWith(p) ? s.slice(0, s.length - p.length) : s)));
def('startswith', str2(['str', 'prefix'], (s, p) => s.startsWith(p)));
def('endswith', str2(['str', 'suffix'], (s, p) => s.endsWith(p)));
def('strcontains', str2(['str', 'substr'], (s, p) => s.includes(p)));
def('split', str2(['separator', 'str'], (sep, s) => (sep === '' ? [...s] : s.split(sep))));

def('join', {
  min: 2,
  max: Infinity,
  impl: ([sep, ...lists], fn) => {
    const separator = toStr(fn, sep as Value, 'separator');
    const parts: string[] = [];
    lists.forEach((l, i) => {
      toList(fn, l, argLabel(i + 1)).forEach((v, j) => {
        if (v === null) fail(fn, `element ${j} of ${argLabel(i + 1)} is null`);
        parts.push(toStr(fn, v, `element ${j} of ${argLabel(i + 1)}`));
      });
    });
    return parts.join(separator);
  },
});

const MAX_REPEAT = 1_000_000;
def('indent', {
  min: 2,
  max: 2,
  impl: ([spaces, s], fn) => {
    const n = toInt(fn, spaces as Value, 'spaces');
    if (n < 0) fail(fn, 'spaces must not be negative');
    if (n > MAX_REPEAT) fail(fn, `spaces must be at most ${MAX_REPEAT}`);
    return toStr(fn, s as Value, 'str').replaceAll('\n', `\n${' '.repeat(n)}`);
  },
});

def('substr', {
  min: 3,
  max: 3,
  impl: ([s, off, len], fn) => {
    const chars = graphemes(toStr(fn, s as Value, 'str'));
    let offset = toInt(fn, off as Value, 'offset');
    const length = toInt(fn, len as Value, 'length');
    if (offset < 0) offset = Math.max(0, offset + chars.length);
    if (offset >= chars.length) return '';
    return chars.slice(offset, length < 0 ? undefined : offset + length).join('');
  },
});

// --- Regular expressions (RE2 syntax translated to JavaScript) ---

const POSIX_CLASSES: Record<string, string> = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  ascii: '\\x00-\\x7F',
  blank: '\\t ',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-\\/:-@\\[-`{-~',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: '0-9A-Za-z_',
  xdigit: '0-9A-Fa-f',
};

interface CompiledRegex {
  re: RegExp;
  unicode: boolean;
}

function compileRegex(fn: string, pattern: string): CompiledRegex {
  let flags = '';
  let src = pattern;
  const lead = /^\(\?([a-zA-Z]+)\)/.exec(src);
  if (lead) {
    for (const f of lead[1] as string) {
      if (f === 'i' || f === 'm' || f === 's') flags += flags.includes(f) ? '' : f;
      else fail(fn, `invalid regexp pattern: flag ${JSON.stringify(f)} is not supported`);
    }
    src = src.slice(lead[0].length);
  }
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i] as string;
    if (c === '\\') {
      const next = src[i + 1] ?? '';
      if (next === 'Q') {
        const end = src.indexOf('\\E', i + 2);
        const literal = src.slice(i + 2, end < 0 ? undefined : end);
        out += literal.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
        i = end < 0 ? src.length : end + 1;
      } else if (!inClass && next === 'A') {
        out += '(?<![\\s\\S])';
        i++;
      } else if (!inClass && next === 'z') {
        out += '(?![\\s\\S])';
        i++;
      } else if ((next === 'p' || next === 'P') && /[A-Za-z]/.test(src[i + 2] ?? '')) {
        out += `\\${next}{${src[i + 2]}}`;
        i += 2;
      } else {
        out += c + next;
        i++;
      }
    } else if (inClass && c === '[' && src[i + 1] === ':') {
      const m = /^\[:(\^?)([a-z]+):\]/.exec(src.slice(i));
      const cls = m && hasOwn(POSIX_CLASSES, m[2] as string) ? POSIX_CLASSES[m[2] as string] : undefined;
      if (!m || cls === undefined) fail(fn, `invalid regexp pattern: invalid character class in ${JSON.stringify(pattern)}`);
      if (m[1]) fail(fn, 'invalid regexp pattern: negated POSIX classes are not supported');
      out += cls;
      i += m[0].length - 1;
    } else if (c === '[' && !inClass) {
      inClass = true;
      out += c;
      if (src[i + 1] === '^') out += src[++i];
      if (src[i + 1] === ']') out += `\\${src[++i]}`;
    } else if (c === ']' && inClass) {
      inClass = false;
      out += c;
    } else if (!inClass && src.startsWith('(?P<', i)) {
      out += '(?<';
      i += 3;
    } else {
      out += c;
    }
  }
  for (const unicode of [true, false]) {
    try {
      return { re: new RegExp(out, `${flags}g${unicode ? 'u' : ''}`), unicode };
    } catch {
      // retry without the `u` flag (RE2 allows escapes that unicode mode rejects)
    }
  }
  try {
    new RegExp(out, flags);
  } catch (e) {
    fail(fn, `invalid regexp pattern: ${(e as Error).message}`);
  }
  return fail(fn, `invalid regexp pattern: ${JSON.stringify(pattern)}`);
}

function runeWidth(s: string, pos: number, unicode: boolean): number {
  if (pos >= s.length) return 1;
  return unicode && (s.codePointAt(pos) as number) > 0xffff ? 2 : 1;
}

/** All matches with Go's rules (no empty match directly after a previous match). */
function allMatches(rx: CompiledRegex, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let prevEnd = -1;
  for (let pos = 0; pos <= s.length; ) {
    rx.re.lastIndex = pos;
    const m = rx.re.exec(s);
    if (!m) break;
    const end = m.index + m[0].length;
    let accept = true;
    if (end === pos) {
      if (m.index === prevEnd) accept = false;
      pos += runeWidth(s, pos, rx.unicode);
    } else pos = end;
    prevEnd = end;
    if (accept) out.push(m);
    if (out.length > 1_000_000) break;
  }
  return out;
}

function groupNames(rx: CompiledRegex): { count: number; names: string[] } {
  const probe = new RegExp(`${rx.re.source}|`, rx.re.flags.replace('g', '')).exec('') as RegExpExecArray;
  return { count: probe.length - 1, names: Object.keys(probe.groups ?? {}) };
}

function matchValue(fn: string, rx: CompiledRegex, m: RegExpExecArray): Value {
  const { count, names } = groupNames(rx);
  if (count === 0) return m[0];
  if (names.length > 0) {
    if (names.length !== count) fail(fn, 'invalid regexp pattern: cannot mix both named and unnamed capture groups');
    const out: ValueObject = {};
    for (const n of names) put(out, n, m.groups?.[n] ?? null);
    return out;
  }
  return m.slice(1).map((g) => g ?? null);
}

def(
  'regex',
  str2(['pattern', 'str'], (pattern, s, fn) => {
    const rx = compileRegex(fn, pattern);
    rx.re.lastIndex = 0;
    const m = rx.re.exec(s);
    if (!m) fail(fn, 'pattern did not match any part of the given string');
    return matchValue(fn, rx, m);
  }),
);

def(
  'regexall',
  str2(['pattern', 'str'], (pattern, s, fn) => {
    const rx = compileRegex(fn, pattern);
    groupNames(rx);
    return allMatches(rx, s).map((m) => matchValue(fn, rx, m));
  }),
);

/** Go's Regexp.Expand: `$1`, `${1}`, `$name`, `${name}`, `$$`. */
function expandTemplate(template: string, m: RegExpExecArray): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const d = template.indexOf('$', i);
    if (d < 0) break;
    out += template.slice(i, d);
    i = d + 1;
    if (template[i] === '$') {
      out += '$';
      i++;
      continue;
    }
    const ref = /^(?:\{(\w+)\}|(\w+))/.exec(template.slice(i));
    if (!ref) {
      out += '$';
      continue;
    }
    i += ref[0].length;
    const name = (ref[1] ?? ref[2]) as string;
    if (/^\d+$/.test(name)) {
      const n = Number(name);
      if (n < m.length) out += m[n] ?? '';
    } else {
      out += m.groups?.[name] ?? '';
    }
  }
  return out + template.slice(i);
}

def('replace', {
  min: 3,
  max: 3,
  impl: ([a, b, c], fn) => {
    const s = toStr(fn, a as Value, 'str');
    const sub = toStr(fn, b as Value, 'substr');
    const rep = toStr(fn, c as Value, 'replacement');
    if (!(sub.length > 1 && sub.startsWith('/') && sub.endsWith('/'))) return s.split(sub).join(rep);
    const rx = compileRegex(fn, sub.slice(1, -1));
    let out = '';
    let lastEnd = 0;
    for (let pos = 0; pos <= s.length; ) {
      rx.re.lastIndex = pos;
      const m = rx.re.exec(s);
      if (!m) break;
      const end = m.index + m[0].length;
      out += s.slice(lastEnd, m.index);
      if (end > lastEnd || m.index === 0) out += expandTemplate(rep, m);
      lastEnd = end;
      const w = runeWidth(s, pos, rx.unicode);
      pos = pos + w > end ? pos + w : pos + 1 > end ? pos + 1 : end;
    }
    return out + s.slice(lastEnd);
  },
});

// --- format / formatlist ---

interface Verb {
  raw: string;
  offset: number;
  mode: string;
  minus: boolean;
  plus: boolean;
  space: boolean;
  zero: boolean;
  sharp: boolean;
  width: number; // -1 when absent
  prec: number; // -1 when absent
}

const MAX_WIDTH = 1_000_000;

function padWidth(v: Verb, s: string): string {
  if (v.width < 0) return s;
  const have = graphemes(s).length;
  if (have >= v.width) return s;
  const pad = (v.zero ? '0' : ' ').repeat(v.width - have);
  return v.minus ? s + pad : pad + s;
}

/** Pads a number: zero padding goes between the sign/prefix and the digits. */
function padNumber(v: Verb, sign: string, body: string, allowZero = true): string {
  const len = sign.length + body.length;
  if (v.width < 0 || len >= v.width) return sign + body;
  const n = v.width - len;
  if (v.minus) return sign + body + ' '.repeat(n);
  if (v.zero && allowZero) return sign + '0'.repeat(n) + body;
  return ' '.repeat(n) + sign + body;
}

/** Shortest decimal digits of a positive finite number and its decimal point position. */
function shortestDigits(x: number): { digits: string; dp: number } {
  const [m = '0', e = '0'] = x.toExponential().split('e');
  return { digits: m.replace('.', ''), dp: Number(e) + 1 };
}

function roundedDigits(x: number, prec: number): { digits: string; dp: number } {
  const [m = '0', e = '0'] = x.toExponential(Math.min(Math.max(prec - 1, 0), 100)).split('e');
  return { digits: m.replace('.', '').replace(/0+$/, '') || '0', dp: Number(e) + 1 };
}

function fmtE(digits: string, dp: number, prec: number, upper: boolean): string {
  let s = digits[0] ?? '0';
  if (prec > 0) s += `.${digits.slice(1, prec + 1).padEnd(prec, '0')}`;
  const exp = digits === '0' ? 0 : dp - 1;
  const e = `${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  return `${s}${upper ? 'E' : 'e'}${e}`;
}

function fmtF(digits: string, dp: number, prec: number): string {
  let int = dp > 0 ? digits.slice(0, dp).padEnd(dp, '0') : '0';
  int = int.replace(/^0+(?=\d)/, '');
  if (prec <= 0) return int;
  let frac = '';
  for (let i = 0; i < prec; i++) {
    const idx = dp + i;
    frac += idx >= 0 && idx < digits.length ? digits[idx] : '0';
  }
  return `${int}.${frac}`;
}

/** Go's %g (big.Float flavour): prec -1 means shortest. */
function fmtG(x: number, prec: number, upper: boolean): string {
  if (x === 0) return '0';
  const shortest = prec < 0;
  const p = prec === 0 ? 1 : prec;
  const { digits, dp } = shortest ? shortestDigits(x) : roundedDigits(x, p);
  let eprec = shortest ? 6 : p;
  if (!shortest && eprec > digits.length && digits.length >= dp) eprec = digits.length;
  const exp = dp - 1;
  if (exp < -4 || exp >= eprec) {
    const ep = shortest ? digits.length : Math.min(p, digits.length);
    return fmtE(digits, dp, ep - 1, upper);
  }
  const fp = shortest ? digits.length : p > dp ? digits.length : p;
  return fmtF(digits, dp, Math.max(fp - dp, 0));
}

function formatFloat(v: Verb, x: number): string {
  const sign = x < 0 || Object.is(x, -0) ? '-' : v.plus ? '+' : v.space ? ' ' : '';
  const a = Math.abs(x);
  if (!Number.isFinite(a)) return padNumber(v, sign, Number.isNaN(a) ? 'NaN' : 'Inf', false);
  const upper = v.mode === 'E' || v.mode === 'G';
  let body: string;
  if (v.mode === 'f') {
    const prec = v.prec < 0 ? 6 : v.prec;
    if (a < 1e21 && prec <= 100) body = a.toFixed(prec);
    else {
      const base = a < 1e21 ? a.toFixed(100) : expandExponent(a.toExponential());
      const [ip = '0', fp = ''] = base.split('.');
      body = prec > 0 ? `${ip}.${fp.padEnd(prec, '0').slice(0, prec)}` : ip;
    }
  } else if (v.mode === 'e' || v.mode === 'E') {
    const prec = v.prec < 0 ? 6 : v.prec;
    const { digits, dp } = a === 0 ? { digits: '0', dp: 1 } : roundedDigits(a, Math.min(prec, 100) + 1);
    body = fmtE(digits, dp, prec, upper);
  } else {
    body = fmtG(a, v.prec, upper);
  }
  return padNumber(v, sign, body);
}

function formatInteger(fn: string, v: Verb, x: number): string {
  if (!Number.isInteger(x)) fail(fn, `unsupported value for ${JSON.stringify(v.raw)} at ${v.offset}: an integer is required`);
  const big = BigInt(x);
  const neg = big < 0n;
  const base = v.mode === 'b' ? 2 : v.mode === 'o' ? 8 : v.mode === 'd' ? 10 : 16;
  let digits = (neg ? -big : big).toString(base);
  if (v.mode === 'X') digits = digits.toUpperCase();
  if (v.prec >= 0) digits = v.prec === 0 && big === 0n ? '' : digits.padStart(v.prec, '0');
  let prefix = '';
  if (v.sharp) prefix = v.mode === 'b' ? '0b' : v.mode === 'o' ? '0' : v.mode === 'x' ? '0x' : v.mode === 'X' ? '0X' : '';
  const sign = neg ? '-' : v.plus ? '+' : v.space ? ' ' : '';
  return padNumber(v, sign + prefix, digits, v.prec < 0);
}

function formatOne(fn: string, v: Verb, arg: Value): string {
  const where = `${JSON.stringify(v.raw)} at ${v.offset}`;
  if (v.mode !== 'v' && arg === null) fail(fn, `unsupported value for ${where}: null value cannot be formatted`);
  switch (v.mode) {
    case 'v':
      if (!v.sharp && typeof arg === 'string') return padWidth(v, arg);
      if (!v.sharp && typeof arg === 'number') {
        if (!Number.isFinite(arg)) return padWidth(v, numStr(arg));
        return padWidth(v, (arg < 0 ? '-' : '') + fmtG(Math.abs(arg), -1, false));
      }
      return padWidth(v, jsonEncode(fn, arg));
    case 't':
      return toBool(fn, arg, `value for ${where}`) ? 'true' : 'false';
    case 'b':
    case 'd':
    case 'o':
    case 'x':
    case 'X':
      return formatInteger(fn, v, toNum(fn, arg, `value for ${where}`));
    case 'e':
    case 'E':
    case 'f':
    case 'g':
    case 'G':
      return formatFloat(v, toNum(fn, arg, `value for ${where}`));
    case 's':
    case 'q': {
      let s = toStr(fn, arg, `value for ${where}`);
      if (v.prec > 0) s = graphemes(s).slice(0, v.prec).join('');
      return padWidth(v, v.mode === 'q' ? jsonString(s) : s);
    }
    default:
      return fail(fn, `unsupported format verb ${JSON.stringify(v.mode)} in ${JSON.stringify(v.raw)} at offset ${v.offset}`);
  }
}

function formatString(fn: string, spec: string, args: Value[]): string {
  let out = '';
  let argNum = 1;
  let maxUsed = 0;
  let i = 0;
  while (i < spec.length) {
    const pct = spec.indexOf('%', i);
    if (pct < 0) {
      out += spec.slice(i);
      break;
    }
    out += spec.slice(i, pct);
    const invalid = (): never => fail(fn, `invalid format string starting at offset ${pct}`);
    let j = pct + 1;
    let flags = '';
    while (j < spec.length && ' +-0#'.includes(spec[j] as string)) flags += spec[j++];
    let index: number | undefined;
    const readIndex = (): void => {
      if (spec[j] !== '[') return;
      const im = /^\[(\d+)\]/.exec(spec.slice(j));
      if (!im) invalid();
      else {
        index = Number(im[1]);
        j += im[0].length;
      }
    };
    readIndex();
    let width = '';
    while (j < spec.length && /\d/.test(spec[j] as string)) width += spec[j++];
    let prec: string | undefined;
    if (spec[j] === '.') {
      j++;
      prec = '';
      while (j < spec.length && /\d/.test(spec[j] as string)) prec += spec[j++];
      if (prec === '') invalid();
    }
    readIndex();
    if (j >= spec.length) invalid();
    const mode = String.fromCodePoint(spec.codePointAt(j) as number);
    j += mode.length;
    const raw = spec.slice(pct, j);
    i = j;
    if (raw === '%%') {
      out += '%';
      continue;
    }
    if (index !== undefined) argNum = index;
    const verb: Verb = {
      raw,
      offset: pct,
      mode,
      minus: flags.includes('-'),
      plus: flags.includes('+'),
      space: flags.includes(' '),
      zero: flags.includes('0'),
      sharp: flags.includes('#'),
      width: width === '' ? -1 : Number(width),
      prec: prec === undefined ? -1 : Number(prec),
    };
    if (verb.width > MAX_WIDTH || verb.prec > MAX_WIDTH) fail(fn, `width or precision in ${JSON.stringify(raw)} is too large`);
    if (argNum < 1 || argNum > args.length) {
      fail(fn, `not enough arguments for ${JSON.stringify(raw)} at ${pct}: need index ${argNum} but have ${args.length} total`);
    }
    out += formatOne(fn, verb, args[argNum - 1] as Value);
    maxUsed = Math.max(maxUsed, argNum);
    argNum++;
  }
  if (maxUsed < args.length) fail(fn, `too many arguments; only ${maxUsed} used by format string`);
  return out;
}

def('format', {
  min: 1,
  max: Infinity,
  nullable: 'rest',
  impl: ([spec, ...args], fn) => formatString(fn, toStr(fn, spec as Value, 'format'), args),
});

def('formatlist', {
  min: 1,
  max: Infinity,
  unknowns: 'custom',
  nullable: 'rest',
  impl: ([spec, ...args], fn) => {
    const u = firstShallowUnknown([spec as Value, ...args]);
    if (u) return unknownFrom(fn, u);
    const format = toStr(fn, spec as Value, 'format');
    let length = -1;
    let chooser = -1;
    args.forEach((a, i) => {
      if (!Array.isArray(a)) return;
      if (length === -1) {
        length = a.length;
        chooser = i;
      } else if (a.length !== length) {
        fail(fn, `argument ${i + 2} has length ${a.length}, which is inconsistent with argument ${chooser + 2} of length ${length}`);
      }
    });
    if (length === -1) length = 1;
    const out: Value[] = [];
    for (let n = 0; n < length; n++) {
      const row = args.map((a) => (Array.isArray(a) ? (a[n] as Value) : a));
      const rowUnknown = firstDeepUnknown(row);
      if (rowUnknown) {
        out.push(unknownFrom(fn, rowUnknown));
        continue;
      }
      try {
        out.push(formatString(fn, format, row));
      } catch (e) {
        if (e instanceof FunctionError) fail(fn, `error on format iteration ${n}: ${e.message.replace(`${fn}: `, '')}`);
        throw e;
      }
    }
    return out;
  },
});

// ---------------------------------------------------------------------------------------------
// Encoding
// ---------------------------------------------------------------------------------------------

/** Go's encoding/json string escaping (HTML-safe, invalid UTF-16 replaced). */
function jsonString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22) out += '\\"';
    else if (c === 0x5c) out += '\\\\';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c === 0x09) out += '\\t';
    else if (c === 0x08) out += '\\b';
    else if (c === 0x0c) out += '\\f';
    else if (c < 0x20 || c === 0x3c || c === 0x3e || c === 0x26 || c === 0x2028 || c === 0x2029) {
      out += `\\u${c.toString(16).padStart(4, '0')}`;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += s[i] + (s[i + 1] as string);
        i++;
      } else out += '\\ufffd';
    } else if (c >= 0xdc00 && c <= 0xdfff) out += '\\ufffd';
    else out += s[i];
  }
  return `${out}"`;
}

function jsonEncode(fn: string, v: Value): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return jsonString(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) fail(fn, `cannot encode ${numStr(v)} as JSON`);
    return numStr(v);
  }
  if (isUnknown(v)) return fail(fn, 'cannot encode an unknown value');
  if (Array.isArray(v)) return `[${v.map((x) => jsonEncode(fn, x)).join(',')}]`;
  return `{${sortedKeys(v)
    .map((k) => `${jsonString(k)}:${jsonEncode(fn, v[k] as Value)}`)
    .join(',')}}`;
}

/** Any JS value (from a JSON or YAML parser) as a Value. */
function fromJs(x: unknown): Value {
  if (x === null || x === undefined) return null;
  if (typeof x === 'string' || typeof x === 'boolean') return x;
  if (typeof x === 'number') return x;
  if (typeof x === 'bigint') return Number(x);
  if (Array.isArray(x)) return x.map(fromJs);
  if (x instanceof Map) {
    const out: ValueObject = {};
    for (const [k, v] of x) put(out, typeof k === 'string' ? k : typeof k === 'object' && k !== null ? JSON.stringify(k) : String(k), fromJs(v));
    return out;
  }
  if (x instanceof Set) return [...x].map(fromJs);
  if (x instanceof Date) return x.toISOString();
  if (x instanceof Uint8Array) return Buffer.from(x).toString('base64');
  if (typeof x === 'object') {
    const out: ValueObject = {};
    for (const k of Object.keys(x)) put(out, k, fromJs((x as Record<string, unknown>)[k]));
    return out;
  }
  return String(x);
}

/** A copy of a value with every unknown replaced by null (to check what the known part encodes to). */
function withoutUnknowns(v: Value): Value {
  if (isUnknown(v)) return null;
  if (Array.isArray(v)) return v.map(withoutUnknowns);
  if (isObject(v)) {
    const out: ValueObject = {};
    for (const k of Object.keys(v)) put(out, k, withoutUnknowns(v[k] as Value));
    return out;
  }
  return v;
}

// An unknown inside the value stays inside: the text is unknown, what it decodes to is the value
// itself (a policy whose Resource is known after apply still has a literal Effect and Action).
def('jsonencode', {
  min: 1,
  max: 1,
  nullable: [0],
  unknowns: 'custom',
  impl: ([v], fn) => {
    const value = v as Value;
    if (isUnknown(value)) return unknownFrom(fn, value);
    const inner = firstUnknown(value);
    if (!inner) return jsonEncode(fn, value);
    jsonEncode(fn, withoutUnknowns(value));
    return unknownJson(`${fn}(${inner.reason})`, value);
  },
});

const decodeJson = str1((s, fn) => {
  try {
    return fromJs(JSON.parse(s));
  } catch (e) {
    return fail(fn, `invalid JSON: ${(e as Error).message}`);
  }
});
def('jsondecode', {
  ...decodeJson,
  unknowns: 'custom',
  impl: (args, fn) => {
    const [text] = args;
    if (isUnknown(text)) return text.json ?? unknownFrom(fn, text);
    const inner = firstUnknown(text as Value);
    return inner ? unknownFrom(fn, inner) : decodeJson.impl(args, fn);
  },
});

function toYamlJs(v: Value): unknown {
  if (Array.isArray(v)) return v.map(toYamlJs);
  if (isObject(v)) return new Map(sortedKeys(v).map((k) => [k, toYamlJs(v[k] as Value)]));
  return v;
}

def('yamlencode', {
  min: 1,
  max: 1,
  nullable: [0],
  impl: ([v], fn) => {
    if (typeof v === 'number' && !Number.isFinite(v)) fail(fn, `cannot encode ${numStr(v)} as YAML`);
    return yamlStringify(toYamlJs(v as Value), {
      defaultStringType: 'QUOTE_DOUBLE',
      defaultKeyType: 'QUOTE_DOUBLE',
      indentSeq: false,
      lineWidth: 0,
    });
  },
});

def(
  'yamldecode',
  str1((s, fn) => {
    try {
      return fromJs(yamlParse(s, { mapAsMap: true, maxAliasCount: 100 }));
    } catch (e) {
      return fail(fn, `invalid YAML: ${(e as Error).message}`);
    }
  }),
);

def('base64encode', str1((s) => Buffer.from(s, 'utf8').toString('base64')));

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const utf8 = new TextDecoder('utf-8', { fatal: true });
def(
  'base64decode',
  str1((s, fn) => {
    const clean = s.replace(/[\r\n]/g, '');
    if (!BASE64.test(clean)) fail(fn, 'failed to decode base64 data: the string is not valid base64');
    try {
      return utf8.decode(Buffer.from(clean, 'base64'));
    } catch {
      return fail(fn, 'the result of decoding the provided string is not valid UTF-8');
    }
  }),
);

def(
  'urlencode',
  str1((s) => {
    let out = '';
    for (const b of Buffer.from(s, 'utf8')) {
      const ch = String.fromCharCode(b);
      if (/[A-Za-z0-9\-_.~]/.test(ch)) out += ch;
      else if (b === 0x20) out += '+';
      else out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return out;
  }),
);

/** Go's encoding/csv (default settings): returns records. */
function parseCsv(fn: string, s: string): string[][] {
  const records: string[][] = [];
  let i = 0;
  let line = 1;
  const text = s.replace(/\r\n/g, '\n');
  while (i < text.length) {
    if (text[i] === '\n') {
      i++;
      line++;
      continue; // empty lines are skipped
    }
    const record: string[] = [];
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= text.length) fail(fn, `CSV parse error on line ${line}: extraneous or missing " in quoted-field`);
          const c = text[i] as string;
          if (c === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
            } else {
              i++;
              break;
            }
          } else {
            if (c === '\n') line++;
            field += c;
            i++;
          }
        }
        if (i < text.length && text[i] !== ',' && text[i] !== '\n') fail(fn, `CSV parse error on line ${line}: extraneous or missing " in quoted-field`);
      } else {
        while (i < text.length && text[i] !== ',' && text[i] !== '\n') {
          if (text[i] === '"') fail(fn, `CSV parse error on line ${line}: bare " in non-quoted-field`);
          field += text[i];
          i++;
        }
      }
      record.push(field);
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '\n') {
        i++;
        line++;
      }
      break;
    }
    if (records.length > 0 && record.length !== (records[0] as string[]).length) {
      fail(fn, `CSV parse error on line ${line - 1}: wrong number of fields`);
    }
    records.push(record);
  }
  return records;
}

def(
  'csvdecode',
  str1((s, fn) => {
    const [header, ...rows] = parseCsv(fn, s);
    if (!header) return fail(fn, 'missing header line');
    return rows.map((row) => {
      const out: ValueObject = {};
      header.forEach((h, i) => put(out, h, row[i] ?? ''));
      return out;
    });
  }),
);

const hash = (algorithm: string, encoding: 'hex' | 'base64') => str1((s) => createHash(algorithm).update(s, 'utf8').digest(encoding));
def('md5', hash('md5', 'hex'));
def('sha1', hash('sha1', 'hex'));
def('sha256', hash('sha256', 'hex'));
def('sha512', hash('sha512', 'hex'));
def('base64sha256', hash('sha256', 'base64'));
def('base64sha512', hash('sha512', 'base64'));

const UUID_NAMESPACES: Record<string, string> = {
  dns: '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
  url: '6ba7b811-9dad-11d1-80b4-00c04fd430c8',
  oid: '6ba7b812-9dad-11d1-80b4-00c04fd430c8',
  x500: '6ba7b814-9dad-11d1-80b4-00c04fd430c8',
};
def(
  'uuidv5',
  str2(['namespace', 'name'], (ns, name, fn) => {
    const nsText = hasOwn(UUID_NAMESPACES, ns) ? (UUID_NAMESPACES[ns] as string) : ns;
    const hex = nsText.replace(/^urn:uuid:/i, '').replace(/^\{|\}$/g, '').replace(/-/g, '');
    if (!/^[0-9a-fA-F]{32}$/.test(hex) || !(hasOwn(UUID_NAMESPACES, ns) || /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(ns))) {
      fail(fn, `namespace ${JSON.stringify(ns)} is not "dns", "url", "oid", "x500" or a UUID`);
    }
    const bytes = createHash('sha1').update(Buffer.from(hex, 'hex')).update(name, 'utf8').digest().subarray(0, 16);
    bytes[6] = ((bytes[6] as number) & 0x0f) | 0x50;
    bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
    const h = bytes.toString('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }),
);

// ---------------------------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------------------------

const num1 = (impl: (n: number) => number): Spec => ({ min: 1, max: 1, impl: ([v], fn) => impl(toNum(fn, v as Value, 'argument')) });
def('abs', num1(Math.abs));
def('ceil', num1(Math.ceil));
def('floor', num1(Math.floor));
def('signum', num1((n) => (n > 0 ? 1 : n < 0 ? -1 : 0)));

def('min', { min: 1, max: Infinity, impl: (args, fn) => Math.min(...args.map((a, i) => toNum(fn, a, argLabel(i)))) });
def('max', { min: 1, max: Infinity, impl: (args, fn) => Math.max(...args.map((a, i) => toNum(fn, a, argLabel(i)))) });
def('pow', { min: 2, max: 2, impl: ([a, b], fn) => Math.pow(toNum(fn, a as Value, 'base'), toNum(fn, b as Value, 'exponent')) });
def('log', { min: 2, max: 2, impl: ([a, b], fn) => Math.log(toNum(fn, a as Value, 'num')) / Math.log(toNum(fn, b as Value, 'base')) });

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
def('parseint', {
  min: 2,
  max: 2,
  impl: ([s, b], fn) => {
    const base = toInt(fn, b as Value, 'base');
    if (base < 2 || base > 62) fail(fn, `base must be a whole number between 2 and 62 inclusive, got ${base}`);
    const text = toStr(fn, s as Value, 'number');
    const m = /^([-+]?)(.+)$/s.exec(text);
    if (!m) return fail(fn, `cannot parse ${JSON.stringify(text)} as a base ${base} integer`);
    let n = 0n;
    for (const ch of m[2] as string) {
      let d = DIGITS.indexOf(base <= 36 ? ch.toLowerCase() : ch);
      if (ch.length !== 1 || d < 0 || d >= base) d = -1;
      if (d < 0) fail(fn, `cannot parse ${JSON.stringify(text)} as a base ${base} integer`);
      n = n * BigInt(base) + BigInt(d);
    }
    return Number(m[1] === '-' ? -n : n);
  },
});

// ---------------------------------------------------------------------------------------------
// IP networks
// ---------------------------------------------------------------------------------------------

interface Network {
  ip: bigint;
  prefix: number;
  bits: 32 | 128;
}

function parseIPv4(s: string): bigint | undefined {
  const parts = s.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return undefined;
  return parts.reduce((acc, p) => (acc << 8n) | BigInt(Number(p)), 0n);
}

function parseIPv6(s: string): bigint | undefined {
  let text = s;
  const lastColon = text.lastIndexOf(':');
  if (lastColon < 0) return undefined;
  if (text.slice(lastColon + 1).includes('.')) {
    const v4 = parseIPv4(text.slice(lastColon + 1));
    if (v4 === undefined) return undefined;
    text = `${text.slice(0, lastColon + 1)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const parse = (h: string): (bigint | undefined)[] =>
    h === '' ? [] : h.split(':').map((g) => (/^[0-9a-fA-F]{1,4}$/.test(g) ? BigInt(parseInt(g, 16)) : undefined));
  const head = parse(halves[0] as string);
  const rest = halves.length === 2 ? parse(halves[1] as string) : [];
  if ([...head, ...rest].some((g) => g === undefined)) return undefined;
  const count = head.length + rest.length;
  if (halves.length === 2 ? count > 7 : count !== 8) return undefined;
  const groups = [...head, ...Array<bigint>(8 - count).fill(0n), ...rest] as bigint[];
  return groups.reduce((acc, g) => (acc << 16n) | g, 0n);
}

function parseCidr(fn: string, v: Value): Network {
  const s = toStr(fn, v, 'prefix');
  const m = /^([^/]+)\/(\d{1,3})$/.exec(s);
  const fourth = m ? parseIPv4(m[1] as string) : undefined;
  const sixth = m && fourth === undefined ? parseIPv6(m[1] as string) : undefined;
  const bits = fourth !== undefined ? 32 : 128;
  const prefix = m ? Number(m[2]) : NaN;
  const ip = fourth ?? sixth;
  if (!m || ip === undefined || prefix > bits) fail(fn, `invalid CIDR expression: ${JSON.stringify(s)}`);
  const hostBits = BigInt(bits - prefix);
  return { ip: (ip >> hostBits) << hostBits, prefix, bits };
}

function formatIp(ip: bigint, bits: 32 | 128): string {
  if (bits === 32) return [24n, 16n, 8n, 0n].map((s) => String((ip >> s) & 0xffn)).join('.');
  const groups = Array.from({ length: 8 }, (_, i) => Number((ip >> BigInt((7 - i) * 16)) & 0xffffn));
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best < 0) return hex.join(':');
  return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLen).join(':')}`;
}

function toBigInt(fn: string, v: Value, what: string): bigint {
  return BigInt(toInt(fn, v, what));
}

function subnet(fn: string, net: Network, newbits: number, netnum: bigint): string {
  if (newbits < 0) fail(fn, 'newbits must not be negative');
  const newPrefix = net.prefix + newbits;
  if (newPrefix > net.bits) fail(fn, `insufficient address space to extend prefix of ${net.prefix} by ${newbits}`);
  if (netnum < 0n || netnum >= 1n << BigInt(newbits)) fail(fn, `prefix extension of ${newbits} does not accommodate a subnet numbered ${netnum}`);
  const ip = net.ip | (netnum << BigInt(net.bits - newPrefix));
  return `${formatIp(ip, net.bits)}/${newPrefix}`;
}

def('cidrsubnet', {
  min: 3,
  max: 3,
  impl: ([p, nb, nn], fn) => subnet(fn, parseCidr(fn, p as Value), toInt(fn, nb as Value, 'newbits'), toBigInt(fn, nn as Value, 'netnum')),
});

def('cidrhost', {
  min: 2,
  max: 2,
  impl: ([p, hn], fn) => {
    const net = parseCidr(fn, p as Value);
    let host = toBigInt(fn, hn as Value, 'hostnum');
    const size = 1n << BigInt(net.bits - net.prefix);
    if (host < -size || host >= size) fail(fn, `prefix of ${net.prefix} does not accommodate a host numbered ${host}`);
    if (host < 0n) host += size;
    return formatIp(net.ip | host, net.bits);
  },
});

def('cidrnetmask', {
  min: 1,
  max: 1,
  impl: ([p], fn) => {
    const net = parseCidr(fn, p as Value);
    if (net.bits !== 32) fail(fn, 'only IPv4 networks have a netmask');
    return formatIp(((1n << 32n) - 1n) ^ ((1n << BigInt(32 - net.prefix)) - 1n), 32);
  },
});

def('cidrsubnets', {
  min: 1,
  max: Infinity,
  impl: ([p, ...bits], fn) => {
    const net = parseCidr(fn, p as Value);
    const end = net.ip + (1n << BigInt(net.bits - net.prefix));
    let cursor = net.ip;
    return bits.map((b, i) => {
      const newbits = toInt(fn, b, argLabel(i + 1));
      if (newbits < 1) fail(fn, `${argLabel(i + 1)} must extend the prefix by at least one bit`);
      const len = net.prefix + newbits;
      if (len > net.bits) fail(fn, `${argLabel(i + 1)} would extend the prefix to ${len} bits, which is too long for an IPv${net.bits === 32 ? 4 : 6} address`);
      const size = 1n << BigInt(net.bits - len);
      const start = ((cursor + size - 1n) / size) * size;
      if (start + size > end) fail(fn, `not enough remaining address space for a subnet with a prefix of ${len} bits`);
      cursor = start + size;
      return `${formatIp(start, net.bits)}/${len}`;
    });
  },
});

// ---------------------------------------------------------------------------------------------
// Paths (pure string functions)
// ---------------------------------------------------------------------------------------------

function cleanPath(p: string): string {
  if (p === '') return '.';
  const rooted = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
    } else out.push(part);
  }
  const joined = out.join('/');
  return rooted ? `/${joined}` : joined || '.';
}

def(
  'basename',
  str1((p) => {
    if (p === '') return '.';
    const trimmed = p.replace(/\/+$/, '');
    if (trimmed === '') return '/';
    return trimmed.slice(trimmed.lastIndexOf('/') + 1);
  }),
);
def('dirname', str1((p) => cleanPath(p.slice(0, p.lastIndexOf('/') + 1))));

// ---------------------------------------------------------------------------------------------
// Not evaluated: non-deterministic or filesystem functions
// ---------------------------------------------------------------------------------------------

function opaque(names: string[], min: number, max: number, why: string): void {
  for (const name of names) {
    def(name, { min, max, unknowns: 'custom', nullable: 'all', impl: () => unknown(`${name}() ${why}`) });
  }
}

opaque(['uuid'], 0, 0, 'is random: known only after apply');
opaque(['timestamp', 'plantimestamp'], 0, 0, 'reads the clock: known only after apply');
opaque(['bcrypt'], 1, 2, 'uses a random salt: known only after apply');
opaque(['file', 'filebase64', 'fileexists', 'filemd5', 'filesha1', 'filesha256', 'filesha512', 'filebase64sha256', 'filebase64sha512', 'abspath', 'pathexpand'], 1, 1, 'needs the filesystem: not evaluated');
opaque(['fileset', 'templatefile'], 2, 2, 'needs the filesystem: not evaluated');

// ---------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------

export const TERRAFORM_FUNCTIONS: ReadonlyMap<string, TfFunction> = new Map(
  [...SPECS].map(([name, spec]): [string, TfFunction] => [name, (args) => invoke(name, spec, args)]),
);

/**
 * Calls a Terraform function. Functions that are not evaluated here (provider functions,
 * `try`/`can`, anything unlisted) yield an `Unknown`; argument errors throw `FunctionError`.
 */
export function callFunction(name: string, args: Value[]): Value {
  const spec = SPECS.get(name);
  if (!spec) return unknown(`function ${name} is not evaluated`);
  return invoke(name, spec, args);
}
