import picocolors from 'picocolors';
import type { Evaluation, ScanProblem, Severity } from '../../model/evaluation.js';
import type { Formatter } from '../types.js';
import { summarize } from '../types.js';
import { compareEvaluations, compareProblems, compareStrings, isReported, passed, position, relativePath, standaloneProblems, summaryLine, verdictLine, withoutControlChars } from './shared.js';

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
 * Human output, grouped by file: one aligned line per violation, rule error, undecided
 * evaluation and problem; suppressed evaluations only counted. Ends with a summary and a verdict.
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
  const groups = new Map<string, FileGroup>();
  const group = (file: string): FileGroup => {
    const path = relativePath(file, context.cwd);
    let found = groups.get(path);
    if (!found) groups.set(path, (found = { rows: [], suppressed: 0 }));
    return found;
  };

  for (const evaluation of [...report.evaluations].sort(compareEvaluations)) {
    if (!isReported(evaluation)) continue;
    const target = group(evaluation.location.file);
    if (evaluation.suppressed) target.suppressed += 1;
    else target.rows.push(evaluationRow(evaluation, evaluation.status === 'INSUFFICIENT_DATA' ? colors.gray : severityPaint[evaluation.severity]));
  }
  for (const problem of standaloneProblems(report).sort(compareProblems)) {
    group(problem.file).rows.push(problemRow(problem, problem.level === 'error' ? colors.red : colors.yellow));
  }

  const allRows = [...groups.values()].flatMap((entry) => entry.rows);
  const widths = [0, 1, 2, 3].map((index) => allRows.reduce((widest, row) => Math.max(widest, width(row.cells[index] ?? '')), 0));
  const messageIndent = ' '.repeat(2 + widths.reduce((sum, value) => sum + value + 2, 0));
  const lines: string[] = [];
  for (const [file, entry] of [...groups.entries()].sort(([a], [b]) => compareStrings(a, b))) {
    lines.push(colors.underline(printable(file) || '(no file)'));
    for (const row of entry.rows.sort((a, b) => a.line - b.line || a.column - b.column)) {
      const [where, level, rule, resource, message] = row.cells;
      const padded = [where, level, rule, resource].map((cell, index) => cell + ' '.repeat((widths[index] ?? 0) - width(cell)));
      const text = message.split('\n').join(`\n${messageIndent}`);
      lines.push(`  ${colors.dim(padded[0] ?? '')}  ${row.paint(padded[1] ?? '')}  ${colors.dim(padded[2] ?? '')}  ${padded[3] ?? ''}  ${text}`.trimEnd());
    }
    if (entry.suppressed > 0) lines.push(colors.dim(`  ${entry.suppressed} suppressed`));
    lines.push('');
  }

  const summary = summarize(report, context.severityThreshold);
  lines.push(summaryLine(report, summary));
  const verdict = verdictLine(summary, context.severityThreshold);
  lines.push(passed(summary) ? colors.green(verdict) : colors.bold(colors.red(verdict)));
  return `${lines.join('\n')}\n`;
};

function evaluationRow(evaluation: Evaluation, paint: Paint): Row {
  const prefix = evaluation.status === 'INSUFFICIENT_DATA' ? 'insufficient data: ' : evaluation.status === 'ERROR' ? 'rule error: ' : '';
  const { line, column } = evaluation.location;
  return {
    line: line ?? 0,
    column: column ?? 0,
    cells: cells(position(line, column), evaluation.severity.toUpperCase(), evaluation.ruleId, evaluation.resource.id, prefix + evaluation.message),
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
