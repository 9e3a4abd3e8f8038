import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Node, Parser } from 'web-tree-sitter';
import type { SourcePosition } from '../../../model/resource.js';
import type { Body, Block, Comment, Expr, ParsedFile, SplatStep, TemplatePart } from './syntax.js';

/**
 * HCL is parsed with tree-sitter's HCL grammar (a well-kept parser with positions for every
 * node and error recovery), then turned into Tosei's own small syntax tree.
 */
let parser: Parser | undefined;

export async function initHclParser(): Promise<void> {
  if (parser) return;
  const require = createRequire(import.meta.url);
  // Loaded here, not at start-up: the library takes tens of milliseconds to load, and only HCL needs it.
  const { Language, Parser } = await import('web-tree-sitter');
  // A bundle (the Lambda handlers) has no node_modules: it carries both wasm files beside itself.
  const beside = (name: string): string | undefined => {
    const path = fileURLToPath(new URL(`./${name}`, import.meta.url));
    return existsSync(path) ? path : undefined;
  };
  const runtime = beside('tree-sitter.wasm');
  await Parser.init(runtime ? { locateFile: () => runtime } : undefined);
  const language = await Language.load(beside('tree-sitter-hcl.wasm') ?? require.resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm'));
  const instance = new Parser();
  instance.setLanguage(language);
  parser = instance;
}

export class HclSyntaxError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    message: string,
  ) {
    super(message);
  }
}

/** Parses HCL text; throws HclSyntaxError naming the first error's line and column. */
export function parseHcl(text: string, file: string): ParsedFile {
  if (!parser) throw new Error('initHclParser() must run first');
  const tree = parser.parse(text);
  if (!tree) throw new HclSyntaxError(file, 1, 1, 'the file could not be parsed');
  try {
    const root = tree.rootNode;
    if (root.hasError) {
      const bad = firstError(root) ?? root;
      const at = position(bad);
      const snippet = bad.text.split('\n')[0]?.slice(0, 40) ?? '';
      const message = bad.isMissing ? `missing ${bad.type}` : snippet ? `unexpected "${snippet}"` : 'syntax error';
      throw new HclSyntaxError(file, at.line, at.column, `invalid HCL at line ${at.line}, column ${at.column}: ${message}`);
    }
    const comments: Comment[] = [];
    collectComments(root, comments);
    const body = root.namedChildren.find((child) => child?.type === 'body');
    return { file, body: body ? convertBody(body, text) : { attributes: [], blocks: [] }, comments };
  } catch (error) {
    // Reading follows the syntax tree by recursion: text nested deeper than the stack reaches is
    // refused where it is deepest, with its line, not as a crash. Real configurations nest a few dozen levels.
    if (!(error instanceof RangeError)) throw error;
    const deepest = deepestNode(tree.rootNode);
    const at = position(deepest.node);
    throw new HclSyntaxError(file, at.line, at.column, `invalid HCL at line ${at.line}, column ${at.column}: nested too deeply to read (${deepest.depth} levels of syntax)`);
  } finally {
    tree.delete();
  }
}

/** The first of the deepest nodes and its depth, found without recursion. */
function deepestNode(root: Node): { node: Node; depth: number } {
  const cursor = root.walk();
  let depth = 0;
  let deepest = { node: root, depth: 0 };
  try {
    for (;;) {
      if (cursor.gotoFirstChild()) {
        depth++;
        if (depth > deepest.depth) deepest = { node: cursor.currentNode, depth };
        continue;
      }
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) return deepest;
        depth--;
      }
    }
  } finally {
    cursor.delete();
  }
}

function firstError(node: Node): Node | undefined {
  if (node.isError || node.isMissing) return node;
  for (const child of node.children) {
    if (child && (child.hasError || child.isMissing)) {
      const found = firstError(child);
      if (found) return found;
    }
  }
  return undefined;
}

function collectComments(node: Node, comments: Comment[]): void {
  for (const child of node.children) {
    if (!child) continue;
    if (child.type === 'comment') comments.push({ text: child.text, line: child.startPosition.row + 1 });
    else if (child.childCount > 0) collectComments(child, comments);
  }
}

function position(node: Node): SourcePosition {
  return { line: node.startPosition.row + 1, column: node.startPosition.column + 1 };
}

const named = (node: Node): Node[] => node.namedChildren.filter((child): child is Node => child !== null && child.type !== 'comment');
const all = (node: Node): Node[] => node.children.filter((child): child is Node => child !== null && child.type !== 'comment');

function convertBody(node: Node, text: string): Body {
  const body: Body = { attributes: [], blocks: [] };
  for (const child of named(node)) {
    if (child.type === 'attribute') {
      const [name, expression] = named(child);
      if (name && expression) body.attributes.push({ name: name.text, expr: convertExpression(expression, text), at: position(child) });
    } else if (child.type === 'block') body.blocks.push(convertBlock(child, text));
  }
  return body;
}

function convertBlock(node: Node, text: string): Block {
  const children = named(node);
  const type = children[0]?.text ?? '';
  const labels: string[] = [];
  let body: Body = { attributes: [], blocks: [] };
  for (const child of children.slice(1)) {
    if (child.type === 'string_lit') labels.push(decodeQuoted(stringContent(child, text)));
    else if (child.type === 'identifier') labels.push(child.text);
    else if (child.type === 'body') body = convertBody(child, text);
  }
  return { type, labels, body, at: position(node), endLine: node.endPosition.row + 1 };
}

/** Raw text between a string literal's quotes. */
function stringContent(node: Node, text: string): string {
  const start = node.children.find((child) => child?.type === 'quoted_template_start');
  const end = node.children.find((child) => child?.type === 'quoted_template_end');
  return text.slice(start ? start.endIndex : node.startIndex, end ? end.startIndex : node.endIndex);
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

/** Decodes HCL quoted-string escapes: `\n`, `\"`, `\uXXXX`, and `$${` / `%%{` for literal `${` / `%{`. */
function decodeQuoted(raw: string): string {
  return raw
    .replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (whole, escape: string) => {
      if (escape.length > 1) return String.fromCodePoint(parseInt(escape.slice(1), 16));
      return ESCAPES[escape] ?? whole;
    })
    .replace(/\$\$\{/g, '${')
    .replace(/%%\{/g, '%{');
}

function convertExpression(node: Node, text: string): Expr {
  if (node.type === 'expression') {
    const children = all(node);
    if (children.length === 1 && children[0]?.type === 'conditional') return convertExpression(children[0], text);
    return convertTerm(children, text, position(node));
  }
  if (node.type === 'conditional') {
    const [condition, then, otherwise] = named(node);
    return { kind: 'conditional', condition: convertExpression(condition!, text), then: convertExpression(then!, text), otherwise: convertExpression(otherwise!, text), at: position(node) };
  }
  return convertTerm([node], text, position(node));
}

/** A term: a primary expression followed by attribute accesses, indexes and splats. */
function convertTerm(nodes: Node[], text: string, at: SourcePosition): Expr {
  let index = 0;
  let current: Expr;
  const first = nodes[0];
  if (!first) return { kind: 'literal', value: null, at };
  if (first.type === '(') {
    const inner = nodes[1];
    current = inner ? convertExpression(inner, text) : { kind: 'literal', value: null, at };
    index = 3;
  } else {
    current = convertPrimary(first, text);
    index = 1;
  }
  for (; index < nodes.length; index++) {
    const postfix = nodes[index] as Node;
    if (postfix.type === 'get_attr') current = { kind: 'getattr', target: current, name: named(postfix)[0]?.text ?? '', at: position(postfix) };
    else if (postfix.type === 'index') current = { kind: 'index', target: current, key: indexKey(postfix, text), at: position(postfix) };
    else if (postfix.type === 'splat') {
      const splat = named(postfix)[0] as Node;
      const steps: SplatStep[] = named(splat).map((step) => (step.type === 'get_attr' ? { kind: 'getattr', name: named(step)[0]?.text ?? '' } : { kind: 'index', key: indexKey(step, text) }));
      current = { kind: 'splat', source: current, steps, at: position(postfix) };
    }
  }
  return current;
}

function indexKey(node: Node, text: string): Expr {
  const inner = named(node)[0] as Node;
  if (inner.type === 'legacy_index') return { kind: 'literal', value: Number(inner.text.slice(1)), at: position(inner) };
  const expression = named(inner)[0];
  return expression ? convertExpression(expression, text) : { kind: 'literal', value: null, at: position(inner) };
}

function convertPrimary(node: Node, text: string): Expr {
  const at = position(node);
  switch (node.type) {
    case 'literal_value':
      return convertLiteral(named(node)[0] as Node, text);
    case 'template_expr':
      return { kind: 'template', parts: templateParts(named(node)[0] as Node, text), at };
    case 'collection_value': {
      const collection = named(node)[0] as Node;
      if (collection.type === 'tuple') return { kind: 'tuple', items: named(collection).filter((child) => child.type === 'expression').map((child) => convertExpression(child, text)), at };
      const items = named(collection)
        .filter((child) => child.type === 'object_elem')
        .map((element) => {
          const key = element.childForFieldName('key') as Node;
          const value = element.childForFieldName('val') as Node;
          return { key: objectKey(key, text), value: convertExpression(value, text) };
        });
      return { kind: 'object', items, at };
    }
    case 'variable_expr':
      return { kind: 'variable', name: node.text, at };
    case 'function_call': {
      const children = named(node);
      const name = children[0]?.text ?? '';
      const argumentsNode = children.find((child) => child.type === 'function_arguments');
      const args = argumentsNode ? named(argumentsNode).filter((child) => child.type === 'expression').map((child) => convertExpression(child, text)) : [];
      const expandFinal = argumentsNode ? named(argumentsNode).some((child) => child.type === 'ellipsis') : false;
      return { kind: 'call', name, args, expandFinal, at };
    }
    case 'for_expr':
      return convertFor(named(node)[0] as Node, text);
    case 'operation':
      return convertOperation(named(node)[0] as Node, text);
    case 'expression':
    case 'conditional':
      return convertExpression(node, text);
    default:
      return { kind: 'literal', value: null, at };
  }
}

/** An object key: a bare identifier is a string, anything else an expression. */
function objectKey(node: Node, text: string): Expr {
  const children = all(node);
  if (children.length === 1 && children[0]?.type === 'variable_expr') return { kind: 'literal', value: children[0].text, at: position(node) };
  return convertExpression(node, text);
}

function convertLiteral(node: Node, text: string): Expr {
  const at = position(node);
  switch (node.type) {
    case 'numeric_lit':
      return { kind: 'literal', value: Number(node.text), at };
    case 'bool_lit':
      return { kind: 'literal', value: node.text === 'true', at };
    case 'null_lit':
      return { kind: 'literal', value: null, at };
    default:
      return { kind: 'literal', value: decodeQuoted(stringContent(node, text)), at };
  }
}

function convertOperation(node: Node, text: string): Expr {
  const at = position(node);
  const children = all(node);
  if (node.type === 'unary_operation') {
    return { kind: 'unary', operator: children[0]?.type ?? '', operand: convertTerm(children.slice(1), text, at), at };
  }
  const operatorIndex = children.findIndex((child, index) => index > 0 && !child.isNamed && child.type !== '(' && child.type !== ')' && !isInsideParens(children, index));
  return {
    kind: 'binary',
    operator: children[operatorIndex]?.type ?? '',
    left: convertTerm(children.slice(0, operatorIndex), text, at),
    right: convertTerm(children.slice(operatorIndex + 1), text, at),
    at,
  };
}

function isInsideParens(children: Node[], index: number): boolean {
  let depth = 0;
  for (let cursor = 0; cursor < index; cursor++) {
    const type = children[cursor]?.type;
    if (type === '(') depth++;
    else if (type === ')') depth--;
  }
  return depth > 0;
}

function convertFor(node: Node, text: string): Expr {
  const at = position(node);
  const children = named(node);
  const intro = children.find((child) => child.type === 'for_intro') as Node;
  const variables = named(intro).filter((child) => child.type === 'identifier').map((child) => child.text);
  const collection = convertExpression(named(intro).find((child) => child.type === 'expression') as Node, text);
  const expressions = children.filter((child) => child.type === 'expression').map((child) => convertExpression(child, text));
  const conditionNode = children.find((child) => child.type === 'for_cond');
  const condition = conditionNode ? convertExpression(named(conditionNode)[0] as Node, text) : undefined;
  const object = node.type === 'for_object_expr';
  const expr: Expr = {
    kind: 'for',
    valueVar: variables.length > 1 ? (variables[1] as string) : (variables[0] ?? '_'),
    collection,
    value: (object ? expressions[1] : expressions[0]) ?? { kind: 'literal', value: null, at },
    object,
    group: children.some((child) => child.type === 'ellipsis'),
    at,
  };
  if (variables.length > 1) expr.keyVar = variables[0] as string;
  if (object && expressions[0]) expr.key = expressions[0];
  if (condition) expr.condition = condition;
  return expr;
}

/** Template parts; literal text is taken from the source between the interpolations, so whitespace survives. */
function templateParts(node: Node, text: string): TemplatePart[] {
  const heredoc = node.type === 'heredoc_template';
  const children = all(node);
  let start: number;
  let end: number;
  if (heredoc) {
    const identifiers = children.filter((child) => child.type === 'heredoc_identifier');
    const opening = identifiers[0];
    const closing = identifiers[identifiers.length - 1];
    start = opening ? text.indexOf('\n', opening.endIndex) + 1 : node.startIndex;
    end = closing && closing !== opening ? text.lastIndexOf('\n', closing.startIndex) + 1 : node.endIndex;
    if (end < start) end = start;
  } else {
    const opening = children.find((child) => child.type === 'quoted_template_start');
    const closing = children.find((child) => child.type === 'quoted_template_end');
    start = opening ? opening.endIndex : node.startIndex;
    end = closing ? closing.startIndex : node.endIndex;
  }
  const inner = children.filter((child) => child.startIndex >= start && child.endIndex <= end && (child.type === 'template_interpolation' || child.type === 'template_directive'));
  let parts = partsBetween(inner, start, end, text, !heredoc);
  if (heredoc && children.some((child) => child.type === 'heredoc_start' && child.text.startsWith('<<-'))) parts = stripIndent(parts);
  return parts;
}

function partsBetween(nodes: Node[], start: number, end: number, text: string, quoted: boolean): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let cursor = start;
  const pushText = (to: number): void => {
    if (to > cursor) parts.push({ kind: 'text', text: quoted ? decodeQuoted(text.slice(cursor, to)) : text.slice(cursor, to).replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{') });
  };
  for (const node of nodes) {
    pushText(node.startIndex);
    if (node.type === 'template_interpolation') {
      const expression = named(node).find((child) => child.type === 'expression');
      if (expression) parts.push({ kind: 'interpolation', expr: convertExpression(expression, text) });
    } else parts.push(convertDirective(named(node)[0] as Node, text, quoted));
    cursor = node.endIndex;
  }
  pushText(end);
  return parts;
}

function convertDirective(node: Node, text: string, quoted: boolean): TemplatePart {
  const children = named(node);
  const bodyNodes = (from: Node | undefined, to: Node | undefined): TemplatePart[] => {
    if (!from) return [];
    const start = from.endIndex;
    const end = to ? to.startIndex : node.endIndex;
    const inner = children.filter((child) => child.startIndex >= start && child.endIndex <= end && (child.type === 'template_interpolation' || child.type === 'template_directive'));
    return partsBetween(inner, start, end, text, quoted);
  };
  if (node.type === 'template_if') {
    const intro = children.find((child) => child.type === 'template_if_intro');
    const elseIntro = children.find((child) => child.type === 'template_else_intro');
    const endNode = children.find((child) => child.type === 'template_if_end');
    const condition = intro ? named(intro).find((child) => child.type === 'expression') : undefined;
    return {
      kind: 'if',
      condition: condition ? convertExpression(condition, text) : { kind: 'literal', value: false, at: position(node) },
      then: bodyNodes(intro, elseIntro ?? endNode),
      otherwise: elseIntro ? bodyNodes(elseIntro, endNode) : [],
    };
  }
  const forStart = children.find((child) => child.type === 'template_for_start');
  const forEnd = children.find((child) => child.type === 'template_for_end');
  const variables = forStart ? named(forStart).filter((child) => child.type === 'identifier').map((child) => child.text) : [];
  const collection = forStart ? named(forStart).find((child) => child.type === 'expression') : undefined;
  const part: TemplatePart = {
    kind: 'for',
    valueVar: variables.length > 1 ? (variables[1] as string) : (variables[0] ?? '_'),
    collection: collection ? convertExpression(collection, text) : { kind: 'literal', value: [], at: position(node) },
    body: bodyNodes(forStart, forEnd),
  };
  if (variables.length > 1) part.keyVar = variables[0] as string;
  return part;
}

/** `<<-` heredocs lose the indentation common to their lines. */
function stripIndent(parts: TemplatePart[]): TemplatePart[] {
  const lines = parts.flatMap((part) => (part.kind === 'text' ? part.text.split('\n') : [])).filter((line) => line.trim() !== '');
  const indent = Math.min(...lines.map((line) => /^[ \t]*/.exec(line)?.[0].length ?? 0));
  if (!Number.isFinite(indent) || indent === 0) return parts;
  let atLineStart = true;
  return parts.map((part) => {
    if (part.kind !== 'text') {
      atLineStart = false;
      return part;
    }
    const stripped = part.text
      .split('\n')
      .map((line, index) => ((index > 0 || atLineStart) ? line.slice(Math.min(indent, /^[ \t]*/.exec(line)?.[0].length ?? 0)) : line))
      .join('\n');
    atLineStart = part.text.endsWith('\n');
    return { kind: 'text', text: stripped };
  });
}
