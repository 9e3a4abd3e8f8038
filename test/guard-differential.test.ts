// Differential test: Tosei's Guard engine against the real cfn-guard binary, PASS/FAIL/SKIP per rule
// per data file, over cfn-guard's own rules and data and rules generated over the CloudFormation
// corpora. Every disagreement must be listed, with its reason, in test/guard/known-differences.json.
// GUARD_DIFF_TEMPLATES / GUARD_DIFF_TYPES enlarge the generated part (defaults keep CI under a minute).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildGuardCorpus } from './support/guard-corpus.js';
import { runDifferential, type Disagreement } from './support/guard-differential.js';
import { cfnGuardAvailable } from './support/guard-oracle.js';

interface KnownDifference {
  rules: string;
  /** A data file, or "*" for every data file. */
  data: string;
  /** A rule name, "*" for "the pair as a whole errored on one side", or "any". */
  rule: string;
  reason: string;
}

const known = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'guard', 'known-differences.json'), 'utf8')) as KnownDifference[];

function isKnown(difference: Disagreement): KnownDifference | undefined {
  return known.find(
    (entry) => entry.rules === difference.rules && (entry.data === '*' || entry.data === difference.data) && (entry.rule === 'any' || entry.rule === difference.rule),
  );
}

test('Guard verdicts agree with cfn-guard on every rule x data file pair, or the difference is listed', { skip: !cfnGuardAvailable() && 'cfn-guard binary not installed', timeout: 600_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), 'tosei-guard-diff-'));
  try {
    const corpus = buildGuardCorpus(work, Number(process.env.GUARD_DIFF_TEMPLATES ?? 12), Number(process.env.GUARD_DIFF_TYPES ?? 4));
    const result = runDifferential(corpus, work);
    const unexplained = result.disagreements.filter((difference) => !isKnown(difference));
    const explained = result.disagreements.length - unexplained.length;
    const stale = known.filter((entry) => !result.disagreements.some((difference) => isKnown(difference) === entry));
    if (stale.length > 0) console.log(`guard differential: known differences not met in this run (larger GUARD_DIFF_* may meet them): ${stale.map((entry) => `${entry.rules} x ${entry.data}`).join('; ')}`);
    console.log(
      `guard differential: ${corpus.ruleFiles.length} rule files x ${corpus.dataFiles.length} data files; ${result.compared} verdicts compared, ` +
        `${result.agreed} agree, ${explained} listed known differences, ${unexplained.length} unexplained; cfn-guard cannot read ${result.unreadableData.length} data files`,
    );
    assert.ok(result.compared > 5000, `too few verdicts compared (${result.compared}): is the corpus there?`);
    assert.deepEqual(unexplained.slice(0, 20), [], `${unexplained.length} disagreements are not in test/guard/known-differences.json`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
