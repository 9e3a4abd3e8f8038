/**
 * The run task server under attack (issue 13 §1): compression bombs, alias bombs and inputs that
 * take too long or too much memory are cut off, while the server keeps answering and finishing
 * other jobs; slow clients are cut off; a busy server stops within seconds. Every hostile file is
 * built here, none is committed.
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { create } from 'tar';
import { DEFAULT_LIMITS, extractArchive, PermanentError, type FilesTask } from '../../src/gates/run-task/evaluate.js';
import { createLogger } from '../../src/gates/run-task/log.js';
import { evaluateInSandbox } from '../../src/gates/run-task/sandbox.js';
import { startRunTaskServer, type RunningServer } from '../../src/gates/run-task/server.js';
import { signBody } from '../../src/gates/run-task/signature.js';
import { removeLeftoverJobDirectories } from '../../src/gates/run-task/temp.js';
import { builtinRules } from '../../src/rules/index.js';
import { selectRules } from '../../src/scan/index.js';
import { openStore } from '../../src/store/index.js';
import { getJob } from '../../src/store/run-task-jobs.js';
import { CORPORA } from '../support/corpora.js';
import { FakeTfe, hmacKey, runTaskPayload, tfeToken } from '../support/fake-tfe.js';

const PASSING_PLAN = readFileSync(join(CORPORA, 'checkov-tests/tests/terraform/image_referencer/resources/aws/apprunner_tfplan.json'));

const scratch = mkdtempSync(join(tmpdir(), 'tosei-hostile-run-task-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** A plan of `count` buckets: a few seconds and about 150 MB to scan at 20,000. */
function bigPlan(count: number): string {
  const changes = Array.from({ length: count }, (_, index) => ({
    address: `aws_s3_bucket.b${index}`,
    mode: 'managed',
    type: 'aws_s3_bucket',
    name: `b${index}`,
    provider_name: 'registry.terraform.io/hashicorp/aws',
    change: { actions: ['create'], before: null, after: { bucket: `bucket-${index}` }, after_unknown: {} },
  }));
  return JSON.stringify({ format_version: '1.2', terraform_version: '1.6.0', resource_changes: changes });
}

/** `megabytes` of zeros in one file, as a tar.gz of a few tens of kilobytes per 64 MB. */
async function compressionBomb(megabytes: number): Promise<Buffer> {
  const directory = mkdtempSync(join(scratch, 'bomb-'));
  writeFileSync(join(directory, 'zeros.tf'), '');
  truncateSync(join(directory, 'zeros.tf'), megabytes * 1024 * 1024);
  const file = join(directory, 'bomb.tar.gz');
  await create({ gzip: true, file, cwd: directory }, ['zeros.tf']);
  return readFileSync(file);
}

/** Nine anchors, each a list of nine aliases to the one before ("billion laughs"). */
function laughs(): string {
  const lines = ['  l0: &l0 "lol"'];
  for (let level = 1; level <= 9; level++) lines.push(`  l${level}: &l${level} [${Array.from({ length: 9 }, () => `*l${level - 1}`).join(', ')}]`);
  return `Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\nMetadata:\n${lines.join('\n')}\n`;
}

async function tarball(files: Record<string, string>): Promise<Buffer> {
  const directory = mkdtempSync(join(scratch, 'cv-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(directory, name), text);
  const file = join(mkdtempSync(join(scratch, 'cv-tar-')), 'cv.tar.gz');
  await create({ gzip: true, file, cwd: directory }, Object.keys(files));
  return readFileSync(file);
}

async function extractInto(archive: Buffer, limits: Partial<typeof DEFAULT_LIMITS> = {}): Promise<number> {
  const directory = mkdtempSync(join(scratch, 'extract-'));
  const file = join(directory, 'cv.tar.gz');
  writeFileSync(file, archive);
  const started = Date.now();
  try {
    await extractArchive(file, join(directory, 'out'), { ...DEFAULT_LIMITS, ...limits });
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
  return Date.now() - started;
}

describe('configuration versions: extraction is bounded while it decompresses', () => {
  let bomb: Buffer;
  before(async () => {
    bomb = await compressionBomb(64);
    assert.ok(bomb.length < 1024 * 1024, `${bomb.length} bytes`);
  });

  it('stops at the first entry whose declared size passes the limit, before writing it', async () => {
    const started = Date.now();
    await assert.rejects(extractInto(bomb, { extractedBytes: 4 * 1024 * 1024 }), (error: Error) => error instanceof PermanentError && /more than 4194304 bytes when extracted/.test(error.message));
    assert.ok(Date.now() - started < 2000);
  });

  it('stops at the decompressed-bytes limit: zeros after the end of the archive are not read to their end', async () => {
    const small = await tarball({ 'main.tf': '' });
    const padded = gzipSync(Buffer.concat([gunzipSync(small), Buffer.alloc(32 * 1024 * 1024)]));
    await assert.rejects(extractInto(padded, { extractedBytes: 4 * 1024 * 1024 }), (error: Error) => error instanceof PermanentError && /more than 4194304 bytes when decompressed/.test(error.message));
  });

  it('stops at the compression ratio, however high the byte limit', async () => {
    await assert.rejects(extractInto(bomb, { extractedBytes: 1024 ** 3 }), /decompresses to more than 100 times its size/);
  });

  it('stops at its time limit', async () => {
    await assert.rejects(extractInto(bomb, { extractedBytes: 1024 ** 3, extractedRatio: 1e6, extractMs: 1 }), /extracting it took more than 0 s/);
  });

  it('refuses an archive compressed twice (a second layer the limits would not see into)', async () => {
    await assert.rejects(extractInto(gzipSync(bomb)), /compressed twice/);
  });
});

describe('each evaluation runs in a sandbox thread under a time budget and a memory limit', () => {
  let plan: string;
  before(() => {
    plan = join(mkdtempSync(join(scratch, 'plan-')), 'plan.json');
    writeFileSync(plan, bigPlan(20_000));
  });
  const task = (): FilesTask => ({ stage: 'post_plan', root: scratch, file: plan, threshold: 'info', limits: DEFAULT_LIMITS });

  it('past its time budget the thread is stopped and the evaluation fails with the reason', async () => {
    await assert.rejects(evaluateInSandbox({ files: task() }, { timeMs: 300, memoryMb: 1024 }), (error: Error) => error instanceof PermanentError && /stopped after 0\.3 s, the time budget/.test(error.message));
  });

  it('past its memory limit the thread is stopped and the evaluation fails with the reason', async () => {
    await assert.rejects(evaluateInSandbox({ files: task() }, { timeMs: 120_000, memoryMb: 32 }), (error: Error) => error instanceof PermanentError && /memory limit of one evaluation \(32 MB\)/.test(error.message));
  });

  it('an aborted evaluation stops at once', async () => {
    const abort = new AbortController();
    const work = evaluateInSandbox({ files: task() }, { timeMs: 120_000, memoryMb: 1024 }, abort.signal);
    setTimeout(() => abort.abort(), 200);
    await assert.rejects(work, /the server is stopping/);
  });
});

describe('the server under attack', () => {
  let tfe: FakeTfe;
  let server: RunningServer;
  let directory: string;
  const logs: string[] = [];
  const base = () => `http://127.0.0.1:${server.port}`;
  const postSigned = (payload: unknown) => {
    const body = JSON.stringify(payload);
    return fetch(`${base()}/run-task`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-tfc-task-signature': signBody(hmacKey, body) }, body });
  };
  const message = (callback: { body: Record<string, unknown> }) => (callback.body.data as { attributes: { message: string } }).attributes.message;

  before(async () => {
    tfe = await new FakeTfe({
      token: tfeToken,
      plans: { 'plan-big': bigPlan(50_000), 'plan-pass': PASSING_PLAN, 'plan-held': PASSING_PLAN },
      configurations: { 'cv-bomb': await compressionBomb(64), 'cv-laughs': await tarball({ 'laughs.yaml': laughs(), 'main.tf': '' }) },
    }).start();
    directory = mkdtempSync(join(scratch, 'serve-'));
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
        limits: { extractedBytes: 8 * 1024 * 1024 },
      },
      callback: { retryDelaysMs: [20, 20] },
      downloadRetryDelaysMs: [20],
      workerThread: { sandbox: { timeMs: 3000, memoryMb: 1024 } },
      worker: { pollMs: 100, concurrency: 2, stopGraceMs: 500 },
      http: { headersMs: 500, requestMs: 1000 },
    });
  });

  after(async () => {
    await server?.close();
    await tfe?.close();
  });

  it('cuts off a job over its budget, a compression bomb and an alias bomb, while /healthz answers and another job finishes', async () => {
    const slowest: number[] = [];
    let polling = true;
    const poll = (async () => {
      while (polling) {
        const started = Date.now();
        const response = await fetch(`${base()}/healthz`);
        assert.equal(response.status, 200);
        slowest.push(Date.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    try {
      assert.equal((await postSigned(runTaskPayload(tfe, 'taskrs-big', { plan_json_api_url: tfe.planUrl('plan-big') }))).status, 200);
      assert.equal((await postSigned(runTaskPayload(tfe, 'taskrs-ok', { plan_json_api_url: tfe.planUrl('plan-pass') }))).status, 200);
      const ok = await tfe.finalCallback('taskrs-ok', 60_000);
      assert.equal(ok.status, 'passed');
      const big = await tfe.finalCallback('taskrs-big', 60_000);
      assert.equal(big.status, 'failed');
      assert.match(message(big), /stopped after 3 s, the time budget of one evaluation/);

      const preplan = { stage: 'pre_plan', plan_json_api_url: null };
      assert.equal((await postSigned(runTaskPayload(tfe, 'taskrs-bomb', { ...preplan, configuration_version_download_url: tfe.configurationUrl('cv-bomb') }))).status, 200);
      assert.equal((await postSigned(runTaskPayload(tfe, 'taskrs-laughs', { ...preplan, configuration_version_download_url: tfe.configurationUrl('cv-laughs') }))).status, 200);
      const bomb = await tfe.finalCallback('taskrs-bomb', 60_000);
      assert.equal(bomb.status, 'failed');
      assert.match(message(bomb), /configuration version was refused: more than 8388608 bytes when (extracted|decompressed)/);
      const aliases = await tfe.finalCallback('taskrs-laughs', 60_000);
      assert.equal(aliases.status, 'failed');
      assert.match(message(aliases), /laughs\.yaml: .*aliases expand to more than/);
    } finally {
      polling = false;
      await poll;
    }
    assert.ok(slowest.length > 5);
    assert.ok(Math.max(...slowest) < 1000, `slowest /healthz: ${Math.max(...slowest)} ms`);
    // Each hostile job ran once, failed with its reason, and is not claimed again.
    const db = await openStore({ file: join(directory, 'tosei.db') });
    try {
      for (const id of ['taskrs-big', 'taskrs-bomb', 'taskrs-laughs']) {
        let job = await getJob(db, id);
        // The job is marked done just after its callback is delivered.
        for (let attempt = 0; attempt < 50 && job?.state === 'running'; attempt += 1) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          job = await getJob(db, id);
        }
        assert.equal(job?.state, 'done', id);
        assert.equal(job?.attempts, 1, id);
      }
    } finally {
      await db.close();
    }
    for (const id of ['taskrs-big', 'taskrs-bomb', 'taskrs-laughs', 'taskrs-ok']) assert.equal(tfe.callbacks(id).filter((callback) => callback.status !== 'running').length, 1, id);
  });

  it('cuts off a client that sends one header line at a time', async () => {
    const socket = connect(server.port, '127.0.0.1');
    await once(socket, 'connect');
    const started = Date.now();
    socket.write('POST /run-task HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    const timer = setInterval(() => socket.write(`X-Slow-${Date.now()}: 1\r\n`), 100);
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    socket.on('error', () => undefined);
    await once(socket, 'close');
    clearInterval(timer);
    const took = Date.now() - started;
    assert.ok(took < 3000, `cut off after ${took} ms`);
    assert.match(answer, /^HTTP\/1\.1 408|^$/);
  });

  it('a busy server stops within seconds and hands its job back to the queue', async () => {
    let release: () => void = () => undefined;
    tfe.holdDownloads = new Promise((resolve) => (release = resolve));
    try {
      assert.equal((await postSigned(runTaskPayload(tfe, 'taskrs-held', { plan_json_api_url: tfe.planUrl('plan-held') }))).status, 200);
      for (let attempt = 0; attempt < 100 && !tfe.requests.some((request) => request.server === 'archivist' && request.path.includes('plan-held')); attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const started = Date.now();
      await server.close();
      assert.ok(Date.now() - started < 5000, `stopped after ${Date.now() - started} ms`);
    } finally {
      release();
      tfe.holdDownloads = undefined;
    }
    const db = await openStore({ file: join(directory, 'tosei.db') });
    try {
      const job = await getJob(db, 'taskrs-held');
      assert.equal(job?.state, 'queued');
      assert.equal(job?.attempts, 1);
    } finally {
      await db.close();
    }
    assert.equal(tfe.callbacks('taskrs-held').length, 0);
    server = undefined as unknown as RunningServer;
  });
});

describe('job folders left by a crashed server', () => {
  it('are removed at start: those of dead processes and this process own, not those of a running server', () => {
    const temp = mkdtempSync(join(scratch, 'tmp-'));
    const names = [`tosei-run-task-${process.pid}-aaaaaa`, 'tosei-run-task-999999999-bbbbbb', `tosei-run-task-${process.ppid}-cccccc`, 'tosei-scan-other'];
    for (const name of names) mkdirSync(join(temp, name, 'configuration'), { recursive: true });
    assert.deepEqual(removeLeftoverJobDirectories(temp).sort(), [names[0], names[1]].sort());
    assert.deepEqual(readdirSync(temp).sort(), [names[2], names[3]].sort());
  });
});
