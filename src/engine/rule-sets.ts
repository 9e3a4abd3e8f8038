/**
 * Rule sets: which rules run when nothing names them. `recommended` (the default at every gate)
 * holds the rules that neither contradict another default rule nor need an organisation's own
 * values (approved AMIs, authorized ports, a required algorithm): a template that follows AWS's
 * own best practice passes it. `all` is every rule. Frameworks join as sets of their own (the
 * rules deciding each control), registered by id with `registerRuleSet`; `--rules-set NAME` and
 * the settings' `rulesSet` pick one by name.
 */
import { FRAMEWORKS } from '../frameworks/index.js';
import type { RuleMeta } from '../rules/types.js';
import { didYouMean } from '../text/suggest.js';

export interface RuleSet {
  /** `recommended`, `all`, or a framework's id. */
  name: string;
  /** One line for `tosei rules` and usage texts. */
  description: string;
  includes(meta: RuleMeta): boolean;
}

export const DEFAULT_RULE_SET = 'recommended';

export function isRecommended(meta: RuleMeta): boolean {
  return meta.recommended !== false;
}

const sets = new Map<string, RuleSet>();

/** Adds a rule set (a framework's, say) that `--rules-set` and `rulesSet` can then name. */
export function registerRuleSet(set: RuleSet): void {
  if (sets.has(set.name)) throw new Error(`rule set "${set.name}" is already registered`);
  sets.set(set.name, set);
}

registerRuleSet({ name: 'recommended', description: 'no contradictions and no organisation-specific values (the default)', includes: isRecommended });
registerRuleSet({ name: 'all', description: 'every rule', includes: () => true });
// A framework's set: the rules that decide one of its controls, recommended or not.
for (const framework of FRAMEWORKS) {
  registerRuleSet({ name: framework.id, description: `the rules deciding ${framework.title} controls`, includes: (meta) => (meta.frameworks?.[framework.id]?.length ?? 0) > 0 });
}

export function ruleSetNames(): string[] {
  return [...sets.keys()];
}

/** The rule set of that name; an Error naming the sets there are (and the closest) otherwise. */
export function findRuleSet(name: string): RuleSet {
  const found = sets.get(name);
  if (found) return found;
  throw new Error(`unknown rule set "${name}" (expected ${ruleSetNames().join(', ')})${didYouMean(name, ruleSetNames())}`);
}
