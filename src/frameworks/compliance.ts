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
  const tallies = new Map([...byRule].map(([rule, list]) => [rule, tallyOf(list)]));
  const controls = frameworkControls(id).map((control) => {
    const judged = judgeControl(control, byControl.get(control.id) ?? [], tallies);
    const wanted = judged.state === 'FAIL' ? isFailing : judged.state === 'UNKNOWN' ? isUndecided : undefined;
    const findings = wanted ? judged.rules.flatMap((rule) => (byRule.get(rule) ?? []).filter(wanted)) : [];
    return { ...judged, findings };
  });
  return reportOf(id, controls, options);
}

/** A rule's verdicts counted by status, unsuppressed, and the suppressed ones apart: all a control's judgement reads. */
export interface RuleTally {
  byStatus: Partial<Record<Status, number>>;
  suppressed: number;
}

/**
 * The framework's controls judged from each rule's verdict counts, as `frameworkReport` judges them, without the
 * findings: for a store that counts its verdicts (the dashboard) instead of reading every one.
 */
export function frameworkStates(
  id: FrameworkId,
  rules: readonly { id: string; frameworks?: FrameworkControls }[],
  tallies: ReadonlyMap<string, RuleTally>,
  options: { source: string; generatedAt?: string },
): FrameworkReport {
  const byControl = rulesByControl(id, rules);
  const controls = frameworkControls(id).map((control) => ({ ...judgeControl(control, byControl.get(control.id) ?? [], tallies), findings: [] }));
  return reportOf(id, controls, options);
}

function reportOf(id: FrameworkId, controls: ControlResult[], options: { source: string; generatedAt?: string }): FrameworkReport {
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

const isFailing = (verdict: Verdict) => !verdict.suppressed && (verdict.status === 'NON_COMPLIANT' || verdict.status === 'ERROR');
const isUndecided = (verdict: Verdict) => !verdict.suppressed && verdict.status === 'INSUFFICIENT_DATA';

function tallyOf(verdicts: readonly Verdict[]): RuleTally {
  const tally: RuleTally = { byStatus: {}, suppressed: 0 };
  for (const verdict of verdicts) {
    if (verdict.suppressed) tally.suppressed += 1;
    else tally.byStatus[verdict.status] = (tally.byStatus[verdict.status] ?? 0) + 1;
  }
  return tally;
}

function judgeControl(control: FrameworkControl, rules: string[], tallies: ReadonlyMap<string, RuleTally>): Omit<ControlResult, 'findings'> {
  const base = { ...control, rules };
  if (rules.length === 0) {
    const reason = control.assessment === 'manual' ? 'manual control: no rule decides it' : 'no Tosei rule decides this control';
    return { ...base, state: 'NOT_COVERED', reason, counts: {} };
  }
  const counts: ControlResult['counts'] = {};
  let failing = 0;
  let undecided = 0;
  const silent: string[] = [];
  for (const rule of rules) {
    const tally = tallies.get(rule);
    let judged = false;
    if (tally && tally.suppressed > 0) {
      counts.suppressed = (counts.suppressed ?? 0) + tally.suppressed;
      judged = true;
    }
    for (const [status, count] of Object.entries(tally?.byStatus ?? {}) as [Status, number][]) {
      if (count <= 0) continue;
      counts[status] = (counts[status] ?? 0) + count;
      if (status === 'NON_COMPLIANT' || status === 'ERROR') failing += count;
      else if (status === 'INSUFFICIENT_DATA') undecided += count;
      if (status !== 'NOT_APPLICABLE') judged = true;
    }
    if (!judged) silent.push(rule);
  }
  if (failing > 0) return { ...base, state: 'FAIL', reason: `${failing} failing`, counts };
  if (undecided > 0) return { ...base, state: 'UNKNOWN', reason: `${undecided} with insufficient data`, counts };
  // A rule that judged nothing (no resource of its types, or it did not run) leaves the control
  // unproven: a pass needs every rule's evidence.
  if (silent.length > 0) return { ...base, state: 'UNKNOWN', reason: `no verdict from ${silent.join(', ')}`, counts };
  return { ...base, state: 'PASS', reason: `${counts.COMPLIANT ?? 0} compliant${counts.suppressed ? `, ${counts.suppressed} suppressed` : ''}`, counts };
}
