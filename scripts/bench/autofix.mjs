// Benchmark section: `tosei fix --dry-run` against `tosei scan` over the same CloudFormation corpus,
// in the same run. Fixing evaluates every rule again after each edit (to keep only edits that leave
// the finding COMPLIANT and nothing worse), so it costs a multiple of a scan: the ratio is the figure.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

function timeRuns(argv, cwd, runs) {
  const walls = [];
  let status;
  let stdout = '';
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const result = spawnSync(process.execPath, argv, { cwd, encoding: 'utf8', maxBuffer: 256 << 20 });
    walls.push((performance.now() - started) / 1000);
    status = result.status;
    stdout = result.stdout;
  }
  walls.sort((a, b) => a - b);
  const mid = walls.length >> 1;
  return { wall: walls.length % 2 ? walls[mid] : (walls[mid - 1] + walls[mid]) / 2, status, stdout };
}

export const autofixSection = {
  name: 'autofix',
  title: 'tosei fix --dry-run against tosei scan: aws-cloudformation-templates',
  async run(ctx, { repoRoot, corporaDir }) {
    const corpus = join(corporaDir, 'aws-cloudformation-templates');
    if (!existsSync(corpus)) return console.log(`  skipped: corpus ${corpus} not found`);
    const bin = join(repoRoot, 'bin/tosei.js');
    const scan = timeRuns([bin, 'scan', corpus, '--rules-set', 'all', '--format', 'json', '--output', join(ctx.tmp, 'autofix-scan.json')], repoRoot, ctx.runs);
    const fix = timeRuns([bin, 'fix', '--dry-run', '--rules-set', 'all', corpus], repoRoot, ctx.runs);
    const summary = fix.stdout.trim().split('\n').pop();
    console.log(`  scan:          ${scan.wall.toFixed(2)} s (exit ${scan.status})`);
    console.log(`  fix --dry-run: ${fix.wall.toFixed(2)} s (exit ${fix.status}): ${summary}`);
    console.log(`  fix / scan:    ${(fix.wall / scan.wall).toFixed(1)}x (median of ${ctx.runs} run(s) each)`);
  },
};
