import type { Evaluation, ScanProblem, Severity } from '../../../model/evaluation.js';
import { SEVERITIES } from '../../../model/evaluation.js';
import { isFailingAt, summarize, type FormatContext, type Formatter, type ScanReport } from '../../types.js';
import { CONTROL_STATES, frameworkReport } from '../../../frameworks/compliance.js';
import type { FrameworkId } from '../../../frameworks/index.js';
import { compareEvaluations, compareProblems, relativePath, STATUS_LABELS, SUMMARY_STATUSES, verdictLine, wellFormed } from '../shared.js';
import { CLIENT_SCRIPT } from './client.js';
import { STYLES } from './styles.js';

/** Lines of source shown before and after a finding's line. */
const CONTEXT_LINES = 2;
/** A source line longer than this is cut (minified JSON would otherwise fill the page). */
const MAX_LINE_CHARS = 240;

/** One finding as the page's script gets it (short keys: 10,000 findings stay a few megabytes). */
interface FindingData {
  rule: string;
  status: Evaluation['status'];
  severity: Severity;
  message: string;
  file: number;
  line?: number;
  column?: number;
  type: string;
  resource: string;
  path?: string;
  failing: boolean;
  suppressed?: { kind: string; reason: string };
  /** First line number, then the lines. */
  source?: [number, string[]];
}

/**
 * One self-contained HTML page: styles and script inline, the findings as JSON the script renders
 * (grouped by file and resource, filtered, sorted, with deep links `#rule=…`), nothing fetched
 * when it is viewed (a Content-Security-Policy forbids it). The summary, the files and the
 * problems are plain HTML, so they read and print without the script. Compliant and not
 * applicable evaluations are counted, not listed, as in the text report.
 */
export const formatHtml: Formatter = (report, context) => {
  const summary = summarize(report, context.severityThreshold);
  const files: string[] = [];
  const fileIndex = new Map<string, number>();
  const indexOf = (file: string): number => {
    const path = relativePath(file, context.cwd);
    let index = fileIndex.get(path);
    if (index === undefined) {
      index = files.push(path) - 1;
      fileIndex.set(path, index);
    }
    return index;
  };
  const findings = [...report.evaluations]
    .filter((evaluation) => evaluation.status === 'NON_COMPLIANT' || evaluation.status === 'ERROR' || evaluation.status === 'INSUFFICIENT_DATA')
    .sort(compareEvaluations)
    .map((evaluation) => findingData(evaluation, context, indexOf));
  const rules = Object.fromEntries(
    Object.entries(report.rules).map(([id, meta]) => [id, { title: meta.title, remediation: meta.remediation, url: context.ruleUrl(id), frameworks: meta.frameworks ?? {} }]),
  );
  const data = { threshold: context.severityThreshold, files, rules, findings };
  const bySeverity = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>;
  for (const evaluation of report.evaluations) if (isFailingAt(evaluation, 'info')) bySeverity[evaluation.severity] += 1;
  const problems = [...report.problems].sort(compareProblems);
  const title = `Tosei report — ${summary.failing > 0 ? `${summary.failing} failing` : 'passed'}`;

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="${escapeHtml(`${report.tool.name} ${report.tool.version}`)}">
<title>${escapeHtml(title)}</title>
<style>${STYLES}</style>
</head>
<body>
<header class="top">
<h1>Tosei report</h1>
<p class="meta">${escapeHtml(report.tool.name)} ${escapeHtml(report.tool.version)}${context.generatedAt ? ` · <time datetime="${escapeHtml(context.generatedAt)}">${escapeHtml(context.generatedAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC'))}</time>` : ''}</p>
<p class="verdict ${summary.failing > 0 || summary.errors > 0 ? 'bad' : 'good'}" id="verdict">${escapeHtml(verdictLine(summary, context.severityThreshold))}</p>
</header>
<main>
<section aria-labelledby="summary-heading">
<h2 id="summary-heading">Summary</h2>
<div class="cards">
<table class="counts" id="status-counts"><caption>Evaluations by status</caption><tbody>
${SUMMARY_STATUSES.map((status) => `<tr data-status="${status}"><th scope="row">${escapeHtml(STATUS_LABELS[status])}</th><td>${summary.byStatus[status]}</td></tr>`).join('\n')}
<tr><th scope="row">suppressed</th><td>${summary.suppressed}</td></tr>
</tbody></table>
<table class="counts" id="severity-counts"><caption>Failing by severity</caption><tbody>
${[...SEVERITIES].reverse().map((severity) => `<tr data-severity="${severity}"><th scope="row"><span class="sev sev-${severity}">${severity}</span></th><td>${bySeverity[severity]}</td></tr>`).join('\n')}
</tbody></table>
<table class="counts"><caption>The run</caption><tbody>
<tr><th scope="row">files</th><td>${summary.files}</td></tr>
<tr><th scope="row">rules</th><td>${Object.keys(report.rules).length}</td></tr>
<tr><th scope="row">errors</th><td>${summary.errors}</td></tr>
<tr><th scope="row">warnings</th><td>${summary.warnings}</td></tr>
<tr><th scope="row">threshold</th><td>${escapeHtml(context.severityThreshold)}</td></tr>
</tbody></table>
${context.framework ? frameworkCounts(report, context.framework) : ''}
</div>
${problems.length > 0 ? problemsSection(problems, context) : ''}
<details class="files"><summary>Files scanned (${report.files.length})</summary><ul>
${report.files.map((file) => `<li>${escapeHtml(relativePath(file, context.cwd))}</li>`).join('\n')}
</ul></details>
</section>
<section aria-labelledby="findings-heading">
<h2 id="findings-heading">Findings</h2>
<form id="filters" class="filters" role="search" aria-label="Filter findings">
<label>Status <select name="status"><option value="open">failing and undecided</option><option value="failing">failing</option><option value="undecided">insufficient data</option><option value="suppressed">suppressed</option><option value="all">all listed</option></select></label>
<label>Severity <select name="severity"><option value="">any</option>${[...SEVERITIES].reverse().map((severity) => `<option value="${severity}">${severity} and above</option>`).join('')}</select></label>
<label>Rule <select name="rule"><option value="">any</option></select></label>
<label>Framework <select name="framework"><option value="">any</option></select></label>
<label>Sort <select name="sort"><option value="file">file and line</option><option value="severity">severity</option><option value="rule">rule</option></select></label>
<label class="grow">Search <input type="search" name="q" placeholder="resource, message, file…" autocomplete="off"></label>
</form>
<p id="shown" role="status" aria-live="polite"></p>
<div id="findings"></div>
<noscript><p>The findings list needs JavaScript; the JSON, SARIF or text report lists them without it.</p></noscript>
</section>
</main>
<script type="application/json" id="tosei-data">${jsonInScript(data)}</script>
<script>${CLIENT_SCRIPT}</script>
</body>
</html>
`;
};

function findingData(evaluation: Evaluation, context: FormatContext, indexOf: (file: string) => number): FindingData {
  const { resource, location } = evaluation;
  const data: FindingData = {
    rule: evaluation.ruleId,
    status: evaluation.status,
    severity: evaluation.severity,
    message: evaluation.message,
    file: indexOf(location.file),
    type: resource.type,
    resource: resource.address ?? resource.arn ?? resource.id,
    failing: isFailingAt(evaluation, context.severityThreshold),
  };
  if (location.line !== undefined) data.line = location.line;
  if (location.column !== undefined) data.column = location.column;
  if (location.path.length > 0) data.path = location.path.map(String).join('.');
  if (evaluation.suppressed) data.suppressed = { kind: evaluation.suppressed.kind, reason: evaluation.suppressed.reason };
  const text = location.line === undefined ? undefined : context.source?.(location.file);
  if (text !== undefined && location.line !== undefined) data.source = sourceAround(text, location.line);
  return data;
}

function sourceAround(text: string, line: number): [number, string[]] | undefined {
  const lines = text.split(/\r?\n/);
  if (line < 1 || line > lines.length) return undefined;
  const first = Math.max(1, line - CONTEXT_LINES);
  const last = Math.min(lines.length, line + CONTEXT_LINES);
  return [first, lines.slice(first - 1, last).map((source) => (source.length > MAX_LINE_CHARS ? `${source.slice(0, MAX_LINE_CHARS)}…` : source))];
}

function problemsSection(problems: readonly ScanProblem[], context: FormatContext): string {
  const items = problems.map((problem) => {
    const where = `${relativePath(problem.file, context.cwd)}${problem.line === undefined ? '' : `:${problem.line}${problem.column === undefined ? '' : `:${problem.column}`}`}`;
    return `<li class="problem ${problem.level}"><span class="level">${problem.level}</span> <code>${escapeHtml(where)}</code> ${problem.ruleId ? `<code>${escapeHtml(problem.ruleId)}</code> ` : ''}${escapeHtml(problem.message)}</li>`;
  });
  return `<h3>Errors and warnings</h3>\n<ul class="problems" id="problems">\n${items.join('\n')}\n</ul>`;
}

/** The scan's framework (`--framework`): its controls by state, judged from this run's evaluations (as `tosei report --framework` does). */
function frameworkCounts(report: ScanReport, framework: FrameworkId): string {
  const verdicts = report.evaluations.map((evaluation) => ({ ...evaluation, suppressed: evaluation.suppressed !== undefined }));
  const judged = frameworkReport(framework, Object.values(report.rules), verdicts, { source: 'this scan' });
  const rows = CONTROL_STATES.map((state) => `<tr data-state="${state}"><th scope="row">${state === 'NOT_COVERED' ? 'not covered' : state.toLowerCase()}</th><td>${judged.totals[state]}</td></tr>`);
  return `<table class="counts" id="framework-counts"><caption>${escapeHtml(framework)} controls</caption><tbody>\n${rows.join('\n')}\n<tr><th scope="row">total</th><td>${judged.totals.controls}</td></tr>\n</tbody></table>`;
}

export function escapeHtml(text: string): string {
  return wellFormed(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** JSON that cannot end its script element or start a comment, and that JavaScript reads as JSON does. */
function jsonInScript(value: unknown): string {
  return wellFormed(JSON.stringify(value)).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
