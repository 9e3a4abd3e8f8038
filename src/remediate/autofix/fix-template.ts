import { checkResource, evaluateDocument, type ActiveRule } from '../../engine/run.js';
import { Suppressions } from '../../engine/suppressions.js';
import { loadCloudFormation, type TemplateInputs } from '../../inputs/cloudformation/index.js';
import type { ScanDocument } from '../../model/document.js';
import { getPath, isObject, type Value, type ValueObject } from '../../model/value.js';
import { parseTemplateText } from '../../inputs/cloudformation/yaml.js';
import { isFailing, severityRank, type Evaluation, type ScanProblem } from '../../model/evaluation.js';
import { builtinFixes } from '../fixes/index.js';
import { NotFixableError, applyEdits } from './apply.js';
import { isNotFixable, type TemplateFix } from './edits.js';

export interface FixOptions {
  /**
   * The rules in force. Findings of rules with a fix are fixed; every rule is evaluated again
   * after each edit, so an edit that makes any of them worse is refused.
   */
  rules: readonly ActiveRule[];
  inputs?: TemplateInputs;
  suppressions?: Suppressions;
  fixes?: ReadonlyMap<string, TemplateFix>;
  /** Which findings to fix (default all): an editor's quick fix fixes the one under the cursor. */
  select?: (finding: FindingRef) => boolean;
}

export interface FindingRef {
  ruleId: string;
  resource: string;
}

export interface FixedFinding extends FindingRef {
  description: string;
  /** Applying the edit to a deployed stack replaces a resource. */
  replacement?: string;
  /** Fixed as a side effect of the edit made for another finding. */
  fixedBy?: FindingRef;
}

export interface UnfixedFinding extends FindingRef {
  /** Why it was not fixed; starts with "not fixable automatically". */
  reason: string;
}

export interface TemplateFixResult {
  file: string;
  original: string;
  /** The fixed text; the original when nothing was fixed or the file could not be read. */
  output: string;
  fixed: FixedFinding[];
  notFixed: UnfixedFinding[];
  /** Unsuppressed NON_COMPLIANT findings of rules that have no fix. */
  withoutFix: Evaluation[];
  /** Read errors (the file is left untouched) and warnings of the first evaluation. */
  problems: ScanProblem[];
}

interface Evaluated {
  text: string;
  document: ScanDocument;
  byFinding: Map<string, Evaluation>;
  errors: ScanProblem[];
}

/** Passes over the findings left: an edit for one finding can make another one fixable (or fix it). */
const MAX_PASSES = 3;

/**
 * Fixes a CloudFormation template's NON_COMPLIANT findings that have a mechanical fix. Each edit
 * is kept only when, evaluated again, the template still reads, the finding is COMPLIANT and no
 * other verdict got worse. Unknown is not false: INSUFFICIENT_DATA findings are never touched,
 * nor suppressed ones.
 */
export function fixTemplate(text: string, file: string, options: FixOptions): TemplateFixResult {
  const fixes = options.fixes ?? builtinFixes;
  const suppressions = options.suppressions ?? new Suppressions();
  const evaluate = (source: string, problems: ScanProblem[] = []): Evaluated => {
    const document = loadCloudFormation(source, file, options.inputs ?? {}, { force: true }) as ScanDocument;
    const errors = document.problems.filter((problem) => problem.level === 'error');
    problems.push(...document.problems);
    const byFinding = new Map<string, Evaluation>();
    if (errors.length === 0) {
      const result = evaluateDocument(document, options.rules, { suppressions });
      problems.push(...result.problems);
      for (const evaluation of result.evaluations) byFinding.set(key(evaluation.ruleId, evaluation.resource.id), evaluation);
    }
    return { text: source, document, byFinding, errors };
  };
  const problems: ScanProblem[] = [];
  let current = evaluate(text, problems);
  const result: TemplateFixResult = { file, original: text, output: text, fixed: [], notFixed: [], withoutFix: [], problems };
  if (current.errors.length > 0) return result;

  const ruleOrder = new Map(options.rules.map((active, index) => [active.rule.meta.id, index]));
  const resourceOrder = new Map(current.document.graph.resources.map((resource, index) => [resource.id, index]));
  const failing = [...current.byFinding.values()].filter((evaluation) => evaluation.status === 'NON_COMPLIANT' && !evaluation.suppressed);
  result.withoutFix = failing.filter((evaluation) => !fixes.has(evaluation.ruleId));
  // The most severe first: when two fixes disagree (two rules wanting different algorithms), the more severe rule wins.
  let pending = failing
    .filter((evaluation) => fixes.has(evaluation.ruleId) && (options.select?.({ ruleId: evaluation.ruleId, resource: evaluation.resource.id }) ?? true))
    .sort(
      (a, b) =>
        severityRank(b.severity) - severityRank(a.severity) ||
        (ruleOrder.get(a.ruleId) ?? 0) - (ruleOrder.get(b.ruleId) ?? 0) ||
        (resourceOrder.get(a.resource.id) ?? 0) - (resourceOrder.get(b.resource.id) ?? 0),
    )
    .map((evaluation): FindingRef => ({ ruleId: evaluation.ruleId, resource: evaluation.resource.id }));
  const reasons = new Map<string, string>();
  const fixedBy = new Map<string, FindingRef>();

  for (let pass = 0; pass < MAX_PASSES && pending.length > 0; pass++) {
    const left: FindingRef[] = [];
    let progress = false;
    for (const finding of pending) {
      const id = key(finding.ruleId, finding.resource);
      const now = current.byFinding.get(id);
      if (now?.status === 'COMPLIANT') {
        reasons.delete(id);
        const by = fixedBy.get(id);
        result.fixed.push({ ...finding, description: by ? `COMPLIANT after the ${by.ruleId} edit on ${by.resource}` : 'COMPLIANT after another edit', ...(by ? { fixedBy: by } : {}) });
        continue;
      }
      if (now?.status !== 'NON_COMPLIANT') {
        reasons.set(id, `not fixable automatically: after the other edits the rule says ${now?.status ?? 'nothing'}${now ? `: ${now.message}` : ''}`);
        continue;
      }
      const attempt = tryFix(finding, current, options.rules, fixes, evaluate);
      if ('reason' in attempt) {
        reasons.set(id, attempt.reason);
        left.push(finding);
        continue;
      }
      for (const [other, evaluation] of attempt.next.byFinding) {
        if (other !== id && evaluation.status === 'COMPLIANT' && current.byFinding.get(other)?.status === 'NON_COMPLIANT') fixedBy.set(other, finding);
      }
      current = attempt.next;
      result.fixed.push({ ...finding, ...attempt.plan });
      reasons.delete(id);
      progress = true;
    }
    pending = left;
    if (!progress) break;
  }
  for (const finding of pending) {
    const id = key(finding.ruleId, finding.resource);
    const reason = reasons.get(id) ?? 'not fixable automatically';
    reasons.delete(id);
    result.notFixed.push({ ...finding, reason });
  }
  for (const [id, reason] of reasons) {
    const [ruleId, resource] = id.split('\u0000') as [string, string];
    result.notFixed.push({ ruleId, resource, reason });
  }
  result.output = current.text;
  return result;
}

function tryFix(
  finding: FindingRef,
  current: Evaluated,
  rules: readonly ActiveRule[],
  fixes: ReadonlyMap<string, TemplateFix>,
  evaluate: (text: string) => Evaluated,
): { plan: { description: string; replacement?: string }; next: Evaluated } | { reason: string } {
  const active = rules.find((candidate) => candidate.rule.meta.id === finding.ruleId);
  const fix = fixes.get(finding.ruleId);
  const resource = current.document.graph.get(finding.resource);
  if (!active || !fix || !resource) return { reason: 'not fixable automatically: no fix for this rule' };
  // A partial owner (a group the template only attaches a rule to) has no declaration to edit.
  if (resource.partial) return { reason: `not fixable automatically: ${resource.partial.reason.split(':')[0]}; fix the attachment or the owner where it is declared` };
  const { verdicts } = checkResource(current.document, resource, active, {}, []);
  const failing = verdicts.filter((verdict) => verdict.status === 'NON_COMPLIANT');
  let outcome;
  try {
    let template: Value | undefined;
    const declaration = (id: string): ValueObject | undefined => {
      // Read the text as written only when a fix asks (most do not), and once.
      template ??= (parseTemplateText(current.text, current.document.file).value as Value | undefined) ?? null;
      const found = getPath(template, ['Resources', id]);
      return isObject(found) ? found : undefined;
    };
    outcome = fix.fix(resource, failing, { params: active.params, graph: current.document.graph, declaration });
  } catch (error) {
    return { reason: `not fixable automatically: the fix failed (${(error as Error).message})` };
  }
  if (isNotFixable(outcome)) return { reason: `not fixable automatically: ${outcome.notFixable}` };
  let text: string;
  try {
    text = applyEdits(current.text, outcome.edits);
  } catch (error) {
    if (error instanceof NotFixableError) return { reason: `not fixable automatically: ${error.message}` };
    throw error;
  }
  const next = evaluate(text);
  if (next.errors.length > 0) return { reason: `not fixable automatically: the edit would not parse (${next.errors[0]?.message})` };
  const after = next.byFinding.get(key(finding.ruleId, finding.resource));
  if (after?.status !== 'COMPLIANT') {
    return { reason: `not fixable automatically: after the edit the rule says ${after?.status ?? 'nothing'}${after ? `: ${after.message}` : ''}` };
  }
  for (const [id, evaluation] of next.byFinding) {
    const before = current.byFinding.get(id);
    const worse = (isFailing(evaluation) && !(before && isFailing(before))) || (before?.status === 'COMPLIANT' && evaluation.status !== 'COMPLIANT' && evaluation.status !== 'NOT_APPLICABLE');
    if (worse) {
      return { reason: `not fixable automatically: the edit would make ${evaluation.ruleId} ${evaluation.status} on ${evaluation.resource.id} (${evaluation.message})` };
    }
  }
  const plan: { description: string; replacement?: string } = { description: outcome.description };
  if (outcome.replacement) plan.replacement = outcome.replacement;
  return { plan, next };
}

function key(ruleId: string, resource: string): string {
  return `${ruleId}\u0000${resource}`;
}
