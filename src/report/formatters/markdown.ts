import type { Evaluation, ScanProblem } from '../../model/evaluation.js';
import { isFailing, severityRank } from '../../model/evaluation.js';
import type { FormatContext, Formatter } from '../types.js';
import { isFailingAt, summarize } from '../types.js';
import {
  compareEvaluations,
  compareProblems,
  position,
  relativePath,
  resourceLabel,
  STATUS_LABELS,
  standaloneProblems,
  SUMMARY_STATUSES,
  summaryLine,
  suppressedByStatus,
  verdictLine,
  withoutControlChars,
} from './shared.js';

/**
 * A report to post as a pull-request comment: verdict, status counts, the failing findings,
 * then collapsed sections for findings below the threshold, undecided and suppressed evaluations.
 */
export const formatMarkdown: Formatter = (report, context) => {
  const threshold = context.severityThreshold;
  const summary = summarize(report, threshold);
  const suppressed = suppressedByStatus(report);
  const sorted = [...report.evaluations].sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || compareEvaluations(a, b));
  const failing = sorted.filter((evaluation) => isFailingAt(evaluation, threshold));
  const below = sorted.filter((evaluation) => isFailing(evaluation) && !isFailingAt(evaluation, threshold));
  const undecided = sorted.filter((evaluation) => evaluation.status === 'INSUFFICIENT_DATA' && !evaluation.suppressed);
  const suppressions = sorted.filter((evaluation) => evaluation.suppressed);
  const problems = standaloneProblems(report).sort(compareProblems);

  const out: string[] = [`## ${escape(report.tool.name)}: ${escape(verdictLine(summary, threshold))}`, '', escape(summaryLine(report, summary)), ''];
  out.push('| Status | Evaluations | Suppressed |', '| --- | ---: | ---: |');
  for (const status of SUMMARY_STATUSES) out.push(`| ${capitalize(STATUS_LABELS[status])} | ${summary.byStatus[status]} | ${suppressed[status]} |`);
  out.push('');

  if (failing.length > 0) {
    out.push(`### Failing findings (${failing.length})`, '', ...findingTable(failing, context), '');
  } else {
    out.push(below.length > 0 || summary.errors > 0 ? `No violations at severity ${threshold} or above.` : 'No violations.', '');
  }
  if (below.length > 0) out.push(...details(`Below the severity threshold (${below.length})`, findingTable(below, context)));
  if (undecided.length > 0) out.push(...details(`Insufficient data (${undecided.length})`, findingTable(undecided, context)));
  if (suppressions.length > 0) out.push(...details(`Suppressed (${suppressions.length})`, suppressionTable(suppressions, context)));

  for (const level of ['error', 'warning'] as const) {
    const list = problems.filter((problem) => problem.level === level);
    if (list.length === 0) continue;
    out.push(`### ${level === 'error' ? 'Errors' : 'Warnings'} (${list.length})`, '');
    out.push(...list.map((problem) => problemItem(problem, context)), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
};

function findingTable(evaluations: readonly Evaluation[], context: FormatContext): string[] {
  return [
    '| Severity | Rule | Resource | File | Message |',
    '| --- | --- | --- | --- | --- |',
    ...evaluations.map((evaluation) =>
      row([evaluation.severity, ruleLink(evaluation.ruleId, context), escape(resourceName(evaluation)), escape(where(evaluation, context)), escape(evaluation.message)]),
    ),
  ];
}

function suppressionTable(evaluations: readonly Evaluation[], context: FormatContext): string[] {
  return [
    '| Rule | Resource | File | Status | Suppressed by | Reason |',
    '| --- | --- | --- | --- | --- | --- |',
    ...evaluations.map((evaluation) =>
      row([
        ruleLink(evaluation.ruleId, context),
        escape(resourceName(evaluation)),
        escape(where(evaluation, context)),
        STATUS_LABELS[evaluation.status],
        evaluation.suppressed?.kind ?? '',
        escape(evaluation.suppressed?.reason ?? ''),
      ]),
    ),
  ];
}

function problemItem(problem: ScanProblem, context: FormatContext): string {
  const file = relativePath(problem.file, context.cwd);
  const location = problem.line === undefined ? file : `${file}:${position(problem.line, problem.column)}`;
  const rule = problem.ruleId === undefined ? '' : ` (${ruleLink(problem.ruleId, context)})`;
  return `- **${escape(location)}**${rule}: ${escape(problem.message)}`;
}

function details(summary: string, body: readonly string[]): string[] {
  return ['<details>', `<summary>${escape(summary)}</summary>`, '', ...body, '', '</details>', ''];
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function ruleLink(ruleId: string, context: FormatContext): string {
  return `[${escape(ruleId)}](${context.ruleUrl(ruleId).replace(/[()\s|]/g, (char) => encodeURIComponent(char))})`;
}

function resourceName(evaluation: Evaluation): string {
  return evaluation.resource.address ?? resourceLabel(evaluation.resource);
}

function where(evaluation: Evaluation, context: FormatContext): string {
  const file = relativePath(evaluation.location.file, context.cwd);
  return evaluation.location.line === undefined ? file : `${file}:${evaluation.location.line}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Text safe inside a table cell or list item: HTML and markdown punctuation escaped, `|` as
 * `\|` (which GitHub's tables honour even in code), line breaks as `<br>`.
 */
function escape(text: string): string {
  return withoutControlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/\r\n?|\n/g, '<br>');
}
