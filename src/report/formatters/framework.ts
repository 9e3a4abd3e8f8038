/**
 * `tosei report --framework ID`: one line per control with its state, and the totals. Pure
 * functions of a FrameworkReport (src/frameworks/compliance.ts).
 */
import { CONTROL_STATES, type ControlResult, type ControlState, type FrameworkReport, type Verdict } from '../../frameworks/compliance.js';
import { escapeHtml } from './html/index.js';
import { STYLES } from './html/styles.js';
import { withoutControlChars } from './shared.js';

export const FRAMEWORK_FORMATS = ['text', 'json', 'markdown', 'csv', 'html'] as const;
export type FrameworkFormat = (typeof FRAMEWORK_FORMATS)[number];

export const STATE_LABELS: Record<ControlState, string> = { PASS: 'PASS', FAIL: 'FAIL', UNKNOWN: 'UNKNOWN', NOT_COVERED: 'NOT COVERED' };

export function formatFrameworkReport(report: FrameworkReport, format: FrameworkFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify({ version: 1, ...report }, null, 2)}\n`;
    case 'markdown':
      return frameworkMarkdown(report);
    case 'csv':
      return frameworkCsv(report);
    case 'html':
      return frameworkHtml(report);
    default:
      return frameworkText(report);
  }
}

/** `4 PASS, 2 FAIL, 10 UNKNOWN, 46 NOT COVERED (62 controls)` */
export function totalsLine(report: FrameworkReport): string {
  return `${CONTROL_STATES.map((state) => `${report.totals[state]} ${STATE_LABELS[state]}`).join(', ')} (${report.totals.controls} controls)`;
}

/** The resource as a person finds it: its ARN when deployed, else its address or id. */
function resourceLabel(verdict: Verdict): string {
  return verdict.resource.arn ?? verdict.resource.address ?? verdict.resource.id;
}

function resourceName(verdict: Verdict): string {
  return `${resourceLabel(verdict)} (${verdict.resource.type})`;
}

function heading(report: FrameworkReport): string {
  return `${report.framework.title} (${report.framework.id}), from ${report.source}${report.generatedAt ? ` at ${report.generatedAt}` : ''}`;
}

function frameworkText(report: FrameworkReport): string {
  const width = Math.max(...report.controls.map((control) => control.id.length));
  const lines = [clean(heading(report)), ''];
  for (const control of report.controls) {
    const rules = control.rules.length > 0 ? ` [${control.rules.join(', ')}]` : '';
    lines.push(clean(`${STATE_LABELS[control.state].padEnd(11)}  ${control.id.padEnd(width)}  ${control.title}${rules} — ${control.reason}`));
    for (const finding of control.findings) lines.push(clean(`${' '.repeat(13 + width)}  ${finding.status} ${resourceName(finding)}  ${finding.ruleId}: ${finding.message}`));
  }
  lines.push('', totalsLine(report));
  return `${lines.join('\n')}\n`;
}

/** One line of terminal text: no control characters from resource names or messages. */
function clean(text: string): string {
  return withoutControlChars(text.replace(/[\r\n]+/g, ' '));
}

function mdCell(text: string): string {
  return clean(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/([*_`[\]<>])/g, '\\$1');
}

function frameworkMarkdown(report: FrameworkReport): string {
  const lines = [
    `# ${mdCell(report.framework.title)} (${report.framework.id})`,
    '',
    `From ${mdCell(report.source)}${report.generatedAt ? ` at ${report.generatedAt}` : ''}.`,
    '',
    '| State | Controls |',
    '|---|---|',
    ...CONTROL_STATES.map((state) => `| ${STATE_LABELS[state]} | ${report.totals[state]} |`),
    `| Total | ${report.totals.controls} |`,
    '',
    '| Control | Title | State | Rules | Why | Resources |',
    '|---|---|---|---|---|---|',
  ];
  for (const control of report.controls) {
    const resources = control.findings.map((finding) => `${mdCell(resourceName(finding))}: ${mdCell(finding.message)}`).join('<br>');
    lines.push(`| ${mdCell(control.id)} | ${mdCell(control.title)} | ${STATE_LABELS[control.state]} | ${control.rules.map(mdCell).join(', ')} | ${mdCell(control.reason)} | ${resources} |`);
  }
  return `${lines.join('\n')}\n`;
}

const CSV_COLUMNS = ['framework', 'control', 'title', 'assessment', 'state', 'rules', 'reason', 'resources'] as const;

/** CSV (RFC 4180): one row per control; `resources` lists the failing (or undecided) resources, `; `-separated. */
function frameworkCsv(report: FrameworkReport): string {
  const rows = report.controls.map((control) => [
    report.framework.id,
    control.id,
    control.title,
    control.assessment ?? '',
    STATE_LABELS[control.state],
    control.rules.join(' '),
    control.reason,
    control.findings.map((finding) => `${resourceLabel(finding)} (${finding.ruleId})`).join('; '),
  ]);
  return [[...CSV_COLUMNS], ...rows].map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}

function csvCell(text: string): string {
  // A leading =, +, - or @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The framework view of the self-contained HTML report: the totals, then every control with its
 * state, rules and the resources behind a FAIL or UNKNOWN; a state filter and free-text search
 * (the page works without the script: the filter only hides rows). Nothing is fetched.
 */
function frameworkHtml(report: FrameworkReport): string {
  const title = `${report.framework.id} — ${report.totals.FAIL} failing of ${report.totals.controls} controls`;
  const failing = report.totals.FAIL > 0;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>${STYLES}${FRAMEWORK_STYLES}</style>
</head>
<body>
<header class="top">
<h1>${escapeHtml(report.framework.title)}</h1>
<p class="meta">${escapeHtml(report.framework.id)} · from ${escapeHtml(report.source)}${report.generatedAt ? ` · <time datetime="${escapeHtml(report.generatedAt)}">${escapeHtml(report.generatedAt)}</time>` : ''}</p>
<p class="verdict ${failing ? 'bad' : 'good'}" id="verdict">${escapeHtml(totalsLine(report))}</p>
</header>
<main>
<section aria-labelledby="summary-heading">
<h2 id="summary-heading">Controls by state</h2>
<table class="counts" id="state-counts"><caption>Controls</caption><tbody>
${CONTROL_STATES.map((state) => `<tr data-state="${state}"><th scope="row"><span class="state state-${state}">${STATE_LABELS[state]}</span></th><td>${report.totals[state]}</td></tr>`).join('\n')}
<tr data-state="total"><th scope="row">total</th><td>${report.totals.controls}</td></tr>
</tbody></table>
</section>
<section aria-labelledby="controls-heading">
<h2 id="controls-heading">Controls</h2>
<form id="filters" class="filters" role="search" aria-label="Filter controls">
<label>State <select name="state"><option value="">any</option>${CONTROL_STATES.map((state) => `<option value="${state}">${STATE_LABELS[state]}</option>`).join('')}</select></label>
<label class="grow">Search <input type="search" name="q" placeholder="control, title, rule, resource…" autocomplete="off"></label>
</form>
<p id="shown" role="status" aria-live="polite"></p>
<table class="controls" id="controls">
<thead><tr><th scope="col">Control</th><th scope="col">State</th><th scope="col">Title</th><th scope="col">Rules</th><th scope="col">Details</th></tr></thead>
<tbody>
${report.controls.map(controlRow).join('\n')}
</tbody>
</table>
</section>
</main>
<script>${FRAMEWORK_SCRIPT}</script>
</body>
</html>
`;
}

function controlRow(control: ControlResult): string {
  const findings =
    control.findings.length === 0
      ? ''
      : `<ul class="resources">${control.findings.map((finding) => `<li><code>${escapeHtml(resourceLabel(finding))}</code> <span class="type">${escapeHtml(finding.resource.type)}</span> <code>${escapeHtml(finding.ruleId)}</code> ${escapeHtml(finding.message)}</li>`).join('')}</ul>`;
  const assessment = control.assessment ? ` <span class="assessment">(${control.assessment})</span>` : '';
  return `<tr id="control-${escapeHtml(control.id)}" data-state="${control.state}"><th scope="row">${escapeHtml(control.id)}</th><td><span class="state state-${control.state}">${STATE_LABELS[control.state]}</span></td><td>${escapeHtml(control.title)}${assessment}</td><td>${control.rules.map((rule) => `<code>${escapeHtml(rule)}</code>`).join(' ')}</td><td>${escapeHtml(control.reason)}${findings}</td></tr>`;
}

const FRAMEWORK_STYLES = `
table.controls{border-collapse:collapse;width:100%;margin:.6rem 0}
table.controls th,table.controls td{border-top:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
table.controls thead th{background:var(--panel)}
table.controls code{font-size:.82rem;word-break:break-all}
.state{font-weight:600;font-size:.8rem;white-space:nowrap}
.state-PASS{color:var(--good)}.state-FAIL{color:var(--bad)}.state-UNKNOWN{color:var(--medium)}.state-NOT_COVERED{color:var(--muted)}
.assessment,.type{color:var(--muted);font-size:.85rem}
ul.resources{margin:.3rem 0;padding-left:1.1rem}
@media print{.filters,#shown{display:none}table.controls tr{break-inside:avoid}}
`;

/** Hides the rows the state filter and search leave out; keeps the choice in the address (#state=FAIL). */
const FRAMEWORK_SCRIPT = `(function(){
var form=document.getElementById('filters'),rows=[].slice.call(document.querySelectorAll('#controls tbody tr')),shown=document.getElementById('shown');
function apply(){var state=form.state.value,q=form.q.value.trim().toLowerCase(),n=0;
rows.forEach(function(row){var ok=(!state||row.getAttribute('data-state')===state)&&(!q||row.textContent.toLowerCase().indexOf(q)>=0);row.hidden=!ok;if(ok)n++;});
shown.textContent=n+' of '+rows.length+' controls shown';
var hash=state?'#state='+state:'';if(location.hash!==hash&&(hash||location.hash))history.replaceState(null,'',hash||location.pathname+location.search);}
var m=/^#state=([A-Z_]+)$/.exec(location.hash);if(m)form.state.value=m[1];
form.addEventListener('input',apply);form.addEventListener('submit',function(e){e.preventDefault();});apply();
})();`;
