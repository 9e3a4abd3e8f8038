import type { ToseiConfig } from '../config/config.js';
import type { AnyRule } from '../rules/types.js';
import { didYouMean } from '../text/suggest.js';
import { resolveParameters } from './parameters.js';
import { DEFAULT_RULE_SET, findRuleSet, type RuleSet } from './rule-sets.js';
import type { ActiveRule } from './run.js';

export interface RuleSelection {
  only?: readonly string[];
  skip?: readonly string[];
  /** Parameter values by rule id, over the config file's. */
  parameters?: Record<string, Record<string, unknown>>;
  config?: ToseiConfig;
  /** The rule set (or its name) that runs unless rules are named; default: the config's `rulesSet`, else `recommended`. */
  ruleSet?: RuleSet | string;
  /** Other rule names `only` and `skip` may hold (Guard rules of the run), which this selection leaves alone. */
  otherRuleIds?: ReadonlySet<string>;
}

/**
 * Picks the rules to run with their parameters and severities: the rule set's rules, plus any rule
 * the selection names or configures (`--only`, `--param`, a `.tosei.yml` entry other than `off`),
 * minus `skip` and what the settings turn off. With `only`, exactly those. Throws an Error naming
 * the unknown rule id, rule set or bad parameter (a usage error).
 */
export function selectRules(available: readonly AnyRule[], selection: RuleSelection = {}): ActiveRule[] {
  const byId = new Map(available.map((rule) => [rule.meta.id, rule]));
  const known = [...byId.keys(), ...(selection.otherRuleIds ?? [])];
  for (const id of [...(selection.only ?? []), ...(selection.skip ?? []), ...Object.keys(selection.parameters ?? {})]) {
    if (!byId.has(id) && !selection.otherRuleIds?.has(id)) throw new Error(`unknown rule "${id}"${didYouMean(id, known)} (see \`tosei rules\`)`);
  }
  const chosen = selection.ruleSet ?? selection.config?.rulesSet ?? DEFAULT_RULE_SET;
  const ruleSet = typeof chosen === 'string' ? findRuleSet(chosen) : chosen;
  const active: ActiveRule[] = [];
  for (const rule of available) {
    const id = rule.meta.id;
    const settings = selection.config?.rules[id] ?? {};
    const named = selection.parameters?.[id] !== undefined || (selection.config?.rules[id] !== undefined && settings.enabled !== false);
    if (selection.only && selection.only.length > 0) {
      if (!selection.only.includes(id)) continue;
    } else if (settings.enabled === false || (!named && !ruleSet.includes(rule.meta))) continue;
    if (selection.skip?.includes(id)) continue;
    const params = resolveParameters(rule, { ...settings.parameters, ...selection.parameters?.[id] });
    active.push({ rule, params, severity: settings.severity ?? rule.meta.severity });
  }
  return active;
}
