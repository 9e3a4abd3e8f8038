import type { Evaluation, ScanProblem } from '../../model/evaluation.js';
import type { EvaluationCounts, FormatContext, Formatter, ScanReport } from '../types.js';
import { countEvaluations, summarize } from '../types.js';
import { fingerprintOf, identityInFile, ReportFingerprints } from '../fingerprint.js';
import { relativePath } from './shared.js';

/** Stands in for the results in the report's skeleton; found by its first occurrence (only the tool's name and version come before it). */
const RESULTS_PLACEHOLDER = '\u0000results\u0000';
const RESULTS_INDENT = '    ';

/** The report as one object; `results` stands for its results (the placeholder, or all of them). */
function reportJson(report: ScanReport, context: FormatContext, results: unknown, counts?: EvaluationCounts): Record<string, unknown> {
  return {
    version: 1,
    tool: { name: report.tool.name, version: report.tool.version },
    results,
    errors: report.problems.filter((problem) => problem.level === 'error').map((problem) => problemJson(problem, context)),
    warnings: report.problems.filter((problem) => problem.level === 'warning').map((problem) => problemJson(problem, context)),
    summary: { ...summarize(report, context.severityThreshold, counts), severityThreshold: context.severityThreshold },
    ...(report.baseline ? { baseline: { file: report.baseline.file, matched: report.baseline.matched, fixed: report.baseline.fixed.length } } : {}),
  };
}

/** The report's JSON around its results: the text before them and the text after them. */
function skeleton(report: ScanReport, context: FormatContext, counts?: EvaluationCounts): [string, string] {
  const text = JSON.stringify(reportJson(report, context, RESULTS_PLACEHOLDER, counts), null, 2);
  const placeholder = JSON.stringify(RESULTS_PLACEHOLDER);
  const at = text.indexOf(placeholder);
  return [text.slice(0, at), `${text.slice(at + placeholder.length)}\n`];
}

/**
 * The JSON report written while a run goes: its results as they come (counted, not kept), then
 * the problems and summary. The pieces concatenate to formatJson's text of the same report.
 */
export class JsonReportWriter {
  private counts: EvaluationCounts | undefined;
  private readonly relative: (file: string) => string;
  private readonly memo: ResultTextMemo = { text: undefined, fingerprints: new ReportFingerprints(), quoted: new Map() };

  constructor(private readonly context: FormatContext) {
    this.relative = relativePaths(context.cwd);
  }

  /** The text before the results (it depends on the tool only). */
  head(tool: ScanReport['tool']): string {
    return skeleton({ tool, files: [], evaluations: [], problems: [], rules: {} }, this.context)[0];
  }

  /** The results of `evaluations`, laid out as JSON.stringify(..., null, 2) lays out an array two levels deep. */
  *results(evaluations: readonly Evaluation[]): Generator<string> {
    for (const evaluation of evaluations) yield this.result(evaluation);
  }

  /** One evaluation's result, with the separator before it. */
  result(evaluation: Evaluation): string {
    const text = `${this.counts ? ',\n' : '[\n'}${RESULTS_INDENT}${resultText(evaluation, this.relative(evaluation.location.file), this.memo)}`;
    this.counts = countEvaluations([evaluation], this.context.severityThreshold, this.counts);
    return text;
  }

  /** What the results written so far count up to (none yet: undefined). */
  get written(): EvaluationCounts | undefined {
    return this.counts;
  }

  /** The text after the results: `report`'s problems and summary, its evaluations being the ones written. */
  tail(report: ScanReport): string {
    return `${this.counts ? '\n  ]' : '[]'}${skeleton(report, this.context, this.counts ?? countEvaluations([], this.context.severityThreshold))[1]}`;
  }
}

/** The JSON report in pieces, one per result (see JsonReportWriter). */
export function* formatJsonChunks(report: ScanReport, context: FormatContext): Generator<string> {
  const writer = new JsonReportWriter(context);
  yield writer.head(report.tool);
  yield* writer.results(report.evaluations);
  yield writer.tail(report);
}

/**
 * Every evaluation, the problems split into errors and warnings, and the summary. Version 1 of
 * this shape is stable: fields may be added, none removed or renamed. Unknown lines and columns are null.
 */
export const formatJson: Formatter = (report, context) => {
  // One JSON.stringify of the whole report: the same text as the pieces, without a string per result.
  const relative = relativePaths(context.cwd);
  const results = report.evaluations.map((evaluation) => result(evaluation, relative(evaluation.location.file)));
  return `${JSON.stringify(reportJson(report, context, results), null, 2)}\n`;
};

/** Paths relative to `cwd`, each file's worked out once (a file has many results). */
function relativePaths(cwd: string): (file: string) => string {
  const paths = new Map<string, string>();
  return (file) => {
    let path = paths.get(file);
    if (path === undefined) paths.set(file, (path = relativePath(file, cwd)));
    return path;
  };
}

function result(evaluation: Evaluation, file: string): Record<string, unknown> {
  const { resource: from, location } = evaluation;
  // Optional fields are assigned rather than spread from throwaway objects: this runs once per
  // result (178,570 for a 50,000-resource plan). Assignment order is the JSON key order.
  const resource: Record<string, unknown> = { type: from.type, id: from.id, source: from.source };
  if (from.address !== undefined) resource.address = from.address;
  if (from.arn !== undefined) resource.arn = from.arn;
  if (from.key !== undefined) resource.key = from.key;
  if (from.links !== undefined) resource.links = from.links;
  if (from.constructPath !== undefined) resource.constructPath = from.constructPath;
  const json: Record<string, unknown> = {
    ruleId: evaluation.ruleId,
    status: evaluation.status,
    severity: evaluation.severity,
    message: evaluation.message,
    resource,
    location: { file, line: location.line ?? null, column: location.column ?? null, path: location.path },
  };
  if (evaluation.suppressed) json.suppressed = { kind: evaluation.suppressed.kind, reason: evaluation.suppressed.reason };
  json.fingerprint = fingerprintOf(identityInFile(evaluation, file));
  return json;
}

const quote = JSON.stringify;
const IN1 = `\n${RESULTS_INDENT}  `;
const IN2 = `${IN1}  `;
const IN3 = `${IN2}  `;

/**
 * What resultText keeps from one result to the next. The last resource text it wrote, with what it
 * was made of: a resource's results come one after another (one per rule that judges it) and their
 * resource and file are the same, so that text is made once per resource, not once per result.
 * The JSON of the rule ids, statuses and severities (a report has few of each), and the hashes of
 * the fingerprints' starts.
 */
interface ResultTextMemo {
  text: string | undefined;
  resource?: Evaluation['resource'];
  file?: string;
  fingerprints: ReportFingerprints;
  quoted: Map<string, string>;
}

/**
 * `JSON.stringify(result(evaluation, file), null, 2)` with its lines indented as a result of the
 * report's list, written out directly: formatting is most of a large report's cost, and this is
 * about twice as fast. A value of a type the layout does not expect takes JSON.stringify's way.
 */
function resultText(evaluation: Evaluation, file: string, memo: ResultTextMemo): string {
  const { location, suppressed } = evaluation;
  const resource = resourceText(evaluation.resource, file, memo);
  if (resource === undefined || !plainResult(evaluation)) return JSON.stringify(result(evaluation, file), null, 2).replaceAll('\n', `\n${RESULTS_INDENT}`);
  const { quoted } = memo;
  let text = `{${IN1}"ruleId": ${quoteOften(evaluation.ruleId, quoted)},${IN1}"status": ${quoteOften(evaluation.status, quoted)},${IN1}"severity": ${quoteOften(evaluation.severity, quoted)},${IN1}"message": ${quote(evaluation.message)},${resource}`;
  text += `,${IN2}"line": ${location.line == null ? 'null' : quote(location.line)},${IN2}"column": ${location.column == null ? 'null' : quote(location.column)},${IN2}"path": `;
  if (location.path.length === 0) text += '[]';
  else {
    text += '[';
    for (let index = 0; index < location.path.length; index++) text += `${index ? ',' : ''}${IN3}${quote(location.path[index])}`;
    text += `${IN2}]`;
  }
  text += `${IN1}},`;
  if (suppressed) text += `${IN1}"suppressed": {${IN2}"kind": ${quote(suppressed.kind)},${IN2}"reason": ${quote(suppressed.reason)}${IN1}},`;
  // A fingerprint is 16 hex digits: its JSON is itself in quotes.
  return `${text}${IN1}"fingerprint": "${memo.fingerprints.of(evaluation, file)}"\n${RESULTS_INDENT}}`;
}

/** The JSON of a string of a small set (rule ids, statuses, severities), made once per string. */
function quoteOften(text: string, quoted: Map<string, string>): string {
  let json = quoted.get(text);
  if (json === undefined) quoted.set(text, (json = quote(text)));
  return json;
}

/**
 * A result's text from its resource up to its file (`"resource": {...}, "location": {"file": ...`),
 * taken from `memo` when the resource and file are those of the last result; undefined when a
 * value of the resource is not of the type the layout expects.
 */
function resourceText(resource: Evaluation['resource'], file: string, memo: ResultTextMemo): string | undefined {
  if (memo.text !== undefined && memo.file === file && sameResource(memo.resource as Evaluation['resource'], resource)) return memo.text;
  if (!plainResource(resource)) return undefined;
  let text = `${IN1}"resource": {${IN2}"type": ${quote(resource.type)},${IN2}"id": ${quote(resource.id)},${IN2}"source": ${quote(resource.source)}`;
  if (resource.address !== undefined) text += `,${IN2}"address": ${quote(resource.address)}`;
  if (resource.arn !== undefined) text += `,${IN2}"arn": ${quote(resource.arn)}`;
  if (resource.key !== undefined) text += `,${IN2}"key": ${quote(resource.key)}`;
  if (resource.links !== undefined) text += `,${IN2}"links": ${resource.links.length === 0 ? '[]' : `[${resource.links.map((link) => `${IN3}${quote(link)}`).join(',')}${IN2}]`}`;
  if (resource.constructPath !== undefined) text += `,${IN2}"constructPath": ${quote(resource.constructPath)}`;
  text += `${IN1}},${IN1}"location": {${IN2}"file": ${quote(file)}`;
  memo.text = text;
  memo.file = file;
  // A copy: the evaluation's resource belongs to the caller, who may change it after this result.
  memo.resource = { ...resource, ...(resource.links ? { links: [...resource.links] } : {}) };
  return text;
}

/** Every field the layout writes is the same (links element by element). */
function sameResource(a: Evaluation['resource'], b: Evaluation['resource']): boolean {
  if (a.type !== b.type || a.id !== b.id || a.source !== b.source || a.address !== b.address || a.arn !== b.arn || a.key !== b.key || a.constructPath !== b.constructPath) return false;
  if (a.links === b.links) return true;
  if (a.links === undefined || b.links === undefined || !Array.isArray(b.links) || a.links.length !== b.links.length) return false;
  for (let index = 0; index < a.links.length; index++) if (a.links[index] !== b.links[index]) return false;
  return true;
}

/** Every value of the resource that resultText writes is a string where it expects one (JSON.stringify would leave out an undefined). */
function plainResource(resource: Evaluation['resource']): boolean {
  const text = (value: unknown): boolean => typeof value === 'string';
  const optional = (value: unknown): boolean => value === undefined || typeof value === 'string';
  return (
    text(resource.type) &&
    text(resource.id) &&
    text(resource.source) &&
    optional(resource.address) &&
    optional(resource.arn) &&
    optional(resource.key) &&
    (resource.links === undefined || (Array.isArray(resource.links) && resource.links.every(text))) &&
    optional(resource.constructPath)
  );
}

/** Every value outside the resource that resultText writes is a string or a number where it expects one. */
function plainResult(evaluation: Evaluation): boolean {
  const { location, suppressed } = evaluation;
  const text = (value: unknown): boolean => typeof value === 'string';
  const position = (value: unknown): boolean => value === undefined || value === null || typeof value === 'number';
  return (
    text(evaluation.ruleId) &&
    text(evaluation.status) &&
    text(evaluation.severity) &&
    text(evaluation.message) &&
    position(location.line) &&
    position(location.column) &&
    Array.isArray(location.path) &&
    location.path.every((step) => typeof step === 'string' || typeof step === 'number') &&
    (!suppressed || (text(suppressed.kind) && text(suppressed.reason)))
  );
}

function problemJson(problem: ScanProblem, context: FormatContext): Record<string, unknown> {
  return {
    file: relativePath(problem.file, context.cwd),
    ...(problem.line === undefined ? {} : { line: problem.line }),
    ...(problem.ruleId === undefined ? {} : { ruleId: problem.ruleId }),
    message: problem.message,
  };
}
