import type { Evaluation, Severity } from '../../model/evaluation.js';
import { severityRank } from '../../model/evaluation.js';
import { relativePath } from '../../report/formatters/shared.js';
import { builtinRules } from '../../rules/index.js';
import { isFailingAt, summarize, type ScanReport } from '../../report/types.js';
import { DOCS_BASE_URL } from '../../version.js';
import { MAX_OUTCOMES, type Outcome, type TagLevel, type TaskResult } from './protocol.js';

/** Rules with a documentation page; a Guard rule's outcome has no such link. */
const DOCUMENTED = new Set(builtinRules.map((rule) => rule.meta.id));
const SEVERITY_TAG: Record<Severity, TagLevel> = { critical: 'error', high: 'error', medium: 'warning', low: 'info', info: 'info' };
/** Resources listed per outcome body; the rest are counted. */
const RESOURCES_PER_OUTCOME = 50;
export const RESULTS_URL = `${DOCS_BASE_URL}/README.md`;

export interface ResultContext {
  threshold: Severity;
  /** Paths in the report are shown relative to this directory (the job's temporary directory). */
  root: string;
  /** What was evaluated, for the message: `plan` or `configuration`. */
  subject: string;
}

/**
 * The run task's answer from a scan report (pure): `failed` when an unsuppressed violation at or
 * above the threshold, or an input that could not be read (fail closed); one outcome per failing
 * rule, worst first, at most ten (§B.4).
 */
export function taskResultFromReport(report: ScanReport, context: ResultContext): TaskResult {
  const summary = summarize(report, context.threshold);
  const unreadable = report.problems.filter((problem) => problem.level === 'error');
  const failing = report.evaluations.filter((evaluation) => isFailingAt(evaluation, context.threshold));
  const byRule = new Map<string, Evaluation[]>();
  for (const evaluation of failing) {
    const list = byRule.get(evaluation.ruleId);
    if (list) list.push(evaluation);
    else byRule.set(evaluation.ruleId, [evaluation]);
  }
  const groups = [...byRule.entries()].sort(
    ([idA, a], [idB, b]) => severityRank((b[0] as Evaluation).severity) - severityRank((a[0] as Evaluation).severity) || b.length - a.length || (idA < idB ? -1 : 1),
  );
  const outcomes: Outcome[] = groups.slice(0, MAX_OUTCOMES).map(([ruleId, evaluations]) => ruleOutcome(ruleId, evaluations, report, context));
  const counts = `${summary.byStatus.COMPLIANT} compliant, ${summary.byStatus.INSUFFICIENT_DATA} insufficient data, ${summary.suppressed} suppressed`;
  let message: string;
  if (unreadable.length > 0) {
    const first = unreadable[0] as { file: string; message: string };
    message = `Tosei could not read the ${context.subject}: ${relativePath(first.file, context.root)}: ${first.message}`.slice(0, 500);
  } else if (failing.length > 0) {
    const more = groups.length > MAX_OUTCOMES ? ` (the ${MAX_OUTCOMES} worst rules are listed)` : '';
    message = `Tosei: ${failing.length} failing ${failing.length === 1 ? 'finding' : 'findings'} from ${groups.length} ${groups.length === 1 ? 'rule' : 'rules'}${more}; ${counts}`;
  } else {
    message = `Tosei: no violations at severity ${context.threshold} or above in the ${context.subject}; ${counts}`;
  }
  return { status: unreadable.length > 0 || failing.length > 0 ? 'failed' : 'passed', message, url: RESULTS_URL, outcomes };
}

function ruleOutcome(ruleId: string, evaluations: readonly Evaluation[], report: ScanReport, context: ResultContext): Outcome {
  const meta = report.rules[ruleId];
  const severity = (evaluations[0] as Evaluation).severity;
  const lines = evaluations.slice(0, RESOURCES_PER_OUTCOME).map((evaluation) => {
    const where = evaluation.resource.address ?? `${evaluation.resource.id} (${relativePath(evaluation.location.file, context.root)})`;
    return `- \`${where.replace(/`/g, "'")}\`: ${markdownText(evaluation.message)}`;
  });
  if (evaluations.length > RESOURCES_PER_OUTCOME) lines.push(`- …and ${evaluations.length - RESOURCES_PER_OUTCOME} more`);
  const body = [
    `## ${ruleId}: ${markdownText(meta?.title ?? ruleId)}`,
    '',
    markdownText(meta?.description ?? ''),
    '',
    `### Resources (${evaluations.length})`,
    '',
    ...lines,
    '',
    '### How to fix',
    '',
    markdownText(meta?.remediation ?? 'See the rule documentation.'),
  ].join('\n');
  const description = `${meta?.title ?? ruleId}: ${evaluations.length} ${evaluations.length === 1 ? 'resource' : 'resources'}`;
  return {
    outcomeId: ruleId,
    description: description.slice(0, 250),
    body,
    ...(DOCUMENTED.has(ruleId) ? { url: `${DOCS_BASE_URL}/${ruleId}.md` } : {}),
    tags: {
      Status: [{ label: 'Failed', level: 'error' }],
      Severity: [{ label: severity[0]?.toUpperCase() + severity.slice(1), level: SEVERITY_TAG[severity] }],
    },
  };
}

/** Messages come from inputs (resource names): no raw HTML in the Markdown HCP Terraform renders. */
function markdownText(text: string): string {
  return text.replace(/[<>]/g, (char) => (char === '<' ? '&lt;' : '&gt;'));
}
