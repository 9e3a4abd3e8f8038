import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { create } from 'tar';
import { createLogger } from '../../src/gates/run-task/log.js';
import { startRunTaskServer, type RunningServer } from '../../src/gates/run-task/server.js';
import { signBody } from '../../src/gates/run-task/signature.js';
import { builtinRules } from '../../src/rules/index.js';
import { writeFixtureDirectory } from '../../src/rules/tester.js';
import { selectRules } from '../../src/scan/index.js';
import { openStore } from '../../src/store/index.js';
import { getJob } from '../../src/store/run-task-jobs.js';
import { CORPORA } from '../support/corpora.js';
import { FakeTfe, hmacKey, runTaskPayload, tfeToken } from '../support/fake-tfe.js';
import { workspace } from '../support/cli.js';

// Real plans from the corpora: one with violations of several rules, one without any.
const FAILING_PLAN = readFileSync(join(CORPORA, 'regula-tests/rego/tests/rules/tf/aws/s3/inputs/bucketpolicy_allowlist_infra.json'));
const PASSING_PLAN = readFileSync(join(CORPORA, 'checkov-tests/tests/terraform/image_referencer/resources/aws/apprunner_tfplan.json'));

const HCL = `resource "aws_security_group" "ssh" {
  name = "ssh"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`;

async function tarball(files: Record<string, string>): Promise<Buffer> {
  const directory = writeFixtureDirectory(files, 'tosei-cv-');
  const file = join(workspace(), 'cv.tar.gz');
  await create({ gzip: true, file, cwd: directory }, Object.keys(files));
  return readFileSync(file);
}

let tfe: FakeTfe;
let server: RunningServer;
let directory: string;
const logs: string[] = [];
const base = () => `http://127.0.0.1:${server.port}`;

async function post(body: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${base()}/run-task`, { method: 'POST', headers: { 'content-type': 'application/json', 'user-agent': 'TFC/1.0 (+https://app.terraform.io; TFC)', ...headers }, body });
}

async function postSigned(payload: unknown): Promise<Response> {
  const body = JSON.stringify(payload);
  return post(body, { 'x-tfc-task-signature': signBody(hmacKey, body) });
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

before(async () => {
  tfe = await new FakeTfe({
    token: tfeToken,
    plans: { 'plan-fail': FAILING_PLAN, 'plan-pass': PASSING_PLAN, 'plan-slow': PASSING_PLAN },
    configurations: { 'cv-hcl': await tarball({ 'terraform/main.tf': HCL, 'README.md': '# infra\n' }) },
  }).start();
  directory = mkdtempSync(join(tmpdir(), 'tosei-serve-'));
  server = await startRunTaskServer({
    host: '127.0.0.1',
    port: 0,
    hmacKey,
    logger: createLogger((line) => logs.push(line)),
    database: { file: join(directory, 'tosei.db') },
    evaluation: {
      rules: selectRules(builtinRules),
      threshold: 'info',
      policy: { apiHosts: [tfe.apiHost], redirectHosts: [tfe.archivistHost] },
    },
    callback: { retryDelaysMs: [20, 20, 20] },
    downloadRetryDelaysMs: [20],
    runningUpdateMs: 150,
    worker: { pollMs: 100 },
  });
});

after(async () => {
  await server.close();
  await tfe.close();
  rmSync(directory, { recursive: true, force: true });
});

describe('run task server: HCP Terraform played by a local server', () => {
  it('answers GET /healthz', async () => {
    const response = await fetch(`${base()}/healthz`);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { status: 'ok' });
  });

  it('signed request: 200, then a failed callback with one outcome per failing rule', async () => {
    const response = await postSigned(runTaskPayload(tfe, 'taskrs-fail'));
    assert.equal(response.status, 200);
    const callback = await tfe.finalCallback('taskrs-fail');
    assert.equal(callback.status, 'failed');
    assert.equal(callback.authorization, `Bearer ${tfeToken}`);
    assert.equal(callback.contentType, 'application/vnd.api+json');
    const data = callback.body.data as { type: string; attributes: { message: string; url: string }; relationships: { outcomes: { data: { type: string; attributes: Record<string, unknown> }[] } } };
    assert.equal(data.type, 'task-results');
    assert.match(data.attributes.message, /^Tosei: \d+ failing findings from \d+ rules/);
    assert.match(data.attributes.url, /^https:\/\//);
    const outcomes = data.relationships.outcomes.data;
    assert.ok(outcomes.length >= 2 && outcomes.length <= 10);
    const ids = outcomes.map((outcome) => outcome.attributes['outcome-id']);
    assert.equal(new Set(ids).size, ids.length, 'one outcome per rule');
    for (const outcome of outcomes) {
      assert.equal(outcome.type, 'task-result-outcomes');
      const tags = outcome.attributes.tags as Record<string, { label: string; level: string }[]>;
      assert.deepEqual(tags.Status, [{ label: 'Failed', level: 'error' }]);
      assert.match(tags.Severity?.[0]?.label ?? '', /^(Critical|High|Medium|Low|Info)$/);
      assert.match(outcome.attributes.body as string, /### Resources \(\d+\)\n\n- `aws_/);
      assert.match(outcome.attributes.body as string, /### How to fix\n\n\S/);
    }
    // The same verdicts as `tosei scan` on that plan.
    assert.ok(ids.includes('S3_BUCKET_LOGGING_ENABLED'), `outcomes: ${ids.join(', ')}`);
    // §B.5: the plan came through the redirect; the bearer token did not go to the download host.
    const downloads = tfe.requests.filter((request) => request.server === 'archivist' && request.path.startsWith('/plans/plan-fail'));
    assert.equal(downloads.length, 1);
    assert.equal(downloads[0]?.authorization, undefined);
  });

  it('a plan without violations passes, with no outcomes; without the outcomes capability none are sent', async () => {
    assert.equal((await postSigned(runTaskPayload(tfe, 'taskrs-pass', { plan_json_api_url: tfe.planUrl('plan-pass') }))).status, 200);
    const passed = await tfe.finalCallback('taskrs-pass');
    assert.equal(passed.status, 'passed');
    assert.equal((passed.body.data as Record<string, unknown>).relationships, undefined);

    assert.equal((await postSigned(runTaskPayload(tfe, 'taskrs-nocap', { capabilities: { outcomes: false } }))).status, 200);
    const failed = await tfe.finalCallback('taskrs-nocap');
    assert.equal(failed.status, 'failed');
    assert.equal((failed.body.data as Record<string, unknown>).relationships, undefined);
  });

  it('unsigned, tampered or wrongly signed requests get 401 and no callback', async () => {
    const payload = runTaskPayload(tfe, 'taskrs-unsigned');
    const body = JSON.stringify(payload);
    assert.equal((await post(body)).status, 401);
    assert.equal((await post(body, { 'x-tfc-task-signature': '' })).status, 401);
    const tampered = body.replace('"mandatory"', '"advisory"');
    assert.equal((await post(tampered, { 'x-tfc-task-signature': signBody(hmacKey, body) })).status, 401);
    assert.equal((await post(body, { 'x-tfc-task-signature': signBody('another-key-0123456789', body) })).status, 401);
    assert.equal((await post(body, { 'x-tfc-task-signature': signBody(hmacKey, body).slice(0, 64) })).status, 401);
    await settle(400);
    assert.equal(tfe.callbacks('taskrs-unsigned').length, 0);
    assert.equal(tfe.requests.filter((request) => request.body.includes('taskrs-unsigned') || request.path.includes('taskrs-unsigned')).length, 0);
  });

  it('the verification request gets 200 at once and no callback', async () => {
    const before = tfe.requests.length;
    const response = await postSigned(runTaskPayload(tfe, 'taskrs-verify', { access_token: 'test-token' }));
    assert.equal(response.status, 200);
    const enforcement = await postSigned({ task_result_enforcement_level: 'test', access_token: 'x' });
    assert.equal(enforcement.status, 200);
    await settle(400);
    assert.equal(tfe.requests.length, before);
  });

  it('a duplicate request is evaluated once and calls back once', async () => {
    const payload = runTaskPayload(tfe, 'taskrs-dup', { plan_json_api_url: tfe.planUrl('plan-pass') });
    const responses = await Promise.all([postSigned(payload), postSigned(payload), postSigned(payload)]);
    assert.deepEqual(responses.map((response) => response.status), [200, 200, 200]);
    await tfe.finalCallback('taskrs-dup');
    assert.equal((await postSigned(payload)).status, 200);
    await settle(400);
    // Under load a `running` update may come first; exactly one final result.
    assert.equal(tfe.callbacks('taskrs-dup').filter((callback) => callback.status !== 'running').length, 1);
    assert.equal(tfe.requests.filter((request) => request.server === 'api' && request.method === 'GET' && request.path.includes('plan-pass') && request.authorization).length >= 1, true);
  });

  it('a disallowed plan host: nothing fetched from it, exactly one failed callback; a disallowed callback host: no request at all', async () => {
    const before = tfe.requests.length;
    const payload = runTaskPayload(tfe, 'taskrs-ssrf', { plan_json_api_url: 'https://169.254.169.254/latest/meta-data/' });
    assert.equal((await postSigned(payload)).status, 200);
    const callbackElsewhere = runTaskPayload(tfe, 'taskrs-ssrf2', { task_result_callback_url: 'https://evil.example/callback' });
    assert.equal((await postSigned(callbackElsewhere)).status, 200);
    const callback = await tfe.finalCallback('taskrs-ssrf');
    assert.equal(callback.status, 'failed');
    assert.match((callback.body.data as { attributes: { message: string } }).attributes.message, /169\.254\.169\.254 is not an allowed host/);
    const db = await openStore({ file: join(directory, 'tosei.db') });
    try {
      let jobs;
      for (let attempt = 0; attempt < 50; attempt += 1) {
        jobs = [await getJob(db, 'taskrs-ssrf'), await getJob(db, 'taskrs-ssrf2')];
        if (jobs[0]?.state === 'done' && jobs[1]?.state === 'failed') break;
        await settle(100);
      }
      assert.equal(jobs?.[0]?.state, 'done', 'the failed result was delivered');
      assert.equal(jobs?.[1]?.state, 'failed');
      assert.match(jobs?.[1]?.error ?? '', /only https is allowed|evil\.example is not an allowed host/);
      assert.equal(jobs?.[0]?.request.includes(tfeToken), false, 'the token is not stored in clear');
      assert.equal(jobs?.[0]?.sealedToken.includes(tfeToken), false);
    } finally {
      await db.close();
    }
    await settle(200);
    // One request in all: the failed callback of the first job, to its allowed host.
    const made = tfe.requests.slice(before);
    assert.equal(made.length, 1);
    assert.equal(made[0]?.method, 'PATCH');
    assert.equal(tfe.callbacks('taskrs-ssrf').length, 1);
  });

  it('refuses an access token with a character not allowed in an HTTP header before using it', async () => {
    const before = tfe.requests.length;
    const hostile = `${tfeToken}\r\nX-Injected: 1`;
    const response = await postSigned(runTaskPayload(tfe, 'taskrs-badtoken', { access_token: hostile }));
    assert.equal(response.status, 400);
    assert.match(((await response.json()) as { error: string }).error, /access_token holds a character that is not allowed/);
    const db = await openStore({ file: join(directory, 'tosei.db') });
    try {
      assert.equal(await getJob(db, 'taskrs-badtoken'), undefined);
    } finally {
      await db.close();
    }
    assert.equal(tfe.requests.length, before);
    assert.equal(logs.join('').includes('X-Injected'), false);
  });

  it('refuses bodies over 1 MB with 413, and malformed requests with 400', async () => {
    const big = JSON.stringify({ padding: 'x'.repeat(1024 * 1024) });
    assert.equal((await post(big, { 'x-tfc-task-signature': signBody(hmacKey, big) })).status, 413);
    const notJson = '{"stage":';
    assert.equal((await post(notJson, { 'x-tfc-task-signature': signBody(hmacKey, notJson) })).status, 400);
    const incomplete = await postSigned({ payload_version: 1, stage: 'post_plan', access_token: tfeToken });
    assert.equal(incomplete.status, 400);
    assert.match(((await incomplete.json()) as { error: string }).error, /task_result_id is missing/);
  });

  it('retries the callback on 503 until it is delivered', async () => {
    tfe.failCallbacks = 2;
    assert.equal((await postSigned(runTaskPayload(tfe, 'taskrs-retry', { plan_json_api_url: tfe.planUrl('plan-pass') }))).status, 200);
    await tfe.finalCallback('taskrs-retry');
    const finals = tfe.requests.filter((request) => request.method === 'PATCH' && request.path.includes('taskrs-retry') && !request.body.includes('"running"'));
    assert.deepEqual(finals.map((request) => request.status), [503, 503, 200]);
  });

  it('sends running updates while a long evaluation waits', async () => {
    let release!: () => void;
    tfe.holdDownloads = new Promise((resolve) => (release = resolve));
    assert.equal((await postSigned(runTaskPayload(tfe, 'taskrs-slow', { plan_json_api_url: tfe.planUrl('plan-slow') }))).status, 200);
    await settle(500);
    release();
    tfe.holdDownloads = undefined;
    const final = await tfe.finalCallback('taskrs-slow');
    assert.equal(final.status, 'passed');
    const statuses = tfe.callbacks('taskrs-slow').map((callback) => callback.status);
    assert.ok(statuses.filter((status) => status === 'running').length >= 1, statuses.join(','));
    assert.equal(statuses.at(-1), 'passed');
  });

  it('pre_plan: scans the configuration version (HCL) in the working directory', async () => {
    const payload = runTaskPayload(tfe, 'taskrs-preplan', {
      stage: 'pre_plan',
      plan_json_api_url: null,
      configuration_version_download_url: tfe.configurationUrl('cv-hcl'),
      workspace_working_directory: '/terraform',
    });
    assert.equal((await postSigned(payload)).status, 200);
    const callback = await tfe.finalCallback('taskrs-preplan');
    assert.equal(callback.status, 'failed');
    const outcomes = (callback.body.data as { relationships: { outcomes: { data: { attributes: Record<string, string> }[] } } }).relationships.outcomes.data;
    assert.ok(outcomes.some((outcome) => outcome.attributes['outcome-id'] === 'INCOMING_SSH_DISABLED'), outcomes.map((outcome) => outcome.attributes['outcome-id']).join(','));
  });

  it('a plan that cannot be downloaded fails the task (fail closed) with the reason', async () => {
    assert.equal((await postSigned(runTaskPayload(tfe, 'taskrs-missing', { plan_json_api_url: tfe.planUrl('plan-nowhere') }))).status, 200);
    const callback = await tfe.finalCallback('taskrs-missing');
    assert.equal(callback.status, 'failed');
    assert.match((callback.body.data as { attributes: { message: string } }).attributes.message, /could not download the plan JSON: HTTP 404/);
  });

  it('writes JSON log lines without the token, the key or a signature', () => {
    assert.ok(logs.length > 10);
    const parsed = logs.map((line) => JSON.parse(line) as { level: string; msg: string });
    assert.ok(parsed.some((line) => line.msg === 'callback delivered'));
    const text = logs.join('');
    assert.equal(text.includes(tfeToken), false);
    assert.equal(text.includes(hmacKey), false);
    assert.equal(/[0-9a-f]{128}/.test(text), false, 'no signature in the logs');
  });
});

describe('run task server: start-up', () => {
  it('refuses to start without an HMAC key unless unsigned requests are allowed', async () => {
    const options = {
      host: '127.0.0.1',
      port: 0,
      logger: createLogger(() => undefined),
      database: { file: ':memory:' },
      evaluation: { rules: [], threshold: 'info' as const, policy: { apiHosts: [], redirectHosts: [] } },
      callback: {},
    };
    await assert.rejects(startRunTaskServer(options), /no HMAC key/);
    const unsigned = await startRunTaskServer({ ...options, allowUnsigned: true });
    try {
      const body = JSON.stringify({ access_token: 'test-token' });
      const response = await fetch(`http://127.0.0.1:${unsigned.port}/run-task`, { method: 'POST', body });
      assert.equal(response.status, 200);
      const signed = await fetch(`http://127.0.0.1:${unsigned.port}/run-task`, { method: 'POST', body, headers: { 'x-tfc-task-signature': signBody(hmacKey, body) } });
      assert.equal(signed.status, 400);
    } finally {
      await unsigned.close();
    }
  });
});
