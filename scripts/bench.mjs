#!/usr/bin/env node
// Benchmark: Tosei against the tools a user would pick instead, in the same run, over the same files.
//
//   npm run bench                       (builds first, then runs every section)
//   node scripts/bench.mjs [--runs N] [--only SECTION] [--list]
//
// Every tool runs as its own process, started by a small python3 wrapper that reads the wall time
// (time.perf_counter) and the child's peak RSS (getrusage(RUSAGE_CHILDREN).ru_maxrss, KiB on Linux).
// Each tool runs N times (--runs N, or BENCH_RUNS, default 3); we report the median wall time and the
// largest peak RSS. The machine may be shared and noisy, so the ratios against Tosei in the same run
// are the figures to compare, not the absolute times.
//
// Corpora are read from ../shared/corpora next to the repository (BENCH_CORPORA overrides it); a
// section whose corpus is missing is skipped, and so is a peer that is not installed.
//
// Sections are a list (`sections` below): cloudformation (against cfn-guard and cloudformation-validate's CEL engine),
// tfplan and tam (Tosei alone on the Terraform corpora) and plan-scale (generated plans of 5,000 to
// 50,000 resources, scripts/bench/generate-plan.mjs). Add the run-task server, Guard... as more
// entries with a name, a title and a run(ctx) function.
import { createHash } from 'node:crypto';
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePlan } from './bench/generate-plan.mjs';
import { storeBench } from './bench/store.mjs';
import { dashboardBench } from './bench/dashboard.mjs';
import { configItemsBench } from './bench/config-items.mjs';
import { configRealBench } from './bench/config-real.mjs';
import { runTaskBench } from './bench/run-task.mjs';
import { lambdaBench } from './bench/lambda.mjs';
import { autofixSection } from './bench/autofix.mjs';
import { guardBench } from './bench/guard.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corporaDir = resolve(repoRoot, process.env.BENCH_CORPORA ?? '../shared/corpora');
const toseiBin = join(repoRoot, 'bin/tosei.js');
/** The whole rule pack: the benchmarks time every rule, not only the recommended set that runs by default. */
const WHOLE_PACK = ['--rules-set', 'all'];
const cfnGuardBin = join(repoRoot, 'node_modules/@cdklabs/cdk-validator-cfnguard/bin/ubuntu/x86_64/cfn-guard');
const cfnValidateRunner = join(repoRoot, 'scripts/bench/cfn-validate.mjs');

// Issue targets for Tosei on the CloudFormation corpus (whole rule pack, process start included):
// under half a second, at least 8x faster than cloudformation-validate's CEL engine and at most half
// its memory, in the same run.
const TARGET_WALL_S = 0.5;
const TARGET_SPEEDUP_OVER_CEL = 8;
const TARGET_MEMORY_OF_CEL = 0.5;

// ---------------------------------------------------------------------------------------------
// Measuring

const MEASURE_PY = `
import json, resource, subprocess, sys, time
spec = json.load(sys.stdin)
with open(spec['stdout'], 'wb') as out, open(spec['stderr'], 'wb') as err:
    t0 = time.perf_counter()
    try:
        rc = subprocess.call(spec['argv'], cwd=spec['cwd'], stdin=subprocess.DEVNULL, stdout=out, stderr=err, timeout=spec.get('timeout'))
    except subprocess.TimeoutExpired:
        rc = 'timeout'
    wall = time.perf_counter() - t0
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({'rc': rc, 'wall': wall, 'cpu': usage.ru_utime + usage.ru_stime, 'maxrssKiB': usage.ru_maxrss}))
`;

/**
 * Runs argv once under the python3 wrapper; the child's stdout and stderr go to files in tmp. With
 * `timeout` (seconds) the child is killed when it runs longer, and rc is 'timeout'.
 */
function measureOnce(argv, { cwd, tmp, tag, timeout }) {
  const stdout = join(tmp, `${tag}.out`);
  const stderr = join(tmp, `${tag}.err`);
  const r = spawnSync('python3', ['-c', MEASURE_PY], {
    input: JSON.stringify({ argv, cwd, stdout, stderr, timeout: timeout ?? null }),
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (r.error) throw new Error(`python3 could not be started: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`measuring wrapper failed (${r.status}): ${r.stderr}`);
  const m = JSON.parse(r.stdout);
  return { rc: m.rc, wall: m.wall, cpu: m.cpu, rssMB: m.maxrssKiB / 1024, stdout, stderr };
}

/** The median of some numbers. */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Runs argv `runs` times; median wall and CPU (user + system) time, largest peak RSS, the exit codes and the last run's output files.
 * On a shared, busy machine the CPU time says what the tool itself costs; the wall time also holds the waiting.
 * `timeout` (seconds) kills a run that takes longer; after a run that timed out or took longer than
 * `onceAfter` seconds the remaining runs are left out (one slow sample says enough, and the bench ends).
 */
function measure(argv, { cwd, runs, tmp, tag, timeout, onceAfter }) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const s = measureOnce(argv, { cwd, tmp, tag, timeout });
    samples.push(s);
    process.stdout.write(`    run ${i + 1}/${runs}: ${fmtS(s.wall)} (${fmtS(s.cpu)} CPU), ${fmtMB(s.rssMB)}, exit ${s.rc}\n`);
    if (i + 1 < runs && (s.rc === 'timeout' || (onceAfter !== undefined && s.wall > onceAfter))) {
      process.stdout.write(`    (${s.rc === 'timeout' ? `killed after the ${timeout} s timeout` : `over ${onceAfter} s`}: no more runs)\n`);
      break;
    }
  }
  const last = samples[samples.length - 1];
  return {
    wall: median(samples.map((s) => s.wall)),
    cpu: median(samples.map((s) => s.cpu)),
    walls: samples.map((s) => s.wall),
    rssMB: Math.max(...samples.map((s) => s.rssMB)),
    exitCodes: [...new Set(samples.map((s) => s.rc))],
    stdout: last.stdout,
    stderr: last.stderr,
  };
}

/** Runs async jobs with at most `limit` at a time; results in input order. */
async function pool(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

function run(argv, { cwd }) {
  return new Promise((resolvePromise) => {
    const child = spawn(argv[0], argv.slice(1), { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', (e) => resolvePromise({ rc: -1, stdout: '', stderr: e.message }));
    child.on('close', (rc) => resolvePromise({ rc, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

// ---------------------------------------------------------------------------------------------
// Formatting

const fmtS = (s) => (s < 10 ? `${s.toFixed(2)} s` : `${s.toFixed(1)} s`);
const fmtMB = (mb) => `${Math.round(mb)} MB`;
const fmtX = (x) => (x >= 10 ? `${x.toFixed(0)}x` : `${x.toFixed(1)}x`);

function table(rows, header) {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Corpora

/** Files of a corpus whose _index.tsv kind is one of `kinds`, relative to the corpus directory, in index order. */
function corpusFiles(corpus, kinds) {
  const index = join(corporaDir, corpus, '_index.tsv');
  if (!existsSync(index)) return null;
  const [head, ...lines] = readFileSync(index, 'utf8').split('\n').filter(Boolean);
  const cols = head.split('\t');
  const pathCol = cols.indexOf('path');
  const kindCol = cols.indexOf('kind');
  if (pathCol < 0 || kindCol < 0) throw new Error(`${index}: no path/kind columns`);
  const byKind = {};
  const files = [];
  for (const line of lines) {
    const cells = line.split('\t');
    const kind = cells[kindCol];
    if (!kinds.includes(kind)) continue;
    files.push(cells[pathCol]);
    byKind[kind] = (byKind[kind] ?? 0) + 1;
  }
  return { dir: join(corporaDir, corpus), files, byKind };
}

/** Splits cfn-guard's `-o json` output (JSON objects one after another) into parsed objects. */
function parseConcatenatedJson(text) {
  const docs = [];
  let depth = 0;
  let inString = false;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (depth++ === 0) start = i;
    } else if (c === '}' || c === ']') {
      if (--depth === 0) docs.push(JSON.parse(text.slice(start, i + 1)));
    }
  }
  return docs;
}

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Tools. Each returns { name, skip?, argv, cwd, normalExit, rules, rulesNote, files(result) }.

/** Tosei over corpus.files (relative to corpus.dir). `detail` adds the evaluation and warning counts to the notes. */
async function toseiTool(corpus, { detail = false } = {}) {
  if (!existsSync(join(repoRoot, 'dist/cli.js'))) throw new Error('dist/cli.js is missing: run `npm run build` (or `npm run bench`) first');
  const listed = await run([process.execPath, toseiBin, 'rules', '--format', 'json'], { cwd: repoRoot });
  let rules = '?';
  try {
    rules = JSON.parse(listed.stdout).length;
  } catch {
    console.log(`  ! tosei rules --format json failed (exit ${listed.rc}): ${listed.stderr.trim().split('\n')[0]}`);
  }
  const scan = (output) => [process.execPath, toseiBin, 'scan', ...corpus.files, ...WHOLE_PACK, '--format', 'json', '--output', output];
  return {
    name: 'tosei',
    argv: scan('/dev/null'),
    cwd: corpus.dir,
    normalExit: [0, 1, 2],
    rules,
    rulesNote: 'whole rule pack',
    // The timed runs write the report to /dev/null; one more (untimed) run writes it to a file to count the files.
    files: async (_result, tmp) => {
      const out = join(tmp, 'tosei-report.json');
      const r = await run(scan(out), { cwd: corpus.dir });
      try {
        const report = JSON.parse(readFileSync(out, 'utf8'));
        const errors = report.summary?.errors ?? report.errors?.length ?? 0;
        const notes = [errors ? `${errors} read errors` : ''];
        if (detail) {
          const by = report.summary?.byStatus ?? {};
          notes.push(`${report.summary?.evaluations ?? '?'} evaluations (${by.NON_COMPLIANT ?? 0} non-compliant, ${by.INSUFFICIENT_DATA ?? 0} insufficient data)`);
          notes.push(`${report.summary?.warnings ?? report.warnings?.length ?? 0} warnings`);
        }
        return { files: report.summary?.files ?? '?', note: notes.filter(Boolean).join(', ') };
      } catch {
        return { files: '?', note: `report unreadable (exit ${r.rc})` };
      }
    },
  };
}

/**
 * cfn-guard 3.1.1 with the rule files of cfn-guard-resources (kind guard-rules). Some of them are test
 * fixtures that do not parse, and a few parse but abort the whole `validate` run (exit 255) on this
 * corpus; one untimed probe per rule file over all the templates keeps those that run.
 */
async function cfnGuardTool(corpus) {
  const name = 'cfn-guard';
  if (!isExecutable(cfnGuardBin)) return { name, skip: `not installed (${cfnGuardBin.slice(repoRoot.length + 1)} missing; devDependency @cdklabs/cdk-validator-cfnguard)` };
  const ruleCorpus = corpusFiles('cfn-guard-resources', ['guard-rules']);
  if (!ruleCorpus || ruleCorpus.files.length === 0) return { name, skip: `no rules (${join(corporaDir, 'cfn-guard-resources')} missing)` };
  const version = spawnSync(cfnGuardBin, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const data = corpus.files.flatMap((f) => ['-d', f]);
  const ruleFiles = ruleCorpus.files.map((f) => join(ruleCorpus.dir, f));
  process.stdout.write(`  probing ${ruleFiles.length} guard rule files (${version}) over the same templates...\n`);
  const probes = await pool(ruleFiles, os.availableParallelism(), async (rule) => {
    const r = await run([cfnGuardBin, 'validate', '-r', rule, ...data, '-o', 'json', '-S', 'none'], { cwd: corpus.dir });
    const rel = rule.slice(ruleCorpus.dir.length + 1);
    // 0 = all pass, 19 = some rule failed; 5 = the rules file does not parse; 255 = evaluation aborted.
    if (r.rc !== 0 && r.rc !== 19) {
      const why = r.rc === 5 ? 'does not parse' : `aborts evaluation (exit ${r.rc})`;
      const msg = r.stderr.split('\n').find((l) => l.trim()) ?? '';
      return { rel, ok: false, why, msg: msg.trim().slice(0, 110) };
    }
    const names = new Set();
    for (const doc of parseConcatenatedJson(r.stdout)) {
      for (const n of [...(doc.compliant ?? []), ...(doc.not_applicable ?? [])]) names.add(n);
      for (const v of doc.not_compliant ?? []) names.add(v?.Rule?.name ?? JSON.stringify(v));
    }
    return { rel, ok: true, rules: names.size };
  });
  const usable = probes.filter((p) => p.ok);
  const dropped = probes.filter((p) => !p.ok);
  const unparsable = dropped.filter((p) => p.why === 'does not parse').length;
  for (const p of dropped) process.stdout.write(`    dropped ${p.rel}: ${p.why}: ${p.msg}\n`);
  const rules = usable.reduce((n, p) => n + p.rules, 0);
  const note = `${usable.length} of ${ruleFiles.length} rule files (${unparsable} do not parse, ${dropped.length - unparsable} abort on this corpus)`;
  process.stdout.write(`  cfn-guard will run ${rules} rules from ${note}\n`);
  if (usable.length === 0) return { name, skip: 'no usable guard rule files' };
  return {
    name,
    argv: [cfnGuardBin, 'validate', ...usable.flatMap((p) => ['-r', join(ruleCorpus.dir, p.rel)]), ...data, '-o', 'json', '-S', 'none'],
    cwd: corpus.dir,
    normalExit: [0, 19],
    rules,
    rulesNote: note,
    // One JSON object per (rules file, data file); the top-level "name" is the data file.
    files: async (result) => {
      const text = readFileSync(result.stdout, 'utf8');
      const names = new Set([...text.matchAll(/^ {2}"name": (".*"),?$/gm)].map((m) => JSON.parse(m[1])));
      return { files: names.size, note: '' };
    },
  };
}

/** @aws/cloudformation-validate (CelEngine, the faster of its engines; built-in rules), in a child Node process of its own. */
async function cfnValidateTool(corpus) {
  const name = 'cfn-validate';
  let version;
  try {
    const req = createRequire(join(repoRoot, 'package.json'));
    version = JSON.parse(readFileSync(req.resolve('@aws/cloudformation-validate/package.json'), 'utf8')).version;
  } catch {
    return { name, skip: 'not installed (devDependency @aws/cloudformation-validate)' };
  }
  return {
    name,
    argv: [process.execPath, cfnValidateRunner, '--engine', 'cel', ...corpus.files],
    cwd: corpus.dir,
    normalExit: [0, 1, 2],
    rules: '?',
    rulesNote: `@aws/cloudformation-validate ${version}, CelEngine built-in rules`,
    files: async (result, _tmp, tool) => {
      try {
        const s = JSON.parse(readFileSync(result.stdout, 'utf8').trim().split('\n').pop());
        tool.rules = s.rules;
        const bad = [s.incomplete && `${s.incomplete} incomplete`, s.errors && `${s.errors} errored`].filter(Boolean).join(', ');
        return { files: s.files, note: bad };
      } catch {
        return { files: '?', note: 'no summary' };
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Sections

async function benchTools(ctx, title, tools) {
  const results = [];
  for (const tool of tools) {
    if (tool.skip) {
      console.log(`  - ${tool.name}: skipped, ${tool.skip}`);
      continue;
    }
    console.log(`  ${tool.name}: ${ctx.runs} run(s)`);
    const m = measure(tool.argv, { cwd: tool.cwd, runs: ctx.runs, tmp: ctx.tmp, tag: tool.name });
    const counted = await tool.files(m, ctx.tmp, tool);
    const abnormal = m.exitCodes.filter((c) => !tool.normalExit.includes(c));
    if (abnormal.length) {
      const err = readFileSync(m.stderr, 'utf8').trim().split('\n').slice(-3).join(' | ');
      console.log(`  ! ${tool.name} exited ${abnormal.join(',')} (not a normal exit for it): ${err}`);
    }
    results.push({ tool, ...m, ...counted, abnormal: abnormal.length > 0 });
  }

  console.log(`\n  ${title}`);
  const rows = results.map((r) => [
    r.tool.name,
    fmtS(r.wall),
    r.walls.map((w) => w.toFixed(2)).join(' / '),
    fmtS(r.cpu),
    fmtMB(r.rssMB),
    r.files,
    r.exitCodes.join(','),
    r.tool.rules,
  ]);
  console.log(
    table(rows, ['tool', 'wall (median)', 'runs (s)', 'CPU (median)', 'peak RSS', 'files', 'exit', 'rules'])
      .split('\n')
      .map((l) => `  ${l}`)
      .join('\n'),
  );
  for (const r of results) {
    const notes = [r.tool.rulesNote, r.note].filter(Boolean).join('; ');
    if (notes) console.log(`  ${r.tool.name}: ${notes}`);
  }

  const tosei = results.find((r) => r.tool.name === 'tosei');
  if (tosei) {
    console.log('');
    for (const r of results) {
      if (r === tosei) continue;
      console.log(
        `  ${r.tool.name}: ${fmtS(r.wall)}, ${fmtMB(r.rssMB)} (${fmtX(r.wall / tosei.wall)} Tosei's time, ${fmtX(r.cpu / tosei.cpu)} its CPU time, ${fmtX(r.rssMB / tosei.rssMB)} memory)`,
      );
    }
  }
  return results;
}

// ---------------------------------------------------------------------------------------------
// Terraform

/** Every corpus file whose _index.tsv kind is one of `kinds`, relative to the corpora directory. */
function allCorporaFiles(kinds) {
  if (!existsSync(corporaDir)) return null;
  const files = [];
  const byCorpus = {};
  for (const name of readdirSync(corporaDir).sort()) {
    const corpus = corpusFiles(name, kinds);
    if (!corpus || corpus.files.length === 0) continue;
    files.push(...corpus.files.map((f) => `${name}/${f}`));
    byCorpus[name] = corpus.files.length;
  }
  return { dir: corporaDir, files, byCorpus };
}

/** Tosei as one tool row of its own, through the same table as the other sections. */
async function toseiOnly(ctx, corpus, title) {
  const results = await benchTools(ctx, title, [await toseiTool(corpus, { detail: true })]);
  return results.find((r) => r.tool.name === 'tosei');
}

/**
 * Tosei's input size limit, read from the bundle (`var MAX_INPUT_BYTES = 20 * 1024 * 1024;` in
 * dist/cli.cjs); null when the bundle no longer has such a constant.
 */
function toseiInputLimit() {
  const bundle = readFileSync(join(repoRoot, 'dist/cli.cjs'), 'utf8');
  const m = /\bMAX_INPUT_BYTES\s*=\s*([\d\s*]+);/.exec(bundle);
  if (!m) return null;
  return m[1].split('*').reduce((a, b) => a * Number(b.trim()), 1);
}

/**
 * A copy of the built CLI in tmp with the input size limit lifted, to measure how Tosei's own code
 * scales past the limit. Only for the bench: the copy is never shipped, src/ is not touched.
 */
function toseiWithoutLimit(tmp) {
  const root = join(tmp, 'tosei-no-input-limit');
  mkdirSync(join(root, 'bin'), { recursive: true });
  mkdirSync(join(root, 'dist'), { recursive: true });
  copyFileSync(toseiBin, join(root, 'bin/tosei.js'));
  copyFileSync(join(repoRoot, 'package.json'), join(root, 'package.json'));
  symlinkSync(join(repoRoot, 'node_modules'), join(root, 'node_modules'));
  const bundle = readFileSync(join(repoRoot, 'dist/cli.cjs'), 'utf8');
  const patched = bundle.replace(/(\bMAX_INPUT_BYTES\s*=\s*)[\d\s*]+;/, '$1Number.MAX_SAFE_INTEGER;');
  if (patched === bundle) return null;
  writeFileSync(join(root, 'dist/cli.cjs'), patched);
  // The launcher names code caches by its bundle's hash: the patched bundle gets its own.
  const launcher = readFileSync(join(repoRoot, 'dist/cli.js'), 'utf8');
  writeFileSync(join(root, 'dist/cli.js'), launcher.replace(/"[0-9a-f]{64}"/, JSON.stringify(createHash('sha256').update(patched).digest('hex'))));
  return join(root, 'bin/tosei.js');
}

/** Sizes of the generated plans (BENCH_PLAN_SIZES=5000,10000 overrides them). */
const PLAN_SIZES = (process.env.BENCH_PLAN_SIZES ?? '5000,10000,25000,50000').split(',').map(Number);
/** A plan-scale run is killed after this many seconds (BENCH_TIMEOUT overrides it); a run over 60 s is not repeated. */
const PLAN_TIMEOUT_S = Number(process.env.BENCH_TIMEOUT ?? 300);
const PLAN_ONCE_AFTER_S = 60;
// Issue targets for Tosei on a generated plan of 50,000 resources (process start included).
const PLAN_TARGET_N = 50000;
const PLAN_TARGET_WALL_S = 5;
const PLAN_TARGET_RSS_MB = 1024;

/** Scans one generated plan with `bin`, `ctx.runs` times; what happened, and the report when it is cheap to get. */
async function scanPlan(ctx, bin, file, tag) {
  const argv = (output) => [process.execPath, bin, 'scan', file, ...WHOLE_PACK, '--format', 'json', '--output', output];
  const m = measure(argv('/dev/null'), { cwd: dirname(file), runs: ctx.runs, tmp: ctx.tmp, tag, timeout: PLAN_TIMEOUT_S, onceAfter: PLAN_ONCE_AFTER_S });
  const timedOut = m.exitCodes.includes('timeout');
  let outcome = timedOut ? `killed after ${PLAN_TIMEOUT_S} s` : '';
  let evaluations = '';
  // One untimed run writes the report, to tell a scan from a refusal (exit 2): only when it is quick.
  if (!timedOut && m.wall < 30) {
    const out = join(ctx.tmp, `${tag}-report.json`);
    const r = await run(argv(out), { cwd: dirname(file) });
    try {
      const report = JSON.parse(readFileSync(out, 'utf8'));
      const error = report.errors?.[0]?.message;
      if (error) outcome = `not scanned: ${error}`;
      evaluations = report.summary?.evaluations ?? '';
    } catch {
      outcome = `report unreadable (exit ${r.rc})`;
    }
  } else if (!timedOut && !m.exitCodes.every((c) => c === 0 || c === 1)) {
    outcome = `exit ${m.exitCodes.join(',')}: ${readFileSync(m.stderr, 'utf8').trim().split('\n').pop()}`;
  }
  const scanned = !timedOut && !outcome && m.exitCodes.every((c) => c === 0 || c === 1);
  return { ...m, timedOut, scanned, outcome, evaluations };
}

async function planScale(ctx) {
  const limit = toseiInputLimit();
  const lifted = limit !== null ? toseiWithoutLimit(ctx.tmp) : null;
  console.log(
    `  generated plans (scripts/bench/generate-plan.mjs, format_version 1.2, compact JSON as Terraform writes it), N = ${PLAN_SIZES.map((n) => n.toLocaleString('en-US')).join(', ')}`,
  );
  console.log(`  each run is killed after ${PLAN_TIMEOUT_S} s; a run over ${PLAN_ONCE_AFTER_S} s is not repeated`);
  if (limit !== null) console.log(`  Tosei refuses inputs over ${limit} bytes (${fmtMB(limit / 2 ** 20)}, MAX_INPUT_BYTES); plans over it are also scanned by a copy of the built CLI with the limit lifted (in ${ctx.tmp}, not shipped)`);
  const rows = [];
  let stopLifted = null;
  let stopShipped = null;
  for (const n of PLAN_SIZES) {
    const file = join(ctx.tmp, `plan-${n}.json`);
    const g0 = performance.now();
    const info = generatePlan(n, file, { seed: 1 });
    const sizeMB = statSync(file).size / 2 ** 20;
    console.log(`\n  N = ${n.toLocaleString('en-US')}: ${fmtMB(sizeMB)} plan (${info.modules.m} module.m[i] + ${info.modules.svc} module.svc["k"] instances), generated in ${fmtS((performance.now() - g0) / 1000)}`);
    let shipped;
    if (stopShipped) {
      console.log(`  tosei: not run (${stopShipped})`);
      shipped = { notRun: stopShipped, scanned: false, outcome: `not run: ${stopShipped}` };
    } else {
      console.log('  tosei:');
      shipped = await scanPlan(ctx, toseiBin, file, `plan-${n}`);
      if (shipped.outcome) console.log(`    ${shipped.outcome}`);
      if (shipped.timedOut) stopShipped = `N = ${n.toLocaleString('en-US')} already ran over ${PLAN_TIMEOUT_S} s`;
    }
    const row = { n, sizeMB, shipped };
    if (!shipped.scanned && !shipped.notRun && lifted && limit !== null && statSync(file).size > limit) {
      if (stopLifted) console.log(`  tosei, input limit lifted: not run (${stopLifted})`);
      else {
        console.log('  tosei, input limit lifted:');
        row.lifted = await scanPlan(ctx, lifted, file, `plan-${n}-lifted`);
        if (row.lifted.outcome) console.log(`    ${row.lifted.outcome}`);
        if (row.lifted.timedOut) stopLifted = `N = ${n.toLocaleString('en-US')} already ran over ${PLAN_TIMEOUT_S} s`;
      }
    }
    rmSync(file, { force: true });
    rows.push(row);
  }

  const cell = (m) => {
    if (!m) return ['-', '-', '-', '-', '-'];
    if (m.notRun) return ['not run', '-', '-', '-', 'a smaller N was killed'];
    // A killed run's peak RSS is what it had reached when it was killed.
    const wall = m.timedOut ? `> ${PLAN_TIMEOUT_S} s` : fmtS(m.wall);
    const rss = m.timedOut ? `>= ${fmtMB(m.rssMB)}` : fmtMB(m.rssMB);
    const what = m.timedOut ? 'killed' : m.scanned ? `scanned${m.evaluations !== '' ? `, ${m.evaluations} evals` : ''}` : 'refused';
    return [wall, m.walls.map((w) => w.toFixed(2)).join(' / '), rss, m.exitCodes.join(','), what];
  };
  console.log(`\n  Generated plans, ${ctx.runs} run(s) each (fewer over ${PLAN_ONCE_AFTER_S} s)`);
  const header = ['N', 'plan', 'tosei wall', 'runs (s)', 'peak RSS', 'exit', 'outcome'];
  const anyLifted = rows.some((r) => r.lifted);
  if (anyLifted) header.push('limit lifted: wall', 'runs (s)', 'peak RSS', 'exit', 'outcome');
  const tableRows = rows.map((r) => [r.n.toLocaleString('en-US'), fmtMB(r.sizeMB), ...cell(r.shipped), ...(anyLifted ? cell(r.lifted) : [])]);
  console.log(table(tableRows, header).split('\n').map((l) => `  ${l}`).join('\n'));

  // Growth: Tosei's own code, the shipped CLI where it scanned, the copy with the limit lifted where not.
  const effective = rows
    .map((r) => ({ n: r.n, m: r.shipped.scanned ? r.shipped : r.lifted?.scanned ? r.lifted : null, lifted: !r.shipped.scanned }))
    .filter((r) => r.m);
  console.log('\n  Growth (the shipped CLI where it scanned the plan, else the copy with the input limit lifted):');
  for (const r of effective) {
    console.log(`    N = ${r.n.toLocaleString('en-US').padStart(6)}: ${(r.m.wall * 1000 / r.n).toFixed(2)} ms and ${(r.m.rssMB * 1024 / r.n).toFixed(1)} KB peak RSS per resource${r.lifted ? ' (limit lifted)' : ''}`);
  }
  if (effective.length >= 2) {
    const [a, b] = [effective[0], effective[effective.length - 1]];
    const k = b.n / a.n;
    console.log(
      `    ${b.n.toLocaleString('en-US')} / ${a.n.toLocaleString('en-US')} resources (${fmtX(k)}): time ${fmtX(b.m.wall / a.m.wall)}, peak RSS ${fmtX(b.m.rssMB / a.m.rssMB)}` +
        ` (linear would be ${fmtX(k)}; time grows as N^${(Math.log(b.m.wall / a.m.wall) / Math.log(k)).toFixed(2)})`,
    );
  }
  const missing = rows.filter((r) => !effective.some((e) => e.n === r.n)).map((r) => r.n.toLocaleString('en-US'));
  if (missing.length) console.log(`    no figures for N = ${missing.join(', ')} (killed or not run)`);

  const target = rows.find((r) => r.n === PLAN_TARGET_N);
  if (target) {
    const t = target.shipped;
    const verdict = (ok) => (ok ? 'PASS' : 'MISS');
    const why = t.scanned ? '' : `, ${t.outcome || 'not scanned'}`;
    console.log(`\n  Targets (Tosei as shipped, ${PLAN_TARGET_N.toLocaleString('en-US')} resources, process start included):`);
    const wall = t.notRun ? 'not run' : t.timedOut ? `> ${PLAN_TIMEOUT_S} s` : fmtS(t.wall);
    const rss = t.notRun ? 'not run' : t.timedOut ? `>= ${fmtMB(t.rssMB)}` : fmtMB(t.rssMB);
    console.log(`    wall < ${PLAN_TARGET_WALL_S} s: ${verdict(t.scanned && t.wall < PLAN_TARGET_WALL_S)}  (${wall}${why})`);
    console.log(`    peak < 1 GB: ${verdict(t.scanned && t.rssMB < PLAN_TARGET_RSS_MB)}  (${rss}${why})`);
    if (target.lifted) {
      const l = target.lifted;
      console.log(`    with the input limit lifted: ${l.timedOut ? `> ${PLAN_TIMEOUT_S} s (killed), >= ${fmtMB(l.rssMB)}` : `${fmtS(l.wall)}, ${fmtMB(l.rssMB)}`}`);
    } else if (!t.scanned && !target.lifted && stopLifted) {
      console.log(`    with the input limit lifted: not run (${stopLifted})`);
    }
  }
}

const sections = [
  {
    name: 'cloudformation',
    title: 'CloudFormation/SAM templates: aws-cloudformation-templates',
    async run(ctx) {
      const corpus = corpusFiles('aws-cloudformation-templates', ['cfn-yaml', 'cfn-json', 'sam-yaml', 'sam-json']);
      if (!corpus) return console.log(`  skipped: corpus ${join(corporaDir, 'aws-cloudformation-templates')} not found`);
      const kinds = Object.entries(corpus.byKind).map(([k, n]) => `${n} ${k}`).join(', ');
      console.log(`  ${corpus.files.length} template files (${kinds}), the same list for every tool`);
      const tools = [await toseiTool(corpus), await cfnGuardTool(corpus), await cfnValidateTool(corpus)];
      const results = await benchTools(ctx, `${corpus.files.length} templates, ${ctx.runs} run(s) each`, tools);
      const tosei = results.find((r) => r.tool.name === 'tosei');
      const cel = results.find((r) => r.tool.name === 'cfn-validate');
      if (tosei) {
        const verdict = (ok) => (ok ? 'PASS' : 'MISS');
        console.log('\n  Targets (Tosei, whole rule pack, process start included):');
        console.log(`    wall < ${TARGET_WALL_S} s: ${verdict(tosei.wall < TARGET_WALL_S && !tosei.abnormal)}  (${fmtS(tosei.wall)}; CPU ${fmtS(tosei.cpu)}, load ${os.loadavg()[0].toFixed(1)} on ${os.availableParallelism()} cores)`);
        if (cel && !cel.abnormal) {
          const speedup = cel.wall / tosei.wall;
          const memory = tosei.rssMB / cel.rssMB;
          console.log(`    >= ${TARGET_SPEEDUP_OVER_CEL}x faster than cfn-validate (CEL): ${verdict(speedup >= TARGET_SPEEDUP_OVER_CEL && !tosei.abnormal)}  (${fmtX(speedup)})`);
          console.log(`    <= ${TARGET_MEMORY_OF_CEL}x cfn-validate's (CEL) memory: ${verdict(memory <= TARGET_MEMORY_OF_CEL && !tosei.abnormal)}  (${memory.toFixed(2)}x)`);
        } else console.log('    against cfn-validate (CEL): not measured (not installed or it failed)');
      }
    },
  },
  {
    name: 'tfplan',
    title: 'Terraform plan JSON: every tfplan-json file of the corpora',
    async run(ctx) {
      const corpus = allCorporaFiles(['tfplan-json']);
      if (!corpus || corpus.files.length === 0) return console.log(`  skipped: no tfplan-json files in ${corporaDir}`);
      const from = Object.entries(corpus.byCorpus).map(([k, n]) => `${n} from ${k}`).join(', ');
      console.log(`  ${corpus.files.length} plan files (${from}), as one file list`);
      await toseiOnly(ctx, corpus, `${corpus.files.length} plan files, ${ctx.runs} run(s)`);
    },
  },
  {
    name: 'tam',
    title: 'Terraform HCL: the terraform-aws-modules directories (tam-*)',
    async run(ctx) {
      const dirs = existsSync(corporaDir) ? readdirSync(corporaDir).filter((d) => d.startsWith('tam-')).sort() : [];
      if (dirs.length === 0) return console.log(`  skipped: no tam-* directories in ${corporaDir}`);
      const tf = dirs.map((d) => corpusFiles(d, ['tf'])?.files.length ?? 0).reduce((a, b) => a + b, 0);
      console.log(`  ${dirs.length} directories (${dirs.join(', ')}; ${tf} .tf files), passed as directories`);
      await toseiOnly(ctx, { dir: corporaDir, files: dirs }, `${dirs.length} module directories, ${ctx.runs} run(s)`);
    },
  },
  { name: 'guard', title: 'Guard rules: tosei guard validate against cfn-guard', run: (ctx) => guardBench({ ...ctx, measure, fmtS, fmtMB, fmtX, table, corporaDir, repoRoot, cfnGuardBin }) },
  {
    name: 'plan-scale',
    title: 'Terraform plan JSON at scale: generated plans of 5,000 to 50,000 resources',
    run: planScale,
  },
  { name: 'store', title: 'Evaluation store: recordRun against one INSERT per evaluation', run: (ctx) => storeBench(ctx, repoRoot) },
  { name: 'dashboard', title: 'Dashboard API on a store of 1,000,000 evaluations (500,000 resources, 90 days): p50/p95 per route', run: (ctx) => dashboardBench(ctx, repoRoot) },
  { name: 'config-items', title: 'AWS Config items at scale: a generated snapshot of 100,000 items', run: (ctx) => configItemsBench(ctx, { measure, fmtS, fmtMB, fmtX, toseiBin }) },
  { name: 'config-real', title: 'AWS Config inventories of real item shapes (RDK examples, shared neighbours) at 10,000 to 100,000 items', run: (ctx) => configRealBench(ctx, { measure, fmtS, fmtMB, table, corporaDir, toseiBin }) },
  { name: 'run-task', title: 'HCP Terraform run task server: time to 200 under load, and request to callback', run: runTaskBench },
  { name: 'lambda', title: 'Lambda bundles: size and cold start (import + one event) against `node -e ""`', run: lambdaBench },
  { ...autofixSection, run: (ctx) => autofixSection.run(ctx, { repoRoot, corporaDir }) },
];

// ---------------------------------------------------------------------------------------------
// Main

function parseArgs(argv) {
  const opts = { runs: Number(process.env.BENCH_RUNS ?? 3), only: null, list: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--runs' || a.startsWith('--runs=')) opts.runs = Number(value());
    else if (a === '--only' || a.startsWith('--only=')) opts.only = value();
    else if (a === '--list') opts.list = true;
    else if (a === '--help' || a === '-h') {
      console.log('Usage: node scripts/bench.mjs [--runs N] [--only SECTION] [--list]\n\nSections:');
      for (const s of sections) console.log(`  ${s.name.padEnd(16)} ${s.title}`);
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  if (!Number.isInteger(opts.runs) || opts.runs < 1) throw new Error('--runs / BENCH_RUNS must be a positive integer');
  return opts;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.list) {
    for (const s of sections) console.log(`${s.name.padEnd(16)} ${s.title}`);
    return;
  }
  const chosen = opts.only ? sections.filter((s) => s.name === opts.only) : sections;
  if (chosen.length === 0) throw new Error(`no section ${opts.only}; sections: ${sections.map((s) => s.name).join(', ')}`);

  const cpus = os.cpus();
  console.log(`Tosei benchmark, ${new Date().toISOString()}`);
  console.log(`  machine: ${os.availableParallelism()} cores (${cpus[0]?.model?.trim() ?? '?'}), ${os.platform()} ${os.arch()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.log(`  node ${process.version}; ${opts.runs} run(s) per tool: median wall time, largest peak RSS (MB = MiB)`);
  console.log(`  corpora: ${corporaDir}`);

  const tmp = mkdtempSync(join(os.tmpdir(), 'tosei-bench-'));
  try {
    for (const section of chosen) {
      console.log(`\n== ${section.name}: ${section.title} ==`);
      await section.run({ runs: opts.runs, tmp });
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`bench: ${e.message}`);
  process.exit(1);
});
