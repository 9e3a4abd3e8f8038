import type { ToseiConfig } from '../config/config.js';
import type { AnyRule } from '../rules/types.js';
import { resolveParameters } from './parameters.js';
import type { ActiveRule } from './run.js';

export interface RuleSelection {
  only?: readonly string[];
  skip?: readonly string[];
  /** Parameter values by rule id, over the config file's. */
  parameters?: Record<string, Record<string, unknown>>;
  config?: ToseiConfig;
}

/**
 * Picks the rules to run with their parameters and severities. Throws an Error naming the
 * unknown rule id or the bad parameter (a usage error).
 */
export function selectRules(available: readonly AnyRule[], selection: RuleSelection = {}): ActiveRule[] {
  const byId = new Map(available.map((rule) => [rule.meta.id, rule]));
  for (const id of [...(selection.only ?? []), ...(selection.skip ?? []), ...Object.keys(selection.parameters ?? {})]) {
    if (!byId.has(id)) throw new Error(`unknown rule "${id}" (see \`tosei rules\`)`);
  }
  const active: ActiveRule[] = [];
  for (const rule of available) {
    const id = rule.meta.id;
    const settings = selection.config?.rules[id] ?? {};
    if (selection.only && selection.only.length > 0 ? !selection.only.includes(id) : settings.enabled === false) continue;
    if (selection.skip?.includes(id)) continue;
    const params = resolveParameters(rule, { ...settings.parameters, ...selection.parameters?.[id] });
    active.push({ rule, params, severity: settings.severity ?? rule.meta.severity });
  }
  return active;
}
