import type { ScanProblem } from '../../model/evaluation.js';
import type { SourcePosition } from '../../model/resource.js';
import { TEMPLATE_LIMITS, type TemplateLimits } from './limits.js';
import type { NodePositions } from './yaml.js';

/** A strict JSON text read with the positions of its keys and items. */
export interface JsonScanResult {
  ok: true;
  value: unknown;
  positions: WeakMap<object, NodePositions>;
  /** Duplicate keys, reported as the YAML reader reports them. */
  problems: ScanProblem[];
}

/** Where and why the text is not strict JSON (RFC 8259). */
export interface JsonScanFailure {
  ok: false;
  line: number;
  column: number;
  message: string;
}

class NotJson {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

/**
 * A fast reader for strict JSON templates: one pass that builds the same plain data, positions
 * (1-based line and column of every object, array, key and item) and duplicate-key warnings as
 * the YAML reader does for the same text, at a fraction of its cost. Never throws: text that is
 * not strict JSON (comments, trailing commas, single quotes, a lone CR, deep nesting...) gives a
 * failure naming its line, and the caller reads such text with the YAML reader, which accepts
 * YAML-flavoured JSON as before.
 */
export function scanJson(text: string, file: string, limits: TemplateLimits = TEMPLATE_LIMITS): JsonScanResult | JsonScanFailure {
  const scanner = new JsonScanner(text, file, limits);
  try {
    let start = 0;
    if (text.charCodeAt(0) === 0xfeff) start = 1;
    scanner.pos = start;
    scanner.skipSpace();
    const value = scanner.value(0);
    scanner.skipSpace();
    if (scanner.pos < text.length) throw new NotJson(scanner.pos, 'unexpected content after the JSON value');
    return { ok: true, value, positions: scanner.positions, problems: scanner.problems };
  } catch (error) {
    const failure = error instanceof NotJson ? error : new NotJson(scanner.pos, `cannot read: ${(error as Error)?.message ?? String(error)}`);
    const at = positionOf(text, Math.min(failure.offset, text.length));
    return { ok: false, line: at.line, column: at.column, message: failure.message };
  }
}

/** Line and column of an offset, counted from the start (only for failures). */
function positionOf(text: string, offset: number): SourcePosition {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

class JsonScanner {
  pos = 0;
  nodes = 0;
  line = 1;
  lineStart = 0;
  readonly positions = new WeakMap<object, NodePositions>();
  readonly problems: ScanProblem[] = [];

  constructor(
    readonly text: string,
    readonly file: string,
    /** Deeper than this, or with more nodes, the scanner gives up (and the YAML reader reports the limit). */
    readonly limits: TemplateLimits,
  ) {}

  at(offset: number): SourcePosition {
    return { line: this.line, column: offset - this.lineStart + 1 };
  }

  skipSpace(): void {
    const text = this.text;
    let i = this.pos;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9) i++;
      else if (c === 10) {
        i++;
        this.line++;
        this.lineStart = i;
      } else if (c === 13) {
        // A lone CR is a line break to YAML but not to our line count: leave such text to the YAML reader.
        if (text.charCodeAt(i + 1) !== 10) throw new NotJson(i, 'carriage return without line feed');
        i++;
      } else break;
    }
    this.pos = i;
  }

  value(depth: number): unknown {
    if (++this.nodes > this.limits.nodes) throw new NotJson(this.pos, 'too many nodes');
    const c = this.text.charCodeAt(this.pos);
    if (c === 123) return this.object(depth + 1);
    if (c === 91) return this.array(depth + 1);
    if (c === 34) return this.string();
    if (c === 45 || (c >= 48 && c <= 57)) return this.number();
    if (c === 116) return this.literal('true', true);
    if (c === 102) return this.literal('false', false);
    if (c === 110) return this.literal('null', null);
    throw new NotJson(this.pos, this.pos >= this.text.length ? 'unexpected end of input' : 'expected a JSON value');
  }

  object(depth: number): Record<string, unknown> {
    if (depth > this.limits.depth) throw new NotJson(this.pos, 'nested too deeply');
    const text = this.text;
    const self = this.at(this.pos);
    const object: Record<string, unknown> = {};
    const keys = new Map<string, SourcePosition>();
    this.positions.set(object, { self, keys });
    this.pos++;
    this.skipSpace();
    if (text.charCodeAt(this.pos) === 125) {
      this.pos++;
      return object;
    }
    for (;;) {
      if (text.charCodeAt(this.pos) !== 34) throw new NotJson(this.pos, 'expected a string key');
      if (++this.nodes > this.limits.nodes) throw new NotJson(this.pos, 'too many nodes');
      const keyAt = this.at(this.pos);
      const key = this.string();
      this.skipSpace();
      if (text.charCodeAt(this.pos) !== 58) throw new NotJson(this.pos, 'expected ":"');
      this.pos++;
      this.skipSpace();
      const previous = keys.get(key);
      if (previous) {
        this.problems.push({
          level: 'warning', file: this.file, line: keyAt.line, column: keyAt.column,
          message: `duplicate key "${key}" (first at line ${previous.line}); the last one is used`,
        });
      }
      // Plain assignment, as the YAML reader does (a "__proto__" key behaves the same in both).
      object[key] = this.value(depth);
      keys.set(key, keyAt);
      this.skipSpace();
      const c = text.charCodeAt(this.pos);
      if (c === 44) {
        this.pos++;
        this.skipSpace();
      } else if (c === 125) {
        this.pos++;
        return object;
      } else throw new NotJson(this.pos, this.pos >= text.length ? 'unexpected end of input in an object' : 'expected "," or "}"');
    }
  }

  array(depth: number): unknown[] {
    if (depth > this.limits.depth) throw new NotJson(this.pos, 'nested too deeply');
    const text = this.text;
    const self = this.at(this.pos);
    const items: unknown[] = [];
    const itemPositions: SourcePosition[] = [];
    this.positions.set(items, { self, items: itemPositions });
    this.pos++;
    this.skipSpace();
    if (text.charCodeAt(this.pos) === 93) {
      this.pos++;
      return items;
    }
    for (;;) {
      itemPositions.push(this.at(this.pos));
      items.push(this.value(depth));
      this.skipSpace();
      const c = text.charCodeAt(this.pos);
      if (c === 44) {
        this.pos++;
        this.skipSpace();
      } else if (c === 93) {
        this.pos++;
        return items;
      } else throw new NotJson(this.pos, this.pos >= text.length ? 'unexpected end of input in an array' : 'expected "," or "]"');
    }
  }

  string(): string {
    const text = this.text;
    const length = text.length;
    const start = this.pos + 1;
    for (let i = start; i < length; i++) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        this.pos = i + 1;
        return text.slice(start, i);
      }
      if (c === 92) return this.escapedString(i);
      if (c < 32) throw new NotJson(i, 'control character in a string');
    }
    throw new NotJson(length, 'unterminated string');
  }

  /** A string with escapes: find its end, then let JSON.parse decode (and check) the escapes. */
  escapedString(from: number): string {
    const text = this.text;
    const length = text.length;
    const start = this.pos;
    for (let i = from; i < length; i++) {
      const c = text.charCodeAt(i);
      if (c === 92) {
        i++;
        if (text.charCodeAt(i) < 32) throw new NotJson(i, 'control character in a string');
        continue;
      }
      if (c === 34) {
        let decoded: unknown;
        try {
          decoded = JSON.parse(text.slice(start, i + 1));
        } catch {
          throw new NotJson(start, 'invalid escape in a string');
        }
        this.pos = i + 1;
        return decoded as string;
      }
      if (c < 32) throw new NotJson(i, 'control character in a string');
    }
    throw new NotJson(length, 'unterminated string');
  }

  number(): number {
    const text = this.text;
    const start = this.pos;
    let i = start;
    if (text.charCodeAt(i) === 45) i++;
    let c = text.charCodeAt(i);
    if (c === 48) i++;
    else if (c >= 49 && c <= 57) {
      do i++;
      while ((c = text.charCodeAt(i)) >= 48 && c <= 57);
    } else throw new NotJson(i, 'invalid number');
    let integer = true;
    if (text.charCodeAt(i) === 46) {
      integer = false;
      i++;
      if (!((c = text.charCodeAt(i)) >= 48 && c <= 57)) throw new NotJson(i, 'invalid number');
      do i++;
      while ((c = text.charCodeAt(i)) >= 48 && c <= 57);
    }
    c = text.charCodeAt(i);
    if (c === 101 || c === 69) {
      integer = false;
      i++;
      c = text.charCodeAt(i);
      if (c === 43 || c === 45) i++;
      if (!((c = text.charCodeAt(i)) >= 48 && c <= 57)) throw new NotJson(i, 'invalid number');
      do i++;
      while ((c = text.charCodeAt(i)) >= 48 && c <= 57);
    }
    this.pos = i;
    const source = text.slice(start, i);
    // The same conversions as YAML's core schema (int: parseInt, float: parseFloat).
    return integer ? parseInt(source, 10) : parseFloat(source);
  }

  literal<T>(word: string, value: T): T {
    if (!this.text.startsWith(word, this.pos)) throw new NotJson(this.pos, 'expected a JSON value');
    this.pos += word.length;
    return value;
  }
}
