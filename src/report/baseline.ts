// The baseline: the findings a team accepts today, so that only new ones fail. Pure: the CLI reads and writes the file.
import type { Evaluation } from '../model/evaluation.js';
import { findingIdentity, fingerprintOf, type FindingIdentity } from './fingerprint.js';
import { compareStrings, relativePath } from './formatters/shared.js';
import type { ScanReport } from './types.js';

/** A baseline larger than this is refused (a real one holds a few thousand entries). */
export const BASELINE_MAX_BYTES = 64 * 1024 * 1024;

export const BASELINE_VERSION = 1;

/** The baseline file is missing, too large or not a Tosei baseline; the message names the file and the problem. */
export class BaselineError extends Error {}

export interface BaselineEntry extends FindingIdentity {
  fingerprint: string;
}

/** What a baseline did to a run: findings it accepted, and entries that no longer occur. */
export interface BaselineOutcome {
  file: string;
  matched: number;
  fixed: BaselineEntry[];
}

/**
 * The entries of today's NON_COMPLIANT findings that nothing suppresses, one per fingerprint.
 * Rule errors (ERROR) are never recorded: a crashing rule is a bug to fix, not a finding to accept.
 */
export function baselineOf(evaluations: readonly Evaluation[], root: string): BaselineEntry[] {
  const entries = new Map<string, BaselineEntry>();
  for (const evaluation of evaluations) {
    if (evaluation.status !== 'NON_COMPLIANT' || evaluation.suppressed) continue;
    const identity = findingIdentity(evaluation, root);
    const fingerprint = fingerprintOf(identity);
    if (!entries.has(fingerprint)) entries.set(fingerprint, { ...identity, fingerprint });
  }
  return [...entries.values()].sort(compareEntries);
}

/** The baseline file: sorted by file, rule and resource, so that its diffs read well in review. */
export function formatBaseline(entries: readonly BaselineEntry[]): string {
  const findings = [...entries].sort(compareEntries).map(({ ruleId, file, resource, path, fingerprint }) => ({ ruleId, file, resource, path, fingerprint }));
  return `${JSON.stringify({ version: BASELINE_VERSION, tool: 'tosei', findings }, null, 2)}\n`;
}

/** The entries of a baseline file's text; a BaselineError naming `file` and the first problem otherwise. */
export function parseBaseline(text: string, file: string): BaselineEntry[] {
  if (text.length > BASELINE_MAX_BYTES) throw new BaselineError(`baseline ${file} is larger than ${BASELINE_MAX_BYTES / 1024 / 1024} MB`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new BaselineError(`baseline ${file} is not JSON: ${(error as Error).message}`);
  }
  const document = value as { version?: unknown; findings?: unknown } | null;
  if (typeof document !== 'object' || document === null || Array.isArray(document)) throw new BaselineError(`baseline ${file} is not a Tosei baseline (expected an object with version and findings)`);
  if (document.version !== BASELINE_VERSION) throw new BaselineError(`baseline ${file} has version ${JSON.stringify(document.version)}; this Tosei reads version ${BASELINE_VERSION}`);
  if (!Array.isArray(document.findings)) throw new BaselineError(`baseline ${file}: findings must be a list`);
  return document.findings.map((entry, index) => {
    const problem = entryProblem(entry);
    if (problem) throw new BaselineError(`baseline ${file}: findings[${index}]${problem}`);
    const { ruleId, file: path, resource, path: propertyPath, fingerprint } = entry as BaselineEntry;
    return { ruleId, file: path, resource, path: propertyPath, fingerprint };
  });
}

function entryProblem(entry: unknown): string | undefined {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return ' must be an object';
  const fields = entry as Record<string, unknown>;
  for (const name of ['ruleId', 'file', 'resource'] as const) if (typeof fields[name] !== 'string') return `.${name} must be a string`;
  if (!Array.isArray(fields.path) || !fields.path.every((step) => typeof step === 'string' || (typeof step === 'number' && Number.isInteger(step)))) return '.path must be a list of names and indexes';
  if (typeof fields.fingerprint !== 'string' || !/^[0-9a-f]{16}$/.test(fields.fingerprint)) return '.fingerprint must be 16 lowercase hex digits';
  return undefined;
}

/**
 * Marks the report's findings that the baseline lists as suppressed (kind `baseline`), warns once
 * per entry that no longer occurs, and records the outcome in the report. An entry counts as fixed
 * only when this run could have found it again: its rule ran and its file is under one of the
 * `scanned` paths (the PATHs of `tosei scan`; by default the files the run read), so a scan of one
 * file does not call the rest of the baseline fixed, while a deleted file's findings are.
 */
export function applyBaseline(report: ScanReport, entries: readonly BaselineEntry[], file: string, root: string, scanned: readonly string[] = report.files): BaselineOutcome {
  const byFingerprint = new Map(entries.map((entry) => [entry.fingerprint, entry]));
  const seen = new Set<string>();
  let matched = 0;
  for (const evaluation of report.evaluations) {
    if (evaluation.status !== 'NON_COMPLIANT') continue;
    const print = fingerprintOf(findingIdentity(evaluation, root));
    if (!byFingerprint.has(print)) continue;
    seen.add(print);
    if (evaluation.suppressed) continue;
    evaluation.suppressed = { kind: 'baseline', reason: `in the baseline ${file}` };
    matched += 1;
  }
  const roots = scanned.map((path) => relativePath(path, root));
  const fixed = entries.filter((entry) => !seen.has(entry.fingerprint) && report.rules[entry.ruleId] !== undefined && roots.some((path) => covers(path, entry.file)));
  const outcome: BaselineOutcome = { file, matched, fixed: [...new Map(fixed.map((entry) => [entry.fingerprint, entry])).values()] };
  for (const entry of outcome.fixed) {
    report.problems.push({ level: 'warning', file, ruleId: entry.ruleId, message: `fixed: ${entry.resource} (${entry.file}) is in the baseline but no longer fails; --write-baseline drops it` });
  }
  report.baseline = outcome;
  return outcome;
}

/** Whether the scanned path (a file or directory, relative to the root) holds `file`. */
function covers(scanned: string, file: string): boolean {
  if (scanned === '.') return file !== '..' && !file.startsWith('../') && !file.includes('://');
  return file === scanned || file.startsWith(`${scanned.replace(/\/+$/, '')}/`);
}

function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  return compareStrings(a.file, b.file) || compareStrings(a.ruleId, b.ruleId) || compareStrings(a.resource, b.resource) || compareStrings(a.fingerprint, b.fingerprint);
}
