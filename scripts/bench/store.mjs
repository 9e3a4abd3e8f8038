// Benchmark section: the evaluation store. Records runs of N evaluations with recordRun (every
// evaluation, the latest status per rule and resource, the change log) and compares it, in the
// same run and on the same database, with the simplest possible store: one INSERT per evaluation
// into a table of the same columns. SQLite always; PostgreSQL too when TOSEI_BENCH_DATABASE_URL
// names a database the benchmark may write to (it keeps the store's tables, and drops its own).
// Uses the built package (dist/index.js).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const SIZES = [1_000, 10_000];

function evaluations(count, round) {
  return Array.from({ length: count }, (_, index) => {
    const bucket = `bench-${Math.floor(index / 10)}`;
    // A fifth of the verdicts flip between rounds, so the change log has work to do.
    const failing = (index + (index % 5 === 0 ? round : 0)) % 2 === 0;
    return {
      ruleId: `RULE_${index % 10}`,
      status: failing ? 'NON_COMPLIANT' : 'COMPLIANT',
      severity: 'medium',
      message: `verdict ${index}`,
      resource: { type: 'AWS::S3::Bucket', id: bucket, source: 'cloud-control', arn: `arn:aws:s3:::${bucket}` },
      location: { file: 'aws://111122223333/eu-west-1', path: [] },
    };
  });
}

async function naiveInsert(db, rows) {
  await db.transaction(async (tx) => {
    for (const row of rows) {
      await tx.run(
        'INSERT INTO bench_naive (rule_id, resource_key, resource_type, resource_id, status, severity, message, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
        [row.ruleId, row.resource.arn, row.resource.type, row.resource.id, row.status, row.severity, row.message, new Date().toISOString()],
      );
    }
  });
}

async function time(work) {
  const start = performance.now();
  await work();
  return (performance.now() - start) / 1000;
}

export async function storeBench(ctx, repoRoot) {
  const { openStore, recordRun } = await import(pathToFileURL(join(repoRoot, 'dist/index.js')).href);
  const directory = mkdtempSync(join(ctx.tmp ?? os.tmpdir(), 'tosei-store-bench-'));
  const targets = [{ name: 'sqlite', options: { file: join(directory, 'bench.db') } }];
  const url = process.env.TOSEI_BENCH_DATABASE_URL;
  if (url) targets.push({ name: 'postgres', options: { url } });
  else console.log('  postgres: not run (set TOSEI_BENCH_DATABASE_URL to a server whose tables may be created)');
  try {
    console.log(`  ${'database'.padEnd(9)} ${'evaluations'.padStart(11)}  ${'recordRun'.padStart(10)}  ${'1 INSERT/row'.padStart(12)}  ratio`);
    for (const target of targets) {
      const db = await openStore(target.options);
      try {
        await db.run('CREATE TABLE IF NOT EXISTS bench_naive (rule_id TEXT, resource_key TEXT, resource_type TEXT, resource_id TEXT, status TEXT, severity TEXT, message TEXT, recorded_at TEXT)');
        for (const size of SIZES) {
          const recorded = [];
          const naive = [];
          for (let round = 0; round < ctx.runs; round++) {
            const rows = evaluations(size, round);
            recorded.push(await time(() => recordRun(db, { source: 'live', evaluations: rows, metadata: { bench: true } })));
            naive.push(await time(() => naiveInsert(db, rows)));
          }
          const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
          const [r, n] = [median(recorded), median(naive)];
          console.log(`  ${target.name.padEnd(9)} ${size.toLocaleString('en-US').padStart(11)}  ${`${r.toFixed(2)} s`.padStart(10)}  ${`${n.toFixed(2)} s`.padStart(12)}  ${(r / n).toFixed(2)}x`);
        }
        await db.run('DROP TABLE bench_naive');
      } finally {
        await db.close();
      }
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
