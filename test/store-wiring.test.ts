// Every gate's evaluations in the one store, and the server's POST /evaluations intake with automatic
// remediation: on SQLite, and on PostgreSQL when TOSEI_TEST_DATABASE_URL names a server.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { main } from '../src/cli/main.js';
import { runServe } from '../src/cli/serve.js';
import { buildConfigEvent } from '../src/gates/config-rule/testing.js';
import { bearerMatches, createIntakeApp, readEvaluations } from '../src/gates/intake/app.js';
import { createLogger } from '../src/gates/run-task/log.js';
import { startRunTaskServer } from '../src/gates/run-task/server.js';
import { signBody } from '../src/gates/run-task/signature.js';
import type { Evaluation } from '../src/model/evaluation.js';
import { liveReader, reevaluate } from '../src/remediate/reevaluate.js';
import { formatters } from '../src/report/index.js';
import { ResultsError } from '../src/report/results.js';
import { ipPermission, securityGroupItem } from '../src/rules/config-fixtures.js';
import { builtinRules } from '../src/rules/index.js';
import { selectRules } from '../src/scan/index.js';
import { complianceSince, migrate, MIGRATIONS, openStore, resourceHistory, type Database } from '../src/store/index.js';
import { RemediationQueue, RemediationStore } from '../src/store/remediation.js';
import { CORPORA } from './support/corpora.js';
import { testDatabases, type TestDatabase } from './support/databases.js';
import { startFakeAws, type FakeAws } from './support/fake-aws.js';
import { FakeTfe, hmacKey, runTaskPayload, tfeToken } from './support/fake-tfe.js';
import { speakEc2AndLogs } from './support/flow-logs-account.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const FAILING_PLAN = readFileSync(join(CORPORA, 'regula-tests/rego/tests/rules/tf/aws/s3/inputs/bucketpolicy_allowlist_infra.json'));
const API_TOKEN = 'tosei-api-token-0123456789abcdef';
const DELIVERY_ROLE = 'arn:aws:iam::111122223333:role/flow-logs-delivery';
const VPC_RULE = selectRules(builtinRules, { only: ['VPC_FLOW_LOGS_ENABLED'] })[0]!;
const MUTATING = new Set(['CreateLogGroup', 'PutRetentionPolicy', 'CreateFlowLogs']);

const databases: TestDatabase[] = await testDatabases();
let fake: FakeAws;
let restore: () => void;
let awsEnv: Record<string, string>;
let directory: string;

before(async () => {
  fake = await startFakeAws();
  // Every SDK client in this process (the Config rule handler's, the live reader's, the runbooks') talks to 127.0.0.1 only.
  restore = fake.useInProcess('eu-west-1');
  awsEnv = { ...fake.env('eu-west-1'), AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null', AWS_MAX_ATTEMPTS: '1' };
  directory = mkdtempSync(join(tmpdir(), 'tosei-wiring-'));
});

after(async () => {
  restore();
  await fake.stop();
  rmSync(directory, { recursive: true, force: true });
  for (const database of databases) await database.dispose();
});

async function cli(args: string[], env: Record<string, string> = {}, cwd = ROOT) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, env, stdoutIsTTY: false, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

async function withDb<T>(database: TestDatabase, work: (db: Database) => Promise<T>): Promise<T> {
  const db = await openStore(database.options);
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

/** The CLI's store options for this database. */
function storeArgs(database: TestDatabase): string[] {
  return database.options.url ? ['--database-url', database.options.url] : ['--store', '--store-file', database.options.file!];
}

/** Tosei's JSON report of `evaluations`, as `tosei scan aws --format json` writes it, with metadata added. */
function reportBody(evaluations: Evaluation[], metadata?: Record<string, unknown>): string {
  const report = JSON.parse(formatters.json({ tool: { name: 'tosei', version: 'test' }, files: [], evaluations, problems: [], rules: {} }, { cwd: directory, color: false, severityThreshold: 'info', ruleUrl: (id) => id })) as Record<string, unknown>;
  return JSON.stringify(metadata ? { ...report, metadata } : report);
}

async function liveEvaluation(vpcId: string): Promise<Evaluation> {
  const reader = liveReader({ region: 'eu-west-1', env: awsEnv, credentials: { accessKeyId: awsEnv.AWS_ACCESS_KEY_ID!, secretAccessKey: awsEnv.AWS_SECRET_ACCESS_KEY! } });
  const evaluation = await reevaluate(reader, VPC_RULE, 'AWS::EC2::VPC', vpcId);
  assert.ok(evaluation);
  return evaluation;
}

/** `tosei serve` run through the CLI; resolves once it listens. */
async function serve(args: string[], env: Record<string, string>) {
  let stderr = '';
  let stop!: () => void;
  const until = new Promise<void>((resolve) => (stop = resolve));
  let listening!: (port: number) => void;
  const port = new Promise<number>((resolve) => (listening = resolve));
  const exited = runServe(['--port', '0', ...args], {
    cwd: directory,
    env,
    stdoutIsTTY: false,
    stdout: () => undefined,
    stderr: (text) => {
      stderr += text;
      for (const line of text.split('\n')) if (line.includes('"msg":"listening"')) listening((JSON.parse(line) as { port: number }).port);
    },
  }, until);
  const code = await Promise.race([port, exited.then((status) => ({ status }))]);
  if (typeof code !== 'number') throw new Error(`tosei serve exited ${code.status}: ${stderr}`);
  return {
    url: `http://127.0.0.1:${code}`,
    logs: () => stderr,
    async close() {
      stop();
      assert.equal(await exited, 0);
    },
  };
}

function remediationFile(name: string, automatic: boolean): string {
  const file = join(directory, name);
  writeFileSync(
    file,
    `RemediationConfigurations:
  - ConfigRuleName: VPC_FLOW_LOGS_ENABLED
    TargetType: SSM_DOCUMENT
    TargetId: tosei-enable-vpc-flow-logs
    ResourceType: AWS::EC2::VPC
    Automatic: ${automatic}
    MaximumAutomaticAttempts: 2
    RetryAttemptSeconds: 1
    Parameters:
      VpcId: { ResourceValue: { Value: RESOURCE_ID } }
      DeliverLogsPermissionArn: { StaticValue: { Values: ['${DELIVERY_ROLE}'] } }
      RetentionInDays: { StaticValue: { Values: ['60'] } }
`,
  );
  return file;
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

for (const database of databases) {
  describe(`evaluation store wiring (${database.name})`, () => {
    it('tosei serve records every run task evaluation with the run, never the access token', async () => {
      const tfe = await new FakeTfe({ token: tfeToken, plans: { 'plan-fail': FAILING_PLAN } }).start();
      const logs: string[] = [];
      const server = await startRunTaskServer({
        host: '127.0.0.1',
        port: 0,
        hmacKey,
        logger: createLogger((line) => logs.push(line)),
        database: database.options,
        evaluation: { rules: selectRules(builtinRules), threshold: 'info', policy: { apiHosts: [tfe.apiHost], redirectHosts: [tfe.archivistHost] } },
        callback: { retryDelaysMs: [20] },
        downloadRetryDelaysMs: [20],
        worker: { pollMs: 100 },
      });
      try {
        const body = JSON.stringify(runTaskPayload(tfe, 'taskrs-store'));
        const response = await fetch(`http://127.0.0.1:${server.port}/run-task`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-tfc-task-signature': signBody(hmacKey, body) }, body });
        assert.equal(response.status, 200);
        assert.equal((await tfe.finalCallback('taskrs-store')).status, 'failed');
        // /evaluations exists only with an API token.
        assert.equal((await fetch(`http://127.0.0.1:${server.port}/evaluations`, { method: 'POST', body: '[]' })).status, 404);
      } finally {
        await server.close();
        await tfe.close();
      }
      await withDb(database, async (db) => {
        const report = await complianceSince(db, new Date(0));
        const run = report.runs.find((candidate) => candidate.source === 'run-task');
        assert.ok(run, JSON.stringify(report.runs));
        assert.deepEqual(run.metadata, { workspace: 'tfr_github_0', organization: 'hashicorp', runId: 'run-i3Df5to9ELvibKpQ', stage: 'post_plan', taskResultId: 'taskrs-store' });
        assert.ok((run.counts.NON_COMPLIANT ?? 0) > 0);
        assert.ok(!JSON.stringify(report).includes(tfeToken));
        const failing = report.failing.find((latest) => latest.ruleId === 'S3_BUCKET_LOGGING_ENABLED');
        assert.ok(failing, 'the plan fails S3_BUCKET_LOGGING_ENABLED, as the callback said');
        const history = await resourceHistory(db, failing.resource.key, { ruleId: 'S3_BUCKET_LOGGING_ENABLED' });
        assert.deepEqual(history.changes.map((change) => `${change.previousStatus}->${change.status} (${change.source})`), ['null->NON_COMPLIANT (run-task)']);
      });
      assert.ok(!logs.join('').includes(tfeToken));
    });

    it('tosei config-rule invoke --store records the rule\'s evaluations (source config-rule)', async () => {
      fake.on('config', 'PutEvaluations', { json: { FailedEvaluations: [] } });
      const event = buildConfigEvent({ item: securityGroupItem('sg-0wiring', [ipPermission('tcp', 22, 22)]), resultToken: 'token-not-to-keep' });
      const eventFile = join(directory, `event-${database.name}.json`);
      writeFileSync(eventFile, JSON.stringify(event));
      const result = await cli(['config-rule', 'invoke', '--event', eventFile, '--rule', 'INCOMING_SSH_DISABLED', ...storeArgs(database)], awsEnv);
      assert.equal(result.code, 1, result.stderr);
      assert.match(result.stderr, /recorded 1 evaluations \(1 changed status\)/);
      await withDb(database, async (db) => {
        const history = await resourceHistory(db, 'sg-0wiring');
        assert.deepEqual(history.latest.map((latest) => [latest.ruleId, latest.status]), [['INCOMING_SSH_DISABLED', 'NON_COMPLIANT']]);
        assert.equal(history.changes[0]?.source, 'config-rule');
        const run = (await complianceSince(db, new Date(0))).runs.find((candidate) => candidate.id === history.changes[0]?.runId);
        assert.deepEqual(run?.metadata, { ruleId: 'INCOMING_SSH_DISABLED', configRuleName: 'tosei-rule', messageType: 'ConfigurationItemChangeNotification', testMode: false });
        assert.ok(!JSON.stringify(run).includes('token-not-to-keep'));
      });
    });

    it('tosei hook invoke --store records the hook\'s evaluations (source hook)', async () => {
      const result = await cli(['hook', 'invoke', '--event', 'test/fixtures/cfn-hook/resource-create.json', ...storeArgs(database)]);
      assert.equal(result.code, 1, result.stderr);
      assert.match(result.stderr, /recorded \d+ evaluations/);
      await withDb(database, async (db) => {
        const report = await complianceSince(db, new Date(0));
        const run = report.runs.find((candidate) => candidate.source === 'hook');
        assert.ok(run);
        assert.ok((run.counts.NON_COMPLIANT ?? 0) > 0);
        assert.equal((run.metadata as { invocationPoint?: string }).invocationPoint, 'CREATE_PRE_PROVISION');
      });
    });

    it('POST /evaluations: 401 without or with a wrong token; recorded with the token; an Automatic rule is remediated, a Manual one is not', async () => {
      const automaticVpc = `vpc-0a${database.name === 'sqlite' ? '1' : '2'}b2c3d4e5f60718`;
      const manualVpc = `vpc-0b${database.name === 'sqlite' ? '1' : '2'}b2c3d4e5f60718`;
      const state = speakEc2AndLogs(fake, [automaticVpc, manualVpc]);
      const found = [await liveEvaluation(automaticVpc), await liveEvaluation(manualVpc)];
      assert.deepEqual(found.map((evaluation) => evaluation.status), ['NON_COMPLIANT', 'NON_COMPLIANT']);
      const databaseArgs = database.options.url ? ['--database-url', database.options.url] : ['--store-file', database.options.file!];
      const env = { ...awsEnv, TOSEI_API_TOKEN: API_TOKEN };

            let runId = '';
      const server = await serve(['--allow-unsigned', ...databaseArgs, '--remediation', remediationFile('automatic.yaml', true)], env);
      try {
        const post = (body: string, token?: string) =>
          fetch(`${server.url}/evaluations`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body });
        fake.requests.length = 0;
        assert.equal((await post(reportBody([found[0]!]))).status, 401);
        assert.equal((await post(reportBody([found[0]!]), `${API_TOKEN}x`)).status, 401);
        assert.equal((await post(reportBody([found[0]!]), 'short')).status, 401);
        assert.equal(fake.requests.length, 0, 'nothing happens on a refused request');
        assert.equal((await post('x'.repeat(1024 * 1024 + 1), API_TOKEN)).status, 413);
        assert.equal((await post('{"version": 1, "results": [{}]}', API_TOKEN)).status, 400);
        assert.equal((await post('not json', API_TOKEN)).status, 400);

        const accepted = await post(reportBody([found[0]!], { source: 'live', account: '111122223333' }), API_TOKEN);
        assert.equal(accepted.status, 200);
        const answer = (await accepted.json()) as { runId: string; recorded: number; queuedForRemediation: number };
        assert.equal(answer.recorded, 1);
        assert.equal(answer.queuedForRemediation, 1);
        runId = answer.runId;
        // The store is read after the server stops: one SQLite connection per file in this process
        // (better-sqlite3 waits for locks synchronously, which would stall the server under test).
        const outcome = await until('the automatic remediation', async () => /"msg":"automatic remediation".*"status":"(\w[\w-]*)"/.exec(server.logs())?.[1]);
        assert.equal(outcome, 'remediated', server.logs());
      } finally {
        await server.close();
      }
      await withDb(database, async (db) => {
        const [execution, ...more] = await new RemediationStore(db).executions({ resourceId: automaticVpc });
        assert.equal(more.length, 0);
        assert.ok(execution);
        assert.equal(execution.status, 'Success');
        assert.equal(execution.mode, 'automatic');
        assert.equal(execution.reevaluationStatus, 'COMPLIANT');
      });
      {
        const mutations = fake.requests.filter((request) => MUTATING.has(request.operation));
        assert.deepEqual(mutations.map((request) => request.operation), ['CreateLogGroup', 'PutRetentionPolicy', 'CreateFlowLogs']);
        assert.deepEqual(mutations[1]?.body, { logGroupName: '/tosei/vpc-flow-logs', retentionInDays: 60 });
        assert.equal(state.flowLogs.filter((flowLog) => flowLog.resourceId === automaticVpc).length, 1);
        await withDb(database, async (db) => {
          const history = await resourceHistory(db, automaticVpc, { ruleId: 'VPC_FLOW_LOGS_ENABLED' });
          // Received from the scan, then re-read around the fix.
          assert.deepEqual(history.changes.map((change) => `${change.previousStatus}->${change.status} (${change.source})`), ['null->NON_COMPLIANT (live)', 'NON_COMPLIANT->COMPLIANT (remediation)']);
          const run = (await complianceSince(db, new Date(0))).runs.find((candidate) => candidate.id === runId);
          assert.deepEqual(run?.metadata, { account: '111122223333' });
          assert.equal(run?.source, 'live');
        });
        assert.ok(!server.logs().includes(API_TOKEN));
      }

      const manual = await serve(['--allow-unsigned', ...databaseArgs, '--remediation', remediationFile('manual.yaml', false)], env);
      try {
        fake.requests.length = 0;
        const response = await fetch(`${manual.url}/evaluations`, { method: 'POST', headers: { authorization: `Bearer ${API_TOKEN}` }, body: JSON.stringify(JSON.parse(reportBody([found[1]!])).results) });
        assert.equal(response.status, 200);
        const answer = (await response.json()) as { recorded: number; queuedForRemediation: number };
        assert.deepEqual([answer.recorded, answer.queuedForRemediation], [1, 0]);
        await new Promise((resolve) => setTimeout(resolve, 300));
        assert.deepEqual(fake.requests.map((request) => request.operation), [], 'a Manual rule is recorded, never executed');
      } finally {
        await manual.close();
      }
      await withDb(database, async (db) => {
        assert.deepEqual(await new RemediationStore(db).executions({ resourceId: manualVpc }), []);
        const history = await resourceHistory(db, manualVpc);
        assert.deepEqual(history.changes.map((change) => `${change.status} (${change.source})`), ['NON_COMPLIANT (api)']);
      });
    });

    it('automatic remediation survives a restart: a batch accepted (or half run) before the server stopped is run after it starts', async () => {
      const vpc = `vpc-0c${database.name === 'sqlite' ? '1' : '2'}b2c3d4e5f60718`;
      speakEc2AndLogs(fake, [vpc]);
      const found = await liveEvaluation(vpc);
      // What a server that died mid-batch leaves: the batch claimed by it, its lease run out.
      await withDb(database, async (db) => {
        await migrate(db, MIGRATIONS);
        const queue = new RemediationQueue(db);
        await queue.enqueue('batch-before-the-crash', [found], new Date(Date.now() - 120_000));
        await queue.claim({ owner: 'the-dead-server', leaseMs: 1, maxAttempts: 3, now: new Date(Date.now() - 60_000) });
      });
      const databaseArgs = database.options.url ? ['--database-url', database.options.url] : ['--store-file', database.options.file!];
      const server = await serve(['--allow-unsigned', ...databaseArgs, '--remediation', remediationFile('restart.yaml', true)], { ...awsEnv, TOSEI_API_TOKEN: API_TOKEN });
      try {
        const outcome = await until('the resumed remediation', async () => /"msg":"automatic remediation".*"status":"(\w[\w-]*)"/.exec(server.logs())?.[1]);
        assert.equal(outcome, 'remediated', server.logs());
      } finally {
        await server.close();
      }
      await withDb(database, async (db) => {
        const executions = await new RemediationStore(db).executions({ resourceId: vpc });
        assert.deepEqual(executions.map((execution) => [execution.mode, execution.status]), [['automatic', 'Success']]);
        assert.equal(await new RemediationQueue(db).pending(), 0, 'the finished batch leaves the queue');
      });
    });
  });
}

describe('run task evaluations and a broken store', () => {
  it('a store that can not take the evaluations is logged, and the callback still goes out', async () => {
    const file = join(directory, 'broken.db');
    const broken = await openStore({ file });
    await broken.run('DROP TABLE evaluation_changes');
    await broken.close();
    const tfe = await new FakeTfe({ token: tfeToken, plans: { 'plan-fail': FAILING_PLAN } }).start();
    const logs: string[] = [];
    const server = await startRunTaskServer({
      host: '127.0.0.1',
      port: 0,
      hmacKey,
      logger: createLogger((line) => logs.push(line)),
      database: { file },
      evaluation: { rules: selectRules(builtinRules), threshold: 'info', policy: { apiHosts: [tfe.apiHost], redirectHosts: [tfe.archivistHost] } },
      callback: { retryDelaysMs: [20] },
      downloadRetryDelaysMs: [20],
      worker: { pollMs: 100 },
    });
    try {
      const body = JSON.stringify(runTaskPayload(tfe, 'taskrs-broken-store'));
      const response = await fetch(`http://127.0.0.1:${server.port}/run-task`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-tfc-task-signature': signBody(hmacKey, body) }, body });
      assert.equal(response.status, 200);
      assert.equal((await tfe.finalCallback('taskrs-broken-store')).status, 'failed');
    } finally {
      await server.close();
      await tfe.close();
    }
    const line = logs.find((entry) => entry.includes('"msg":"evaluations not recorded"'));
    assert.ok(line, logs.join(''));
    assert.match(line, /"taskResultId":"taskrs-broken-store"/);
    assert.ok(!logs.join('').includes(tfeToken));
  });
});

describe('POST /evaluations: setup and parsing', () => {
  it('refuses to start remediation without an API token, and a short token', async () => {
    const logger = createLogger(() => undefined);
    await assert.rejects(
      startRunTaskServer({
        host: '127.0.0.1',
        port: 0,
        logger,
        allowUnsigned: true,
        database: { file: ':memory:' },
        evaluation: { rules: [], threshold: 'info', policy: { apiHosts: [], redirectHosts: [] } },
        callback: {},
        remediation: { settings: { configurations: new Map(), exceptions: [] }, deps: { callerFor: async () => assert.fail('no call') } },
      }),
      /needs an API token/,
    );
    assert.throws(() => createIntakeApp({ apiToken: 'short', logger, accept: async () => ({}) }), /too short/);
    const code = await cli(['serve', '--allow-unsigned', '--remediation', remediationFile('cli.yaml', true), '--store-file', ':memory:'], { AWS_REGION: 'eu-west-1' });
    assert.equal(code.code, 2);
    assert.match(code.stderr, /needs an API token/);
  });

  it('compares bearer tokens exactly', () => {
    assert.equal(bearerMatches(`Bearer ${API_TOKEN}`, API_TOKEN), true);
    assert.equal(bearerMatches(`bearer ${API_TOKEN}`, API_TOKEN), true);
    for (const header of [undefined, '', 'Bearer', `Basic ${API_TOKEN}`, `Bearer ${API_TOKEN.slice(0, -1)}`, `Bearer ${API_TOKEN} extra`, API_TOKEN]) assert.equal(bearerMatches(header, API_TOKEN), false, String(header));
  });

  it('reads any JSON into evaluations or a ResultsError naming the problem, never anything else (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.record({ version: fc.constant(1), results: fc.array(fc.jsonValue()), metadata: fc.jsonValue() })), (value) => {
        try {
          const received = readEvaluations(value);
          assert.ok(['api', 'live', 'scan'].includes(received.source));
          assert.ok(Array.isArray(received.evaluations));
        } catch (error) {
          if (!(error instanceof ResultsError)) throw error;
          assert.match(error.message, /^request body/);
        }
      }),
      { numRuns: 500 },
    );
    assert.throws(() => readEvaluations({ version: 1, results: [], metadata: { source: 'run-task' } }), /metadata.source must be one of scan, live, api/);
  });
});
