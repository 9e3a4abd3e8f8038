// Helpers shared by the formatters. Pure: no node imports, no process, no console.
import type { Evaluation, ScanProblem, Severity, Status } from '../../model/evaluation.js';
import type { ScanReport, ScanSummary } from '../types.js';

export const STATUS_LABELS: Record<Status, string> = {
  COMPLIANT: 'compliant',
  NON_COMPLIANT: 'non-compliant',
  INSUFFICIENT_DATA: 'insufficient data',
  NOT_APPLICABLE: 'not applicable',
  ERROR: 'rule error',
};

/** The order statuses are listed in summaries. */
export const SUMMARY_STATUSES: readonly Status[] = ['COMPLIANT', 'NON_COMPLIANT', 'INSUFFICIENT_DATA', 'NOT_APPLICABLE', 'ERROR'];

/** The three-level scale of SARIF and of GitHub annotations (where `note` is `notice`). */
export const SEVERITY_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};

/** Evaluations worth a line in a report: violations, crashes and the ones that could not be decided. */
export function isReported(evaluation: Evaluation): boolean {
  return evaluation.status === 'NON_COMPLIANT' || evaluation.status === 'ERROR' || evaluation.status === 'INSUFFICIENT_DATA';
}

/**
 * `file` relative to `cwd`, with forward slashes. Paths that are already relative, or that
 * are not file paths at all (`<stdin>`, an ARN), are returned unchanged apart from slashes.
 */
export function relativePath(file: string, cwd: string): string {
  const target = file.replace(/\\/g, '/');
  const base = cwd.replace(/\\/g, '/').replace(/(.)\/+$/, '$1');
  if (!isAbsolutePath(target) || !isAbsolutePath(base)) return target;
  const targetParts = target.split('/').filter((part, index) => part !== '' || index === 0);
  const baseParts = base.split('/').filter((part, index) => part !== '' || index === 0);
  if (targetParts[0]?.toLowerCase() !== baseParts[0]?.toLowerCase()) return target;
  let common = 1;
  while (common < targetParts.length && common < baseParts.length && targetParts[common] === baseParts[common]) common += 1;
  const up = baseParts.slice(common).map(() => '..');
  return [...up, ...targetParts.slice(common)].join('/') || '.';
}

/** A POSIX or Windows (drive letter) absolute path; backslashes already made forward. */
export function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:\//.test(path);
}

/** How a report names a resource: its id, and a CDK app's construct path beside it. */
export function resourceLabel(resource: Evaluation['resource']): string {
  return resource.constructPath === undefined ? resource.id : `${resource.id} (${resource.constructPath})`;
}

/** `line:col`, `line`, or `-` when the position is unknown. */
export function position(line: number | undefined, column: number | undefined): string {
  if (line === undefined) return '-';
  return column === undefined ? String(line) : `${line}:${column}`;
}

/** By file, then line, then column, then rule and resource: a stable reading order. */
export function compareEvaluations(a: Evaluation, b: Evaluation): number {
  return (
    compareStrings(a.location.file, b.location.file) ||
    (a.location.line ?? 0) - (b.location.line ?? 0) ||
    (a.location.column ?? 0) - (b.location.column ?? 0) ||
    compareStrings(a.ruleId, b.ruleId) ||
    compareStrings(a.resource.id, b.resource.id)
  );
}

export function compareProblems(a: ScanProblem, b: ScanProblem): number {
  return compareStrings(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

/** Code-unit order, independent of the locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** Number of suppressed evaluations per status. */
export function suppressedByStatus(report: ScanReport): Record<Status, number> {
  const counts: Record<Status, number> = { COMPLIANT: 0, NON_COMPLIANT: 0, INSUFFICIENT_DATA: 0, NOT_APPLICABLE: 0, ERROR: 0 };
  for (const evaluation of report.evaluations) if (evaluation.suppressed) counts[evaluation.status] += 1;
  return counts;
}

/** One status count as text, e.g. `25 non-compliant (3 suppressed)`, or `2 rule errors`. */
export function statusCount(status: Status, count: number, suppressed: number): string {
  const text = status === 'ERROR' ? plural(count, STATUS_LABELS.ERROR) : `${count} ${STATUS_LABELS[status]}`;
  return suppressed > 0 ? `${text} (${suppressed} suppressed)` : text;
}

/**
 * `29 rules · 12 files · 340 evaluations: 300 compliant, 25 non-compliant (3 suppressed),
 * 10 insufficient data, 5 not applicable · 1 error, 2 warnings`. Rule errors only when there are some;
 * with a baseline, `· baseline: 3 accepted, 1 fixed`.
 */
export function summaryLine(report: ScanReport, summary: ScanSummary): string {
  const suppressed = suppressedByStatus(report);
  const statuses = SUMMARY_STATUSES.filter((status) => status !== 'ERROR' || summary.byStatus.ERROR > 0)
    .map((status) => statusCount(status, summary.byStatus[status], suppressed[status]))
    .join(', ');
  const counts = `${plural(Object.keys(report.rules).length, 'rule')} · ${plural(summary.files, 'file')} · ${plural(summary.evaluations, 'evaluation')}`;
  const baseline = report.baseline ? ` · baseline: ${report.baseline.matched} accepted, ${report.baseline.fixed.length} fixed` : '';
  return `${counts}: ${statuses} · ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}${baseline}`;
}

/** Whether the run passes: nothing failing at the threshold and every input read. */
export function passed(summary: ScanSummary): boolean {
  return summary.failing === 0 && summary.errors === 0;
}

/** `✖ 3 failing evaluations at severity medium or above, 1 error` or `✔ no failing evaluations …`. */
export function verdictLine(summary: ScanSummary, threshold: Severity): string {
  const scope = `at severity ${threshold}${threshold === 'critical' ? '' : ' or above'}`;
  if (passed(summary)) return `✔ Passed: no failing evaluations ${scope}`;
  const parts = [`${plural(summary.failing, 'failing evaluation')} ${scope}`];
  if (summary.errors > 0) parts.push(plural(summary.errors, 'error'));
  return `✖ Failed: ${parts.join(', ')}`;
}

/**
 * The state of a 64-bit FNV-1a hash: four 16-bit limbs of ordinary numbers, lowest first (BigInt
 * arithmetic per character made fingerprinting a large report's slowest step).
 */
export type Fnv64State = readonly [number, number, number, number];

/** The FNV-1a 64-bit offset basis. */
export const FNV64_START: Fnv64State = [0x2325, 0x8422, 0x9ce4, 0xcbf2];

/**
 * `state` carried on over a string's UTF-16 code units. The prime is 2^40 + 0x1b3, so a product is
 * each limb times 0x1b3 plus the hash shifted left 40 bits; every intermediate stays below 2^31.
 */
export function fnv64Update(state: Fnv64State, text: string): Fnv64State {
  let [h0, h1, h2, h3] = state;
  for (let index = 0; index < text.length; index += 1) {
    h0 ^= text.charCodeAt(index);
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + (h0 << 8) + (t1 >>> 16);
    const t3 = h3 * 0x1b3 + (h1 << 8) + (t2 >>> 16);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  return [h0, h1, h2, h3];
}

/** Two hex digits of each byte: a table is three times as fast as toString(16) and padStart per limb. */
const HEX_BYTES = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** The hash as 16 hex digits, highest first. */
export function fnv64Hex([h0, h1, h2, h3]: Fnv64State): string {
  const hex = HEX_BYTES;
  return (hex[h3 >>> 8] as string) + hex[h3 & 0xff] + hex[h2 >>> 8] + hex[h2 & 0xff] + hex[h1 >>> 8] + hex[h1 & 0xff] + hex[h0 >>> 8] + hex[h0 & 0xff];
}

/** 64-bit FNV-1a of a string's UTF-16 code units, as 16 hex digits: a stable, dependency-free fingerprint. */
export function fnv1a64(text: string): string {
  return fnv64Hex(fnv64Update(FNV64_START, text));
}

/**
 * Problems not already told by an evaluation: a crashing rule yields both an ERROR evaluation
 * and an error problem with the same message, and reports for people show it once.
 */
export function standaloneProblems(report: ScanReport): ScanProblem[] {
  const told = new Set(
    report.evaluations.filter((evaluation) => evaluation.status === 'ERROR').map((evaluation) => problemKey(evaluation.location.file, evaluation.ruleId, evaluation.message)),
  );
  return report.problems.filter((problem) => !told.has(problemKey(problem.file, problem.ruleId, problem.message)));
}

function problemKey(file: string, ruleId: string | undefined, message: string): string {
  return JSON.stringify([file, ruleId ?? '', message]);
}

/** Lone UTF-16 surrogates replaced by U+FFFD, so the text can be encoded (URIs, XML). */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Control characters removed (an ESC in a message would smuggle in terminal escapes); tab, CR and LF kept. */
export function withoutControlChars(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '');
}
