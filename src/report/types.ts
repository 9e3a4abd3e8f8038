import type { Evaluation, ScanProblem, Severity, Status } from '../model/evaluation.js';
import { isFailing, severityRank, STATUSES } from '../model/evaluation.js';
import type { RuleMeta } from '../rules/types.js';
import type { FrameworkId } from '../frameworks/index.js';
import type { BaselineOutcome } from './baseline.js';

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
  /** What `--baseline` accepted and which of its entries no longer occur. */
  baseline?: BaselineOutcome;
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
  /** Text output lists suppressed findings with their reasons (else only counts them). */
  showSuppressed?: boolean;
  /** When the report was made (ISO 8601): findings formats (ASFF, OCSF) stamp it; the CLI sets it. */
  generatedAt?: string;
  /**
   * The account and region the findings belong to when a resource's ARN does not say
   * (`--account-id`, `--region`): ASFF and OCSF name them.
   */
  aws?: { accountId?: string; region?: string; partition?: string };
  /** The text of a scanned file, for reports that show the lines around a finding (HTML); the CLI reads it. */
  source?(file: string): string | undefined;
  /** Text output shows only the failing findings, read errors and the summary. */
  quiet?: boolean;
  /** The framework the run was scoped to (`--framework`): the HTML summary counts its controls by state. */
  framework?: FrameworkId;
}

/** A report format cannot be written from what the run knows (ASFF without an account); the message says what is missing. */
export class FormatError extends Error {}

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

/** The evaluation counts of a summary, tallied one evaluation at a time (a run may count what it does not keep). */
export interface EvaluationCounts {
  evaluations: number;
  byStatus: Record<Status, number>;
  suppressed: number;
  failing: number;
}

export function countEvaluations(evaluations: readonly Evaluation[], severityThreshold: Severity, counts?: EvaluationCounts): EvaluationCounts {
  const tally = counts ?? { evaluations: 0, byStatus: Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<Status, number>, suppressed: 0, failing: 0 };
  for (const evaluation of evaluations) {
    tally.evaluations += 1;
    tally.byStatus[evaluation.status] += 1;
    if (evaluation.suppressed) tally.suppressed += 1;
    if (isFailingAt(evaluation, severityThreshold)) tally.failing += 1;
  }
  return tally;
}

/** The report's summary; `counts` stands for report.evaluations when the run did not keep them. */
export function summarize(report: ScanReport, severityThreshold: Severity, counts = countEvaluations(report.evaluations, severityThreshold)): ScanSummary {
  return {
    files: report.files.length,
    evaluations: counts.evaluations,
    byStatus: counts.byStatus,
    suppressed: counts.suppressed,
    failing: counts.failing,
    errors: report.problems.filter((problem) => problem.level === 'error').length,
    warnings: report.problems.filter((problem) => problem.level === 'warning').length,
  };
}

/** Failing and at or above the threshold. */
export function isFailingAt(evaluation: Evaluation, severityThreshold: Severity): boolean {
  return isFailing(evaluation) && severityRank(evaluation.severity) >= severityRank(severityThreshold);
}
