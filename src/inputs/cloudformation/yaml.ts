import jsYaml, { type LoadOptions } from 'js-yaml';
import type { ScanProblem } from '../../model/evaluation.js';
import type { SourcePosition } from '../../model/resource.js';
import { scanJson } from './json.js';
import { TEMPLATE_LIMITS, TemplateLimitError, type TemplateLimits } from './limits.js';
import { ComposedNodes, NO_NODE } from './yaml-nodes.js';
import { CLOUDFORMATION_SCHEMA } from './yaml-schema.js';
import { materialize, ReadError, Walk } from './yaml-walk.js';

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
export function startsLikeJson(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || (i === 0 && c === 0xfeff)) continue;
    return c === 123 || c === 91;
  }
  return false;
}

/** Parses CloudFormation YAML (or JSON) text with the YAML reader. */
export function parseYamlText(text: string, file: string, limits: TemplateLimits = TEMPLATE_LIMITS): ParsedTemplateSource {
  const problems: ScanProblem[] = [];
  const positions = new WeakMap<object, NodePositions>();
  const nodes = new ComposedNodes(limits.nodes);
  const options: LoadOptions & { maxDepth: number } = {
    schema: CLOUDFORMATION_SCHEMA,
    json: true,
    listener: nodes.listener,
    // The library counts keys and wrapper nodes as levels too; the walk below checks the real depth.
    maxDepth: 2 * limits.depth + 4,
  };
  let value: unknown;
  try {
    value = jsYaml.load(text, options);
    // The library reads the text without its byte order mark: so do the positions below.
    const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (nodes.root !== NO_NODE) {
      const walk = new Walk(nodes, source, text.length - source.length, positions, limits);
      walk.node(nodes.root);
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

