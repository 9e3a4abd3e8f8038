/**
 * AWS Lambda entry point of the Config rule gate. Bundled on its own (scripts/bundle.mjs).
 * `TOSEI_RULE` names the rule (a `toseiRule` rule parameter overrides it);
 * `TOSEI_ASSUME_EXECUTION_ROLE=true` makes it act as the event's `executionRoleArn`;
 * `TOSEI_GUARD_RULES` names Guard rule files shipped beside the bundle, and the rule may be one of their rules.
 * With `DATABASE_URL` (PostgreSQL), every invocation's evaluations are also kept in the store.
 */
import { guardRulePaths, guardRulesOnce } from '../../guard/gates.js';
import { handleConfigEvent, type ConfigRuleResult } from './handler.js';
import { lambdaStoreRecorder } from './store.js';

const record = lambdaStoreRecorder(process.env, (message) => console.error(message));

// Parsed once per container, on first use; a file that does not parse fails every invocation (nothing is put).
const guardRules = guardRulesOnce(guardRulePaths(process.env, undefined));

export async function handler(event: unknown): Promise<{ ruleId: string; evaluations: number }> {
  const result: ConfigRuleResult = await handleConfigEvent(event, {
    ...(process.env.TOSEI_RULE ? { ruleId: process.env.TOSEI_RULE } : {}),
    assumeExecutionRole: process.env.TOSEI_ASSUME_EXECUTION_ROLE === 'true',
    guardRules,
    log: (message) => console.log(message),
    ...(record ? { onEvaluations: record } : {}),
  });
  for (const problem of result.problems) console.error(`${problem.level}: ${problem.message}`);
  return { ruleId: result.ruleId, evaluations: result.putEvaluations.length };
}
