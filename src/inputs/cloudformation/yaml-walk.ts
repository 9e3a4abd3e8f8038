import type { ScanProblem } from '../../model/evaluation.js';
import type { SourcePosition } from '../../model/resource.js';
import { TemplateLimitError, type TemplateLimits } from './limits.js';
import { type ComposedNodes, KIND, NO_NODE } from './yaml-nodes.js';
import { longFormOf, VALUE_TAG } from './yaml-schema.js';
import type { NodePositions } from './yaml.js';

/** What a walked node adds to the document once aliases are expanded. */
interface Extent {
  nodes: number;
  depth: number;
}

const MERGE_TAG = 'tag:yaml.org,2002:merge';
const SCALAR: Extent = { nodes: 1, depth: 0 };

/** YAML the library accepts but PyYAML (and so CloudFormation's tools) refuses. */
export class ReadError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

/**
 * Walks the composed nodes once, in document order: records the positions of every object, key
 * and item, reports duplicate keys, refuses what PyYAML refuses (a mapping or sequence as a key,
 * an anchor defined twice, an alias inside its own anchor), and counts what aliases would expand
 * to, so a file past the limits stops here, before anything is copied.
 */
export class Walk {
  readonly problems: Omit<ScanProblem, 'file'>[] = [];
  aliases = 0;
  private aliasNodes = 0;
  private readonly anchors = new Map<string, Extent>();
  private readonly pending = new Set<string>();

  constructor(
    private readonly nodes: ComposedNodes,
    private readonly text: string,
    /** 1 when the text began with a byte order mark: first-line columns count it, as the JSON reader does. */
    private readonly firstLineShift: number,
    private readonly positions: WeakMap<object, NodePositions>,
    private readonly limits: TemplateLimits,
  ) {}

  node(node: number): Extent {
    const nodes = this.nodes;
    const kind = nodes.kind[node];
    const tag = nodes.tag[node] as string | null;
    const anchor = nodes.anchor.size === 0 ? undefined : nodes.anchor.get(node);
    // Most nodes are scalars with no anchor and no tag of their own: nothing to record.
    if (kind === KIND.scalar && anchor === undefined && (tag === null || (tag.charCodeAt(0) !== 33 /* ! */ && tag !== MERGE_TAG && tag !== VALUE_TAG))) return SCALAR;
    const result = nodes.result[node];
    const at = this.contentStart(node);
    if (kind === KIND.none && tag === null && result !== null && result !== undefined) return this.alias(node, at);
    if (tag === MERGE_TAG) throw new ReadError('"<<" merges a mapping as a key; as a value it must be quoted', at.line, at.column);
    if (tag === VALUE_TAG) throw new ReadError('a plain "=" is YAML 1.1\'s value key, which PyYAML cannot read: quote it', at.line, at.column);
    let anchors: string[] | undefined;
    if (anchor !== undefined) {
      anchors = [anchor];
      this.pending.add(anchor);
    }
    const longForm = tag !== null && tag.length > 1 && tag.startsWith('!') ? longFormOf(tag) : undefined;
    const wrapper = longForm === undefined ? undefined : (result as Record<string, unknown>);
    const inner = wrapper === undefined ? result : wrapper[longForm as string];
    let extent = SCALAR;
    if (kind === KIND.mapping || kind === KIND.sequence) {
      // A node the library first read as a possible key and then kept whole has its content one level down.
      let content = node;
      for (let only = nodes.single(content); only !== NO_NODE && nodes.kind[only] === kind && nodes.result[only] === inner; only = nodes.single(content)) {
        content = only;
        const inside = nodes.anchor.get(only);
        if (inside !== undefined) {
          (anchors ??= []).push(inside);
          this.pending.add(inside);
        }
      }
      const first = nodes.firstChild[content] as number;
      extent = kind === KIND.mapping ? this.mapping(first, NO_NODE, inner as Record<string, unknown>, at) : this.sequence(first, inner as unknown[], at);
    }
    if (wrapper !== undefined && longForm !== undefined) {
      this.positions.set(wrapper, { self: at, keys: new Map([[longForm, at]]) });
      const split = wrapper[longForm];
      if (kind !== KIND.sequence && kind !== KIND.mapping && Array.isArray(split)) this.positions.set(split, { self: at, items: split.map(() => at) });
      extent = { nodes: extent.nodes + 1, depth: extent.depth + 1 };
    }
    this.checkDepth(extent, at);
    if (anchors) for (const name of anchors) this.define(name, extent, at);
    return extent;
  }

  /** The entries of a mapping: its key and value nodes from `first`, up to `stop` (NO_NODE: all of them). */
  private mapping(first: number, stop: number, object: Record<string, unknown>, self: SourcePosition): Extent {
    const nodes = this.nodes;
    const keys = new Map<string, SourcePosition>();
    this.positions.set(object, { self, keys });
    // Keys a merge brought in: a key written after them overrides them without being a duplicate.
    let merged: Set<string> | undefined;
    let count = 1;
    let depth = 0;
    for (let key = first; key !== stop && key !== NO_NODE; ) {
      const colon = this.colonAfter(key);
      const value = colon >= 0 ? (nodes.nextSibling[key] as number) : NO_NODE;
      const keyAt = this.contentStart(key);
      if (colon >= 0) this.checkKeyLength(key, colon);
      const isMerge = nodes.tag[key] === MERGE_TAG;
      const keyExtent = isMerge ? SCALAR : this.key(key, keyAt);
      // Before the value is walked, so duplicates are reported in the order the text has them.
      if (isMerge) {
        for (const source of mergeSources(value === NO_NODE ? undefined : nodes.result[value])) {
          for (const name of Object.keys(source)) {
            if (keys.has(name)) continue;
            keys.set(name, keyAt);
            (merged ??= new Set()).add(name);
          }
        }
      } else {
        const name = String(nodes.result[key]);
        const firstAt = keys.get(name);
        if (firstAt && !merged?.delete(name)) {
          this.problems.push({ level: 'warning', line: keyAt.line, column: keyAt.column, message: `duplicate key "${name}" (first at line ${firstAt.line}); the last one is used` });
        }
        keys.set(name, keyAt);
      }
      const valueExtent = value === NO_NODE ? SCALAR : this.node(value);
      count += keyExtent.nodes + valueExtent.nodes;
      depth = Math.max(depth, valueExtent.depth);
      key = value === NO_NODE ? (nodes.nextSibling[key] as number) : (nodes.nextSibling[value] as number);
    }
    return { nodes: count, depth: depth + 1 };
  }

  private sequence(first: number, array: unknown[], self: SourcePosition): Extent {
    const nodes = this.nodes;
    const items: SourcePosition[] = [];
    this.positions.set(array, { self, items });
    let count = 1;
    let depth = 0;
    let child = first;
    for (let index = 0; index < array.length; index++) {
      const item = array[index];
      // An empty entry (a lone "-") has no node of its own.
      if (child === NO_NODE || (item === null && nodes.result[child] !== null)) {
        items.push(self);
        count += 1;
        continue;
      }
      const at = this.contentStart(child);
      items.push(at);
      let extent: Extent;
      if (this.colonAfter(child) >= 0) {
        // `[key: value]`: a one-pair mapping of its own, of this node and the next.
        const value = nodes.nextSibling[child] as number;
        const after = value === NO_NODE ? NO_NODE : (nodes.nextSibling[value] as number);
        extent = this.mapping(child, after, item as Record<string, unknown>, at);
        child = after;
      } else {
        extent = this.node(child);
        child = nodes.nextSibling[child] as number;
      }
      count += extent.nodes;
      depth = Math.max(depth, extent.depth);
    }
    return { nodes: count, depth: depth + 1 };
  }

  /** A mapping key: a scalar (PyYAML cannot hash a mapping or a sequence, and refuses the file). */
  private key(node: number, at: SourcePosition): Extent {
    const extent = this.node(node);
    const result = this.nodes.result[node];
    if (result !== null && typeof result === 'object') {
      throw new ReadError('a mapping key must be a scalar, not a mapping or a sequence', at.line, at.column);
    }
    return extent;
  }

  private alias(node: number, at: SourcePosition): Extent {
    const name = aliasName(this.text, this.cursorAtContent(node).offset);
    const target = this.anchors.get(name);
    if (target === undefined) {
      const why = this.pending.has(name) ? `alias *${name} is inside its own anchor` : `alias *${name} has no anchor`;
      throw new ReadError(why, at.line, at.column);
    }
    this.aliases += 1;
    this.aliasNodes += target.nodes;
    if (this.aliases > this.limits.aliases) throw new TemplateLimitError(`more than ${this.limits.aliases} aliases`, at.line, at.column);
    if (this.aliasNodes > this.limits.aliasNodes) {
      throw new TemplateLimitError(`aliases expand to more than ${this.limits.aliasNodes} nodes (alias *${name})`, at.line, at.column);
    }
    return target;
  }

  private define(name: string, extent: Extent, at: SourcePosition): void {
    this.pending.delete(name);
    if (this.anchors.has(name)) throw new ReadError(`anchor &${name} is defined twice`, at.line, at.column);
    this.anchors.set(name, extent);
  }

  private checkDepth(extent: Extent, at: SourcePosition): void {
    if (extent.depth > this.limits.depth) throw new TemplateLimitError(`nested more than ${this.limits.depth} levels deep`, at.line, at.column);
  }

  /** After a node: the offset of the ":" that makes it a key with a value, or -1. */
  private colonAfter(node: number): number {
    const text = this.text;
    for (let i = this.nodes.end[node] as number; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) continue;
      if (c === 35 /* # */) {
        while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
        continue;
      }
      return c === 58 /* : */ ? i : -1;
    }
    return -1;
  }

  /** PyYAML (libyaml) looks at most 1024 characters ahead for the ":" of a key not marked by "?". */
  private checkKeyLength(node: number, colon: number): void {
    const start = this.nodes.start[node] as number;
    if (colon - start <= 1024) return;
    const cursor = this.cursorAtStart(node);
    if (colon - cursor.offset <= 1024) return;
    let before = start - 1;
    while (before >= 0 && isSpace(this.text.charCodeAt(before))) before--;
    if (this.text.charCodeAt(before) === 63 /* ? */) return;
    const at = this.position(cursor);
    throw new ReadError('a key longer than 1024 characters must be marked by "? "', at.line, at.column);
  }

  /**
   * Where the node's content starts: past white space, comments, and its tag and anchor; for a
   * node with a tag or anchor and no content (`!GetAZs` alone), where its tag or anchor stands.
   */
  private contentStart(node: number): SourcePosition {
    const nodes = this.nodes;
    if (nodes.kind[node] === KIND.none && (nodes.tag[node] !== null || nodes.anchor.has(node))) return this.position(this.cursorAtStart(node));
    // Keys and items mostly start right where the library began composing them.
    const start = nodes.start[node] as number;
    if (!startsOtherwise(this.text.charCodeAt(start))) {
      const line = nodes.line[node] as number;
      return { line: line + 1, column: start - (nodes.lineStart[node] as number) + 1 + (line === 0 ? this.firstLineShift : 0) };
    }
    return this.position(this.cursorAtContent(node));
  }

  private cursorAtContent(node: number): Cursor {
    const cursor = this.cursorAtStart(node);
    while (cursor.skipProperty()) cursor.skipSpace();
    return cursor;
  }

  /** At the node's first property (tag or anchor) or its content, past white space and comments. */
  private cursorAtStart(node: number): Cursor {
    const cursor = new Cursor(this.text, this.nodes.start[node] as number, this.nodes.line[node] as number, this.nodes.lineStart[node] as number);
    cursor.skipSpace();
    return cursor;
  }

  private position(cursor: Cursor): SourcePosition {
    const column = cursor.offset - cursor.lineStart + 1 + (cursor.line === 0 ? this.firstLineShift : 0);
    return { line: cursor.line + 1, column };
  }
}

/** The mappings a `<<` value merges: one mapping, or each mapping of a list (the library refuses anything else). */
function mergeSources(value: unknown): object[] {
  const sources = Array.isArray(value) ? value : [value];
  return sources.filter((source): source is object => source !== null && typeof source === 'object');
}

/** The name after `*` at offset: up to white space or a flow indicator, as YAML reads it. */
function aliasName(text: string, offset: number): string {
  let end = offset + 1;
  while (end < text.length && !/[\s,[\]{}]/.test(text[end] as string)) end++;
  return text.slice(offset + 1, end);
}

/** Moves over YAML text counting lines, as the YAML library does (LF, CR LF or a lone CR). */
class Cursor {
  constructor(
    readonly text: string,
    public offset: number,
    public line: number,
    public lineStart: number,
  ) {}

  skipSpace(): void {
    const text = this.text;
    let atLineStart = this.offset === this.lineStart;
    for (;;) {
      const c = text.charCodeAt(this.offset);
      if (c === 32 || c === 9) {
        this.offset++;
        atLineStart = false;
      } else if (c === 10 || c === 13) {
        this.offset += c === 13 && text.charCodeAt(this.offset + 1) === 10 ? 2 : 1;
        this.line++;
        this.lineStart = this.offset;
        atLineStart = true;
      } else if (c === 35 && (atLineStart || isSpace(text.charCodeAt(this.offset - 1)))) {
        while (this.offset < text.length && text.charCodeAt(this.offset) !== 10 && text.charCodeAt(this.offset) !== 13) this.offset++;
      } else return;
    }
  }

  /** Steps over one tag (`!Sub`, `!!str`, `!<tag:...>`) or anchor (`&name`); false at anything else. */
  skipProperty(): boolean {
    const text = this.text;
    const c = text.charCodeAt(this.offset);
    if (c === 33 /* ! */ && text.charCodeAt(this.offset + 1) === 60 /* < */) {
      const close = text.indexOf('>', this.offset);
      this.offset = close < 0 ? text.length : close + 1;
      return true;
    }
    if (c !== 33 && c !== 38 /* & */) return false;
    this.offset++;
    while (this.offset < text.length && !isSpace(text.charCodeAt(this.offset)) && !(c === 38 && isFlowIndicator(text.charCodeAt(this.offset)))) this.offset++;
    return true;
  }
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;
/** White space, a comment, a tag or an anchor: the content starts further on. */
const startsOtherwise = (c: number): boolean => isSpace(c) || c === 35 || c === 33 || c === 38;
const isFlowIndicator = (c: number): boolean => c === 44 || c === 91 || c === 93 || c === 123 || c === 125;

/**
 * The library gives one shared object for every alias of an anchor (and merges share the
 * anchored values): copy each object met a second time, with its positions, so the template is a
 * tree again, as PyYAML-based tools hand it on. The walk has already bounded what this copies.
 */
export function materialize(value: unknown, positions: WeakMap<object, NodePositions>): unknown {
  const seen = new Set<object>();
  const visit = (node: unknown): unknown => {
    if (node === null || typeof node !== 'object') return node;
    if (seen.has(node)) return copy(node);
    seen.add(node);
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) node[i] = visit(node[i]);
    } else {
      const object = node as Record<string, unknown>;
      for (const key of Object.keys(object)) object[key] = visit(object[key]);
    }
    return node;
  };
  const copy = (node: unknown): unknown => {
    if (node === null || typeof node !== 'object') return node;
    const at = positions.get(node);
    let clone: unknown[] | Record<string, unknown>;
    if (Array.isArray(node)) clone = node.map(copy);
    else {
      const object: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(node)) defineKey(object, key, copy(item));
      clone = object;
    }
    if (at) positions.set(clone, at);
    return clone;
  };
  return visit(value);
}

/** Sets a key as data, even `__proto__` (as the YAML library does). */
function defineKey(object: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  else object[key] = value;
}
