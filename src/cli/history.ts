import { complianceSince, parseSince, resourceHistory, type ComplianceReport, type LatestStatus, type ResourceHistory, type StatusChange, type TimelineEntry } from '../store/index.js';
import { EXIT, parse, UsageError, type CliEnvironment } from './common.js';
import { storeOptions, STORE_OPTIONS, STORE_USAGE, withStore } from './store.js';

const HISTORY_USAGE = `Usage: tosei history RESOURCE [options]

The compliance history of a resource from the evaluation store, across every gate that judged it:
its current status per rule, every change of status, and the timeline of its evaluations with the
gate of each (scan, hook, run-task, config-rule, live, ...). RESOURCE is any of its keys: an ARN,
a physical or resource id (vpc-0abc, a bucket name, a logical id), cfn:STACK/LOGICAL_ID,
tf:ORGANIZATION/WORKSPACE/ADDRESS, or a store key; all that is linked to it is shown. * is a
wildcard (matches store keys and resource ids, without following links).

  --rule ID                   only this rule
  --format text|json          (default text)
${STORE_USAGE}
`;

const REPORT_USAGE = `Usage: tosei report --since WHEN [options]
       tosei report --framework ID [options]   (compliance by framework: tosei report --framework ID --help)

Compliance over time from the evaluation store: runs since WHEN with their results, the changes
of status, and what is failing now. WHEN is a date (2026-12-01) or a duration before now
(30m, 12h, 7d, 2w).

  --format text|json|markdown (default text)
${STORE_USAGE}

Compliance by framework, control by control: --framework ID, from --input REPORT.json, --live (a
live scan: --regions, --profile, --role-arn) or the store; --format text|json|markdown|csv|html,
--output FILE (tosei report --framework ID --help).
`;

export async function runHistory(args: readonly string[], io: CliEnvironment): Promise<number> {
  const { values, positionals } = parse(args, { ...STORE_OPTIONS, rule: { type: 'string' }, format: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, HISTORY_USAGE);
  if (values.help) {
    io.stdout(HISTORY_USAGE);
    return EXIT.ok;
  }
  const [resource, extra] = positionals;
  if (!resource) throw new UsageError('history needs a RESOURCE (an ARN, a resource id or a pattern with *)');
  if (extra !== undefined) throw new UsageError(`history takes one RESOURCE (got also "${extra}")`);
  const format = formatOption(values.format, ['text', 'json']);
  const history = await withStore(storeOptions(values, io), (db) => resourceHistory(db, resource, values.rule ? { ruleId: values.rule } : {}), { existing: true });
  io.stdout(format === 'json' ? `${JSON.stringify(history, null, 2)}\n` : historyText(resource, history));
  return EXIT.ok;
}

export async function runReport(args: readonly string[], io: CliEnvironment): Promise<number> {
  const { values, positionals } = parse(args, { ...STORE_OPTIONS, since: { type: 'string' }, format: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, REPORT_USAGE);
  if (values.help) {
    io.stdout(REPORT_USAGE);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`report takes no arguments (got "${positionals[0]}")`);
  if (!values.since) throw new UsageError('report needs --since (a date such as 2026-12-01, or a duration such as 7d)');
  const since = parseSince(values.since);
  if (!since) throw new UsageError(`--since must be a date (2026-12-01) or a duration (30m, 12h, 7d, 2w), got "${values.since}"`);
  const format = formatOption(values.format, ['text', 'json', 'markdown']);
  const report = await withStore(storeOptions(values, io), (db) => complianceSince(db, since), { existing: true });
  io.stdout(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : format === 'markdown' ? reportMarkdown(report) : reportText(report));
  return EXIT.ok;
}

function formatOption<F extends string>(value: string | undefined, allowed: readonly F[]): F {
  const format = (value ?? 'text') as F;
  if (!allowed.includes(format)) throw new UsageError(`unknown format "${value}" (expected ${allowed.join(', ')})`);
  return format;
}

function resourceName(latest: { resource: { arn?: string; id: string; type: string } }): string {
  return `${latest.resource.arn ?? latest.resource.id} (${latest.resource.type})`;
}

function changeLine(change: StatusChange): string {
  const from = change.previousStatus ?? 'first seen';
  return `${change.changedAt}  ${change.ruleId}  ${from} -> ${change.status}  [${change.source}]  ${change.message}`;
}

function historyText(query: string, history: ResourceHistory): string {
  if (history.latest.length === 0 && history.changes.length === 0) return `No evaluations of ${query} in the store.\n`;
  const lines: string[] = [];
  if (history.keys.length > 1) lines.push(`Known as: ${history.keys.join(', ')}`, '');
  lines.push('Now:');
  for (const latest of history.latest) lines.push(`  ${latestLine(latest)}`);
  lines.push('', 'Changes:');
  for (const change of history.changes) lines.push(`  ${change.resource.arn ?? change.resource.id}  ${changeLine(change)}`);
  lines.push('', 'Timeline (every evaluation, oldest first):');
  for (const entry of history.timeline) lines.push(`  ${timelineLine(entry)}`);
  return `${lines.join('\n')}\n`;
}

function timelineLine(entry: TimelineEntry): string {
  return `${entry.at}  [${entry.source}]  ${entry.resourceKey}  ${entry.ruleId}  ${entry.status}  ${entry.message}`;
}

function latestLine(latest: LatestStatus): string {
  const suppressed = latest.suppressed ? ' (suppressed)' : '';
  return `${resourceName(latest)}  ${latest.ruleId}  ${latest.status}${suppressed} since ${latest.since} (last evaluated ${latest.recordedAt})`;
}

function counts(tally: ComplianceReport['current']): string {
  const entries = Object.entries(tally).filter(([, count]) => (count ?? 0) > 0);
  return entries.length === 0 ? 'none' : entries.map(([status, count]) => `${count} ${status}`).join(', ');
}

function reportText(report: ComplianceReport): string {
  const lines = [`Compliance since ${report.since}`, '', `Runs (${report.runs.length}):`];
  for (const run of report.runs) lines.push(`  ${run.startedAt}  ${run.source}  ${counts(run.counts)}`);
  lines.push('', `Changes (${report.changes.length}):`);
  for (const change of report.changes) lines.push(`  ${change.resource.arn ?? change.resource.id}  ${changeLine(change)}`);
  lines.push('', `Now: ${counts(report.current)}`, `Failing now (${report.failing.length}):`);
  for (const failing of report.failing) lines.push(`  [${failing.severity}] ${resourceName(failing)}  ${failing.ruleId}  ${failing.message}`);
  return `${lines.join('\n')}\n`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function reportMarkdown(report: ComplianceReport): string {
  const lines = [`# Compliance since ${report.since}`, '', `Now: ${counts(report.current)}`, '', '## Runs', '', '| Started | Source | Results |', '|---|---|---|'];
  for (const run of report.runs) lines.push(`| ${run.startedAt} | ${run.source} | ${counts(run.counts)} |`);
  lines.push('', '## Changes', '', '| When | Resource | Rule | From | To | Source |', '|---|---|---|---|---|---|');
  for (const change of report.changes) {
    lines.push(`| ${change.changedAt} | ${cell(change.resource.arn ?? change.resource.id)} | ${change.ruleId} | ${change.previousStatus ?? 'first seen'} | ${change.status} | ${change.source} |`);
  }
  lines.push('', '## Failing now', '', '| Severity | Resource | Rule | Message |', '|---|---|---|---|');
  for (const failing of report.failing) lines.push(`| ${failing.severity} | ${cell(failing.resource.arn ?? failing.resource.id)} | ${failing.ruleId} | ${cell(failing.message)} |`);
  return `${lines.join('\n')}\n`;
}
