// The real cfn-guard binary as the oracle for the Guard differential test and the bench.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GuardStatus } from '../../src/guard/evaluate.js';

export const CFN_GUARD = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'node_modules', '@cdklabs', 'cdk-validator-cfnguard', 'bin', 'ubuntu', 'x86_64', 'cfn-guard');

export function cfnGuardAvailable(): boolean {
  return existsSync(CFN_GUARD) && spawnSync(CFN_GUARD, ['--version']).status === 0;
}

/** Verdicts per data file: rule name -> PASS/FAIL/SKIP; or the error text when cfn-guard gave up. */
export type OracleVerdicts = Map<string, Record<string, GuardStatus>>;

interface StructuredEntry {
  name: string;
  compliant?: string[];
  not_applicable?: string[];
  not_compliant?: Array<{ Rule?: { name?: string } } | Record<string, { name?: string }>>;
}

/**
 * Runs `cfn-guard validate -r RULE -d DATA... -o json -z -S none` (the structured output: per data
 * file, the compliant, not_applicable and not_compliant rule names), batching all data files in one
 * run. Throws with cfn-guard's output when it ends with an error (exit 5 or any unexpected code).
 */
export function runOracle(ruleFiles: string | readonly string[], dataFiles: readonly string[]): OracleVerdicts {
  const args = ['validate', ...(typeof ruleFiles === 'string' ? [ruleFiles] : ruleFiles).flatMap((file) => ['-r', file]), ...dataFiles.flatMap((file) => ['-d', file]), '-o', 'json', '-z', '-S', 'none'];
  const run = spawnSync(CFN_GUARD, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0 && run.status !== 19) throw new Error(`cfn-guard exited ${String(run.status)}: ${run.stderr || run.stdout}`.slice(0, 2000));
  const verdicts: OracleVerdicts = new Map();
  for (const entry of JSON.parse(run.stdout) as StructuredEntry[]) {
    const rules: Record<string, GuardStatus> = {};
    for (const name of entry.compliant ?? []) rules[name] = 'PASS';
    for (const name of entry.not_applicable ?? []) rules[name] = 'SKIP';
    for (const failure of entry.not_compliant ?? []) {
      for (const inner of Object.values(failure)) if (inner?.name) rules[inner.name] = 'FAIL';
    }
    verdicts.set(entry.name, rules);
  }
  return verdicts;
}
