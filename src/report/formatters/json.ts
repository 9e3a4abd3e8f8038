import type { Evaluation, ScanProblem } from '../../model/evaluation.js';
import type { FormatContext, Formatter, ScanReport } from '../types.js';
import { summarize } from '../types.js';
import { relativePath } from './shared.js';

/** Stands in for the results in the report's skeleton; found by its first occurrence (only the tool's name and version come before it). */
const RESULTS_PLACEHOLDER = '\u0000results\u0000';
const RESULTS_INDENT = '    ';

/**
 * The JSON report in pieces, one per result, whose concatenation is formatJson's text: a run with
 * many evaluations can write its report without holding it whole as one string (nor a second,
 * output-shaped copy of every evaluation).
 */
export function* formatJsonChunks(report: ScanReport, context: FormatContext): Generator<string> {
  const skeleton = JSON.stringify(
    {
      version: 1,
      tool: { name: report.tool.name, version: report.tool.version },
      results: RESULTS_PLACEHOLDER,
      errors: report.problems.filter((problem) => problem.level === 'error').map((problem) => problemJson(problem, context)),
      warnings: report.problems.filter((problem) => problem.level === 'warning').map((problem) => problemJson(problem, context)),
      summary: { ...summarize(report, context.severityThreshold), severityThreshold: context.severityThreshold },
    },
    null,
    2,
  );
  const placeholder = JSON.stringify(RESULTS_PLACEHOLDER);
  const at = skeleton.indexOf(placeholder);
  yield skeleton.slice(0, at);
  if (report.evaluations.length === 0) yield '[]';
  else {
    // As JSON.stringify(..., null, 2) lays out an array two levels deep.
    let separator = '[\n';
    for (const evaluation of report.evaluations) {
      yield `${separator}${RESULTS_INDENT}${JSON.stringify(result(evaluation, context), null, 2).replace(/\n/g, `\n${RESULTS_INDENT}`)}`;
      separator = ',\n';
    }
    yield '\n  ]';
  }
  yield `${skeleton.slice(at + placeholder.length)}\n`;
}

/**
 * Every evaluation, the problems split into errors and warnings, and the summary. Version 1 of
 * this shape is stable: fields may be added, none removed or renamed. Unknown lines and columns are null.
 */
export const formatJson: Formatter = (report, context) => [...formatJsonChunks(report, context)].join('');

function result(evaluation: Evaluation, context: FormatContext): Record<string, unknown> {
  const { resource, location } = evaluation;
  return {
    ruleId: evaluation.ruleId,
    status: evaluation.status,
    severity: evaluation.severity,
    message: evaluation.message,
    resource: {
      type: resource.type,
      id: resource.id,
      source: resource.source,
      ...(resource.address === undefined ? {} : { address: resource.address }),
      ...(resource.arn === undefined ? {} : { arn: resource.arn }),
    },
    location: { file: relativePath(location.file, context.cwd), line: location.line ?? null, column: location.column ?? null, path: location.path },
    ...(evaluation.suppressed ? { suppressed: { kind: evaluation.suppressed.kind, reason: evaluation.suppressed.reason } } : {}),
  };
}

function problemJson(problem: ScanProblem, context: FormatContext): Record<string, unknown> {
  return {
    file: relativePath(problem.file, context.cwd),
    ...(problem.line === undefined ? {} : { line: problem.line }),
    ...(problem.ruleId === undefined ? {} : { ruleId: problem.ruleId }),
    message: problem.message,
  };
}
