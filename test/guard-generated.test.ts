// Generated differential test: fast-check writes Guard rule files and YAML data documents over the
// constructs of issue 12 §3 (test/support/guard-generated.ts), the real cfn-guard 3.1.1 and Tosei
// evaluate each pair, and every verdict must agree: PASS/FAIL/SKIP per rule and data file, or both
// sides giving up (a rule file that does not parse, an evaluation error, unreadable data).
// GUARD_GENERATED_RUNS / GUARD_GENERATED_SEED vary the run (defaults keep it well under a minute).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { evaluateGuard, loadGuardRules, readGuardData } from '../src/guard/index.js';
import { guardDocument, guardRuleFile } from './support/guard-generated.js';
import { cfnGuardAvailable, runOracle } from './support/guard-oracle.js';

const ERROR = 'ERROR';
type Verdicts = Record<string, string>;

/** Deliberate differences, each with its reason; a generated case that meets one is not compared. */
const DELIBERATE: ReadonlyArray<{ matches: (rules: string, data: string) => boolean; reason: string }> = [
  {
    matches: (rules) => /\bsome [^\n]*== %refs/.test(rules),
    reason:
      '`some q == %v` where %v holds unresolved values as well as values: cfn-guard 3.1.1 passes when one pair agrees but ' +
      'compares several left-hand values as one list (`some [x, y] == [x, <unresolved>]` fails); Tosei fails any comparison ' +
      'with an unresolved right-hand side, as cfn-guard does without `some`.',
  },
];

/** cfn-guard's verdicts per data file; a data file cfn-guard gives up on is ERROR. */
function oracle(ruleFile: string, dataFiles: readonly string[]): Map<string, Verdicts> {
  const verdicts = new Map<string, Verdicts>();
  try {
    for (const [file, rules] of runOracle(ruleFile, dataFiles)) verdicts.set(file, rules);
  } catch {
    // One run for all files failed: ask file by file which of them cfn-guard gives up on.
    for (const file of dataFiles) {
      try {
        verdicts.set(file, runOracle(ruleFile, [file]).get(file) ?? {});
      } catch {
        verdicts.set(file, { '*': ERROR });
      }
    }
  }
  return verdicts;
}

function tosei(ruleFile: string, dataFile: string): Verdicts {
  const { ruleSet, problems } = loadGuardRules([ruleFile]);
  if (problems.length > 0) return { '*': ERROR };
  const data = readGuardData(readFileSync(dataFile, 'utf8'), dataFile, []);
  if (data === undefined) return { '*': ERROR };
  const verdicts: Verdicts = {};
  for (const result of evaluateGuard(ruleSet, data)) {
    if (result.error) return { '*': ERROR };
    verdicts[result.rule] = result.status;
  }
  return verdicts;
}

test('generated Guard rule/data pairs: Tosei gives cfn-guard 3.1.1 verdicts', { skip: !cfnGuardAvailable() && 'cfn-guard binary not installed', timeout: 300_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), 'tosei-guard-generated-'));
  let run = 0;
  let compared = 0;
  try {
    fc.assert(
      fc.property(guardRuleFile, fc.array(guardDocument, { minLength: 1, maxLength: 4 }), (rules, documents) => {
        const dir = join(work, String(run++));
        mkdirSync(dir);
        const ruleFile = join(dir, 'rules.guard');
        writeFileSync(ruleFile, rules);
        const dataFiles = documents.map((text, index) => {
          const file = join(dir, `data${index}.yaml`);
          writeFileSync(file, text);
          return file;
        });
        const theirs = oracle(ruleFile, dataFiles);
        dataFiles.forEach((file, index) => {
          if (DELIBERATE.some((difference) => difference.matches(rules, documents[index]!))) return;
          const mine = tosei(ruleFile, file);
          const their = theirs.get(file) ?? { '*': ERROR };
          compared++;
          // Giving up is one verdict for the pair (cfn-guard reports no rule when it does).
          const expected = their['*'] === ERROR ? ERROR : their;
          const actual = mine['*'] === ERROR ? ERROR : mine;
          assert.deepEqual(actual, expected, `rules:\n${rules}\ndata:\n${documents[index]}`);
        });
        rmSync(dir, { recursive: true, force: true });
      }),
      { numRuns: Number(process.env.GUARD_GENERATED_RUNS ?? 60), ...(process.env.GUARD_GENERATED_SEED ? { seed: Number(process.env.GUARD_GENERATED_SEED) } : {}), endOnFailure: true },
    );
    console.log(`guard generated differential: ${run} rule files, ${compared} rule file x data file pairs agree with cfn-guard`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
