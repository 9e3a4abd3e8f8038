// Benchmark section: the dashboard's JSON API on a store of realistic size (issue 18 §2): by default
// 1,000,000 evaluations of 500,000 resources over 90 days, from 4 accounts, 3 regions and 5 gates,
// mostly COMPLIANT with a few percent failing. The store is seeded with multi-row INSERTs in
// transactions (recordRun per evaluation would take hours and measure something else), then every
// route the pages call is asked 20+ times with varied filters through the Hono app (`app.request`) (the findings
// search, `/search`, apart from the other findings filters; the rules are 40 built-in ones that map framework controls,
// so `/frameworks`, `/framework` and `/control` judge real controls),
// and p50/p95 per route are printed against the 200 ms target. SQLite always; PostgreSQL too when
// TOSEI_BENCH_DATABASE_URL (or TOSEI_TEST_DATABASE_URL) names a database whose store tables are empty:
// it is emptied again afterwards. TOSEI_BENCH_DASHBOARD_EVALUATIONS sets a smaller store for a quick look.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const TARGET_P95_MS = 200;
const DAYS = 90;
const ACCOUNTS = ['111111111111', '222222222222', '333333333333', '444444444444'];
const REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2'];
const SOURCES = ['scan', 'live', 'config-rule', 'run-task', 'hook'];
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'informational'];
const TYPES = ['AWS::S3::Bucket', 'AWS::EC2::SecurityGroup', 'AWS::RDS::DBInstance', 'AWS::Lambda::Function', 'AWS::IAM::Role', 'AWS::SNS::Topic'];
const RULES = 40;
/** Set by dashboardBench: RULES built-in rules that map framework controls, so the frameworks routes judge real controls. */
let RULE_IDS = [];
const TOKEN = 'bench-token';
// The clock of the dashboard: the end of the seeded 90 days.
const NOW = new Date(Date.UTC(2026, 2, 31, 23, 0, 0));
const DAY_MS = 86_400_000;

/** The dashboard app and openStore from the sources, bundled once (the package does not export the app). */
async function loadDashboard(repoRoot) {
  const outdir = join(repoRoot, 'dist', 'bench');
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, 'dashboard.js');
  await build({
    stdin: { contents: "export { createDashboardApp } from './src/gates/dashboard/app.ts';\nexport { openStore } from './src/store/index.ts';\nexport { DASHBOARD_MIGRATIONS } from './src/store/dashboard.ts';\nexport { builtinRules } from './src/rules/index.ts';\nexport { FRAMEWORK_IDS, rulesByControl } from './src/frameworks/index.ts';\n", resolveDir: repoRoot, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'error',
  });
  return import(pathToFileURL(outfile).href);
}

/** A small deterministic mixer, so every database holds the same store. */
function mix(a, b) {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x27d4eb2f, 0xc2b2ae35);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 12)) >>> 0;
}

function resourceOf(r) {
  const account = ACCOUNTS[r % ACCOUNTS.length];
  const region = REGIONS[Math.floor(r / ACCOUNTS.length) % REGIONS.length];
  const type = TYPES[r % TYPES.length];
  const id = `res-${r.toString(36).padStart(5, '0')}`;
  const arn = `arn:aws:${type.split('::')[1].toLowerCase()}:${region}:${account}:${id}`;
  return { key: arn, type, id, arn, account, region, source: SOURCES[r % SOURCES.length], rule: RULE_IDS[r % RULES], severity: SEVERITIES[mix(r, 7) % SEVERITIES.length] };
}

/** Evaluation `round` of resource `r`: its day (the second round is always later), status and run. */
function evaluationOf(r, round) {
  const resource = resourceOf(r);
  const day = (r % 45) + round * 45;
  const roll = mix(r, round) % 1000;
  // About 3.5% failing, 1% insufficient data, 2% not applicable; 1 in 20 failures suppressed.
  const status = roll < 35 ? 'NON_COMPLIANT' : roll < 45 ? 'INSUFFICIENT_DATA' : roll < 65 ? 'NOT_APPLICABLE' : 'COMPLIANT';
  const suppressed = status === 'NON_COMPLIANT' && mix(r, 99) % 20 === 0 ? 1 : 0;
  const at = new Date(NOW.getTime() - (DAYS - 1 - day) * DAY_MS - 12 * 3_600_000 + (r % 3600) * 1000).toISOString();
  const runId = `run-${day}-${resource.source}`;
  return { ...resource, status, suppressed, at, runId, message: status === 'COMPLIANT' ? `${resource.rule} satisfied` : `${resource.rule}: ${resource.id} is ${status.toLowerCase()}` };
}

async function insertRows(db, table, columns, rows) {
  const values = rows.map((row, index) => `(${columns.map((_, column) => `$${index * columns.length + column + 1}`).join(', ')})`).join(', ');
  await db.run(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values}`, rows.flat());
}

const EVALUATION_COLUMNS = ['run_id', 'rule_id', 'resource_key', 'resource_type', 'resource_id', 'resource_arn', 'account', 'region', 'status', 'severity', 'message', 'suppressed', 'recorded_at'];
const LATEST_COLUMNS = ['rule_id', 'resource_key', 'resource_type', 'resource_id', 'resource_arn', 'account', 'region', 'status', 'severity', 'message', 'suppressed', 'run_id', 'since', 'recorded_at'];
const BATCH = 1000;

async function seed(db, resources) {
  await db.transaction(async (tx) => {
    const runs = [];
    for (let day = 0; day < DAYS; day++) {
      for (const source of SOURCES) {
        const started = new Date(NOW.getTime() - (DAYS - 1 - day) * DAY_MS - 13 * 3_600_000).toISOString();
        runs.push([`run-${day}-${source}`, source, started, started, JSON.stringify({ bench: true, day })]);
      }
    }
    for (let index = 0; index < runs.length; index += BATCH) await insertRows(tx, 'evaluation_runs', ['id', 'source', 'started_at', 'recorded_at', 'metadata'], runs.slice(index, index + BATCH));
  });
  for (const round of [0, 1]) {
    for (let start = 0; start < resources; start += 50 * BATCH) {
      await db.transaction(async (tx) => {
        for (let from = start; from < Math.min(resources, start + 50 * BATCH); from += BATCH) {
          const rows = [];
          const latest = [];
          for (let r = from; r < Math.min(resources, from + BATCH); r++) {
            const e = evaluationOf(r, round);
            rows.push([e.runId, e.rule, e.key, e.type, e.id, e.arn, e.account, e.region, e.status, e.severity, e.message, e.suppressed, e.at]);
            if (round === 1) latest.push([e.rule, e.key, e.type, e.id, e.arn, e.account, e.region, e.status, e.severity, e.message, e.suppressed, e.runId, e.at, e.at]);
          }
          await insertRows(tx, 'evaluations', EVALUATION_COLUMNS, rows);
          if (latest.length > 0) await insertRows(tx, 'evaluation_latest', LATEST_COLUMNS, latest);
        }
      });
    }
  }
}

/** The API calls the pages make, 20+ per route, with varied filters. */
function requests(resources, controls) {
  const pick = (list, index) => list[index % list.length];
  const scopes = (index) => {
    const parts = [];
    if (index % 4 === 1) parts.push(`account=${pick(ACCOUNTS, index)}`);
    if (index % 4 === 2) parts.push(`region=${pick(REGIONS, index)}`);
    if (index % 4 === 3) parts.push(`source=${pick(SOURCES, index)}`);
    if (index % 8 === 5) parts.push(`region=${pick(REGIONS, index + 1)}`);
    return parts;
  };
  const query = (parts) => (parts.length > 0 ? `?${parts.join('&')}` : '');
  const routes = { facets: [], summary: [], posture: [], findings: [], search: [], resources: [], runs: [], exceptions: [], frameworks: [], framework: [], control: [] };
  const searches = ['res-0a', 'res-0a1', 'res-00z', 'RES-09K', 'non_compliant', 'insufficient', 'satisfied', 'ssl', 'versioning', 'bucket_logging', 'encryption', 'nothing-like-this'];
  for (let index = 0; index < 24; index++) {
    routes.facets.push('/api/facets');
    routes.summary.push(`/api/summary${query(scopes(index))}`);
    routes.posture.push(`/api/posture${query([...scopes(index), `days=${pick([30, 90, 7, 60], index)}`])}`);
    const findings = [...scopes(index + 1)];
    if (index % 3 === 0) findings.push('status=NON_COMPLIANT');
    if (index % 5 === 1) findings.push(`severity=${pick(SEVERITIES, index)}`);
    if (index % 6 === 2) findings.push(`rule=${RULE_IDS[index % RULES]}`);
    if (index % 7 === 3) findings.push(`q=${pick(['res-0a', 'ssl', 'non_compliant'], index)}`);
    findings.push(`offset=${pick([0, 50, 200, 1000], index)}`, `limit=${pick([50, 200], index)}`);
    routes.findings.push(`/api/findings${query(findings)}`);
    // The free-text search on its own: every call searches, with the findings page's other filters now and then.
    const search = [...scopes(index), `q=${encodeURIComponent(pick(searches, index))}`];
    if (index % 3 === 1) search.push('status=NON_COMPLIANT');
    if (index % 4 === 2) search.push(`offset=${pick([50, 200], index)}`);
    routes.search.push(`/api/findings${query(search)}`);
    routes.frameworks.push('/api/frameworks');
    routes.framework.push(`/api/frameworks/${pick([...new Set(controls.map(([id]) => id))], index)}`);
    const [framework, control] = controls[Math.floor((index * controls.length) / 24)];
    routes.control.push(`/api/frameworks/${framework}/controls/${encodeURIComponent(control)}${query([...(index % 3 === 1 ? ['status=COMPLIANT'] : []), `offset=${pick([0, 50, 200], index)}`])}`);
    routes.resources.push(`/api/resources?key=${encodeURIComponent(resourceOf(mix(index, 3) % resources).key)}`);
    routes.runs.push(`/api/runs${query([...(index % 2 ? [`source=${pick(SOURCES, index)}`] : []), `offset=${pick([0, 50, 100], index)}`])}`);
    routes.exceptions.push('/api/exceptions');
  }
  return routes;
}

async function measure(app, routes) {
  const results = [];
  for (const [route, paths] of Object.entries(routes)) {
    const times = [];
    for (const path of paths) {
      const start = performance.now();
      const response = await app.request(path, { headers: { authorization: `Bearer ${TOKEN}` } });
      await response.arrayBuffer();
      times.push(performance.now() - start);
      if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}`);
    }
    times.sort((a, b) => a - b);
    const at = (q) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)];
    results.push({ route, calls: times.length, p50: at(0.5), p95: at(0.95), max: times.at(-1) });
  }
  return results;
}

export async function dashboardBench(ctx, repoRoot) {
  const evaluations = Number(process.env.TOSEI_BENCH_DASHBOARD_EVALUATIONS ?? 1_000_000);
  const resources = Math.floor(evaluations / 2);
  const { createDashboardApp, openStore, DASHBOARD_MIGRATIONS, builtinRules, FRAMEWORK_IDS, rulesByControl } = await loadDashboard(repoRoot);
  RULE_IDS = builtinRules
    .map((rule) => rule.meta)
    .filter((meta) => FRAMEWORK_IDS.some((id) => (meta.frameworks?.[id]?.length ?? 0) > 0))
    .map((meta) => meta.id)
    .sort()
    .filter((_, index, all) => index % Math.max(1, Math.floor(all.length / RULES)) === 0)
    .slice(0, RULES);
  // Every framework's controls that a seeded rule decides: the control pages the bench asks for.
  const seeded = new Set(RULE_IDS);
  const controls = FRAMEWORK_IDS.flatMap((id) => [...rulesByControl(id, builtinRules.map((rule) => rule.meta))].filter(([, rules]) => rules.some((rule) => seeded.has(rule))).map(([control]) => [id, control]));
  // Measured again without the dashboard's own indexes (migration 0211), on the same store: the figures before and after.
  const dashboardStatements = DASHBOARD_MIGRATIONS.filter((migration) => migration.id.startsWith('0211')).flatMap((migration) => migration.statements);
  const dashboardIndexes = dashboardStatements.map((sql) => /CREATE INDEX (\w+)/.exec(sql)?.[1]).filter(Boolean);
  const only = process.env.TOSEI_BENCH_DASHBOARD_ONLY;
  const directory = mkdtempSync(join(ctx.tmp ?? os.tmpdir(), 'tosei-dashboard-bench-'));
  const targets = [{ name: 'sqlite', options: { file: join(directory, 'dashboard.db') } }];
  const url = process.env.TOSEI_BENCH_DATABASE_URL ?? process.env.TOSEI_TEST_DATABASE_URL;
  if (url) targets.push({ name: 'postgres', options: { url } });
  else console.log('  postgres: not run (set TOSEI_BENCH_DATABASE_URL to a server whose store tables are empty)');
  if (only) targets.splice(0, targets.length, ...targets.filter((target) => target.name === only));
  console.log(`  store: ${(resources * 2).toLocaleString('en-US')} evaluations of ${resources.toLocaleString('en-US')} resources over ${DAYS} days (${ACCOUNTS.length} accounts, ${REGIONS.length} regions, ${SOURCES.length} gates); target p95 < ${TARGET_P95_MS} ms`);
  const silent = { log: () => undefined };
  try {
    for (const target of targets) {
      const db = await openStore(target.options);
      try {
        const [existing] = await db.query('SELECT COUNT(*) AS n FROM evaluations');
        if (Number(existing?.n ?? 0) > 0) {
          console.log(`  ${target.name}: not run (its store already holds evaluations)`);
          continue;
        }
        const seeding = performance.now();
        // Bulk loading is faster with those indexes built once afterwards, as a migration on an existing store builds them.
        for (const name of dashboardIndexes) await db.run(`DROP INDEX IF EXISTS ${name}`);
        await seed(db, resources);
        for (const sql of dashboardStatements) await db.run(sql);
        // Fresh statistics, as a store that has lived a while has; on PostgreSQL also the visibility map autovacuum keeps,
        // without which index-only scans visit the table anyway.
        await db.run(db.dialect === 'postgres' ? 'VACUUM ANALYZE' : 'ANALYZE');
        console.log(`  ${target.name}: seeded in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);
        const app = createDashboardApp({ db, logger: silent, apiToken: TOKEN, now: () => NOW, exceptions: [] });
        const routes = requests(resources, controls);
        await measure(app, { warm: routes.facets.slice(0, 2) });
        console.log(`  ${'database'.padEnd(9)} ${'route'.padEnd(11)} ${'calls'.padStart(5)} ${'p50'.padStart(9)} ${'p95'.padStart(9)} ${'max'.padStart(9)}  p95 < ${TARGET_P95_MS} ms`);
        const print = (label, rows) => {
          for (const row of rows) {
            const ms = (value) => `${value.toFixed(1)} ms`.padStart(9);
            console.log(`  ${label.padEnd(9)} ${`/${row.route}`.padEnd(11)} ${String(row.calls).padStart(5)} ${ms(row.p50)} ${ms(row.p95)} ${ms(row.max)}  ${row.p95 < TARGET_P95_MS ? 'PASS' : 'MISS'}`);
          }
        };
        print(target.name, await measure(app, routes));
        for (const name of dashboardIndexes) await db.run(`DROP INDEX IF EXISTS ${name}`);
        console.log(`  without migration 0211's indexes (${dashboardIndexes.join(', ')}):`);
        print(target.name, await measure(app, routes));
        // The store stays as its migrations say: the indexes come back, the bench's rows go.
        for (const sql of dashboardStatements) await db.run(sql);
        if (target.name === 'postgres') await db.run('TRUNCATE evaluation_latest, evaluations, evaluation_changes, evaluation_runs');
      } finally {
        await db.close();
      }
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
