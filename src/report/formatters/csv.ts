import type { Evaluation, ScanProblem } from '../../model/evaluation.js';
import { isFailingAt, type FormatContext, type Formatter } from '../types.js';
import { compareEvaluations, compareProblems, relativePath, wellFormed, withoutControlChars } from './shared.js';

const COLUMNS = [
  'kind',
  'file',
  'line',
  'column',
  'rule_id',
  'severity',
  'status',
  'failing',
  'suppressed',
  'suppression_reason',
  'resource_type',
  'resource_id',
  'resource_address',
  'resource_arn',
  'property_path',
  'message',
] as const;

type Row = Record<(typeof COLUMNS)[number], string>;

/**
 * CSV (RFC 4180): one row per evaluation, then one per error or warning (`kind` tells them apart),
 * so a spreadsheet of a run never hides an input that could not be read. `failing` is what fails
 * the run: not suppressed, non-compliant or a rule error, at or above the severity threshold.
 */
export const formatCsv: Formatter = (report, context) => {
  const rows: Row[] = [
    ...[...report.evaluations].sort(compareEvaluations).map((evaluation) => evaluationRow(evaluation, context)),
    ...[...report.problems].sort(compareProblems).map((problem) => problemRow(problem, context)),
  ];
  return [COLUMNS.join(','), ...rows.map((row) => COLUMNS.map((column) => cell(row[column])).join(','))].map((line) => `${line}\r\n`).join('');
};

function evaluationRow(evaluation: Evaluation, context: FormatContext): Row {
  const { resource, location } = evaluation;
  return {
    kind: 'evaluation',
    file: relativePath(location.file, context.cwd),
    line: location.line === undefined ? '' : String(location.line),
    column: location.column === undefined ? '' : String(location.column),
    rule_id: evaluation.ruleId,
    severity: evaluation.severity,
    status: evaluation.status,
    failing: String(isFailingAt(evaluation, context.severityThreshold)),
    suppressed: String(evaluation.suppressed !== undefined),
    suppression_reason: evaluation.suppressed?.reason ?? '',
    resource_type: resource.type,
    resource_id: resource.id,
    resource_address: resource.address ?? '',
    resource_arn: resource.arn ?? '',
    property_path: location.path.map(String).join('.'),
    message: evaluation.message,
  };
}

function problemRow(problem: ScanProblem, context: FormatContext): Row {
  return {
    kind: problem.level,
    file: relativePath(problem.file, context.cwd),
    line: problem.line === undefined ? '' : String(problem.line),
    column: problem.column === undefined ? '' : String(problem.column),
    rule_id: problem.ruleId ?? '',
    severity: '',
    status: '',
    failing: String(problem.level === 'error'),
    suppressed: 'false',
    suppression_reason: '',
    resource_type: '',
    resource_id: '',
    resource_address: '',
    resource_arn: '',
    property_path: '',
    message: problem.message,
  };
}

/**
 * A quoted field when it needs one. A value that a spreadsheet would read as a formula (`=`, `+`,
 * `-`, `@`, tab, CR first) gets a leading apostrophe: template text is attacker-controlled.
 */
function cell(value: string): string {
  let text = withoutControlChars(wellFormed(value));
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
