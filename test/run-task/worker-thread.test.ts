import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createLogger } from '../../src/gates/run-task/log.js';
import { startRunTaskServer, type RunTaskServerOptions } from '../../src/gates/run-task/server.js';
import { signBody } from '../../src/gates/run-task/signature.js';
import { builtinRules } from '../../src/rules/index.js';
import { selectRules } from '../../src/scan/index.js';
import { openStore } from '../../src/store/index.js';
import { getJob } from '../../src/store/run-task-jobs.js';
import { CORPORA } from '../support/corpora.js';
import { FakeTfe, hmacKey, runTaskPayload, tfeToken } from '../support/fake-tfe.js';

const FAILING_PLAN = readFileSync(join(CORPORA, 'regula-tests/rego/tests/rules/tf/aws/s3/inputs/bucketpolicy_allowlist_infra.json'));

function options(tfe: FakeTfe, directory: string, logs: string[], guardRulePaths?: string[]): RunTaskServerOptions {
  return {
    host: '127.0.0.1',
    port: 0,
    hmacKey,
    logger: createLogger((line) => logs.push(line)),
    database: { file: join(directory, 'tosei.db') },
    evaluation: { rules: selectRules(builtinRules), threshold: 'info', policy: { apiHosts: [tfe.apiHost], redirectHosts: [tfe.archivistHost] } },
    callback: {},
    worker: { pollMs: 100 },
    workerThread: guardRulePaths ? { guardRulePaths } : {},
  };
}

describe('run task server with its worker thread (as tosei serve runs it)', () => {
  it('evaluates in the thread: callback with outcomes, one evaluation per request, history kept by the main thread, no secret in the logs', async () => {
    const tfe = await new FakeTfe({ token: tfeToken, plans: { 'plan-fail': FAILING_PLAN } }).start();
    const directory = mkdtempSync(join(tmpdir(), 'tosei-thread-'));
    const logs: string[] = [];
    const server = await startRunTaskServer(options(tfe, directory, logs));
    try {
      const body = JSON.stringify(runTaskPayload(tfe, 'taskrs-thread'));
      const send = () => fetch(`http://127.0.0.1:${server.port}/run-task`, { method: 'POST', body, headers: { 'x-tfc-task-signature': signBody(hmacKey, body) } });
      assert.equal((await send()).status, 200);
      assert.equal((await send()).status, 200, 'a repeated request is answered too');
      const callback = await tfe.finalCallback('taskrs-thread');
      assert.equal(callback.status, 'failed');
      const outcomes = (callback.body.data as { relationships: { outcomes: { data: unknown[] } } }).relationships.outcomes.data;
      assert.ok(outcomes.length >= 2, 'outcomes came from the thread');
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(tfe.callbacks('taskrs-thread').filter((entry) => entry.status !== 'running').length, 1, 'evaluated and called back once');
      // Lines the thread wrote reach the server's logger, masked.
      const messages = logs.map((line) => (JSON.parse(line) as { msg: string }).msg);
      for (const expected of ['request accepted', 'duplicate request ignored', 'job started', 'evaluated', 'callback delivered', 'job done']) assert.ok(messages.includes(expected), `log has "${expected}": ${messages.join(', ')}`);
      assert.equal(logs.join('').includes(tfeToken), false);
      assert.equal(logs.join('').includes(hmacKey), false);
    } finally {
      await server.close();
      await tfe.close();
    }
    // After close: the job is done in the store and its evaluations are in the history.
    const db = await openStore({ file: join(directory, 'tosei.db') });
    try {
      assert.equal((await getJob(db, 'taskrs-thread'))?.state, 'done');
      const runs = await db.query<{ source: string; metadata: string }>('SELECT source, metadata FROM evaluation_runs');
      assert.equal(runs.length, 1);
      assert.equal(runs[0]?.source, 'run-task');
      assert.equal((JSON.parse(runs[0]?.metadata ?? '{}') as { taskResultId?: string }).taskResultId, 'taskrs-thread');
      const [count] = await db.query<{ n: number }>('SELECT COUNT(*) AS n FROM evaluations');
      assert.ok(Number(count?.n) > 0);
    } finally {
      await db.close();
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('runs the Guard rules it was given in the thread too', async () => {
    const tfe = await new FakeTfe({ token: tfeToken, plans: { 'plan-fail': FAILING_PLAN } }).start();
    const directory = mkdtempSync(join(tmpdir(), 'tosei-thread-guard-'));
    const rulesFile = join(directory, 'no-buckets.guard');
    writeFileSync(rulesFile, 'rule NO_S3_BUCKETS_IN_PLANS {\n  resource_changes[ type == "aws_s3_bucket" ] empty << buckets are not allowed here >>\n}\n');
    const logs: string[] = [];
    const server = await startRunTaskServer(options(tfe, directory, logs, [rulesFile]));
    try {
      const body = JSON.stringify(runTaskPayload(tfe, 'taskrs-thread-guard'));
      assert.equal((await fetch(`http://127.0.0.1:${server.port}/run-task`, { method: 'POST', body, headers: { 'x-tfc-task-signature': signBody(hmacKey, body) } })).status, 200);
      const callback = await tfe.finalCallback('taskrs-thread-guard');
      const outcomes = (callback.body.data as { relationships: { outcomes: { data: { attributes: Record<string, unknown> }[] } } }).relationships.outcomes.data;
      assert.ok(
        outcomes.some((outcome) => outcome.attributes['outcome-id'] === 'NO_S3_BUCKETS_IN_PLANS'),
        `outcomes: ${outcomes.map((outcome) => String(outcome.attributes['outcome-id'])).join(', ')}`,
      );
    } finally {
      await server.close();
      await tfe.close();
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('refuses to start when the thread cannot load its rules (fail closed), and leaves nothing running', async () => {
    const tfe = await new FakeTfe({ token: tfeToken, plans: {} }).start();
    const directory = mkdtempSync(join(tmpdir(), 'tosei-thread-bad-'));
    try {
      await assert.rejects(startRunTaskServer(options(tfe, directory, [], [join(directory, 'missing.guard')])), /missing\.guard/);
    } finally {
      await tfe.close();
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
