// Guard rule files for the gates (hook, run task, Config rule): where they are and loading them, failing closed.
import { resolve } from 'node:path';
import { guardRuleMeta } from './evaluations.js';
import { loadGuardRules, type GuardRuleSet } from './load.js';

/** The Guard rules of a gate could not be loaded: the gate must not run without them (fail closed). */
export class GuardRulesError extends Error {}

/**
 * The Guard rule paths of a gate: the CLI's `--rules` values when given, else `TOSEI_GUARD_RULES` (comma-separated
 * files or directories; in Lambda, files shipped beside the bundle such as `/var/task/rules`). Relative paths are
 * resolved against `cwd`.
 */
export function guardRulePaths(env: Readonly<Record<string, string | undefined>>, flags: readonly string[] | undefined, cwd = process.cwd()): string[] {
  const given = flags && flags.length > 0 ? flags : (env.TOSEI_GUARD_RULES ?? '').split(',');
  return given.map((path) => path.trim()).filter(Boolean).map((path) => resolve(cwd, path));
}

/**
 * Loads the Guard rules of a gate; undefined when none are configured. Unlike `tosei scan`, which goes on with the
 * files it could read, a gate refuses to run with part of its rules: any unreadable file, syntax error
 * (`file:line:column: problem`) or a path holding no rule file throws GuardRulesError.
 */
export function loadGateGuardRules(paths: readonly string[]): GuardRuleSet | undefined {
  if (paths.length === 0) return undefined;
  const { ruleSet, problems } = loadGuardRules(paths);
  if (problems.length > 0) {
    const lines = problems.map((problem) => `${problem.file}${problem.line ? `:${problem.line}${problem.column ? `:${problem.column}` : ''}` : ''}: ${problem.message}`);
    throw new GuardRulesError(`cannot load the Guard rules: ${lines.join('; ')}`);
  }
  if (ruleSet.files.length === 0) throw new GuardRulesError(`no Guard rule files (.guard, .ruleset) in ${paths.join(', ')}`);
  return ruleSet;
}

/**
 * Loads a gate's Guard rules once per process (a Lambda container's cold start). A failed load is not kept: every
 * later call fails the same way, so each invocation answers with the reason instead of running without the rules.
 */
export function guardRulesOnce(paths: readonly string[]): () => GuardRuleSet | undefined {
  let loaded: { ruleSet: GuardRuleSet | undefined } | undefined;
  return () => {
    loaded ??= { ruleSet: loadGateGuardRules(paths) };
    return loaded.ruleSet;
  };
}

/** The ids of a rule set's rules as evaluations carry them (named rules; a file's bare clauses `<file>/default`). */
export function guardRuleIds(ruleSet: GuardRuleSet): string[] {
  return Object.keys(guardRuleMeta(ruleSet));
}
