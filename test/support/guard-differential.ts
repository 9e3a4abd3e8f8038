// Runs every rule file over every data file with Tosei and with the real cfn-guard, verdict by verdict.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateGuard, loadGuardRules, readGuardData } from '../../src/guard/index.js';
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
  /** rule × file verdicts compared. */
  compared: number;
  agreed: number;
  disagreements: Disagreement[];
  /** Data files cfn-guard itself cannot read (left out). */
  unreadableData: string[];
}

/** The data files cfn-guard can read at all (a trivial rule over each; one run, per file only on failure). */
function readableByOracle(dataFiles: readonly string[], work: string): { ok: string[]; bad: string[] } {
  const probe = join(work, 'probe.guard');
  writeFileSync(probe, 'rule probe { this exists }\n');
  try {
    runOracle(probe, dataFiles);
    return { ok: [...dataFiles], bad: [] };
  } catch {
    const ok: string[] = [];
    const bad: string[] = [];
    for (const file of dataFiles) {
      try {
        runOracle(probe, [file]);
        ok.push(file);
      } catch {
        bad.push(file);
      }
    }
    return { ok, bad };
  }
}

export function runDifferential(corpus: GuardCorpus, work: string): DifferentialResult {
  const { ok: dataFiles, bad } = readableByOracle(corpus.dataFiles, work);
  const documents = new Map<string, unknown>();
  const result: DifferentialResult = { compared: 0, agreed: 0, disagreements: [], unreadableData: bad.map(corpus.label) };
  for (const file of dataFiles) documents.set(file, readGuardData(readFileSync(file, 'utf8'), file, []));
  for (const rulesFile of corpus.ruleFiles) {
    const { ruleSet, problems } = loadGuardRules([rulesFile]);
    const oracle = new Map<string, Record<string, string>>();
    let oracleError: string | undefined;
    // One data file can make cfn-guard give up on the whole run: halve the batch until the culprits are alone.
    const ask = (batch: readonly string[]): void => {
      try {
        for (const [name, verdicts] of runOracle(rulesFile, batch)) oracle.set(name, verdicts);
      } catch (error) {
        if (batch.length === 1) {
          oracleError = (error as Error).message.split('\n')[0];
          oracle.set(batch[0]!, { '*': 'ERROR' });
          return;
        }
        const half = Math.ceil(batch.length / 2);
        ask(batch.slice(0, half));
        ask(batch.slice(half));
      }
    };
    const empty = join(work, 'empty.json');
    writeFileSync(empty, '{}');
    try {
      runOracle(rulesFile, [empty]);
      ask(dataFiles);
    } catch (error) {
      const message = (error as Error).message;
      // A rule file cfn-guard cannot parse fails every data file alike.
      if (/Pars(ing|er) [Ee]rror/.test(message)) {
        oracleError = message.split('\n')[0];
        for (const file of dataFiles) oracle.set(file, { '*': 'ERROR' });
      } else ask(dataFiles);
    }
    for (const file of dataFiles) {
      const theirs = oracle.get(file) ?? { '*': 'ERROR' };
      const mine: Record<string, string> = {};
      if (problems.some((problem) => problem.level === 'error')) mine['*'] = 'ERROR';
      else {
        const document = documents.get(file);
        if (document === undefined) mine['*'] = 'ERROR';
        else for (const verdict of evaluateGuard(ruleSet, document)) mine[verdict.rule] = verdict.error ? 'ERROR' : verdict.status;
        if (Object.values(mine).includes('ERROR')) for (const key of Object.keys(mine)) mine[key] = 'ERROR';
      }
      // cfn-guard reports nothing per rule when it errors: compare "errored" as one verdict.
      const mineError = Object.values(mine).includes('ERROR');
      const theirError = theirs['*'] === 'ERROR';
      if (mineError || theirError) {
        result.compared++;
        if (mineError && theirError) result.agreed++;
        else {
          result.disagreements.push({
            rules: corpus.label(rulesFile),
            data: corpus.label(file),
            rule: '*',
            tosei: mineError ? `ERROR ${problems[0]?.message ?? ''}`.trim() : 'evaluated',
            cfnGuard: theirError ? `ERROR ${oracleError ?? ''}`.trim() : 'evaluated',
          });
        }
        continue;
      }
      for (const rule of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
        result.compared++;
        const a = mine[rule] ?? 'MISSING';
        const b = theirs[rule] ?? 'MISSING';
        if (a === b) result.agreed++;
        else result.disagreements.push({ rules: corpus.label(rulesFile), data: corpus.label(file), rule, tosei: a, cfnGuard: b });
      }
    }
  }
  return result;
}
