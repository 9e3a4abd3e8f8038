// Guard data files in YAML, read as cfn-guard 3.1.1 reads them (observed on the binary), which is not
// how CloudFormation reads a template:
// - plain scalars: `~`/`null`/`Null`/`NULL` are null, only `true`/`false` are booleans, decimal
//   integers (`0777` is 777) and floats (`1e3`, `1.`, `.5`; a float stays a float: `1.0` is_float),
//   everything else a string — `yes`, `True`, `0x1F`, `1_000` and an empty value (`Key:`) included;
//   `inf`/`nan` make the file unreadable;
// - short-form tags: a scalar tagged `!Ref`, `!Condition`, `!GetAtt`, `!Sub`, `!Base64`, `!GetAZs`,
//   `!ImportValue` or `!RefAll` becomes `{Ref: text}` / `{"Fn::X": text}` (`!GetAtt a.b` keeps its
//   text unsplit); a sequence tagged `!GetAtt`, `!Sub`, `!Select`, `!Join`, `!If`, `!Equals`,
//   `!Not`, `!And`, `!Or`, `!FindInMap`, `!Split`, `!Contains`, `!EachMemberIn`,
//   `!EachMemberEquals` or `!ValueOf` becomes `{"Fn::X": [...]}`; any other tag, and any tagged
//   mapping, leaves the value as written (`!Cidr [a, b]` is the list). A tagged scalar is text.
// - `<<` is an ordinary key.
// `cfn-guard test` reads its test files with YAML 1.2's core scalars instead (`True` is a boolean,
// an empty value null, `0x1F` an integer) and the same tags.
import jsYaml from 'js-yaml';
import { TEMPLATE_LIMITS, type TemplateLimits } from '../inputs/cloudformation/limits.js';
import { GuardFloat } from './ast.js';

const { Type, FAILSAFE_SCHEMA } = jsYaml;

const SCALAR_FUNCTIONS = new Set(['Ref', 'Condition', 'GetAtt', 'Sub', 'Base64', 'GetAZs', 'ImportValue', 'RefAll']);
const SEQUENCE_FUNCTIONS = new Set(['GetAtt', 'Sub', 'Select', 'Join', 'If', 'Equals', 'Not', 'And', 'Or', 'FindInMap', 'Split', 'Contains', 'EachMemberIn', 'EachMemberEquals', 'ValueOf']);

const longForm = (name: string): string => (name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`);

const INTEGER = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$/;
const NOT_FINITE = /^[-+]?(?:inf|infinity|nan)$/i;

/** A written null, told apart from an empty node (which the library also gives as null) until the fix-up. */
const WRITTEN_NULL = Object.freeze({});
const nullType = new Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (data) => data === '~' || data === 'null' || data === 'Null' || data === 'NULL',
  construct: () => WRITTEN_NULL,
});
const boolType = new Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (data) => data === 'true' || data === 'false',
  construct: (data: string) => data === 'true',
});
const intType = new Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (data) => typeof data === 'string' && INTEGER.test(data),
  construct: (data: string) => Number(data) || 0,
});
const floatType = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (data) => typeof data === 'string' && (FLOAT.test(data) || NOT_FINITE.test(data)),
  construct: (data: string) => {
    if (NOT_FINITE.test(data)) throw new Error(`${data} is not a finite number (cfn-guard cannot read it)`);
    return new GuardFloat(Number(data));
  },
});

const taggedTypes = (['scalar', 'sequence', 'mapping'] as const).map(
  (kind) =>
    new Type('!', {
      kind,
      multi: true,
      construct: (data: unknown, tag?: string) => {
        const name = (tag ?? '!').slice(1);
        if (kind === 'scalar') {
          const text = (data as string | null) ?? '';
          return SCALAR_FUNCTIONS.has(name) ? { [longForm(name)]: text } : text;
        }
        if (kind === 'sequence' && SEQUENCE_FUNCTIONS.has(name)) return { [longForm(name)]: data };
        return data;
      },
    }),
);

const GUARD_DATA_SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: [nullType, boolType, intType, floatType], explicit: taggedTypes });

const CORE_NULL = /^(?:~|null|Null|NULL|)$/;
const CORE_BOOL = /^(?:true|True|TRUE|false|False|FALSE)$/;
const CORE_INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const CORE_FLOAT = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

const TEST_FILE_SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: [
    new Type('tag:yaml.org,2002:null', { kind: 'scalar', resolve: (data) => data === null || (typeof data === 'string' && CORE_NULL.test(data)), construct: () => null }),
    new Type('tag:yaml.org,2002:bool', { kind: 'scalar', resolve: (data) => typeof data === 'string' && CORE_BOOL.test(data), construct: (data: string) => data.toLowerCase() === 'true' }),
    new Type('tag:yaml.org,2002:int', {
      kind: 'scalar',
      resolve: (data) => typeof data === 'string' && CORE_INT.test(data),
      construct: (data: string) => (data.startsWith('0o') ? Number.parseInt(data.slice(2), 8) : Number(data) || 0),
    }),
    new Type('tag:yaml.org,2002:float', {
      kind: 'scalar',
      resolve: (data) => typeof data === 'string' && CORE_FLOAT.test(data),
      construct: (data: string) => new GuardFloat(/nan/i.test(data) ? Number.NaN : /inf/i.test(data) ? (data.startsWith('-') ? -Infinity : Infinity) : Number(data)),
    }),
  ],
  explicit: taggedTypes,
});

/** Empty nodes become the empty string and written nulls null, in place. */
function emptyIsText(value: unknown): unknown {
  if (value === null) return '';
  if (value === WRITTEN_NULL) return null;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) value[index] = emptyIsText(value[index]);
  } else if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const map = value as Record<string, unknown>;
    for (const key in map) map[key] = emptyIsText(map[key]);
  }
  return value;
}

/**
 * Parses YAML as cfn-guard does: a data file (`validate`), or a unit-test file (`test`). Throws
 * (a js-yaml error with its mark) when it cannot.
 */
export function loadGuardYaml(text: string, kind: 'data' | 'test' = 'data', limits: TemplateLimits = TEMPLATE_LIMITS): unknown {
  if (text.length > limits.bytes) throw limitError(`the file is larger than ${limits.bytes} characters`, 0, 0);
  const listener = boundedComposition(limits);
  if (kind === 'test') return jsYaml.load(text, { schema: TEST_FILE_SCHEMA, json: true, listener });
  return emptyIsText(jsYaml.load(text, { schema: GUARD_DATA_SCHEMA, json: true, listener }));
}

interface ComposerState {
  input: string;
  position: number;
  line: number;
  lineStart: number;
  result: unknown;
}

/**
 * The template reader's limits, kept while js-yaml composes the document: nodes, nesting, and what aliases
 * would expand to. js-yaml gives an alias the anchored object itself, so a "billion laughs" file loads small and
 * explodes in whatever walks it next (the rules, the empty-value pass): it is refused here, counted by the size of
 * each aliased subtree, before anything walks it.
 */
function boundedComposition(limits: TemplateLimits): (event: 'open' | 'close', state: ComposerState) => void {
  const sizes = new WeakMap<object, number>();
  const openAliases: boolean[] = [];
  let nodes = 0;
  let aliases = 0;
  let expanded = 0;
  const sizeOf = (value: unknown): number => {
    if (value === null || typeof value !== 'object') return 1;
    const known = sizes.get(value);
    if (known !== undefined) return known;
    let size = 1;
    for (const child of Array.isArray(value) ? value : Object.values(value)) size += sizeOf(child);
    sizes.set(value, size);
    return size;
  };
  return (event, state) => {
    const at = (): [number, number] => [state.line, Math.max(0, state.position - state.lineStart)];
    if (event === 'open') {
      openAliases.push(state.input.charCodeAt(state.position) === 0x2a /* * */);
      if (++nodes > limits.nodes) throw limitError(`more than ${limits.nodes} nodes`, ...at());
      if (openAliases.length > limits.depth) throw limitError(`nested deeper than ${limits.depth} levels`, ...at());
      return;
    }
    if (openAliases.pop() === true) {
      aliases += 1;
      expanded += sizeOf(state.result);
      if (aliases > limits.aliases) throw limitError(`more than ${limits.aliases} aliases`, ...at());
      if (expanded > limits.aliasNodes) throw limitError(`aliases expand to more than ${limits.aliasNodes} nodes`, ...at());
    } else if (state.result !== null && typeof state.result === 'object') {
      sizeOf(state.result);
    }
  };
}

/** Shaped as js-yaml's own errors (`reason`, zero-based `mark`), which the readers report with a line. */
function limitError(reason: string, line: number, column: number): Error {
  return Object.assign(new Error(reason), { reason, mark: { line, column } });
}
