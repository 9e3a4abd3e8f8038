import picocolors from 'picocolors';
import type { Evaluation, ScanProblem, Severity } from '../../model/evaluation.js';
import type { FormatContext, Formatter, ScanReport } from '../types.js';
import { isFailingAt, summarize } from '../types.js';
import { compareEvaluations, compareProblems, compareStrings, passed, position, relativePath, resourceLabel, standaloneProblems, summaryLine, verdictLine, withoutControlChars } from './shared.js';

type Paint = (text: string) => string;

interface Row {
  line: number;
  column: number;
  cells: [position: string, level: string, rule: string, resource: string, message: string];
  paint: Paint;
}

interface FileGroup {
  rows: Row[];
  suppressed: number;
}

/**
 * Human output, grouped by file: one aligned line per violation, rule error and problem (and per
 * suppressed finding with its reason, when asked); suppressed findings otherwise only counted.
 * Evaluations that could not be decided (INSUFFICIENT_DATA) are listed apart, since they do not
 * fail the run. Then how to fix each failing rule, once per rule, the summary and the verdict.
 * Quiet: only the findings that fail the run, read errors, the summary and the verdict.
 */
export const formatText: Formatter = (report, context) => {
  const colors = picocolors.createColors(context.color);
  const severityPaint: Record<Severity, Paint> = {
    critical: (text) => colors.bold(colors.red(text)),
    high: colors.red,
    medium: colors.yellow,
    low: colors.blue,
    info: colors.gray,
  };
  const findings = new Groups(context);
  const undecided = new Groups(context);

  for (const evaluation of [...report.evaluations].sort(compareEvaluations)) {
    const { status } = evaluation;
    if (status !== 'NON_COMPLIANT' && status !== 'ERROR' && status !== 'INSUFFICIENT_DATA') continue;
    if (context.quiet && (evaluation.suppressed || status === 'INSUFFICIENT_DATA' || !isFailingAt(evaluation, context.severityThreshold))) continue;
    if (evaluation.suppressed) {
      const target = findings.group(evaluation.location.file);
      if (context.showSuppressed) target.rows.push(suppressedRow(evaluation, colors.dim));
      else target.suppressed += 1;
    } else if (status === 'INSUFFICIENT_DATA') undecided.group(evaluation.location.file).rows.push(evaluationRow(evaluation, 'unknown', colors.gray));
    else findings.group(evaluation.location.file).rows.push(evaluationRow(evaluation, evaluation.severity.toUpperCase(), severityPaint[evaluation.severity]));
  }
  for (const problem of standaloneProblems(report).sort(compareProblems)) {
    if (context.quiet && problem.level !== 'error') continue;
    findings.group(problem.file).rows.push(problemRow(problem, problem.level === 'error' ? colors.red : colors.yellow));
  }

  const lines = findings.render(colors, '');
  if (undecided.size > 0) {
    lines.push(colors.bold('Not decided (INSUFFICIENT_DATA: the input does not say enough, e.g. a value known only at deploy time; these do not fail the run):'), ...undecided.render(colors, '  '));
  }
  const fixes = context.quiet ? [] : howToFix(report, context);
  if (fixes.length > 0) lines.push(colors.bold('How to fix:'), ...fixes.map((text) => `  ${text}`), '');

  const summary = summarize(report, context.severityThreshold);
  lines.push(summaryLine(report, summary));
  const verdict = verdictLine(summary, context.severityThreshold);
  lines.push(passed(summary) ? colors.green(verdict) : colors.bold(colors.red(verdict)));
  return `${lines.join('\n')}\n`;
};

/** Rows by file (relative to the working directory), aligned across all files of one section. */
class Groups {
  private readonly byFile = new Map<string, FileGroup>();

  constructor(private readonly context: FormatContext) {}

  get size(): number {
    return this.byFile.size;
  }

  group(file: string): FileGroup {
    const path = relativePath(file, this.context.cwd);
    let found = this.byFile.get(path);
    if (!found) this.byFile.set(path, (found = { rows: [], suppressed: 0 }));
    return found;
  }

  render(colors: ReturnType<typeof picocolors.createColors>, indent: string): string[] {
    const allRows = [...this.byFile.values()].flatMap((entry) => entry.rows);
    const widths = [0, 1, 2, 3].map((index) => allRows.reduce((widest, row) => Math.max(widest, width(row.cells[index] ?? '')), 0));
    const messageIndent = ' '.repeat(indent.length + 2 + widths.reduce((sum, value) => sum + value + 2, 0));
    const lines: string[] = [];
    for (const [file, entry] of [...this.byFile.entries()].sort(([a], [b]) => compareStrings(a, b))) {
      lines.push(`${indent}${colors.underline(printable(file) || '(no file)')}`);
      for (const row of entry.rows.sort((a, b) => a.line - b.line || a.column - b.column)) {
        const [where, level, rule, resource, message] = row.cells;
        const padded = [where, level, rule, resource].map((cell, index) => cell + ' '.repeat((widths[index] ?? 0) - width(cell)));
        const text = message.split('\n').join(`\n${messageIndent}`);
        lines.push(`${indent}  ${colors.dim(padded[0] ?? '')}  ${row.paint(padded[1] ?? '')}  ${colors.dim(padded[2] ?? '')}  ${padded[3] ?? ''}  ${text}`.trimEnd());
      }
      if (entry.suppressed > 0) lines.push(colors.dim(`${indent}  ${entry.suppressed} suppressed (--show-suppressed lists them)`));
      lines.push('');
    }
    return lines;
  }
}

/** One line per rule that fails the run: its remediation and where its documentation is. */
function howToFix(report: ScanReport, context: FormatContext): string[] {
  const failing = new Set<string>();
  for (const evaluation of report.evaluations) {
    if (evaluation.status === 'NON_COMPLIANT' && isFailingAt(evaluation, context.severityThreshold)) failing.add(evaluation.ruleId);
  }
  return [...failing].sort(compareStrings).map((ruleId) => {
    const remediation = report.rules[ruleId]?.remediation;
    return printable(`${ruleId}: ${remediation ? `${remediation} ` : ''}(${context.ruleUrl(ruleId)})`).replace(/\n/g, ' ');
  });
}

function evaluationRow(evaluation: Evaluation, level: string, paint: Paint): Row {
  const prefix = evaluation.status === 'ERROR' ? 'rule error: ' : '';
  const { line, column } = evaluation.location;
  return {
    line: line ?? 0,
    column: column ?? 0,
    cells: cells(position(line, column), level, evaluation.ruleId, resourceLabel(evaluation.resource), prefix + evaluation.message),
    paint,
  };
}

function suppressedRow(evaluation: Evaluation, paint: Paint): Row {
  const { line, column } = evaluation.location;
  const reason = evaluation.suppressed?.reason ?? '';
  return {
    line: line ?? 0,
    column: column ?? 0,
    cells: cells(position(line, column), 'suppressed', evaluation.ruleId, resourceLabel(evaluation.resource), `${evaluation.message} (suppressed: ${reason})`),
    paint,
  };
}

function problemRow(problem: ScanProblem, paint: Paint): Row {
  return { line: problem.line ?? 0, column: problem.column ?? 0, cells: cells(position(problem.line, problem.column), problem.level, problem.ruleId ?? '', '', problem.message), paint };
}

function cells(...values: Row['cells']): Row['cells'] {
  return values.map(printable) as Row['cells'];
}

/** Display width, counting code points rather than UTF-16 units. */
function width(text: string): number {
  return [...text].length;
}

/** One line per line break, tabs as spaces, no control characters. */
function printable(text: string): string {
  return withoutControlChars(text).replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
}
