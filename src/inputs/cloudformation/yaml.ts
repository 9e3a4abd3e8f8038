import jsYaml, { type LoadOptions, type State } from 'js-yaml';
import type { ScanProblem } from '../../model/evaluation.js';
import type { SourcePosition } from '../../model/resource.js';
import { scanJson } from './json.js';
import { TEMPLATE_LIMITS, TemplateLimitError, type TemplateLimits } from './limits.js';
import { CLOUDFORMATION_SCHEMA, longFormOf, VALUE_TAG } from './yaml-schema.js';

/** Source positions of one parsed object or array and of its children. */
export interface NodePositions {
  self: SourcePosition;
  /** For an object: where each key stands. */
  keys?: Map<string, SourcePosition>;
  /** For an array: where each item stands. */
  items?: SourcePosition[];
}

export interface ParsedTemplateSource {
  /** The template as plain data; short-form tags are turned into their long form. */
  value: unknown;
  positions: WeakMap<object, NodePositions>;
  problems: ScanProblem[];
}

/**
 * Parses CloudFormation YAML or JSON text, with positions either way, as CloudFormation and the
 * tools around it (PyYAML: cfn-lint, the AWS CLI, SAM) read it. Strict JSON is read by a fast
 * scanner with JSON's own values, as those tools try JSON first; anything else (YAML,
 * YAML-flavoured or broken JSON) by the YAML reader. Duplicate keys are reported and the last one
 * wins; anchors and aliases resolve to copies of their anchored value; `<<` merge keys merge. Text
 * past the limits (size, nesting, nodes, alias expansion) is one error entry with its line.
 */
export function parseTemplateText(text: string, file: string, limits: TemplateLimits = TEMPLATE_LIMITS): ParsedTemplateSource {
  if (text.length > limits.bytes) {
    const problem: ScanProblem = { level: 'error', file, line: 1, message: `template too large: ${text.length} characters, more than the ${limits.bytes} a template may have` };
    return { value: undefined, positions: new WeakMap(), problems: [problem] };
  }
  if (startsLikeJson(text)) {
    const json = scanJson(text, file, limits);
    if (json.ok) return { value: json.value, positions: json.positions, problems: json.problems };
  }
  return parseYamlText(text, file, limits);
}

/** First character other than white space (or a byte order mark) opens a JSON object or array. */
function startsLikeJson(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || (i === 0 && c === 0xfeff)) continue;
    return c === 123 || c === 91;
  }
  return false;
}

/**
 * One node as the YAML library composed it, recorded from its `listener` events: where composing
 * started, and at the end its kind, tag, anchor and value. Children are the nodes composed inside
 * it (keys and values of a mapping, items of a sequence).
 */
interface Frame {
  start: number;
  line: number;
  lineStart: number;
  end: number;
  kind: string | null;
  tag: string | null;
  anchor: string | null;
  result: unknown;
  children: Frame[] | undefined;
}

/** The listener sees more of the library's state than its type declaration names. */
interface ComposeState extends State {
  tag: string | null;
  anchor: string | null;
}

/** What a walked node adds to the document once aliases are expanded. */
interface Extent {
  nodes: number;
  depth: number;
}

const MERGE_TAG = 'tag:yaml.org,2002:merge';
const SCALAR: Extent = { nodes: 1, depth: 0 };

/** Parses CloudFormation YAML (or JSON) text with the YAML reader. */
export function parseYamlText(text: string, file: string, limits: TemplateLimits = TEMPLATE_LIMITS): ParsedTemplateSource {
  const problems: ScanProblem[] = [];
  const positions = new WeakMap<object, NodePositions>();
  const roots: Frame[] = [];
  const stack: Frame[] = [];
  let opened = 0;
  const listener = (event: 'open' | 'close', state: State): void => {
    if (event === 'open') {
      if (++opened > limits.nodes) {
        throw new TemplateLimitError(`more than ${limits.nodes} nodes`, state.line + 1, state.position - state.lineStart + 1);
      }
      stack.push({ start: state.position, line: state.line, lineStart: state.lineStart, end: 0, kind: null, tag: null, anchor: null, result: undefined, children: undefined });
      return;
    }
    const frame = stack.pop() as Frame;
    const composed = state as ComposeState;
    frame.end = state.position;
    frame.kind = composed.kind;
    frame.tag = composed.tag;
    frame.anchor = composed.anchor;
    frame.result = composed.result;
    const parent = stack[stack.length - 1];
    if (parent) (parent.children ??= []).push(frame);
    else roots.push(frame);
  };
  const options: LoadOptions & { maxDepth: number } = {
    schema: CLOUDFORMATION_SCHEMA,
    json: true,
    listener,
    // The library counts keys and wrapper nodes as levels too; the walk below checks the real depth.
    maxDepth: 2 * limits.depth + 4,
  };
  let value: unknown;
  try {
    value = jsYaml.load(text, options);
    // The library reads the text without its byte order mark: so do the positions below.
    const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const root = roots[0];
    if (root !== undefined) {
      const walk = new Walk(source, text.length - source.length, positions, limits);
      walk.node(root);
      problems.push(...walk.problems.map((problem) => ({ ...problem, file })));
      if (walk.aliases > 0) value = materialize(value, positions);
    }
  } catch (error) {
    problems.push(readError(error, file, limits));
    return { value: undefined, positions, problems };
  }
  return { value: value ?? null, positions, problems };
}

/** One error entry, with a line, for text the reader refuses. */
function readError(error: unknown, file: string, limits: TemplateLimits): ScanProblem {
  if (error instanceof TemplateLimitError) return { level: 'error', file, line: error.line, column: error.column, message: `template too large: ${error.message}` };
  if (error instanceof jsYaml.YAMLException) {
    const mark = (error as jsYaml.YAMLException & { mark?: { line: number; column: number } }).mark;
    const at = mark ? { line: mark.line + 1, column: mark.column + 1 } : { line: 1 };
    // The library's own depth guard counts keys as levels: name the limit as the walk does.
    if (error.reason.startsWith('nesting exceeded maxDepth')) return { level: 'error', file, ...at, message: `template too large: nested more than ${limits.depth} levels deep` };
    return { level: 'error', file, ...at, message: `invalid YAML/JSON: ${error.reason}` };
  }
  if (error instanceof RangeError) return { level: 'error', file, line: 1, message: `template too large: ${error.message}` };
  if (error instanceof ReadError) return { level: 'error', file, line: error.line, column: error.column, message: `invalid YAML/JSON: ${error.message}` };
  throw error;
}

/** YAML the library accepts but PyYAML (and so CloudFormation's tools) refuses. */
class ReadError extends Error {
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
class Walk {
  readonly problems: Omit<ScanProblem, 'file'>[] = [];
  aliases = 0;
  private aliasNodes = 0;
  private readonly anchors = new Map<string, Extent>();
  private readonly pending = new Set<string>();

  constructor(
    private readonly text: string,
    /** 1 when the text began with a byte order mark: first-line columns count it, as the JSON reader does. */
    private readonly firstLineShift: number,
    private readonly positions: WeakMap<object, NodePositions>,
    private readonly limits: TemplateLimits,
  ) {}

  node(frame: Frame): Extent {
    // Most nodes are scalars with no anchor and no tag of their own: nothing to record.
    const tag = frame.tag;
    if (frame.kind === 'scalar' && frame.anchor === null && (tag === null || (tag.charCodeAt(0) !== 33 /* ! */ && tag !== MERGE_TAG && tag !== VALUE_TAG))) return SCALAR;
    const at = this.contentStart(frame);
    if (frame.kind === null && frame.tag === null && frame.result !== null && frame.result !== undefined) return this.alias(frame, at);
    if (frame.tag === MERGE_TAG) throw new ReadError('"<<" merges a mapping as a key; as a value it must be quoted', at.line, at.column);
    if (frame.tag === VALUE_TAG) throw new ReadError('a plain "=" is YAML 1.1\'s value key, which PyYAML cannot read: quote it', at.line, at.column);
    let anchors: string[] | undefined;
    if (frame.anchor !== null) this.pending.add((anchors = [frame.anchor])[0] as string);
    const longForm = frame.tag !== null && frame.tag.length > 1 && frame.tag.startsWith('!') ? longFormOf(frame.tag) : undefined;
    const wrapper = longForm === undefined ? undefined : (frame.result as Record<string, unknown>);
    const inner = wrapper === undefined ? frame.result : wrapper[longForm as string];
    let extent = SCALAR;
    if (frame.kind === 'mapping' || frame.kind === 'sequence') {
      // A node the library first read as a possible key and then kept whole has its content one level down.
      let content = frame;
      for (let only = single(content); only && only.kind === frame.kind && only.result === inner; only = single(content)) {
        content = only;
        if (only.anchor !== null) {
          (anchors ??= []).push(only.anchor);
          this.pending.add(only.anchor);
        }
      }
      extent = frame.kind === 'mapping' ? this.mapping(content, inner as Record<string, unknown>, at) : this.sequence(content, inner as unknown[], at);
    }
    if (wrapper !== undefined && longForm !== undefined) {
      this.positions.set(wrapper, { self: at, keys: new Map([[longForm, at]]) });
      const split = wrapper[longForm];
      if (frame.kind !== 'sequence' && frame.kind !== 'mapping' && Array.isArray(split)) this.positions.set(split, { self: at, items: split.map(() => at) });
      extent = { nodes: extent.nodes + 1, depth: extent.depth + 1 };
    }
    this.checkDepth(extent, at);
    if (anchors) for (const name of anchors) this.define(name, extent, at);
    return extent;
  }

  private mapping(frame: Frame, object: Record<string, unknown>, self: SourcePosition): Extent {
    const keys = new Map<string, SourcePosition>();
    this.positions.set(object, { self, keys });
    // Keys a merge brought in: a key written after them overrides them without being a duplicate.
    let merged: Set<string> | undefined;
    let nodes = 1;
    let depth = 0;
    const children = frame.children ?? [];
    for (let i = 0; i < children.length; i++) {
      const keyFrame = children[i] as Frame;
      const colon = this.colonAfter(keyFrame);
      const valueFrame = colon >= 0 ? children[++i] : undefined;
      const keyAt = this.contentStart(keyFrame);
      if (colon >= 0) this.checkKeyLength(keyFrame, colon);
      const key = keyFrame.tag === MERGE_TAG ? SCALAR : this.key(keyFrame, keyAt);
      // Before the value is walked, so duplicates are reported in the order the text has them.
      if (keyFrame.tag === MERGE_TAG) {
        for (const source of mergeSources(valueFrame?.result)) {
          for (const name of Object.keys(source)) {
            if (keys.has(name)) continue;
            keys.set(name, keyAt);
            (merged ??= new Set()).add(name);
          }
        }
      } else {
        const name = String(keyFrame.result);
        const first = keys.get(name);
        if (first && !merged?.delete(name)) {
          this.problems.push({ level: 'warning', line: keyAt.line, column: keyAt.column, message: `duplicate key "${name}" (first at line ${first.line}); the last one is used` });
        }
        keys.set(name, keyAt);
      }
      const value = valueFrame ? this.node(valueFrame) : SCALAR;
      nodes += key.nodes + value.nodes;
      depth = Math.max(depth, value.depth);
    }
    return { nodes, depth: depth + 1 };
  }

  private sequence(frame: Frame, array: unknown[], self: SourcePosition): Extent {
    const items: SourcePosition[] = [];
    this.positions.set(array, { self, items });
    let nodes = 1;
    let depth = 0;
    const children = frame.children ?? [];
    let next = 0;
    for (let index = 0; index < array.length; index++) {
      const item = array[index];
      const child = children[next];
      // An empty entry (a lone "-") has no node of its own.
      if (child === undefined || (item === null && child.result !== null)) {
        items.push(self);
        nodes += 1;
        continue;
      }
      next += 1;
      const at = this.contentStart(child);
      items.push(at);
      // `[key: value]`: a one-pair mapping of its own, of this node and the next.
      const extent = this.colonAfter(child) >= 0 ? this.mapping({ ...child, children: children.slice(next - 1, ++next) }, item as Record<string, unknown>, at) : this.node(child);
      nodes += extent.nodes;
      depth = Math.max(depth, extent.depth);
    }
    return { nodes, depth: depth + 1 };
  }

  /** A mapping key: a scalar (PyYAML cannot hash a mapping or a sequence, and refuses the file). */
  private key(frame: Frame, at: SourcePosition): Extent {
    const extent = this.node(frame);
    if (frame.result !== null && typeof frame.result === 'object') {
      throw new ReadError('a mapping key must be a scalar, not a mapping or a sequence', at.line, at.column);
    }
    return extent;
  }

  private alias(frame: Frame, at: SourcePosition): Extent {
    const name = aliasName(this.text, this.cursorAtContent(frame).offset);
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
  private colonAfter(frame: Frame): number {
    const text = this.text;
    for (let i = frame.end; i < text.length; i++) {
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
  private checkKeyLength(frame: Frame, colon: number): void {
    if (colon - frame.start <= 1024) return;
    const start = this.cursorAtStart(frame);
    if (colon - start.offset <= 1024) return;
    let before = frame.start - 1;
    while (before >= 0 && isSpace(this.text.charCodeAt(before))) before--;
    if (this.text.charCodeAt(before) === 63 /* ? */) return;
    const at = this.position(start);
    throw new ReadError('a key longer than 1024 characters must be marked by "? "', at.line, at.column);
  }

  /**
   * Where the node's content starts: past white space, comments, and its tag and anchor; for a
   * node with a tag or anchor and no content (`!GetAZs` alone), where its tag or anchor stands.
   */
  private contentStart(frame: Frame): SourcePosition {
    if (frame.kind === null && (frame.tag !== null || frame.anchor !== null)) return this.propertiesStart(frame);
    // Keys and items mostly start right where the library began composing them.
    if (!startsOtherwise(this.text.charCodeAt(frame.start))) {
      return { line: frame.line + 1, column: frame.start - frame.lineStart + 1 + (frame.line === 0 ? this.firstLineShift : 0) };
    }
    return this.position(this.cursorAtContent(frame));
  }

  private cursorAtContent(frame: Frame): Cursor {
    const cursor = new Cursor(this.text, frame.start, frame.line, frame.lineStart);
    cursor.skipSpace();
    while (cursor.skipProperty()) cursor.skipSpace();
    return cursor;
  }

  /** Where the node's first property (tag or anchor) stands: the position of an empty tagged node. */
  private propertiesStart(frame: Frame): SourcePosition {
    return this.position(this.cursorAtStart(frame));
  }

  private cursorAtStart(frame: Frame): Cursor {
    const cursor = new Cursor(this.text, frame.start, frame.line, frame.lineStart);
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

function single(frame: Frame): Frame | undefined {
  return frame.children?.length === 1 ? frame.children[0] : undefined;
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
function materialize(value: unknown, positions: WeakMap<object, NodePositions>): unknown {
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
