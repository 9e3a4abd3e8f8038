import type { ScanDocument } from '../model/document.js';
import type { Evaluation, ScanProblem, Severity, Status, Suppression } from '../model/evaluation.js';
import type { Resource } from '../model/resource.js';
import { malformedRead, resetMalformedReads } from '../model/malformed.js';
import { isObject } from '../model/value.js';
import type { AnyRule, ParameterValue, Verdict } from '../rules/types.js';
import { Suppressions } from './suppressions.js';

/** A rule ready to run: its parameters resolved and its severity decided. */
export interface ActiveRule {
  rule: AnyRule;
  params: Record<string, ParameterValue>;
  severity: Severity;
}

export interface EvaluateOptions {
  /** Live inventory (Config items, account scan): rules marked `liveOnly` run; else they are NOT_APPLICABLE. */
  live?: boolean;
  suppressions?: Suppressions;
  /** When the evaluation happens (the gate's clock), for rules that judge dates; see `RuleContext.now`. */
  now?: Date;
  /**
   * Takes each evaluation as it is made, instead of the result's list (which stays empty): a
   * streamed report never holds the evaluations of a 100,000-item inventory at once.
   */
  onEvaluation?: (evaluation: Evaluation) => void;
}

export interface DocumentResult {
  evaluations: Evaluation[];
  problems: ScanProblem[];
}

/** Worst first: this decides the one result a rule gives a resource when it returned several verdicts. */
const STATUS_ORDER: readonly Status[] = ['ERROR', 'NON_COMPLIANT', 'INSUFFICIENT_DATA', 'COMPLIANT', 'NOT_APPLICABLE'];

/**
 * Runs the active rules over every resource of a document. One evaluation per (rule, resource)
 * that applies. A rule that throws yields an ERROR evaluation and a problem, never a pass.
 */
export function evaluateDocument(document: ScanDocument, rules: readonly ActiveRule[], options: EvaluateOptions = {}): DocumentResult {
  const evaluations: Evaluation[] = [];
  const problems: ScanProblem[] = [];
  const suppressions = options.suppressions ?? new Suppressions();
  const byType = rulesByType(rules);
  for (const resource of document.graph.resources) {
    const applicable = byType.get(resource.type);
    if (!applicable) continue;
    const usedMetadataSkips = new Set<string>();
    for (const active of applicable.rules) {
      const evaluation = evaluateOne(document, resource, active, options, problems);
      if (evaluation.status !== 'COMPLIANT' && evaluation.status !== 'NOT_APPLICABLE') {
        const suppressed: Suppression | undefined =
          suppressions.fromMetadata(resource, active.rule.meta.id, problems) ?? suppressions.fromConfig(resource, active.rule.meta.id, document.file);
        if (suppressed) {
          evaluation.suppressed = suppressed;
          if (suppressed.kind === 'metadata') usedMetadataSkips.add(active.rule.meta.id);
        }
      }
      if (options.onEvaluation) options.onEvaluation(evaluation);
      else evaluations.push(evaluation);
    }
    reportUnusedMetadataSkips(resource, applicable.ids, usedMetadataSkips, problems);
  }
  return { evaluations, problems };
}

/** The rules of one resource type, and their ids. */
interface TypeRules {
  rules: ActiveRule[];
  ids: Set<string>;
}
const typeIndexes = new WeakMap<readonly ActiveRule[], Map<string, TypeRules>>();

/** The rules of each resource type: built once per rule list (all files of a scan share it), not once per document. */
function rulesByType(rules: readonly ActiveRule[]): Map<string, TypeRules> {
  let byType = typeIndexes.get(rules);
  if (byType) return byType;
  byType = new Map();
  for (const active of rules) {
    for (const type of active.rule.meta.resourceTypes) {
      let entry = byType.get(type);
      if (!entry) byType.set(type, (entry = { rules: [], ids: new Set() }));
      entry.rules.push(active);
      entry.ids.add(active.rule.meta.id);
    }
  }
  typeIndexes.set(rules, byType);
  return byType;
}

function evaluateOne(document: ScanDocument, resource: Resource, active: ActiveRule, options: EvaluateOptions, problems: ScanProblem[]): Evaluation {
  return checkResource(document, resource, active, options, problems).evaluation;
}

/** Runs one rule on one resource: the merged evaluation and the rule's own verdicts. */
export function checkResource(
  document: ScanDocument,
  resource: Resource,
  active: ActiveRule,
  options: EvaluateOptions,
  problems: ScanProblem[],
): { evaluation: Evaluation; verdicts: readonly Verdict[] } {
  const { rule } = active;
  let verdicts: readonly Verdict[];
  if (resource.action === 'delete') {
    verdicts = [{ status: 'NOT_APPLICABLE', messageId: '', data: { reason: 'the resource is being deleted' } }];
  } else if (rule.meta.liveOnly && !options.live) {
    verdicts = [{ status: 'NOT_APPLICABLE', messageId: '', data: { reason: 'this rule needs live data (AWS Config or an account scan)' } }];
  } else if (rule.meta.notInCloudFormation && (resource.source.format === 'cloudformation' || resource.source.format === 'hook-request')) {
    verdicts = [{ status: 'NOT_APPLICABLE', messageId: '', data: { reason: rule.meta.notInCloudFormation } }];
  } else if (resource.unresolved) {
    verdicts = [{ status: 'INSUFFICIENT_DATA', messageId: '', data: { reason: `properties can not be resolved: ${resource.unresolved}` } }];
  } else {
    try {
      resetMalformedReads();
      const result = rule.check(resource, { params: active.params, graph: document.graph, ...(options.now ? { now: options.now } : {}) });
      verdicts = Array.isArray(result) ? result : [result as Verdict];
      if (verdicts.length === 0) verdicts = [{ status: 'COMPLIANT', messageId: '', data: { reason: 'nothing to check' } }];
      verdicts = failClosedOnMalformed(verdicts);
    } catch (error) {
      const message = scrub(`rule ${rule.meta.id} crashed on ${resource.id}: ${(error as Error)?.message ?? String(error)}`, document.secrets);
      problems.push({ level: 'error', file: document.file, ...resource.source.position, ruleId: rule.meta.id, message });
      return { evaluation: buildEvaluation(document, resource, active, 'ERROR', message, []), verdicts: [] };
    }
  }
  if (verdicts.length === 1) {
    // Most rules give one verdict: no sorting out, no set of messages.
    const [only] = verdicts as [Verdict];
    return { evaluation: buildEvaluation(document, resource, active, only.status, formatMessage(rule, only, resource, document.secrets), only.path ?? []), verdicts };
  }
  const worst = worstStatus(verdicts);
  const deciding = verdicts.filter((verdict) => verdict.status === worst);
  const messages = [...new Set(deciding.map((verdict) => formatMessage(rule, verdict, resource, document.secrets)))];
  return { evaluation: buildEvaluation(document, resource, active, worst, messages.join(' '), deciding[0]?.path ?? []), verdicts };
}

/** A rule that read a malformed value (see `model/malformed.ts`) does not pass: it lacks the data. */
function failClosedOnMalformed(verdicts: readonly Verdict[]): readonly Verdict[] {
  const read = malformedRead();
  if (!read) return verdicts;
  return verdicts.map((verdict) => (verdict.status === 'COMPLIANT' || verdict.status === 'NOT_APPLICABLE' ? { status: 'INSUFFICIENT_DATA', messageId: '', data: { reason: read.reason }, ...(verdict.path ? { path: verdict.path } : {}) } : verdict));
}

function buildEvaluation(
  document: ScanDocument,
  resource: Resource,
  active: ActiveRule,
  status: Status,
  message: string,
  path: (string | number)[],
): Evaluation {
  const position = document.locate(resource.id, path) ?? resource.source.position;
  const evaluation: Evaluation = {
    ruleId: active.rule.meta.id,
    status,
    severity: active.severity,
    message,
    resource: { type: resource.type, id: resource.id, source: resource.source.format },
    // A Terraform module's resources stand in several files; CloudFormation's in the one document.
    location: { file: resource.source.file || document.file, path },
  };
  if (resource.source.address) evaluation.resource.address = resource.source.address;
  if (resource.source.arn) evaluation.resource.arn = resource.source.arn;
  const constructPath = resource.metadata?.['aws:cdk:path'];
  if (typeof constructPath === 'string' && constructPath !== '') evaluation.resource.constructPath = constructPath;
  if (position) {
    evaluation.location.line = position.line;
    evaluation.location.column = position.column;
  }
  return evaluation;
}

function worstStatus(verdicts: readonly Verdict[]): Status {
  let worst = STATUS_ORDER.length - 1;
  for (const verdict of verdicts) worst = Math.min(worst, STATUS_ORDER.indexOf(verdict.status));
  return STATUS_ORDER[worst] as Status;
}

/**
 * Fills `{{name}}` placeholders from the verdict's data, the resource id and type. Values come
 * from the input, so sensitive ones are scrubbed here: the templates themselves hold none.
 */
export function formatMessage(rule: AnyRule, verdict: Verdict, resource: Resource, secrets?: readonly string[]): string {
  const template = verdict.messageId === '' ? '{{reason}}' : rule.meta.messages[verdict.messageId];
  if (template === undefined) return `${rule.meta.id}: unknown message id "${verdict.messageId}"`;
  const parts = messageParts(template);
  let message = parts[0] as string;
  for (let i = 1; i < parts.length; i += 3) {
    const name = parts[i] as string;
    const value = verdict.data && Object.hasOwn(verdict.data, name) ? verdict.data[name] : name === 'id' ? resource.id : name === 'type' ? resource.type : undefined;
    message += (value === undefined ? parts[i + 1] : scrub(String(value), secrets)) + (parts[i + 2] as string);
  }
  return message;
}

/**
 * A message template split once at its placeholders: its first text, then for each `{{name}}`
 * the name, the placeholder itself (kept when the data has no such name) and the text after it.
 */
function messageParts(template: string): string[] {
  let parts = compiledMessages.get(template);
  if (parts) return parts;
  parts = [];
  let last = 0;
  for (const match of template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) {
    parts.push(template.slice(last, match.index), match[1] as string, match[0]);
    last = match.index + match[0].length;
  }
  parts.push(template.slice(last));
  compiledMessages.set(template, parts);
  return parts;
}
const compiledMessages = new Map<string, string[]>();

/** A skip for a rule that ran here and found nothing to suppress is reported; skips for other rules are left alone. */
function reportUnusedMetadataSkips(resource: Resource, applicable: Set<string>, used: Set<string>, problems: ScanProblem[]): void {
  const tosei = resource.metadata?.tosei;
  if (!isObject(tosei) || !Array.isArray(tosei.skip)) return;
  for (const entry of tosei.skip) {
    const id = isObject(entry) ? entry.id : entry;
    if (typeof id === 'string' && applicable.has(id) && !used.has(id)) {
      problems.push({
        level: 'warning', file: resource.source.file, ...resource.source.position, ruleId: id,
        message: `suppression of ${id} on ${resource.id} is unused: the rule found nothing to suppress here`,
      });
    }
  }
}

/** Sensitive values never reach a report: each occurrence becomes `(sensitive)`. */
function scrub(message: string, secrets: readonly string[] | undefined): string {
  if (!secrets || secrets.length === 0) return message;
  const { byPrefix, starts } = secretIndex(secrets);
  // Look secrets up by their first characters, so the cost grows with the message, not with the
  // number of secrets; a position whose first two characters start no secret costs no string.
  let scrubbed = '';
  let copied = 0;
  for (let position = 0; position <= message.length - SECRET_PREFIX; position++) {
    if (!starts.has(message.charCodeAt(position) * 0x10000 + message.charCodeAt(position + 1))) continue;
    const candidates = byPrefix.get(message.slice(position, position + SECRET_PREFIX));
    const secret = candidates?.find((candidate) => message.startsWith(candidate, position));
    if (!secret) continue;
    scrubbed += `${message.slice(copied, position)}(sensitive)`;
    position += secret.length - 1;
    copied = position + 1;
  }
  return copied === 0 ? message : scrubbed + message.slice(copied);
}

interface SecretIndex {
  /** The secrets by their first SECRET_PREFIX characters, longest first. */
  byPrefix: Map<string, string[]>;
  /** The first two UTF-16 code units of each secret, as one number. */
  starts: Set<number>;
}

function secretIndex(secrets: readonly string[]): SecretIndex {
  let index = secretIndexes.get(secrets);
  if (index) return index;
  index = { byPrefix: new Map(), starts: new Set() };
  for (const secret of secrets) {
    const key = secret.slice(0, SECRET_PREFIX);
    const list = index.byPrefix.get(key);
    if (list) list.push(secret);
    else index.byPrefix.set(key, [secret]);
    index.starts.add(secret.charCodeAt(0) * 0x10000 + secret.charCodeAt(1));
  }
  for (const list of index.byPrefix.values()) list.sort((a, b) => b.length - a.length);
  secretIndexes.set(secrets, index);
  return index;
}

/** Secrets are at least this long (shorter values are not worth hiding and would hide everything). */
const SECRET_PREFIX = 4;
const secretIndexes = new WeakMap<readonly string[], SecretIndex>();
