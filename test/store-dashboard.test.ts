// The dashboard's store queries on SQLite and, when TOSEI_TEST_DATABASE_URL is set, PostgreSQL: the findings search
// (trigram-indexed on both) finds what a plain case-insensitive substring test finds, and a framework's controls
// counted in SQL are judged as `tosei report --framework` judges every verdict read.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import pg from 'pg';
import { frameworkReport, frameworkStates } from '../src/frameworks/compliance.js';
import { FRAMEWORK_IDS } from '../src/frameworks/index.js';
import type { Evaluation, Severity, Status } from '../src/model/evaluation.js';
import { builtinRules } from '../src/rules/index.js';
import { currentFindings, INDEXED_SEARCH_ROWS, ruleTallies, SEARCH_COUNT_LIMIT, searchIndexed, verdictsOfRules, type FindingFilter, type StoredFinding } from '../src/store/dashboard.js';
import { latestOfRules, migrate, MIGRATIONS, openDatabase, openStore, recordRun, type Database } from '../src/store/index.js';
import { testDatabases } from './support/databases.js';

const RULES = builtinRules.map((rule) => rule.meta);

function evaluation(ruleId: string, id: string, status: Status, message: string, options: { severity?: Severity; suppressed?: boolean; region?: string } = {}): Evaluation {
  return {
    ruleId,
    status,
    severity: options.severity ?? 'high',
    message,
    resource: { type: 'AWS::S3::Bucket', id, arn: `arn:aws:s3:::${id}`, source: 'config-item' },
    location: { file: `aws://111122223333/${options.region ?? 'eu-west-1'}`, path: [] },
    ...(options.suppressed ? { suppressed: { kind: 'config' as const, reason: 'accepted' } } : {}),
  };
}

const SEEDED: Evaluation[] = [
  evaluation('S3_BUCKET_SSL_REQUESTS_ONLY', 'Payroll-Exports', 'NON_COMPLIANT', 'The bucket policy allows HTTP: add aws:SecureTransport'),
  evaluation('S3_BUCKET_SSL_REQUESTS_ONLY', 'logs_2024', 'COMPLIANT', 'Only HTTPS requests (100% of them)'),
  evaluation('S3_BUCKET_LOGGING_ENABLED', 'payroll-exports', 'INSUFFICIENT_DATA', 'The target bucket "audit" could not be read', { severity: 'low', region: 'us-east-1' }),
  evaluation('S3_BUCKET_LOGGING_ENABLED', 'logs_2024', 'NON_COMPLIANT', 'Server access logging is off', { suppressed: true }),
  evaluation('S3_BUCKET_VERSIONING_ENABLED', 'ünïcode-bucket', 'COMPLIANT', 'Versioning is Enabled'),
  evaluation('S3_BUCKET_VERSIONING_ENABLED', 'x', 'NOT_APPLICABLE', 'a bucket of another type'),
];

/** What the search means: the text, in any case, inside the rule id, the resource id or the message. */
function matches(finding: StoredFinding, text: string): boolean {
  return [finding.ruleId, finding.resourceId, finding.message].some((field) => field.toLowerCase().includes(text.toLowerCase()));
}

const SEARCHES = ['payroll', 'PAYROLL-EXP', 'ssl_requests', 'ssl%', '100%', 'logs_2', 'logs%2', '"audit"', 'aws:securetransport', 'ht', 'h', 'is off', 'enabled', 'ünï', 'nothing at all', "it's"];

interface ScaleFinding {
  ruleId: string;
  resourceKey: string;
  resourceId: string;
  account: string;
  region: string;
  status: string;
  severity: string;
  message: string;
  source: string;
}

const SCALE_SEVERITIES = ['critical', 'high', 'medium', 'low', 'informational'];
const SCALE_SOURCES = ['scan', 'live', 'hook'];

/**
 * More latest verdicts than the trigram index is read for (INDEXED_SEARCH_ROWS), written straight into the tables
 * (recording them run by run would take minutes): a text in every row, one in a fifth, one in a tenth, ones in a few.
 */
async function seedScale(db: Database): Promise<ScaleFinding[]> {
  const count = INDEXED_SEARCH_ROWS + 2000;
  const findings: ScaleFinding[] = Array.from({ length: count }, (_, index) => {
    const id = `res-${String(index).padStart(6, '0')}`;
    const account = ['111111111111', '222222222222', '333333333333'][index % 3] as string;
    const region = ['eu-west-1', 'us-east-1', 'ap-southeast-2'][Math.floor(index / 3) % 3] as string;
    const status = index % 17 === 0 ? 'NON_COMPLIANT' : index % 23 === 0 ? 'INSUFFICIENT_DATA' : 'COMPLIANT';
    const marks = [index % 5 === 0 ? `fifth-${index}` : '', index % 10 === 0 ? `tenth-${index}` : '', index % 997 === 0 ? `rare-${index % 10}` : ''].filter(Boolean).join(' ');
    return {
      ruleId: `RULE_${'ABCDEFG'[Math.floor(index / 5) % 7]}`,
      resourceKey: `arn:aws:s3:::${id}`,
      resourceId: id,
      account,
      region,
      status,
      severity: SCALE_SEVERITIES[(index * 31) % 5] as string,
      message: `${status.toLowerCase()}: checked ${marks}`.trim(),
      source: SCALE_SOURCES[index % 3] as string,
    };
  });
  await db.transaction(async (tx) => {
    // Only these: the verdicts the other cases recorded are keyed in mixed case, which the stores' collations sort apart.
    await tx.run('DELETE FROM evaluation_latest');
    for (const source of SCALE_SOURCES) {
      await tx.run('INSERT INTO evaluation_runs (id, source, started_at, recorded_at) VALUES ($1, $2, $3, $3)', [`scale-${source}`, source, '2026-12-04T10:00:00Z']);
    }
    const columns = ['rule_id', 'resource_key', 'resource_type', 'resource_id', 'account', 'region', 'status', 'severity', 'message', 'suppressed', 'run_id', 'since', 'recorded_at'];
    for (let start = 0; start < findings.length; start += 500) {
      const batch = findings.slice(start, start + 500);
      const values = batch.map((_, row) => `(${columns.map((_, column) => `$${row * columns.length + column + 1}`).join(', ')})`).join(', ');
      const params = batch.flatMap((finding) => [finding.ruleId, finding.resourceKey, 'AWS::S3::Bucket', finding.resourceId, finding.account, finding.region, finding.status, finding.severity, finding.message, 0, `scale-${finding.source}`, '2026-12-04T10:00:00Z', '2026-12-04T10:00:00Z']);
      await tx.run(`INSERT INTO evaluation_latest (${columns.join(', ')}) VALUES ${values}`, params);
    }
  });
  // Statistics, as a store that has lived a while has: both stores weigh their query shapes by them.
  await db.run('ANALYZE');
  return findings;
}

/** The findings filter's meaning, row by row. */
function scanMatches(finding: ScaleFinding, filter: Omit<FindingFilter, 'limit' | 'offset'>): boolean {
  const text = filter.text?.toLowerCase();
  return (
    (filter.status === undefined || finding.status === filter.status) &&
    (filter.severity === undefined || finding.severity === filter.severity) &&
    (filter.ruleId === undefined || finding.ruleId === filter.ruleId) &&
    (filter.account === undefined || finding.account === filter.account) &&
    (filter.region === undefined || finding.region === filter.region) &&
    (filter.source === undefined || finding.source === filter.source) &&
    (text === undefined || [finding.ruleId, finding.resourceId, finding.message].some((field) => field.toLowerCase().includes(text)))
  );
}

/** Most severe first (the list is in rank order), then rule and resource key (ASCII here, so every collation agrees). */
function pageOrder(a: ScaleFinding, b: ScaleFinding): number {
  return SCALE_SEVERITIES.indexOf(a.severity) - SCALE_SEVERITIES.indexOf(b.severity) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.resourceKey < b.resourceKey ? -1 : a.resourceKey > b.resourceKey ? 1 : 0);
}

function findingKey(finding: { ruleId: string; resourceKey: string }): string {
  return `${finding.ruleId} ${finding.resourceKey}`;
}

const databases = await testDatabases();
after(async () => {
  for (const database of databases) await database.dispose();
});

const everything = (db: Database) => currentFindings(db, { limit: 200, offset: 0 });

describe('dashboard queries on every store', () => {
  const results = new Map<string, unknown>();

  for (const database of databases) {
    it(`${database.name}: the search finds exactly the substring matches, in any case, before and after the text changes`, async () => {
      const db = await openStore(database.options);
      try {
        await recordRun(db, { source: 'live', evaluations: SEEDED, now: new Date('2026-12-01T10:00:00Z') });
        const all = (await everything(db)).findings;
        assert.equal(all.length, SEEDED.length);
        const found: Record<string, string[]> = {};
        for (const text of SEARCHES) {
          const page = await currentFindings(db, { text, limit: 200, offset: 0 });
          const expected = all.filter((finding) => matches(finding, text)).map((finding) => `${finding.ruleId} ${finding.resourceId}`);
          found[text] = page.findings.map((finding) => `${finding.ruleId} ${finding.resourceId}`);
          // Each store sorts resource keys by its own collation: the stores are compared as sets.
          results.set(database.name, { ...(results.get(database.name) as object), [text]: [...found[text]].sort() });
          assert.deepEqual(found[text], expected, text);
          assert.equal(page.total, expected.length, text);
        }
        assert.ok(found.payroll?.length === 2 && found['100%']?.length === 1 && found['nothing at all']?.length === 0, 'the cases mean something');
        // Narrowed like any other filter.
        assert.deepEqual((await currentFindings(db, { text: 'payroll', region: 'us-east-1', limit: 50, offset: 0 })).findings.map((finding) => finding.status), ['INSUFFICIENT_DATA']);

        // A verdict whose message changes is found by the new text only; one that goes away is not found.
        await recordRun(db, { source: 'live', evaluations: [evaluation('S3_BUCKET_SSL_REQUESTS_ONLY', 'Payroll-Exports', 'COMPLIANT', 'Fixed: TLS enforced')], now: new Date('2026-12-02T10:00:00Z') });
        assert.equal((await currentFindings(db, { text: 'securetransport', limit: 50, offset: 0 })).total, 0);
        assert.equal((await currentFindings(db, { text: 'tls enforced', limit: 50, offset: 0 })).total, 1);
        await db.run(`DELETE FROM evaluation_latest WHERE resource_id = 'ünïcode-bucket'`);
        assert.equal((await currentFindings(db, { text: 'versioning is', limit: 50, offset: 0 })).total, 0);
      } finally {
        await db.close();
      }
    });

    it(`${database.name}: a search's total stops at ${SEARCH_COUNT_LIMIT}, pages go on`, async () => {
      const db = await openStore(database.options);
      try {
        const many = Array.from({ length: SEARCH_COUNT_LIMIT + 5 }, (_, index) => evaluation('S3_BUCKET_ACL_PROHIBITED', `bulk-${String(index).padStart(4, '0')}`, 'COMPLIANT', 'no ACL grants'));
        await recordRun(db, { source: 'scan', evaluations: many, now: new Date('2026-12-03T10:00:00Z') });
        const first = await currentFindings(db, { text: 'bulk-', limit: 50, offset: 0 });
        assert.deepEqual([first.total, first.totalIsLowerBound, first.findings.length], [SEARCH_COUNT_LIMIT, true, 50]);
        const last = await currentFindings(db, { text: 'BULK-', limit: 50, offset: SEARCH_COUNT_LIMIT });
        assert.deepEqual(last.findings.map((finding) => finding.resourceId), ['bulk-1000', 'bulk-1001', 'bulk-1002', 'bulk-1003', 'bulk-1004']);
        const few = await currentFindings(db, { text: 'bulk-09', limit: 200, offset: 0 });
        assert.deepEqual([few.total, few.totalIsLowerBound], [100, undefined]);
      } finally {
        await db.close();
      }
    });

    it(`${database.name}: frameworks counted in SQL are judged as every verdict read is`, async () => {
      const db = await openStore(database.options);
      try {
        for (const id of FRAMEWORK_IDS) {
          const ids = RULES.filter((meta) => (meta.frameworks?.[id]?.length ?? 0) > 0).map((meta) => meta.id);
          const read = frameworkReport(id, RULES, await latestOfRules(db, ids), { source: 'store' });
          const counted = frameworkStates(id, RULES, await ruleTallies(db, ids), { source: 'store' });
          assert.deepEqual(counted.totals, read.totals, id);
          assert.deepEqual(counted.controls.map(({ findings: _findings, ...control }) => control), read.controls.map(({ findings: _findings, ...control }) => control), id);
        }
        const ssl = async (offset: number) => verdictsOfRules(db, ['S3_BUCKET_SSL_REQUESTS_ONLY'], { statuses: ['COMPLIANT'] }, { limit: 1, offset });
        const [first, second] = [await ssl(0), await ssl(1)];
        assert.deepEqual([first.total, new Set([...first.findings, ...second.findings].map((finding) => finding.resourceId))], [2, new Set(['Payroll-Exports', 'logs_2024'])]);
        const suppressed = await verdictsOfRules(db, ['S3_BUCKET_LOGGING_ENABLED', 'S3_BUCKET_SSL_REQUESTS_ONLY'], 'SUPPRESSED', { limit: 50, offset: 0 });
        assert.deepEqual(suppressed.findings.map((finding) => `${finding.ruleId} ${finding.resourceId} ${finding.suppressed}`), ['S3_BUCKET_LOGGING_ENABLED logs_2024 true']);
      } finally {
        await db.close();
      }
    });
    it(`${database.name}: every way of reading a findings page (the page's order, the filters' rows sorted, the trigram index's rows) gives what a plain scan gives`, async () => {
      const db = await openStore(database.options);
      try {
        const latest = await seedScale(db);
        const filters: Omit<FindingFilter, 'limit' | 'offset'>[] = [
          {},
          { region: 'eu-west-1' },
          { account: '222222222222', region: 'us-east-1' },
          { status: 'NON_COMPLIANT' },
          { severity: 'medium' },
          { severity: 'informational', status: 'NON_COMPLIANT' },
          { ruleId: 'RULE_C', account: '111111111111' },
          { ruleId: 'RULE_B', region: 'ap-southeast-2', status: 'COMPLIANT' },
          { ruleId: 'RULE_A', account: '111111111111', region: 'us-east-1', status: 'NON_COMPLIANT' },
          { ruleId: 'RULE_A', status: 'ERROR' },
          { source: 'scan' },
          { source: 'live', severity: 'critical' },
          // The search: a text in every row (more than the trigram index is read for), in a fifth, a tenth, a few, none, too short for the index.
          { text: 'checked' },
          { text: 'checked', status: 'NON_COMPLIANT' },
          { text: 'checked', ruleId: 'RULE_A', account: '333333333333' },
          { text: 'checked', source: 'live', region: 'eu-west-1' },
          { text: 'checked', status: 'INSUFFICIENT_DATA', region: 'us-east-1' },
          { text: 'checked', ruleId: 'RULE_A', status: 'NON_COMPLIANT' },
          { text: 'fifth-' },
          { text: 'fifth-', status: 'COMPLIANT', account: '222222222222' },
          { text: 'FIFTH-1', severity: 'high' },
          { text: 'tenth-' },
          { text: 'TENTH-', severity: 'low', region: 'us-east-1' },
          { text: 'res-0001' },
          { text: 'rare-7', status: 'COMPLIANT' },
          { text: 'absent text' },
          { text: 'e3' },
          { text: 'e3', account: '111111111111' },
          { text: 'rule_d' },
        ];
        const pages = [{ limit: 50, offset: 0 }, { limit: 200, offset: 50 }, { limit: 50, offset: 1000 }, { limit: 200, offset: 30_000 }];
        for (const filter of filters) {
          const expected = latest.filter((finding) => scanMatches(finding, filter)).sort(pageOrder);
          for (const page of pages) {
            const found = await currentFindings(db, { ...filter, ...page });
            const label = JSON.stringify({ ...filter, ...page });
            assert.deepEqual(found.findings.map(findingKey), expected.slice(page.offset, page.offset + page.limit).map(findingKey), label);
            assert.deepEqual([found.total, found.totalIsLowerBound], expected.length > SEARCH_COUNT_LIMIT ? [SEARCH_COUNT_LIMIT, true] : [expected.length, undefined], label);
          }
        }
        assert.ok(latest.filter((finding) => scanMatches(finding, { text: 'checked' })).length > INDEXED_SEARCH_ROWS, 'a text in more rows than the trigram index is read for');
      } finally {
        await db.close();
      }
    });
  }

  it('the two stores find the same', { skip: databases.length < 2 ? 'no PostgreSQL (TOSEI_TEST_DATABASE_URL)' : false }, () => {
    assert.deepEqual(results.get('postgres'), results.get('sqlite'));
  });
});

// A store with verdicts from before migration 0212: the search index is filled from them when it is built.
const olderStores = await testDatabases();
after(async () => {
  for (const database of olderStores) await database.dispose();
});

for (const database of olderStores) {
  describe(`findings search on ${database.name}: verdicts recorded before the index`, () => {
    it('are found once the migration has run', async () => {
      const db = await openDatabase(database.options);
      try {
        // Every migration but the search index's (and the framework counts after it): the store as it was before them.
        await migrate(db, MIGRATIONS.filter((migration) => migration.id < '0212' || migration.id >= '0220'));
        await recordRun(db, { source: 'live', evaluations: SEEDED, now: new Date('2026-12-01T10:00:00Z') });
        await migrate(db, MIGRATIONS);
        assert.deepEqual((await currentFindings(db, { text: 'PAYROLL', limit: 50, offset: 0 })).findings.map((finding) => finding.resourceId).sort(), ['Payroll-Exports', 'payroll-exports']);
      } finally {
        await db.close();
      }
    });
  });
}

// PostgreSQL lets a role create pg_trgm only with CREATE on the database: without it the store still migrates, unindexed.
const serverUrl = process.env.TOSEI_TEST_DATABASE_URL;
describe('findings search on postgres without pg_trgm', { skip: serverUrl ? false : 'no PostgreSQL (TOSEI_TEST_DATABASE_URL)' }, () => {
  it('migrates, says the search is not indexed, and still finds', async () => {
    const suffix = `${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const [name, role] = [`tosei_plain_${suffix}`, `tosei_plain_${suffix}`];
    const admin = async (database: string, statements: string[]) => {
      const url = new URL(serverUrl ?? '');
      url.pathname = `/${database}`;
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      try {
        for (const statement of statements) await client.query(statement);
      } finally {
        await client.end();
      }
    };
    await admin('postgres', [`CREATE ROLE ${role} LOGIN`, `CREATE DATABASE ${name}`]);
    try {
      await admin(name, [`GRANT USAGE, CREATE ON SCHEMA public TO ${role}`]);
      const url = new URL(serverUrl ?? '');
      url.username = role;
      url.password = '';
      url.pathname = `/${name}`;
      const db = await openStore({ url: url.toString() });
      try {
        assert.equal(await searchIndexed(db), false);
        await recordRun(db, { source: 'live', evaluations: SEEDED, now: new Date('2026-12-01T10:00:00Z') });
        assert.equal((await currentFindings(db, { text: 'PAYROLL', limit: 50, offset: 0 })).total, 2);
      } finally {
        await db.close();
      }
    } finally {
      await admin('postgres', [`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`, `DROP ROLE IF EXISTS ${role}`]);
    }
  });
});
