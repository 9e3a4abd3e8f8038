// Evaluations into the hook response of protocols.md §A.2.5.
import type { Evaluation, ScanProblem, Severity } from '../../model/evaluation.js';
import { severityRank } from '../../model/evaluation.js';
import type { RuleMeta } from '../../rules/types.js';

export type AnnotationStatus = 'PASSED' | 'FAILED' | 'SKIPPED';
export type SeverityLevel = 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';

export interface HookAnnotation {
  annotationName: string;
  status: AnnotationStatus;
  statusMessage: string;
  remediationMessage?: string;
  remediationLink?: string;
  severityLevel: SeverityLevel;
}

export interface HookResponse {
  hookStatus: 'SUCCESS' | 'FAILED' | 'IN_PROGRESS';
  /** Required when FAILED (§A.2.5): NonCompliant (evaluated, found invalid) or InternalFailure (could not evaluate). */
  errorCode?: 'NonCompliant' | 'InternalFailure';
  message: string;
  clientRequestToken: string;
  annotations?: HookAnnotation[];
  /** IN_PROGRESS only: given back as `requestContext.callbackContext` on the next call (§A.2.5). */
  callbackContext?: Record<string, unknown>;
  callbackDelaySeconds?: number;
}

/** §A.2.5: CloudFormation truncates the message at 4096 characters, the Cloud Control API at 1024. */
export const MESSAGE_LIMIT = { cloudformation: 4096, cloudControl: 1024 } as const;
/** `HookStatusReason` is at most 1024 characters (§A.2.5); annotation texts are kept to that too. */
const ANNOTATION_TEXT_LIMIT = 1024;

const SEVERITY_LEVELS: Record<Severity, SeverityLevel> = { info: 'INFORMATIONAL', low: 'LOW', medium: 'MEDIUM', high: 'HIGH', critical: 'CRITICAL' };

export interface ResponseOptions {
  clientRequestToken: string;
  /** What was evaluated, for the message: `resource Bucket (AWS::S3::Bucket)`, `stack MyStack`. */
  subject: string;
  messageLimit: number;
  severityThreshold: Severity;
  /** Undecidable checks (INSUFFICIENT_DATA) fail the hook too. Off by default: see README "CloudFormation hook". */
  failOnInsufficientData: boolean;
  rules: Readonly<Record<string, RuleMeta>>;
  ruleUrl(id: string): string;
}

/** A response for a request that could not be evaluated: FAILED / InternalFailure, never a silent SUCCESS. */
export function internalFailure(clientRequestToken: string, message: string, messageLimit: number = MESSAGE_LIMIT.cloudformation): HookResponse {
  return { hookStatus: 'FAILED', errorCode: 'InternalFailure', message: truncate(`Tosei could not evaluate this request: ${message}`, messageLimit), clientRequestToken };
}

/**
 * A call back later (§A.2.5): no error code, no result; CloudFormation calls again with `callbackContext` after
 * `callbackDelaySeconds`, at most three calls in all (§A.2.6).
 */
export function inProgress(clientRequestToken: string, message: string, callbackContext: Record<string, unknown>, callbackDelaySeconds: number): HookResponse {
  return { hookStatus: 'IN_PROGRESS', message: truncate(message, MESSAGE_LIMIT.cloudControl), clientRequestToken, callbackContext, callbackDelaySeconds };
}

/**
 * The verdict of the hook:
 * - FAILED / NonCompliant when an unsuppressed NON_COMPLIANT at or above the severity threshold remains (and, when
 *   asked, an INSUFFICIENT_DATA); the message names every violated rule and resource, within the limit;
 * - else FAILED / InternalFailure when a rule crashed or an input could not be read (fail closed);
 * - else SUCCESS. Undecidable checks are reported in the message and as SKIPPED annotations.
 */
export function buildResponse(evaluations: readonly Evaluation[], problems: readonly ScanProblem[], options: ResponseOptions): HookResponse {
  const atThreshold = (evaluation: Evaluation) => severityRank(evaluation.severity) >= severityRank(options.severityThreshold);
  const live = evaluations.filter((evaluation) => !evaluation.suppressed);
  const violations = live.filter((evaluation) => evaluation.status === 'NON_COMPLIANT' && atThreshold(evaluation));
  const undecided = live.filter((evaluation) => evaluation.status === 'INSUFFICIENT_DATA');
  const blocking = options.failOnInsufficientData ? [...violations, ...undecided.filter(atThreshold)] : violations;
  const crashed = live.filter((evaluation) => evaluation.status === 'ERROR');
  // A crashed rule is both an ERROR evaluation and a problem: named once.
  const crashedRules = new Set(crashed.map((evaluation) => evaluation.ruleId));
  const otherErrors = problems.filter((problem) => problem.level === 'error' && !(problem.ruleId && crashedRules.has(problem.ruleId)));
  const errors = [...crashed.map((evaluation) => evaluation.message), ...otherErrors.map(problemText)];
  const annotations = buildAnnotations(evaluations, options);
  const base = { clientRequestToken: options.clientRequestToken, ...(annotations.length > 0 ? { annotations } : {}) };

  if (blocking.length > 0) {
    const what = options.failOnInsufficientData && blocking.length > violations.length ? 'violation(s) or undecidable check(s)' : 'violation(s)';
    const head = `${blocking.length} ${what} of Tosei rules in ${options.subject}`;
    const tail = errors.length > 0 ? [`${errors.length} check(s) could not run: ${errors.join('; ')}`] : [];
    return { hookStatus: 'FAILED', errorCode: 'NonCompliant', message: composeMessage(head, blocking, tail, options.messageLimit), ...base };
  }
  if (errors.length > 0) {
    return { ...internalFailure(options.clientRequestToken, `${options.subject}: ${errors.join('; ')}`, options.messageLimit), ...base };
  }
  const checked = live.filter((evaluation) => evaluation.status !== 'NOT_APPLICABLE').length;
  let head = `${options.subject} complies: ${checked} check(s) passed or were not blocking`;
  if (checked === 0) head = `${options.subject}: no Tosei rule applies (nothing to check)`;
  const notes: string[] = [];
  const below = live.filter((evaluation) => evaluation.status === 'NON_COMPLIANT' && !atThreshold(evaluation));
  if (below.length > 0) notes.push(`${below.length} violation(s) below the ${options.severityThreshold} severity threshold (not blocking): ${listByRule(below)}`);
  if (undecided.length > 0) notes.push(`${undecided.length} check(s) could not be decided (INSUFFICIENT_DATA, not blocking): ${listByRule(undecided)}`);
  return { hookStatus: 'SUCCESS', message: truncate([head, ...notes].join('. '), options.messageLimit), ...base };
}

/**
 * `head: RULE on A, B; RULE2 on C. RULE A: message. ...`: every rule and resource is named first, the detail
 * messages fill what room is left. When the names do not fit, the shorter form `head: RULE, RULE2 on A, B, C`
 * names every rule (there are few) and as many resources as fit, and counts the rest.
 */
function composeMessage(head: string, blocking: readonly Evaluation[], tail: readonly string[], limit: number): string {
  const names = `${head}: ${listByRule(blocking)}.`;
  if (names.length > limit) {
    const rules = [...new Set(blocking.map((evaluation) => evaluation.ruleId))];
    const resources = [...new Set(blocking.map(resourceName))];
    const ruleList = fitList(`${head}: `, rules, ', ', limit);
    if (ruleList.remaining > 0) return ruleList.text;
    return fitList(`${ruleList.text} on `, resources, ', ', limit).text;
  }
  let message = names;
  for (const detail of [...blocking.map((evaluation) => `${evaluation.ruleId} ${resourceName(evaluation)}: ${evaluation.message}`), ...tail]) {
    const next = `${message} ${detail}`;
    if (next.length > limit) return truncate(`${message} (more in the annotations)`, limit);
    message = next;
  }
  return message;
}

/** `head` and as many items as fit with `and N more (see the annotations)` for the rest; how many were left out. */
function fitList(head: string, items: readonly string[], separator: string, limit: number): { text: string; remaining: number } {
  let text = head;
  for (let index = 0; index < items.length; index++) {
    const candidate = `${text}${index === 0 ? '' : separator}${items[index]}`;
    const left = items.length - index - 1;
    const more = left > 0 ? ` and ${left} more (see the annotations)` : '';
    if (candidate.length + more.length > limit) {
      const remaining = items.length - index;
      return { text: truncate(`${text}${index === 0 ? '' : ','} and ${remaining} more (see the annotations)`, limit), remaining };
    }
    text = candidate;
  }
  return { text, remaining: 0 };
}

function listByRule(evaluations: readonly Evaluation[]): string {
  return byRule(evaluations)
    .map(([rule, items]) => `${rule} on ${items.map(resourceName).join(', ')}`)
    .join('; ');
}

function byRule(evaluations: readonly Evaluation[]): [string, Evaluation[]][] {
  const groups = new Map<string, Evaluation[]>();
  for (const evaluation of evaluations) {
    const list = groups.get(evaluation.ruleId);
    if (list) list.push(evaluation);
    else groups.set(evaluation.ruleId, [evaluation]);
  }
  return [...groups];
}

function resourceName(evaluation: Evaluation): string {
  return `${evaluation.resource.id} (${evaluation.resource.type})`;
}

/** One annotation per rule that applied to a resource (§A.2.5 `annotations`). */
function buildAnnotations(evaluations: readonly Evaluation[], options: ResponseOptions): HookAnnotation[] {
  const annotations: HookAnnotation[] = [];
  for (const [ruleId, items] of byRule(evaluations)) {
    const relevant = items.filter((evaluation) => evaluation.status !== 'NOT_APPLICABLE');
    if (relevant.length === 0) continue;
    const failing = relevant.filter((evaluation) => !evaluation.suppressed && (evaluation.status === 'NON_COMPLIANT' || evaluation.status === 'ERROR'));
    const passing = relevant.filter((evaluation) => !evaluation.suppressed && evaluation.status === 'COMPLIANT');
    const status: AnnotationStatus = failing.length > 0 ? 'FAILED' : passing.length === relevant.length ? 'PASSED' : 'SKIPPED';
    const shown = status === 'FAILED' ? failing : status === 'PASSED' ? passing : relevant.filter((evaluation) => !passing.includes(evaluation));
    const statusMessage = shown.map((evaluation) => `${evaluation.resource.id}: ${evaluation.suppressed ? `suppressed (${evaluation.suppressed.reason}): ` : ''}${statusWord(evaluation)}${evaluation.message}`).join(' ');
    const meta = options.rules[ruleId];
    const severity = items[0]?.severity ?? meta?.severity ?? 'medium';
    const annotation: HookAnnotation = { annotationName: ruleId, status, statusMessage: truncate(statusMessage, ANNOTATION_TEXT_LIMIT), severityLevel: SEVERITY_LEVELS[severity] };
    if (status === 'FAILED' && severityRank(severity) < severityRank(options.severityThreshold)) {
      annotation.statusMessage = truncate(`below the ${options.severityThreshold} severity threshold, not blocking. ${statusMessage}`, ANNOTATION_TEXT_LIMIT);
    }
    if (meta && status !== 'PASSED') annotation.remediationMessage = truncate(meta.remediation, ANNOTATION_TEXT_LIMIT);
    if (meta) annotation.remediationLink = options.ruleUrl(ruleId);
    annotations.push(annotation);
  }
  return annotations;
}

function statusWord(evaluation: Evaluation): string {
  if (evaluation.status === 'INSUFFICIENT_DATA') return 'could not be decided: ';
  if (evaluation.status === 'ERROR') return 'error: ';
  return '';
}

function problemText(problem: ScanProblem): string {
  return `${problem.file}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`;
}

export function truncate(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, Math.max(0, limit - 3))}...`;
}
