import type { Evaluation, ScanProblem, Severity, Status } from '../model/evaluation.js';
import { isFailing, severityRank, STATUSES } from '../model/evaluation.js';
import type { RuleMeta } from '../rules/types.js';

/** Everything a formatter gets: the results of one run. */
export interface ScanReport {
  tool: { name: string; version: string };
  /** Files that were read (scanned or skipped as not a template are not listed). */
  files: string[];
  evaluations: Evaluation[];
  /** Unreadable inputs (level error), suppression problems and other notes (level warning). */
  problems: ScanProblem[];
  /** Metadata of every rule that ran, by id: titles, remediation and docs for the reports. */
  rules: Record<string, RuleMeta>;
}

/** What a formatter may know about its environment; formatters never read it themselves. */
export interface FormatContext {
  /** Paths in reports are made relative to this directory. */
  cwd: string;
  /** ANSI colours in text output. */
  color: boolean;
  /** Failing evaluations below this severity do not fail the run. */
  severityThreshold: Severity;
  /** Documentation URL of a rule. */
  ruleUrl(id: string): string;
}

export type Formatter = (report: ScanReport, context: FormatContext) => string;

export interface ScanSummary {
  files: number;
  evaluations: number;
  byStatus: Record<Status, number>;
  suppressed: number;
  /** Unsuppressed NON_COMPLIANT or ERROR at or above the severity threshold. */
  failing: number;
  errors: number;
  warnings: number;
}

export function summarize(report: ScanReport, severityThreshold: Severity): ScanSummary {
  const byStatus = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<Status, number>;
  let suppressed = 0;
  let failing = 0;
  for (const evaluation of report.evaluations) {
    byStatus[evaluation.status] += 1;
    if (evaluation.suppressed) suppressed += 1;
    if (isFailingAt(evaluation, severityThreshold)) failing += 1;
  }
  return {
    files: report.files.length,
    evaluations: report.evaluations.length,
    byStatus,
    suppressed,
    failing,
    errors: report.problems.filter((problem) => problem.level === 'error').length,
    warnings: report.problems.filter((problem) => problem.level === 'warning').length,
  };
}

/** Failing and at or above the threshold. */
export function isFailingAt(evaluation: Evaluation, severityThreshold: Severity): boolean {
  return isFailing(evaluation) && severityRank(evaluation.severity) >= severityRank(severityThreshold);
}
