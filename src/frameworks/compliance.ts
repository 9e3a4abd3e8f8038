/**
 * Compliance by framework: each control of a framework with one of four states, from the
 * evaluations of the rules that decide it. Pure: the evaluations come from a scan's JSON report,
 * a live scan or the evaluation store, already read.
 */
import type { Status } from '../model/evaluation.js';
import type { FrameworkControls } from './index.js';
import { frameworkControls, frameworkTitle, rulesByControl, type FrameworkId } from './index.js';
import type { FrameworkControl } from './types.js';

export const CONTROL_STATES = ['PASS', 'FAIL', 'UNKNOWN', 'NOT_COVERED'] as const;
/**
 * PASS: every rule of the control judged something and nothing failed. FAIL: a resource is
 * non-compliant (or its rule errored), unsuppressed. UNKNOWN: no failure, but a judgement is
 * missing (insufficient data, or a rule that judged nothing). NOT_COVERED: no Tosei rule decides
 * the control (a manual control, or one no rule implements yet).
 */
export type ControlState = (typeof CONTROL_STATES)[number];

/** One verdict as every source has it: a scan's result, a store's latest status. */
export interface Verdict {
  ruleId: string;
  status: Status;
  suppressed: boolean;
  message: string;
  /** `address`: a Terraform address or a file's logical id path, when the source knows it. */
  resource: { type: string; id: string; arn?: string; address?: string };
}

export interface ControlResult extends FrameworkControl {
  state: ControlState;
  /** The Tosei rules that decide the control (from their metadata). */
  rules: string[];
  /** Why the state is what it is, in a few words. */
  reason: string;
  /** FAIL: the failing verdicts; UNKNOWN: the undecided ones (insufficient data). */
  findings: Verdict[];
  /** The control's verdicts by status (suppressed ones counted apart). */
  counts: Partial<Record<Status, number>> & { suppressed?: number };
}

export interface FrameworkReport {
  framework: { id: FrameworkId; title: string };
  /** Where the verdicts came from: a report file, the live scan, the store. */
  source: string;
  generatedAt?: string;
  controls: ControlResult[];
  /** Controls by state; they add up to `controls.length`, the framework's control count. */
  totals: Record<ControlState, number> & { controls: number };
}

/** The framework's controls judged from `verdicts`; `rules` are the rule metadata that map controls (the built-in rules). */
export function frameworkReport(
  id: FrameworkId,
  rules: readonly { id: string; frameworks?: FrameworkControls }[],
  verdicts: Iterable<Verdict>,
  options: { source: string; generatedAt?: string },
): FrameworkReport {
  const byControl = rulesByControl(id, rules);
  const relevant = new Set([...byControl.values()].flat());
  const byRule = new Map<string, Verdict[]>();
  for (const verdict of verdicts) {
    if (!relevant.has(verdict.ruleId)) continue;
    const list = byRule.get(verdict.ruleId);
    if (list) list.push(verdict);
    else byRule.set(verdict.ruleId, [verdict]);
  }
  const controls = frameworkControls(id).map((control) => judgeControl(control, byControl.get(control.id) ?? [], byRule));
  const totals = { PASS: 0, FAIL: 0, UNKNOWN: 0, NOT_COVERED: 0, controls: controls.length };
  for (const control of controls) totals[control.state] += 1;
  return {
    framework: { id, title: frameworkTitle(id) },
    source: options.source,
    ...(options.generatedAt ? { generatedAt: options.generatedAt } : {}),
    controls,
    totals,
  };
}

function judgeControl(control: FrameworkControl, rules: string[], byRule: ReadonlyMap<string, Verdict[]>): ControlResult {
  const base = { ...control, rules };
  if (rules.length === 0) {
    const reason = control.assessment === 'manual' ? 'manual control: no rule decides it' : 'no Tosei rule decides this control';
    return { ...base, state: 'NOT_COVERED', reason, findings: [], counts: {} };
  }
  const counts: ControlResult['counts'] = {};
  const failing: Verdict[] = [];
  const undecided: Verdict[] = [];
  const silent: string[] = [];
  for (const rule of rules) {
    let judged = false;
    for (const verdict of byRule.get(rule) ?? []) {
      if (verdict.suppressed) {
        counts.suppressed = (counts.suppressed ?? 0) + 1;
        judged = true;
        continue;
      }
      counts[verdict.status] = (counts[verdict.status] ?? 0) + 1;
      if (verdict.status === 'NON_COMPLIANT' || verdict.status === 'ERROR') failing.push(verdict);
      else if (verdict.status === 'INSUFFICIENT_DATA') undecided.push(verdict);
      if (verdict.status !== 'NOT_APPLICABLE') judged = true;
    }
    if (!judged) silent.push(rule);
  }
  if (failing.length > 0) return { ...base, state: 'FAIL', reason: `${failing.length} failing`, findings: failing, counts };
  if (undecided.length > 0) return { ...base, state: 'UNKNOWN', reason: `${undecided.length} with insufficient data`, findings: undecided, counts };
  // A rule that judged nothing (no resource of its types, or it did not run) leaves the control
  // unproven: a pass needs every rule's evidence.
  if (silent.length > 0) return { ...base, state: 'UNKNOWN', reason: `no verdict from ${silent.join(', ')}`, findings: [], counts };
  return { ...base, state: 'PASS', reason: `${counts.COMPLIANT ?? 0} compliant${counts.suppressed ? `, ${counts.suppressed} suppressed` : ''}`, findings: [], counts };
}
