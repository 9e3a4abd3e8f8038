// Benchmark section: AWS Config inventories of real item shapes (issue 13 §4). Snapshots built
// from AWS's RDK example items (scripts/bench/real-items.mjs: every type the pack judges, ids
// unique per copy, references shared, so one security group, subnet, managed policy or group
// stands behind thousands of resources) at 10,000, 50,000 and 100,000 items, scanned by the
// adapter and the whole pack (no report) and by the CLI writing the JSON report. Prints the time
// and peak per item and the exponent of N the CPU time's growth implies (CPU time: on a shared
// machine the wall time is mostly waiting). The `all` mix also goes through the live scan's
// adapter (scripts/bench/live-runner.mjs).
//
//   node scripts/bench.mjs --only config-real
//   BENCH_REAL_SIZES=10000,50000 BENCH_REAL_MIXES=all,s3 node scripts/bench.mjs --only config-real
//   BENCH_REAL_CLI=0 ...        (the adapter + pack runner only)
import { rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRealSnapshot, MIXES, realItemTemplates } from './real-items.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SIZES = (process.env.BENCH_REAL_SIZES ?? '10000,50000,100000').split(',').map(Number);
const MIX_NAMES = (process.env.BENCH_REAL_MIXES ?? 'all,s3,iam-users,iam-roles').split(',');
const WITH_CLI = process.env.BENCH_REAL_CLI !== '0';
const TIMEOUT_S = Number(process.env.BENCH_TIMEOUT ?? 300);
const TARGET_N = 100_000;
const TARGET_WALL_S = 10;
const TARGET_RSS_MB = 500;

export async function configRealBench(ctx, { measure, fmtS, fmtMB, table, corporaDir, toseiBin }) {
  const { builtinRules } = await import(join(repoRoot, 'dist', 'index.js'));
  const judged = new Set(builtinRules.flatMap((rule) => rule.meta.resourceTypes));
  const templates = realItemTemplates(corporaDir, judged);
  if (!templates) return console.log(`  skipped: ${join(corporaDir, 'config-rdk-example-ci')} not found`);
  console.log(`  ${templates.size} example items of types the pack judges: ${[...templates.keys()].join(', ')}`);
  console.log(`  mixes ${MIX_NAMES.join(', ')}; N = ${SIZES.map((n) => n.toLocaleString('en-US')).join(', ')}; runs killed after ${TIMEOUT_S} s`);
  const runner = join(repoRoot, 'scripts', 'bench', 'config-items-runner.mjs');
  const rows = [];
  const verdicts = [];
  const verdict = (m) => (m.exitCodes.every((code) => code === 0 || code === 1) && m.wall < TARGET_WALL_S && m.rssMB < TARGET_RSS_MB ? 'PASS' : 'MISS');
  for (const mix of MIX_NAMES) {
    if (!MIXES[mix]) throw new Error(`unknown mix ${mix} (${Object.keys(MIXES).join(', ')})`);
    const points = [];
    for (const n of SIZES) {
      const file = join(ctx.tmp, `config-real-${mix}-${n}.json`);
      const { types } = await generateRealSnapshot(templates, mix, n, file);
      const sizeMB = statSync(file).size / 2 ** 20;
      console.log(`\n  ${mix}, N = ${n.toLocaleString('en-US')} (${types} types, ${fmtMB(sizeMB)}):`);
      console.log('  adapter + pack:');
      const pack = measure([process.execPath, runner, file], { cwd: ctx.tmp, runs: ctx.runs, tmp: ctx.tmp, tag: `real-${mix}-pack`, timeout: TIMEOUT_S, onceAfter: 60 });
      let live;
      if (mix === 'all') {
        console.log('  live scan adapter + pack (scripts/bench/live-runner.mjs: the same resources, read line by line as Cloud Control answers them, through liveDocument):');
        const liveRunner = join(repoRoot, 'scripts', 'bench', 'live-runner.mjs');
        const resources = join(ctx.tmp, `config-real-${mix}-${n}.live.jsonl`);
        console.log('    untimed: the resources file the live runner reads (not in the figures):');
        measure([process.execPath, liveRunner, 'prepare', file, resources], { cwd: ctx.tmp, runs: 1, tmp: ctx.tmp, tag: `real-${mix}-live-prepare`, timeout: TIMEOUT_S });
        live = measure([process.execPath, liveRunner, resources], { cwd: ctx.tmp, runs: ctx.runs, tmp: ctx.tmp, tag: `real-${mix}-live`, timeout: TIMEOUT_S, onceAfter: 60 });
        rmSync(resources, { force: true });
      }
      let cli;
      if (WITH_CLI) {
        console.log('  tosei scan --format json --output /dev/null:');
        cli = measure([process.execPath, toseiBin, 'scan', file, '--rules-set', 'all', '--format', 'json', '--output', '/dev/null'], { cwd: ctx.tmp, runs: ctx.runs, tmp: ctx.tmp, tag: `real-${mix}-cli`, timeout: TIMEOUT_S, onceAfter: 60 });
      }
      rmSync(file, { force: true });
      points.push({ n, pack, cli, live });
      const cell = (m) => (m ? [fmtS(m.wall), fmtS(m.cpu), fmtMB(m.rssMB)] : ['-', '-', '-']);
      rows.push([mix, n.toLocaleString('en-US'), fmtMB(sizeMB), ...cell(pack), ...cell(cli), ...cell(live), `${((pack.cpu * 1e6) / n).toFixed(0)} µs`]);
      const told = (m) => `${verdict(m)} (${fmtS(m.wall)}, CPU ${fmtS(m.cpu)}, ${fmtMB(m.rssMB)})`;
      if (n === TARGET_N) verdicts.push(`${mix}: adapter + pack ${told(pack)}${cli ? `; CLI with the JSON report ${told(cli)}` : ''}${live ? `; live adapter + pack ${told(live)}` : ''}`);
      if (pack.exitCodes.includes('timeout')) break;
    }
    const [a, b] = [points[0], points[points.length - 1]];
    if (points.length >= 2) {
      const k = Math.log(b.n / a.n);
      const cpu = (m1, m2) => (Math.log(m2.cpu / m1.cpu) / k).toFixed(2);
      console.log(`  ${mix}: CPU time grows as N^${cpu(a.pack, b.pack)} (adapter + pack)${a.cli && b.cli ? `, N^${cpu(a.cli, b.cli)} (CLI)` : ''}${a.live && b.live ? `, N^${cpu(a.live, b.live)} (live adapter)` : ''} from ${a.n.toLocaleString('en-US')} to ${b.n.toLocaleString('en-US')} (process start included)`);
    }
  }
  console.log(`\n  Real item shapes, ${ctx.runs} run(s) each`);
  const header = ['mix', 'N', 'snapshot', 'pack wall', 'pack CPU', 'pack peak', 'CLI wall', 'CLI CPU', 'CLI peak', 'live wall', 'live CPU', 'live peak', 'pack CPU/item'];
  console.log(table(rows, header).split('\n').map((line) => `  ${line}`).join('\n'));
  if (verdicts.length) console.log(`\n  Targets at ${TARGET_N.toLocaleString('en-US')} items, < ${TARGET_WALL_S} s and < ${TARGET_RSS_MB} MB peak, process start included:\n${verdicts.map((line) => `    ${line}`).join('\n')}`);
}
