import type { Evaluation, ScanProblem } from '../../model/evaluation.js';
import type { FormatContext, Formatter } from '../types.js';
import { summarize } from '../types.js';
import { relativePath } from './shared.js';

/**
 * Every evaluation, the problems split into errors and warnings, and the summary. Version 1 of
 * this shape is stable: fields may be added, none removed or renamed. Unknown lines and columns are null.
 */
export const formatJson: Formatter = (report, context) => {
  const output = {
    version: 1,
    tool: { name: report.tool.name, version: report.tool.version },
    results: report.evaluations.map((evaluation) => result(evaluation, context)),
    errors: report.problems.filter((problem) => problem.level === 'error').map((problem) => problemJson(problem, context)),
    warnings: report.problems.filter((problem) => problem.level === 'warning').map((problem) => problemJson(problem, context)),
    summary: { ...summarize(report, context.severityThreshold), severityThreshold: context.severityThreshold },
  };
  return `${JSON.stringify(output, null, 2)}\n`;
};

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
