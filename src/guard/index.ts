// Guard (cfn-guard 3.x) rules in Tosei: parse, evaluate, and turn verdicts into Evaluations.
import { GuardFileEvaluator, type GuardRuleResult } from './evaluate.js';
import type { GuardRuleSet } from './load.js';

export { GuardParseError } from './lexer.js';
export { parseGuard } from './parser.js';
export { GuardEvalError } from './functions.js';
export { loadGuardRules, readGuardData, parseGuardText, type GuardRuleSet } from './load.js';
export type { GuardStatus, GuardFailure, GuardRuleResult } from './evaluate.js';
export type * from './ast.js';

/**
 * Evaluates every rule of every file against one data document: one result per named rule
 * (bare top-level clauses form the rule `default`), PASS, FAIL or SKIP with the failures.
 * Parameterised rules only run where another rule calls them.
 */
export function evaluateGuard(ruleSet: GuardRuleSet, data: unknown): GuardRuleResult[] {
  const results: GuardRuleResult[] = [];
  for (const file of ruleSet.files) results.push(...new GuardFileEvaluator(file, data).evaluateAll());
  return results;
}
export { guardToEvaluations, guardResultsToEvaluations, guardInput, guardRuleMeta, type GuardEvaluationOptions, type GuardGateInput } from './evaluations.js';
