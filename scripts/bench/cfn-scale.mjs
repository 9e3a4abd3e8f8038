// Benchmark section: CloudFormation templates at scale (issue 13 §4: "a 20k-resource template").
// Templates of 10,000 to 100,000 resources built from real resources of the CloudFormation
// corpora, with one shared security group, role, key, VPC... behind thousands of resources
// (scripts/bench/generate-template.mjs), written as JSON and as YAML, each scanned by the CLI with
// the whole pack writing the JSON report. CloudFormation takes at most 500 resources a template, so
// these are a stress shape (a nested-stack or CDK app flattened into one template). Prints the
// wall and CPU time, the peak RSS, and how both grow from the smallest N to the others (CPU time:
// on a shared machine the wall time is mostly waiting).
//
//   node scripts/bench.mjs --only cfn-scale
//   BENCH_CFN_SIZES=10000,20000 BENCH_CFN_FORMATS=yaml node scripts/bench.mjs --only cfn-scale
import { readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateTemplate, templateShapes } from './generate-template.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SIZES = (process.env.BENCH_CFN_SIZES ?? '10000,20000,50000,100000').split(',').map(Number);
const FORMATS = (process.env.BENCH_CFN_FORMATS ?? 'json,yaml').split(',');
const TIMEOUT_S = Number(process.env.BENCH_TIMEOUT ?? 300);
const TARGET_N = 20_000;
const TARGET_WALL_S = 10;
const TARGET_RSS_MB = 500;

export async function cfnScaleBench(ctx, { measure, fmtS, fmtMB, fmtX, table, corporaDir, toseiBin }) {
  const { builtinRules } = await import(join(repoRoot, 'dist', 'index.js'));
  const judged = new Set(builtinRules.flatMap((rule) => rule.meta.resourceTypes));
  const shapes = templateShapes(corporaDir, judged);
  if (!shapes) return console.log(`  skipped: neither ${join(corporaDir, 'aws-cloudformation-templates')} nor awslabs-cloudformation-templates-2023 found`);
  console.log(`  ${shapes.shapes.length} resource shapes of ${shapes.types} judged types from ${shapes.sources.length} CloudFormation JSON templates`);
  console.log('  a stress shape: CloudFormation takes at most 500 resources a template; these are like a nested-stack or CDK app flattened into one');
  console.log(`  formats ${FORMATS.join(', ')}; N = ${SIZES.map((n) => n.toLocaleString('en-US')).join(', ')}; runs killed after ${TIMEOUT_S} s`);
  const rows = [];
  const verdicts = [];
  for (const format of FORMATS) {
    if (format !== 'json' && format !== 'yaml') throw new Error(`unknown format ${format} (json, yaml)`);
    const points = [];
    for (const n of SIZES) {
      const file = join(ctx.tmp, `cfn-scale-${n}.${format}`);
      const built = await generateTemplate(shapes, n, file, format);
      const sizeMB = statSync(file).size / 2 ** 20;
      const fanIn = built.shared.slice(0, 4).map((s) => `${s.type} ${s.namedBy.toLocaleString('en-US')}`).join(', ');
      console.log(`\n  ${format}, N = ${built.resources.toLocaleString('en-US')} (${fmtMB(sizeMB)}, ${built.shared.length} shared resources; named by the most: ${fanIn}):`);
      const argv = (output) => [process.execPath, toseiBin, 'scan', file, '--rules-set', 'all', '--format', 'json', '--output', output];
      const m = measure(argv('/dev/null'), { cwd: ctx.tmp, runs: ctx.runs, tmp: ctx.tmp, tag: `cfn-${format}-${n}`, timeout: TIMEOUT_S, onceAfter: 60 });
      // One untimed run writes the report: a template past the reader's limits is refused (exit 2), not scanned.
      const report = join(ctx.tmp, `cfn-${format}-${n}-report.json`);
      let outcome = m.exitCodes.includes('timeout') ? 'killed' : '';
      let evaluations = '';
      if (!outcome && m.wall < 60) {
        console.log('    once more, writing the report (to tell a scan from a refusal; not in the figures):');
        measure(argv(report), { cwd: ctx.tmp, runs: 1, tmp: ctx.tmp, tag: `cfn-${format}-${n}-report` });
        try {
          const parsed = JSON.parse(readFileSync(report, 'utf8'));
          evaluations = parsed.summary?.evaluations ?? '';
          if (parsed.errors?.[0]) outcome = `not scanned: ${parsed.errors[0].message}`;
        } catch {
          outcome = 'report unreadable';
        }
        rmSync(report, { force: true });
      }
      rmSync(file, { force: true });
      const scanned = !outcome && m.exitCodes.every((code) => code === 0 || code === 1);
      if (outcome) console.log(`    ${outcome}`);
      if (scanned) points.push({ n: built.resources, m });
      rows.push([format, built.resources.toLocaleString('en-US'), fmtMB(sizeMB), fmtS(m.wall), fmtS(m.cpu), fmtMB(m.rssMB), evaluations, scanned ? `${((m.cpu * 1e6) / built.resources).toFixed(0)} µs` : outcome || `exit ${m.exitCodes.join(',')}`]);
      if (n === TARGET_N) {
        const ok = scanned && m.wall < TARGET_WALL_S && m.rssMB < TARGET_RSS_MB;
        verdicts.push(`${format}: ${ok ? 'PASS' : 'MISS'} (${fmtS(m.wall)}, CPU ${fmtS(m.cpu)}, ${fmtMB(m.rssMB)}${outcome ? `, ${outcome}` : ''})`);
      }
      if (m.exitCodes.includes('timeout')) break;
    }
    if (points.length >= 2) {
      const a = points[0];
      for (const b of points.slice(1)) {
        const k = b.n / a.n;
        const exponent = (x, y) => (Math.log(y / x) / Math.log(k)).toFixed(2);
        const linear = b.m.cpu / a.m.cpu <= k * 1.15 && b.m.rssMB / a.m.rssMB <= k * 1.15;
        console.log(
          `  ${format}, ${a.n.toLocaleString('en-US')} -> ${b.n.toLocaleString('en-US')} (${fmtX(k)}): CPU ${fmtX(b.m.cpu / a.m.cpu)} (N^${exponent(a.m.cpu, b.m.cpu)}), peak RSS ${fmtX(b.m.rssMB / a.m.rssMB)} (N^${exponent(a.m.rssMB, b.m.rssMB)}): ${linear ? 'linear or better' : 'WORSE than linear'}`,
        );
      }
    }
  }
  console.log(`\n  Templates, ${ctx.runs} run(s) each (process start included)`);
  console.log(table(rows, ['format', 'N', 'template', 'wall', 'CPU', 'peak RSS', 'evaluations', 'CPU/resource']).split('\n').map((line) => `  ${line}`).join('\n'));
  if (verdicts.length) console.log(`\n  Targets at ${TARGET_N.toLocaleString('en-US')} resources, < ${TARGET_WALL_S} s and < ${TARGET_RSS_MB} MB peak:\n${verdicts.map((line) => `    ${line}`).join('\n')}`);
}
