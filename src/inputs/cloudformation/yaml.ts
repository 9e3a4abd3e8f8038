import { LineCounter, parseDocument, isAlias, isMap, isPair, isScalar, isSeq, type CollectionTag, type Document, type Node, type ScalarTag } from 'yaml';
import type { ScanProblem } from '../../model/evaluation.js';
import type { SourcePosition } from '../../model/resource.js';
import { scanJson } from './json.js';

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

/** `!Ref`, `!GetAtt`, … : the short form maps to the long form key. */
const SHORT_FORM_KEYS: Record<string, string> = {
  '!Ref': 'Ref',
  '!Condition': 'Condition',
  '!GetAtt': 'Fn::GetAtt',
  '!Sub': 'Fn::Sub',
  '!Join': 'Fn::Join',
  '!Select': 'Fn::Select',
  '!Split': 'Fn::Split',
  '!If': 'Fn::If',
  '!Equals': 'Fn::Equals',
  '!And': 'Fn::And',
  '!Or': 'Fn::Or',
  '!Not': 'Fn::Not',
  '!FindInMap': 'Fn::FindInMap',
  '!Base64': 'Fn::Base64',
  '!Cidr': 'Fn::Cidr',
  '!GetAZs': 'Fn::GetAZs',
  '!ImportValue': 'Fn::ImportValue',
  '!Transform': 'Fn::Transform',
  '!Length': 'Fn::Length',
  '!ToJsonString': 'Fn::ToJsonString',
  '!ForEach': 'Fn::ForEach',
};

/**
 * Parses CloudFormation YAML or JSON text, with positions either way. Duplicate keys are reported
 * and the last one wins, as CloudFormation's own JSON reader does; anchors and aliases resolve to
 * their anchored value; `<<` merge keys merge. Strict JSON is read by a fast scanner that gives the
 * same result as the YAML reader; anything else (YAML, YAML-flavoured or broken JSON) by the YAML
 * reader.
 */
export function parseTemplateText(text: string, file: string): ParsedTemplateSource {
  if (startsLikeJson(text)) {
    const json = scanJson(text, file);
    if (json.ok) return { value: json.value, positions: json.positions, problems: json.problems };
  }
  return parseYamlText(text, file);
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

/** YAML tags of the short forms, so the YAML reader resolves them quietly (no warning objects). */
const SHORT_FORM_TAGS: (ScalarTag | CollectionTag)[] = Object.keys(SHORT_FORM_KEYS).flatMap((tag): (ScalarTag | CollectionTag)[] => [
  { tag, resolve: (value: string) => value },
  { tag, collection: 'map' },
  { tag, collection: 'seq' },
]);

/** Parses CloudFormation YAML (or JSON) text with the YAML reader. */
export function parseYamlText(text: string, file: string): ParsedTemplateSource {
  const lineCounter = new LineCounter();
  const problems: ScanProblem[] = [];
  const positions = new WeakMap<object, NodePositions>();
  let document: Document.Parsed;
  try {
    document = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false, strict: false, customTags: SHORT_FORM_TAGS });
  } catch (error) {
    problems.push({ level: 'error', file, message: `cannot parse: ${(error as Error).message}` });
    return { value: undefined, positions, problems };
  }
  const position = (offset: number | undefined): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    return { line, column: col };
  };
  if (document.errors.length > 0) {
    // One entry per unreadable file: the first error, which is the one to fix first.
    const [error] = document.errors;
    if (error) {
      const at = position(error.pos[0]);
      const more = document.errors.length > 1 ? ` (and ${document.errors.length - 1} more)` : '';
      problems.push({ level: 'error', file, line: at.line, column: at.column, message: `invalid YAML/JSON: ${firstLine(error.message)}${more}` });
    }
    return { value: undefined, positions, problems };
  }
  const seen = new Set<Node>();
  const convert = (node: unknown): unknown => {
    if (node === null || node === undefined) return null;
    if (isAlias(node)) {
      const target = node.resolve(document);
      if (!target || seen.has(target as Node)) {
        const at = position(node.range?.[0]);
        problems.push({ level: 'error', file, line: at.line, column: at.column, message: `alias *${node.source} cannot be resolved` });
        return null;
      }
      seen.add(target as Node);
      const value = convert(target);
      seen.delete(target as Node);
      return value;
    }
    // Only collections and tagged nodes keep a position of their own.
    let nodeAt: SourcePosition | undefined;
    let value: unknown;
    if (isScalar(node)) {
      value = node.value;
      if (typeof value === 'bigint') value = Number(value);
    } else if (isMap(node)) {
      const object: Record<string, unknown> = {};
      const keys = new Map<string, SourcePosition>();
      let merged: Set<string> | undefined;
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as Node | null;
        const rawKey = isScalar(keyNode) ? keyNode.value : convert(keyNode);
        const keyAt = position(keyNode?.range?.[0] ?? node.range?.[0]);
        if (rawKey === '<<' && !(isScalar(keyNode) && keyNode.type === 'QUOTE_DOUBLE')) {
          mergeInto(object, keys, (merged ??= new Set()), convert(pair.value), keyAt);
          continue;
        }
        const key = String(rawKey);
        if (keys.has(key) && !merged?.delete(key)) {
          problems.push({
            level: 'warning', file, line: keyAt.line, column: keyAt.column,
            message: `duplicate key "${key}" (first at line ${keys.get(key)?.line}); the last one is used`,
          });
        }
        object[key] = convert(pair.value);
        keys.set(key, keyAt);
      }
      value = object;
      nodeAt = position(node.range?.[0]);
      positions.set(object, { self: nodeAt, keys });
    } else if (isSeq(node)) {
      const items: unknown[] = [];
      const itemPositions: SourcePosition[] = [];
      for (const item of node.items) {
        items.push(convert(item));
        itemPositions.push(position((item as Node | null)?.range?.[0] ?? node.range?.[0]));
      }
      value = items;
      nodeAt = position(node.range?.[0]);
      positions.set(items, { self: nodeAt, items: itemPositions });
    } else {
      value = null;
    }
    const tag = (node as Node).tag;
    if (tag && tag.startsWith('!')) {
      const longForm = SHORT_FORM_KEYS[tag];
      if (longForm) {
        nodeAt ??= position((node as Node).range?.[0]);
        if (longForm === 'Fn::GetAtt' && typeof value === 'string') {
          const dot = value.indexOf('.');
          value = dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)];
          positions.set(value as unknown[], { self: nodeAt, items: [nodeAt, nodeAt] });
        }
        const wrapper = { [longForm]: value };
        positions.set(wrapper, { self: nodeAt, keys: new Map([[longForm, nodeAt]]) });
        value = wrapper;
      }
    }
    return value;
  };
  const value = convert(document.contents);
  return { value, positions, problems };
}

function mergeInto(
  target: Record<string, unknown>,
  keys: Map<string, SourcePosition>,
  merged: Set<string>,
  source: unknown,
  at: SourcePosition,
): void {
  const sources = Array.isArray(source) ? source : [source];
  for (const item of sources) {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) continue;
    for (const [key, value] of Object.entries(item)) {
      if (!Object.prototype.hasOwnProperty.call(target, key)) {
        target[key] = value;
        keys.set(key, at);
        merged.add(key);
      }
    }
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
