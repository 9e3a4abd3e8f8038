// Bench section "guard": the same Guard rules over the same templates with `tosei guard validate`
// and with the cfn-guard binary, in one run; wall time, peak RSS and the ratios (issue #7 targets:
// Tosei at least 5x faster end to end, at no more than 3x cfn-guard's memory).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const TARGET_SPEEDUP = 5;
const TARGET_MEMORY_RATIO = 3;

/** Kinds of corpus files used as data: every CloudFormation template of the corpus. */
const DATA_KINDS = ['cfn-yaml', 'cfn-json'];

function indexFiles(corporaDir, corpus, kinds) {
  const index = join(corporaDir, corpus, '_index.tsv');
  if (!existsSync(index)) return null;
  return readFileSync(index, 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .filter(([path, kind]) => path && kinds.includes(kind))
    .map(([path]) => join(corporaDir, corpus, path));
}

/**
 * @param ctx {runs, tmp} plus the bench's helpers: measure, fmtS, fmtMB, fmtX, table, corporaDir,
 *   repoRoot, cfnGuardBin (passed in so this file shares bench.mjs's measuring wrapper).
 */
export async function guardBench(ctx) {
  const { measure, fmtS, fmtMB, fmtX, table, corporaDir, repoRoot, cfnGuardBin } = ctx;
  if (!existsSync(cfnGuardBin)) return console.log(`  skipped: ${cfnGuardBin} not installed`);
  const data = indexFiles(corporaDir, 'aws-cloudformation-templates', DATA_KINDS);
  const rules = indexFiles(corporaDir, 'cfn-guard-resources', ['guard-rules']);
  if (!data || !rules) return console.log('  skipped: corpora aws-cloudformation-templates / cfn-guard-resources not found');
  const toseiBin = join(repoRoot, 'bin/tosei.js');
  const dataArgs = data.flatMap((file) => ['-d', file]);
  // The rule files both tools evaluate on this corpus without giving up (cfn-guard 3.1.1 lacks some
  // 3.x functions; some rules abort on some templates): probe each once with each tool.
  const usable = rules.filter((rule) => {
    const theirs = spawnSync(cfnGuardBin, ['validate', '-r', rule, ...dataArgs, '-o', 'json', '-S', 'none'], { encoding: 'utf8', maxBuffer: 1 << 30 }).status;
    const ours = spawnSync(process.execPath, [toseiBin, 'guard', 'validate', '-r', rule, ...dataArgs, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 30 }).status;
    return (theirs === 0 || theirs === 19) && (ours === 0 || ours === 19);
  });
  console.log(`  ${usable.length} of ${rules.length} Guard rule files (the ones both tools evaluate on this corpus) over ${data.length} templates, ${ctx.runs} run(s) each`);
  const ruleArgs = usable.flatMap((rule) => ['-r', rule]);
  const tools = [
    { name: 'tosei guard validate', argv: [process.execPath, toseiBin, 'guard', 'validate', ...ruleArgs, ...dataArgs, '--format', 'json'] },
    { name: 'cfn-guard validate', argv: [cfnGuardBin, 'validate', ...ruleArgs, ...dataArgs, '-o', 'json', '-S', 'none'] },
  ];
  const results = [];
  for (const tool of tools) {
    console.log(`  ${tool.name}:`);
    const m = measure(tool.argv, { cwd: repoRoot, runs: ctx.runs, tmp: ctx.tmp, tag: tool.name.replace(/\W+/g, '-') });
    results.push({ ...tool, ...m });
  }
  const [tosei, guard] = results;
  console.log(
    `\n${table(
      results.map((r) => [r.name, fmtS(r.wall), fmtMB(r.rssMB), r.exitCodes.join(',')]),
      ['tool', 'wall (median)', 'peak RSS', 'exit'],
    )}`,
  );
  const speedup = guard.wall / tosei.wall;
  const memory = tosei.rssMB / guard.rssMB;
  console.log(`\n  Tosei is ${fmtX(speedup)} faster than cfn-guard (target >= ${TARGET_SPEEDUP}x: ${speedup >= TARGET_SPEEDUP ? 'PASS' : 'MISS'})`);
  console.log(`  Tosei uses ${fmtX(memory)} cfn-guard's peak memory (target <= ${TARGET_MEMORY_RATIO}x: ${memory <= TARGET_MEMORY_RATIO ? 'PASS' : 'MISS'})`);
}
