// The judgement the peer comparisons (test/peer-*.test.ts) share: Tosei's verdict on each resource a
// peer's own tests decide, against the peer's outcome, where every disagreement is either listed
// with its reason or a failure, and a listed difference that no longer holds is a failure too.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { evaluateDocument } from '../../src/engine/run.js';
import type { ScanProblem, Status } from '../../src/model/evaluation.js';
import { builtinRules } from '../../src/rules/index.js';
import { loadInput, selectRules } from '../../src/scan/index.js';

/** Tosei's status for a resource, or NONE when no mapped rule judged it. */
export type ToseiOutcome = Status | 'NONE';

/** What a peer's test expects of one case: the resources it passes and those it fails. */
export interface PeerCase {
  passed: readonly string[];
  failed: readonly string[];
}

/** One resource the peer decides: `key` names it (check or test, then resource), `tosei` is what Tosei said. */
export interface PeerExpectation {
  key: string;
  peer: 'passed' | 'failed';
  tosei: ToseiOutcome;
}

/** A listed disagreement: the peer's check (or test) and resource, the status Tosei gives there, and why. */
export interface PeerDifference {
  check: string;
  resource: string;
  tosei: ToseiOutcome;
  why: string;
}

export interface PeerComparison {
  /** Every disagreement not listed, every listed difference that does not hold: empty when all is explained. */
  unexplained: string[];
  compared: number;
  agreed: number;
}

/** Each resource a case of check `check` decides, beside Tosei's outcome for it. */
export function expectationsOf(check: string, entry: PeerCase, toseiOf: (resource: string) => ToseiOutcome): PeerExpectation[] {
  const expect = (peer: PeerExpectation['peer']) => (resource: string) => ({ key: `${check} ${resource}`, peer, tosei: toseiOf(resource) });
  return [...entry.passed.map(expect('passed')), ...entry.failed.map(expect('failed'))];
}

const AGREES: Readonly<Record<PeerExpectation['peer'], Status>> = { passed: 'COMPLIANT', failed: 'NON_COMPLIANT' };

export function comparePeer(peer: string, expectations: Iterable<PeerExpectation>, differences: readonly PeerDifference[]): PeerComparison {
  const listed = new Map(differences.map((difference) => [`${difference.check} ${difference.resource}`, difference]));
  const unexplained = listed.size === differences.length ? [] : ['a difference is listed twice'];
  const used = new Set<string>();
  let compared = 0;
  let agreed = 0;
  for (const { key, peer: outcome, tosei } of expectations) {
    compared += 1;
    const difference = listed.get(key);
    if (tosei === AGREES[outcome]) {
      agreed += 1;
      if (difference) unexplained.push(`${key}: listed as a difference, but Tosei agrees (${tosei})`);
    } else if (!difference) unexplained.push(`${key}: ${peer} ${outcome}, Tosei ${tosei}`);
    else if (difference.tosei !== tosei) unexplained.push(`${key}: listed as ${difference.tosei}, Tosei says ${tosei}`);
    else used.add(key);
  }
  for (const key of listed.keys()) if (!used.has(key) && !unexplained.some((line) => line.startsWith(`${key}:`))) unexplained.push(`${key}: listed, but nothing compares it`);
  return { unexplained, compared, agreed };
}

/**
 * A peer check that asks for several controls at once (encrypted in transit and authenticated) passes
 * only where every rule deciding one of them does: the worst of the rules' statuses stands for Tosei.
 */
const WORST_FIRST: readonly Status[] = ['ERROR', 'NON_COMPLIANT', 'INSUFFICIENT_DATA', 'COMPLIANT', 'NOT_APPLICABLE'];

function worse(left: Status, right: Status): Status {
  return WORST_FIRST.indexOf(left) <= WORST_FIRST.indexOf(right) ? left : right;
}

/**
 * The status each resource of some templates gets from the named Tosei rules, by `file:LogicalId`
 * (the files are those the keys name, below `folder`). Unless `conjoined`, the rules judge
 * different resources; conjoined, the rules each judge a resource once and the worst status stands.
 */
export function templateOutcomes(folder: string, label: string, ruleIds: readonly string[], keys: readonly string[], conjoined = false): Map<string, ToseiOutcome> {
  const rules = selectRules(builtinRules, { ruleSet: 'all' }).filter((active) => ruleIds.includes(active.rule.meta.id));
  assert.equal(rules.length, ruleIds.length, `${label}: a rule of ${ruleIds.join(', ')} is missing`);
  const outcomes = new Map<string, Status>();
  const judged = new Set<string>();
  for (const file of new Set(keys.map((key) => key.slice(0, key.indexOf(':'))))) {
    const problems: ScanProblem[] = [];
    const document = loadInput(join(folder, file), true, {}, problems);
    assert.ok(document, `${join(folder, file)} does not load: ${JSON.stringify(problems)}`);
    for (const evaluation of evaluateDocument(document, rules).evaluations) {
      const key = `${file}:${evaluation.resource.id}`;
      const judgement = conjoined ? `${key} ${evaluation.ruleId}` : key;
      assert.ok(!judged.has(judgement), `${label}: ${judgement} is judged twice`);
      judged.add(judgement);
      const earlier = outcomes.get(key);
      outcomes.set(key, earlier === undefined ? evaluation.status : worse(earlier, evaluation.status));
    }
  }
  return outcomes;
}
