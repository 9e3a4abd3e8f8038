// Bench section `lambda`: the size of each Lambda bundle (scripts/bundle.mjs) and its cold start measured locally:
// a fresh `node` process that imports the bundle and handles one sample event, against a fresh `node -e ''` in
// the same run. The ratio is the figure to compare (the machine may be shared and noisy); the Lambda runtime adds
// its own start, which this does not measure.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleLambdas } from '../bundle.mjs';

/**
 * Child script: import the bundle, handle the event once, print the in-process times (ms) and the response.
 * argv: bundle path, event path (or '').
 */
const PROBE = `
const start = performance.now();
const [bundle, eventFile] = process.argv.slice(1);
const { handler } = await import(bundle);
const imported = performance.now();
const { readFileSync } = await import('node:fs');
const event = eventFile ? JSON.parse(readFileSync(eventFile, 'utf8')) : undefined;
const response = event === undefined ? undefined : await handler(event, {});
const handled = performance.now();
console.log(JSON.stringify({ importMs: imported - start, handleMs: handled - imported, sinceProcessStartMs: handled, response }));
`;

/** Runs the probe in a fresh node process; returns its wall time (ms, spawn to exit) and what it printed. */
export function probeLambda(bundle, event, env = {}) {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', PROBE, pathToFileURL(bundle).href, event ?? ''], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 16 << 20,
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0) throw new Error(`probe of ${bundle} failed (${run.status}): ${run.stderr}`);
  const lines = run.stdout.trim().split('\n');
  return { wallMs, ...JSON.parse(lines[lines.length - 1]), log: lines.slice(0, -1) };
}

function wallOf(argv) {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, argv, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${argv.join(' ')} failed: ${run.stderr}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

export async function lambdaBench(ctx) {
  const out = mkdtempSync(join(os.tmpdir(), 'tosei-lambda-bench-'));
  try {
    const built = await bundleLambdas({ outDir: out });
    if (built.length === 0) return console.log('  skipped: no Lambda handler entry exists');
    const runs = Math.max(ctx.runs, 5);
    const baseline = median(Array.from({ length: runs }, () => wallOf(['-e', ''])));
    console.log(`  ${runs} fresh processes each; baseline \`node -e ''\`: ${baseline.toFixed(0)} ms (median wall)`);
    console.log('');
    console.log('  handler       bundle   cold start (wall)   ratio to baseline   import   first event   answer');
    for (const lambda of built) {
      const samples = Array.from({ length: runs }, () => probeLambda(lambda.outfile, lambda.event));
      const wall = median(samples.map((s) => s.wallMs));
      const importMs = median(samples.map((s) => s.importMs));
      const handleMs = median(samples.map((s) => s.handleMs));
      const answer = lambda.event ? (samples[0].response?.hookStatus ?? samples[0].response?.statusCode ?? 'answered') : 'no sample event';
      console.log(
        `  ${lambda.name.padEnd(12)} ${`${(lambda.bytes / 1024).toFixed(0)} KiB`.padStart(8)}   ${`${wall.toFixed(0)} ms`.padStart(17)}   ${`${(wall / baseline).toFixed(2)}x`.padStart(17)}   ${`${importMs.toFixed(0)} ms`.padStart(6)}   ${`${handleMs.toFixed(0)} ms`.padStart(11)}   ${answer}`,
      );
    }
    console.log('\n  (bundle: minified ESM, @aws-sdk/* external as the Lambda runtime ships it; import and first event are in-process times)');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
