import type { Value, ValueObject } from '../../model/value.js';
import { isObject } from '../../model/value.js';

/** How a template file is written, so inserted text looks like its neighbours. */
export interface TextStyle {
  /** A JSON template (its first character opens an object): keys and strings are quoted. */
  json: boolean;
  eol: '\n' | '\r\n';
  /** One level of indentation: `'  '`, `'    '`, or `'\t'` (JSON only; YAML forbids tabs). */
  unit: string;
  /** YAML: how far a block sequence's dash stands right of its key (`Key:\n  - a` is 2, `Key:\n- a` is 0). */
  sequenceIndent: string;
  /** YAML: the file writes intrinsics in short form (`!Ref X`), so inserted ones are too. */
  shortForms: boolean;
}

export const INTRINSIC_KEY = /^(Ref|Condition|Fn::.+)$/;

/** `{ Ref: X }`, `{ 'Fn::If': [...] }`: a one-key map whose key names an intrinsic function. */
export function intrinsicName(value: Value): string | undefined {
  if (!isObject(value)) return undefined;
  const keys = Object.keys(value);
  return keys.length === 1 && INTRINSIC_KEY.test(keys[0] as string) ? keys[0] : undefined;
}

const RESERVED_PLAIN = /^(true|false|yes|no|on|off|y|n|null|~)$/i;
const SAFE_PLAIN = /^[A-Za-z_/][A-Za-z0-9_./-]*$/;

/** A string as YAML reads it back unchanged: plain when that is unambiguous, else double-quoted. */
function yamlString(text: string): string {
  return SAFE_PLAIN.test(text) && !RESERVED_PLAIN.test(text) ? text : JSON.stringify(text);
}

/**
 * In block context a plain scalar may hold colons not followed by a space (`AWS::EC2::FlowLog`,
 * `aws:kms`); in flow context older YAML 1.1 readers refuse them, so flow values stay quoted.
 */
const SAFE_BLOCK_PLAIN = /^[A-Za-z_/][A-Za-z0-9_./:-]*$/;

function blockValue(value: Value, style: TextStyle): string {
  if (typeof value === 'string' && SAFE_BLOCK_PLAIN.test(value) && !value.endsWith(':') && !RESERVED_PLAIN.test(value)) return value;
  return renderInline(value, style);
}

function yamlScalar(value: Value): string {
  if (typeof value === 'string') return yamlString(value);
  if (value === null) return 'null';
  return String(value);
}

/** `!Ref X` or `!GetAtt A.B` when the file uses short forms and the value is such a reference. */
function shortForm(value: Value, style: TextStyle): string | undefined {
  if (!style.shortForms || !isObject(value)) return undefined;
  const name = intrinsicName(value);
  const argument = name === undefined ? undefined : value[name];
  if (name === 'Ref' && typeof argument === 'string') return `!Ref ${yamlString(argument)}`;
  if (name === 'Fn::GetAtt' && Array.isArray(argument) && argument.length === 2 && argument.every((part) => typeof part === 'string')) {
    return `!GetAtt ${yamlString(argument.join('.'))}`;
  }
  return undefined;
}

function isEmptyCollection(value: Value): boolean {
  return (Array.isArray(value) && value.length === 0) || (isObject(value) && Object.keys(value).length === 0);
}

/** A value on one line, in YAML flow style or compact JSON. */
export function renderInline(value: Value, style: TextStyle): string {
  if (style.json) return jsonInline(value);
  const short = shortForm(value, style);
  if (short !== undefined) return short;
  if (Array.isArray(value)) return `[${value.map((item) => renderInline(item, style)).join(', ')}]`;
  if (isObject(value)) {
    const entries = Object.entries(value as ValueObject);
    if (entries.length === 0) return '{}';
    return `{ ${entries.map(([key, item]) => `${yamlString(key)}: ${renderInline(item, style)}`).join(', ')} }`;
  }
  return yamlScalar(value);
}

/** Compact JSON with a space after each colon and comma, as hand-written one-line objects have. */
function jsonInline(value: Value): string {
  if (Array.isArray(value)) return `[${value.map(jsonInline).join(', ')}]`;
  if (isObject(value)) return `{${Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${jsonInline(item)}`).join(', ')}}`;
  return JSON.stringify(value);
}

/** A JSON value whose lines after the first are indented from `indent` (where its first line stands). */
export function renderJson(value: Value, indent: string, style: TextStyle): string {
  return JSON.stringify(value, null, style.unit).split('\n').join(style.eol + indent);
}

/** Fits after `key: ` on the key's own line. */
function fitsOnKeyLine(value: Value, style: TextStyle): boolean {
  return (typeof value !== 'object' || value === null || isEmptyCollection(value) || shortForm(value, style) !== undefined);
}

/** YAML block lines for `key: value` with the key at `indent`. */
export function renderBlockEntry(key: string, value: Value, indent: string, style: TextStyle): string[] {
  const head = `${indent}${yamlString(key)}:`;
  if (fitsOnKeyLine(value, style)) return [`${head} ${blockValue(value, style)}`];
  if (Array.isArray(value)) return [head, ...value.flatMap((item) => renderSequenceItem(item, indent + style.sequenceIndent, style))];
  return [head, ...Object.entries(value as ValueObject).flatMap(([child, item]) => renderBlockEntry(child, item, indent + style.unit, style))];
}

/** YAML block lines for one sequence item with its dash at `dashIndent`. */
export function renderSequenceItem(item: Value, dashIndent: string, style: TextStyle): string[] {
  if (isObject(item) && !fitsOnKeyLine(item, style)) {
    const inner = `${dashIndent}  `;
    const lines = Object.entries(item).flatMap(([key, value]) => renderBlockEntry(key, value, inner, style));
    lines[0] = `${dashIndent}- ${(lines[0] as string).slice(inner.length)}`;
    return lines;
  }
  return [`${dashIndent}- ${blockValue(item, style)}`];
}

/** `{ a: { b: value } }` for the path `['a', 'b']`: the part of an edit below the deepest existing map. */
export function nest(path: readonly (string | number)[], value: Value): Value {
  let nested = value;
  for (let index = path.length - 1; index >= 0; index--) {
    const segment = path[index];
    nested = typeof segment === 'number' ? [nested] : { [segment as string]: nested };
  }
  return nested;
}

/** Detects the style of a template text. */
export function detectStyle(text: string, yamlUnit: number | undefined, sequenceIndent: number | undefined): TextStyle {
  const json = startsWithBrace(text);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (json) {
    const indented = /^([ \t]+)"/m.exec(text);
    return { json, eol, unit: indented?.[1] ?? '  ', sequenceIndent: '', shortForms: false };
  }
  const unit = ' '.repeat(yamlUnit !== undefined && yamlUnit > 0 ? yamlUnit : 2);
  return {
    json,
    eol,
    unit,
    sequenceIndent: sequenceIndent !== undefined && sequenceIndent >= 0 ? ' '.repeat(sequenceIndent) : unit,
    shortForms: /(^|[\s:[{,-])!(Ref|GetAtt|Sub|If|Join|Select|Equals|FindInMap|ImportValue|Base64|Split|Not|And|Or|GetAZs|Cidr)\b/m.test(text),
  };
}

function startsWithBrace(text: string): boolean {
  const match = /^\uFEFF?\s*(\S)/.exec(text);
  return match?.[1] === '{';
}
