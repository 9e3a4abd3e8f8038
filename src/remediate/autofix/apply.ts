import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { PropertyPath } from '../../model/resource.js';
import type { Value } from '../../model/value.js';
import type { TemplateEdit } from './edits.js';
import { INTRINSIC_KEY, detectStyle, nest, renderBlockEntry, renderInline, renderJson, renderSequenceItem, type TextStyle } from './render.js';

/** The edit can not be made without rewriting something the user wrote (an intrinsic, an alias...). */
export class NotFixableError extends Error {}

/** Top-level sections a new `Parameters` section goes before, in CloudFormation's usual order. */
const AFTER_PARAMETERS = ['Rules', 'Mappings', 'Conditions', 'Resources', 'Outputs'];

/**
 * Applies edits to a template's text, one at a time, each as a splice of the current text:
 * nothing outside the inserted or replaced range changes (comments, key order, quoting, line
 * endings). Throws NotFixableError when an edit would have to rewrite an intrinsic function, an
 * alias, a merge key or a multi-line block.
 */
export function applyEdits(text: string, edits: readonly TemplateEdit[]): string {
  let current = text;
  for (const edit of edits) current = applyEdit(current, edit);
  return current;
}

export function applyEdit(text: string, edit: TemplateEdit): string {
  const editor = new TextEditor(text);
  switch (edit.kind) {
    case 'setProperty':
      return editor.set(['Resources', edit.resource, 'Properties', ...edit.path], edit.value, false);
    case 'appendToList':
      return editor.append(['Resources', edit.resource, 'Properties', ...edit.path], edit.items);
    case 'addParameter':
      return editor.set(['Parameters', edit.name], edit.declaration, true);
    case 'addResource':
      return editor.set(['Resources', edit.id], edit.declaration, true);
  }
}

interface Splice {
  start: number;
  end: number;
  text: string;
}

type Located =
  | { kind: 'found'; node: Node | null; pair?: Pair }
  | { kind: 'missing'; map: YAMLMap; key: string; rest: PropertyPath }
  | { kind: 'empty'; pair: Pair; rest: PropertyPath };

class TextEditor {
  private readonly document: Document.Parsed;
  private readonly style: TextStyle;

  constructor(private readonly text: string) {
    this.document = parseDocument(text, { uniqueKeys: false, strict: false, prettyErrors: false });
    const [error] = this.document.errors;
    if (error) throw new NotFixableError(`the template does not parse: ${error.message.split('\n')[0]}`);
    this.style = detectStyle(text, this.yamlIndentUnit(), this.yamlSequenceIndent());
  }

  set(path: PropertyPath, value: Value, keepExisting: boolean): string {
    const located = this.locate(path);
    if (located.kind === 'missing') return this.splice(this.insertIntoMap(located.map, located.key, nest(located.rest, value), path.length === 2 ? AFTER_PARAMETERS : []));
    if (located.kind === 'empty') return this.splice(this.fillEmpty(located.pair, nest(located.rest, value)));
    if (keepExisting) return this.text;
    return this.splice(this.replace(located.node, value, path));
  }

  append(path: PropertyPath, items: readonly Value[]): string {
    const located = this.locate(path);
    if (located.kind !== 'found') return this.set(path, [...items], false);
    const list = located.node;
    if (!isSeq(list)) throw new NotFixableError(`${describe(path)} is not a list`);
    this.guard(list, path);
    if (items.length === 0) return this.text;
    const last = list.items[list.items.length - 1] as Node | undefined;
    if (!last) return this.splice(this.replace(list, [...items], path));
    const end = (list.flow || this.style.json ? last.range?.[1] : contentEnd(last)) ?? 0;
    if (list.flow || this.style.json) {
      const multiline = this.text.slice(list.range?.[0], (list.items[0] as Node).range?.[0]).includes('\n');
      const indent = this.lineIndent((last.range as [number, number, number])[0]);
      const text = items
        .map((item) => (multiline && this.style.json ? `,${this.style.eol}${indent}${renderJson(item, indent, this.style)}` : `, ${renderInline(item, this.style)}`))
        .join('');
      return this.splice({ start: end, end, text });
    }
    const dashIndent = ' '.repeat(this.column(list.range?.[0] ?? 0));
    return this.splice(this.insertLines(end, items.flatMap((item) => renderSequenceItem(item, dashIndent, this.style))));
  }

  /** Walks the document along a path; stops at the first missing key. */
  private locate(path: PropertyPath): Located {
    let node: unknown = this.document.contents;
    for (let index = 0; index < path.length; index++) {
      const segment = path[index] as string | number;
      const here = path.slice(0, index);
      this.guard(node, here);
      const last = index === path.length - 1;
      if (isMap(node)) {
        if (typeof segment !== 'string') throw new NotFixableError(`${describe(here)} is a map, not a list`);
        const pair = lastPair(node, segment);
        if (!pair) return { kind: 'missing', map: node, key: segment, rest: path.slice(index + 1) };
        if (last) return { kind: 'found', node: pair.value as Node | null, pair };
        if (isEmptyValue(pair.value)) return { kind: 'empty', pair, rest: path.slice(index + 1) };
        node = pair.value;
      } else if (isSeq(node)) {
        const item = typeof segment === 'number' ? (node.items[segment] as Node | undefined) : undefined;
        if (item === undefined) throw new NotFixableError(`${describe(here)} has no item ${String(segment)}`);
        if (last) return { kind: 'found', node: item };
        node = item;
      } else {
        throw new NotFixableError(`${describe(here)} is not a map`);
      }
    }
    return { kind: 'found', node: node as Node | null };
  }

  /** What the fix must not rewrite: intrinsic functions, aliases and anchors, merge keys. */
  private guard(node: unknown, path: PropertyPath): void {
    if (isAlias(node)) throw new NotFixableError(`${describe(path)} is a YAML alias (*${node.source})`);
    const anchor = (node as Node | null)?.anchor;
    if (anchor) throw new NotFixableError(`${describe(path)} is anchored (&${anchor}): an edit would change every alias of it too`);
    const tag = (node as Node | null)?.tag;
    if (tag && tag.startsWith('!') && !tag.startsWith('!!')) throw new NotFixableError(`${describe(path)} is an intrinsic function (${tag})`);
    if (isMap(node)) {
      const keys = node.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : ''));
      if (keys.includes('<<')) throw new NotFixableError(`${describe(path)} uses a YAML merge key (<<)`);
      if (keys.length === 1 && INTRINSIC_KEY.test(keys[0] as string)) throw new NotFixableError(`${describe(path)} is an intrinsic function (${keys[0]})`);
    }
  }

  /** A new `key: value` in a map: after its last entry, or before the first of `before` that it has. */
  private insertIntoMap(map: YAMLMap, key: string, value: Value, before: readonly string[]): Splice {
    const pairs = map.items.filter(isPair);
    const anchor = pairs
      .filter((pair) => isScalar(pair.key) && before.includes(String(pair.key.value)))
      .sort((a, b) => keyStart(a) - keyStart(b))[0];
    const lastPairOfMap = pairs[pairs.length - 1];
    if (map.flow || this.style.json) {
      const [open, end] = map.range as [number, number, number];
      const close = end - 1;
      if (!lastPairOfMap) {
        if (this.style.json && this.text.includes('\n')) {
          const outer = this.lineIndent(open);
          const inner = outer + this.style.unit;
          const text = `${this.style.eol}${inner}${JSON.stringify(key)}: ${renderJson(value, inner, this.style)}${this.style.eol}${outer}`;
          return { start: open + 1, end: close, text };
        }
        return { start: open + 1, end: close, text: ` ${this.entryInline(key, value)} ` };
      }
      const multiline = this.text.slice(open, keyStart(pairs[0] as Pair)).includes('\n');
      if (anchor) {
        const at = keyStart(anchor);
        const indent = this.lineIndent(at);
        const text = multiline ? `${this.entryPretty(key, value, indent)},${this.style.eol}${indent}` : `${this.entryInline(key, value)}, `;
        return { start: at, end: at, text };
      }
      const after = pairEnd(lastPairOfMap);
      const indent = this.lineIndent(keyStart(lastPairOfMap));
      const text = multiline ? `,${this.style.eol}${indent}${this.entryPretty(key, value, indent)}` : `, ${this.entryInline(key, value)}`;
      return { start: after, end: after, text };
    }
    if (!lastPairOfMap) throw new NotFixableError('cannot insert into an empty block map');
    const indent = ' '.repeat(this.column(keyStart(pairs[0] as Pair)));
    const lines = renderBlockEntry(key, value, indent, this.style);
    if (anchor) {
      const at = this.startOfLeadingComments(this.lineStart(keyStart(anchor)));
      return { start: at, end: at, text: lines.map((line) => line + this.style.eol).join('') };
    }
    return this.insertLines(pairEnd(lastPairOfMap), lines);
  }

  /** `Key:` with nothing after it gets a value. */
  private fillEmpty(pair: Pair, value: Value): Splice {
    const keyEnd = (pair.key as Node).range?.[1] ?? 0;
    const colon = this.text.indexOf(':', keyEnd);
    if (this.style.json || colon < 0) throw new NotFixableError('cannot fill an empty value here');
    if (typeof value !== 'object' || value === null) return { start: colon + 1, end: colon + 1, text: ` ${renderInline(value, this.style)}` };
    const keyIndent = ' '.repeat(this.column(keyStart(pair)));
    const lines = Array.isArray(value)
      ? value.flatMap((item) => renderSequenceItem(item, keyIndent + this.style.sequenceIndent, this.style))
      : Object.entries(value).flatMap(([child, item]) => renderBlockEntry(child, item, keyIndent + this.style.unit, this.style));
    return this.insertLines(colon + 1, lines);
  }

  /** Replaces a scalar or an empty collection; a collection with entries is never rewritten. */
  private replace(node: Node | null, value: Value, path: PropertyPath): Splice {
    this.guard(node, path);
    if (node === null || !node.range) throw new NotFixableError(`${describe(path)} has no value to replace`);
    const [start, end] = node.range;
    // What the user wrote in a collection (even of the wrong shape) is theirs: only an empty one is replaced.
    if ((isMap(node) || isSeq(node)) && node.items.length > 0) {
      throw new NotFixableError(`${describe(path)} is a ${isMap(node) ? 'map' : 'list'} with entries; it is not rewritten`);
    }
    const text = this.style.json && typeof value === 'object' && value !== null ? renderJson(value, this.lineIndent(start), this.style) : renderInline(value, this.style);
    return { start, end, text };
  }

  /** Whole lines after the line holding `offset` (at the end of the file when it has no line break). */
  private insertLines(offset: number, lines: readonly string[]): Splice {
    const { eol } = this.style;
    const lineEnd = this.text.indexOf('\n', Math.max(offset - 1, 0));
    if (lineEnd < 0) return { start: this.text.length, end: this.text.length, text: lines.map((line) => eol + line).join('') };
    return { start: lineEnd + 1, end: lineEnd + 1, text: lines.map((line) => line + eol).join('') };
  }

  private entryInline(key: string, value: Value): string {
    return `${this.style.json ? JSON.stringify(key) : renderInline(key, this.style)}: ${renderInline(value, this.style)}`;
  }

  private entryPretty(key: string, value: Value, indent: string): string {
    if (!this.style.json) return this.entryInline(key, value);
    return `${JSON.stringify(key)}: ${renderJson(value, indent, this.style)}`;
  }

  private splice(splice: Splice): string {
    return this.text.slice(0, splice.start) + splice.text + this.text.slice(splice.end);
  }

  private lineStart(offset: number): number {
    return this.text.lastIndexOf('\n', offset - 1) + 1;
  }

  private column(offset: number): number {
    return offset - this.lineStart(offset);
  }

  private lineIndent(offset: number): string {
    const start = this.lineStart(offset);
    return /^[ \t]*/.exec(this.text.slice(start, offset))?.[0] ?? '';
  }

  /** Comment lines directly above a key belong to it: a new key goes above them. */
  private startOfLeadingComments(lineStart: number): number {
    let start = lineStart;
    while (start > 0) {
      const previous = this.lineStart(start - 1);
      if (!this.text.slice(previous, start).trimStart().startsWith('#')) break;
      start = previous;
    }
    return start;
  }

  /** YAML: how far a resource's keys stand right of `Resources:` (usually 2 or 4). */
  private yamlIndentUnit(): number | undefined {
    const root = this.document.contents;
    if (!isMap(root)) return undefined;
    const resources = lastPair(root, 'Resources');
    const value = resources?.value;
    const first = isMap(value) && !value.flow ? value.items[0] : undefined;
    if (!resources || !first) return undefined;
    return this.column(keyStart(first)) - this.column(keyStart(resources));
  }

  /** YAML: where the file puts a block sequence's dashes relative to their key. */
  private yamlSequenceIndent(): number | undefined {
    let found: number | undefined;
    visit(this.document, {
      Pair: (_key, pair) => {
        if (isSeq(pair.value) && !pair.value.flow && pair.value.range && isScalar(pair.key) && pair.key.range) {
          found = this.column(pair.value.range[0]) - this.column(pair.key.range[0]);
          return visit.BREAK;
        }
        return undefined;
      },
    });
    return found;
  }
}

/** The pair the reader uses: with duplicate keys, the last one wins. */
function lastPair(map: YAMLMap, key: string): Pair | undefined {
  let found: Pair | undefined;
  for (const pair of map.items) if (isScalar(pair.key) && String(pair.key.value) === key) found = pair;
  return found;
}

function isEmptyValue(value: unknown): boolean {
  return value === null || (isScalar(value) && value.value === null && !!value.range && value.range[0] === value.range[1]);
}

function keyStart(pair: Pair): number {
  return (pair.key as Node).range?.[0] ?? 0;
}

/** Where an entry's content ends: before the comment lines that trail it (which a block collection's range takes in). */
function pairEnd(pair: Pair): number {
  return contentEnd(pair.value) ?? (pair.key as Node).range?.[1] ?? 0;
}

function contentEnd(node: unknown): number | undefined {
  if ((isMap(node) || isSeq(node)) && !node.flow) {
    const last: unknown = node.items[node.items.length - 1];
    if (last === undefined) return node.range?.[1];
    return isPair(last) ? (contentEnd(last.value) ?? (last.key as Node).range?.[1]) : contentEnd(last);
  }
  return (node as Node | null)?.range?.[1];
}

function describe(path: PropertyPath): string {
  return path.reduce<string>((text, segment) => (typeof segment === 'number' ? `${text}[${segment}]` : text ? `${text}.${segment}` : segment), '') || 'the template';
}
