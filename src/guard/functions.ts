// Guard 3.x built-in functions (shared/reference/iac-anchors.md §4.5). Each takes the evaluated
// arguments (query results) and returns query results; values a function cannot use are dropped.
import { parse as parseYaml } from 'yaml';
import { GuardFloat, GuardRegex, compileRustRegex } from './ast.js';
import { isInt, resolved, type QueryResult, type Resolved } from './values.js';

export class GuardEvalError extends Error {
  override name = 'GuardEvalError';
}

type GuardFunction = (args: QueryResult[][]) => QueryResult[];

function values(results: QueryResult[] | undefined): Resolved[] {
  return (results ?? []).filter((result): result is Resolved => result.resolved);
}

function single(name: string, results: QueryResult[] | undefined, what: string): unknown {
  const found = values(results);
  if (found.length !== 1) throw new GuardEvalError(`${name}: expected one ${what}, got ${found.length}`);
  const value = found[0]!.value;
  return value instanceof GuardFloat ? value.value : value;
}

/** Applies `convert` to each value of the first argument; undefined drops the value. */
function mapEach(args: QueryResult[][], convert: (value: unknown) => unknown): QueryResult[] {
  const out: QueryResult[] = [];
  for (const item of values(args[0])) {
    const converted = convert(item.value instanceof GuardFloat ? item.value.value : item.value);
    if (converted !== undefined) out.push(resolved(item.path, converted));
  }
  return out;
}

function rustReplacement(replacement: string): string {
  // Rust's `${1}` and `$1` are JavaScript's `$1`; `$$` is a literal dollar in both.
  return replacement.replace(/\$\{(\w+)\}/g, (_all, group: string) => (/^\d+$/.test(group) ? `$${group}` : `$<${group}>`));
}

function parseIntStrict(name: string, value: unknown): number | undefined {
  if (typeof value === 'string') {
    if (!/^\s*[-+]?\d+\s*$/.test(value)) throw new GuardEvalError(`${name}: cannot parse ${JSON.stringify(value)} as an integer`);
    return Number.parseInt(value, 10);
  }
  if (typeof value === 'number') return Math.trunc(value);
  return undefined;
}

const FUNCTIONS: Record<string, GuardFunction> = {
  count: (args) => [resolved('', values(args[0]).length)],
  json_parse: (args) =>
    mapEach(args, (value) => {
      if (typeof value !== 'string') return undefined;
      try {
        return parseYaml(value) as unknown;
      } catch (error) {
        throw new GuardEvalError(`json_parse: ${(error as Error).message}`);
      }
    }),
  regex_replace: (args) => {
    const pattern = single('regex_replace', args[1], 'pattern');
    const replacement = single('regex_replace', args[2], 'replacement');
    const regex = pattern instanceof GuardRegex ? pattern.regex : typeof pattern === 'string' ? compileRustRegex(pattern) : undefined;
    if (!regex || typeof replacement !== 'string') throw new GuardEvalError('regex_replace: expected a regex or string pattern and a string replacement');
    return mapEach(args, (value) => (typeof value === 'string' ? value.replace(regex, rustReplacement(replacement)) : undefined));
  },
  join: (args) => {
    const delimiter = single('join', args[1], 'delimiter');
    if (typeof delimiter !== 'string') throw new GuardEvalError('join: the delimiter must be a string');
    const parts = values(args[0])
      .map((item) => item.value)
      .filter((value): value is string => typeof value === 'string');
    return [resolved('', parts.join(delimiter))];
  },
  substring: (args) => {
    const start = single('substring', args[1], 'start index');
    const end = single('substring', args[2], 'end index');
    if (typeof start !== 'number' || typeof end !== 'number') throw new GuardEvalError('substring: the indexes must be numbers');
    return mapEach(args, (value) => {
      if (typeof value !== 'string') return undefined;
      if (start > end || end > value.length) return undefined;
      return value.slice(start, end);
    });
  },
  to_upper: (args) => mapEach(args, (value) => (typeof value === 'string' ? value.toUpperCase() : undefined)),
  to_lower: (args) => mapEach(args, (value) => (typeof value === 'string' ? value.toLowerCase() : undefined)),
  url_decode: (args) =>
    mapEach(args, (value) => {
      if (typeof value !== 'string') return undefined;
      try {
        return decodeURIComponent(value.replace(/\+/g, ' '));
      } catch {
        throw new GuardEvalError(`url_decode: cannot decode ${JSON.stringify(value)}`);
      }
    }),
  parse_int: (args) => mapEach(args, (value) => parseIntStrict('parse_int', value)),
  parse_float: (args) =>
    mapEach(args, (value) => {
      if (typeof value === 'number') return new GuardFloat(value);
      if (typeof value !== 'string') return undefined;
      const parsed = Number(value.trim());
      if (value.trim() === '' || Number.isNaN(parsed)) throw new GuardEvalError(`parse_float: cannot parse ${JSON.stringify(value)} as a number`);
      return new GuardFloat(parsed);
    }),
  parse_string: (args) =>
    mapEach(args, (value) => {
      if (typeof value === 'string') return value;
      if (typeof value === 'number' || typeof value === 'boolean') return String(value);
      return undefined;
    }),
  parse_boolean: (args) =>
    mapEach(args, (value) => {
      if (typeof value === 'boolean') return value;
      if (typeof value !== 'string') return undefined;
      const lower = value.toLowerCase();
      if (lower === 'true') return true;
      if (lower === 'false') return false;
      throw new GuardEvalError(`parse_boolean: cannot parse ${JSON.stringify(value)} as a boolean`);
    }),
  parse_char: (args) =>
    mapEach(args, (value) => {
      if (typeof value === 'number' && isInt(value) && value >= 0 && value <= 9) return String(value);
      if (typeof value === 'string') {
        if ([...value].length !== 1) throw new GuardEvalError(`parse_char: ${JSON.stringify(value)} is not a single character`);
        return value;
      }
      return undefined;
    }),
  parse_epoch: (args) =>
    mapEach(args, (value) => {
      if (typeof value !== 'string') return undefined;
      if (!/^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.test(value)) throw new GuardEvalError(`parse_epoch: ${JSON.stringify(value)} is not an RFC 3339 date-time`);
      return Math.floor(Date.parse(value) / 1000);
    }),
  now: () => [resolved('', Math.floor(Date.now() / 1000))],
};

export function callFunction(name: string, args: QueryResult[][]): QueryResult[] {
  const fn = FUNCTIONS[name];
  if (!fn) throw new GuardEvalError(`unknown function ${name}`);
  return fn(args);
}

