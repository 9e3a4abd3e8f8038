// Runs every rule file over every data file with Tosei and with the real cfn-guard, verdict by verdict.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateGuard, loadGuardRules, readGuardData, type GuardRuleSet } from '../../src/guard/index.js';
import { runOracle } from './guard-oracle.js';
import type { GuardCorpus } from './guard-corpus.js';

export interface Disagreement {
  rules: string;
  data: string;
  rule: string;
  tosei: string;
  cfnGuard: string;
}

export interface DifferentialResult {
  /** rule × file verdicts compared ("cfn-guard gave up on this rule file and data file" counts as one). */
  compared: number;
  agreed: number;
  disagreements: Disagreement[];
  /** Data files cfn-guard itself cannot read (left out). */
  unreadableData: string[];
}

const ERROR = 'ERROR';

/** The data files cfn-guard can read at all. */
function readableByOracle(dataFiles: readonly string[], work: string): { ok: string[]; bad: string[] } {
  const probe = join(work, 'probe.guard');
  writeFileSync(probe, 'rule probe { this exists }\n');
  const ok: string[] = [];
  const bad: string[] = [];
  const ask = (batch: readonly string[]): void => {
    try {
      runOracle(probe, batch);
      ok.push(...batch);
    } catch {
      if (batch.length === 1) bad.push(batch[0]!);
      else {
        ask(batch.slice(0, Math.ceil(batch.length / 2)));
        ask(batch.slice(Math.ceil(batch.length / 2)));
      }
    }
  };
  ask(dataFiles);
  return { ok, bad };
}

/** Rule files grouped so that no two in a group share a rule name (cfn-guard's structured output names rules only). */
function groupByDisjointNames(files: ReadonlyArray<{ path: string; names: string[] }>): string[][] {
  const groups: Array<{ paths: string[]; names: Set<string> }> = [];
  for (const file of files) {
    const group = groups.find((candidate) => file.names.every((name) => !candidate.names.has(name)));
    if (group) {
      group.paths.push(file.path);
      for (const name of file.names) group.names.add(name);
    } else groups.push({ paths: [file.path], names: new Set(file.names) });
  }
  return groups.map((group) => group.paths);
}

/**
 * cfn-guard's verdicts for a group of rule files over the data files: one run for everything,
 * halving the data batch when cfn-guard gives up (exit 5), then rule file by rule file for a data
 * file that still fails. Result: rule file -> data file -> rule -> status, or {'*': 'ERROR'}.
 */
function oracleVerdicts(group: readonly string[], dataFiles: readonly string[], ruleNames: ReadonlyMap<string, string[]>): Map<string, Map<string, Record<string, string>>> {
  const verdicts = new Map<string, Map<string, Record<string, string>>>(group.map((file) => [file, new Map()]));
  const store = (rules: readonly string[], file: string, byRule: Record<string, string>): void => {
    for (const ruleFile of rules) {
      const mine: Record<string, string> = {};
      for (const name of ruleNames.get(ruleFile) ?? []) if (byRule[name]) mine[name] = byRule[name];
      verdicts.get(ruleFile)!.set(file, byRule['*'] ? { '*': ERROR } : mine);
    }
  };
  const ask = (rules: readonly string[], batch: readonly string[]): void => {
    try {
      for (const [file, byRule] of runOracle(rules, batch)) store(rules, file, byRule);
    } catch {
      if (batch.length > 1) {
        ask(rules, batch.slice(0, Math.ceil(batch.length / 2)));
        ask(rules, batch.slice(Math.ceil(batch.length / 2)));
      } else if (rules.length > 1) {
        for (const rule of rules) ask([rule], batch);
      } else store(rules, batch[0]!, { '*': ERROR });
    }
  };
  ask(group, dataFiles);
  return verdicts;
}

export function runDifferential(corpus: GuardCorpus, work: string): DifferentialResult {
  const { ok: dataFiles, bad } = readableByOracle(corpus.dataFiles, work);
  const result: DifferentialResult = { compared: 0, agreed: 0, disagreements: [], unreadableData: bad.map(corpus.label) };
  const documents = new Map<string, unknown>(dataFiles.map((file) => [file, readGuardData(readFileSync(file, 'utf8'), file, [])]));
  const ruleSets = new Map<string, { ruleSet: GuardRuleSet; parsed: boolean }>();
  const ruleNames = new Map<string, string[]>();
  const empty = join(work, 'empty.json');
  writeFileSync(empty, '{}');
  const parsedByOracle: Array<{ path: string; names: string[] }> = [];
  for (const ruleFile of corpus.ruleFiles) {
    const { ruleSet, problems } = loadGuardRules([ruleFile]);
    ruleSets.set(ruleFile, { ruleSet, parsed: problems.length === 0 });
    const names = evaluateGuard(ruleSet, {}).map((verdict) => verdict.rule);
    ruleNames.set(ruleFile, names);
    try {
      // A rule file cfn-guard cannot parse fails every data file alike: one check, not one per file.
      runOracle(ruleFile, [empty]);
      parsedByOracle.push({ path: ruleFile, names });
    } catch (error) {
      if (!/Pars(ing|er) [Ee]rror/.test((error as Error).message)) parsedByOracle.push({ path: ruleFile, names });
      else ruleNames.set(ruleFile, []);
    }
  }
  const oracle = new Map<string, Map<string, Record<string, string>>>();
  for (const group of groupByDisjointNames(parsedByOracle)) for (const [file, verdicts] of oracleVerdicts(group, dataFiles, ruleNames)) oracle.set(file, verdicts);

  for (const ruleFile of corpus.ruleFiles) {
    const { ruleSet, parsed } = ruleSets.get(ruleFile)!;
    for (const file of dataFiles) {
      const theirs = oracle.get(ruleFile)?.get(file) ?? { '*': ERROR };
      const mine: Record<string, string> = {};
      const document = documents.get(file);
      if (!parsed || document === undefined) mine['*'] = ERROR;
      else for (const verdict of evaluateGuard(ruleSet, document)) mine[verdict.rule] = verdict.error ? ERROR : verdict.status;
      // cfn-guard reports nothing per rule when it gives up: "errored" is one verdict for the pair.
      const mineError = Object.values(mine).includes(ERROR);
      const theirError = theirs['*'] === ERROR;
      if (mineError || theirError) {
        result.compared++;
        if (mineError && theirError) result.agreed++;
        else result.disagreements.push({ rules: corpus.label(ruleFile), data: corpus.label(file), rule: '*', tosei: mineError ? ERROR : 'evaluated', cfnGuard: theirError ? ERROR : 'evaluated' });
        continue;
      }
      for (const rule of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
        result.compared++;
        const a = mine[rule] ?? 'MISSING';
        const b = theirs[rule] ?? 'MISSING';
        if (a === b) result.agreed++;
        else result.disagreements.push({ rules: corpus.label(ruleFile), data: corpus.label(file), rule, tosei: a, cfnGuard: b });
      }
    }
  }
  return result;
}
