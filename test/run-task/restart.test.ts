import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { signBody } from '../../src/gates/run-task/signature.js';
import { CORPORA } from '../support/corpora.js';
import { testDatabases } from '../support/databases.js';
import { FakeTfe, hmacKey, runTaskPayload, tfeToken } from '../support/fake-tfe.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PLAN = readFileSync(join(CORPORA, 'regula-tests/rego/tests/rules/tf/aws/s3/inputs/bucketpolicy_allowlist_infra.json'));

interface Child {
  process: ChildProcess;
  port: number;
  stderr: () => string;
}

/** `tosei serve` as its own process (through tsx, so no build is needed); resolves once it logged its port. */
function startServe(tfe: FakeTfe, database: { url?: string; file?: string }): Promise<Child> {
  const args = ['--import', 'tsx', join(ROOT, 'src/cli/bin.ts'), 'serve', '--port', '0', ...(database.url ? ['--database-url', database.url] : ['--store-file', database.file as string])];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, TOSEI_HMAC_KEY: hmacKey, TOSEI_TFE_HOSTS: tfe.apiHost, TOSEI_TFE_REDIRECT_HOSTS: tfe.archivistHost, TOSEI_RUN_TASK_LEASE_MS: '1000', DATABASE_URL: '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let text = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`tosei serve did not start:\n${text}`)), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      for (const line of text.split('\n')) {
        if (!line.startsWith('{')) continue;
        const entry = JSON.parse(line) as { msg: string; port?: number };
        if (entry.msg === 'listening' && entry.port) {
          clearTimeout(timer);
          resolve({ process: child, port: entry.port, stderr: () => text });
        }
      }
    });
    child.on('exit', (code) => reject(new Error(`tosei serve exited with ${code}:\n${text}`)));
  });
}

function stop(child: Child, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    if (child.process.exitCode !== null || child.process.signalCode !== null) return resolve();
    child.process.once('exit', () => resolve());
    child.process.kill(signal);
  });
}

const databases = await testDatabases();
after(async () => {
  for (const database of databases) await database.dispose();
});

for (const database of databases) {
  describe(`run task server survives a crash (${database.name})`, () => {
    it('SIGKILL mid-job, start again on the same store: the callback arrives exactly once', async () => {
      const tfe = await new FakeTfe({ token: tfeToken, plans: { 'plan-fail': PLAN } }).start();
      let release!: () => void;
      tfe.holdDownloads = new Promise((resolve) => (release = resolve));
      const first = await startServe(tfe, database.options);
      let second: Child | undefined;
      try {
        const body = JSON.stringify(runTaskPayload(tfe, 'taskrs-crash'));
        const response = await fetch(`http://127.0.0.1:${first.port}/run-task`, { method: 'POST', body, headers: { 'x-tfc-task-signature': signBody(hmacKey, body) } });
        assert.equal(response.status, 200);
        // The job is mid-flight: its plan download is being held.
        for (let waited = 0; !tfe.requests.some((request) => request.server === 'archivist'); waited += 50) {
          if (waited > 20_000) throw new Error('the plan was never requested');
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        await stop(first, 'SIGKILL');
        tfe.holdDownloads = undefined;
        release();
        assert.equal(tfe.callbacks('taskrs-crash').length, 0);

        second = await startServe(tfe, database.options);
        const callback = await tfe.finalCallback('taskrs-crash', 30_000);
        assert.equal(callback.status, 'failed');
        await new Promise((resolve) => setTimeout(resolve, 1500));
        assert.equal(tfe.callbacks('taskrs-crash').length, 1);
        assert.equal(second.stderr().includes(tfeToken), false);
        assert.equal(first.stderr().includes(tfeToken), false);
      } finally {
        await stop(first, 'SIGKILL');
        if (second) await stop(second, 'SIGTERM');
        await tfe.close();
      }
    });
  });
}

describe('run task server stops on SIGTERM while busy', () => {
  it('exits within seconds, hands the job back, and the next server (which clears crashed job folders) calls back once', async () => {
    const database = databases[0] as (typeof databases)[number];
    const tfe = await new FakeTfe({ token: tfeToken, plans: { 'plan-fail': PLAN } }).start();
    // A job folder left by a server that died (no such process).
    const leftover = join(tmpdir(), 'tosei-run-task-999999999-left');
    mkdirSync(join(leftover, 'configuration'), { recursive: true });
    let release!: () => void;
    tfe.holdDownloads = new Promise((resolve) => (release = resolve));
    const first = await startServe(tfe, database.options);
    let second: Child | undefined;
    try {
      assert.equal(existsSync(leftover), false, 'removed at start');
      const body = JSON.stringify(runTaskPayload(tfe, 'taskrs-sigterm'));
      const response = await fetch(`http://127.0.0.1:${first.port}/run-task`, { method: 'POST', body, headers: { 'x-tfc-task-signature': signBody(hmacKey, body) } });
      assert.equal(response.status, 200);
      for (let waited = 0; !tfe.requests.some((request) => request.server === 'archivist' && request.path.includes('plan-fail')); waited += 50) {
        if (waited > 20_000) throw new Error('the plan was never requested');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const started = Date.now();
      await stop(first, 'SIGTERM');
      assert.ok(Date.now() - started < 6000, `stopped after ${Date.now() - started} ms`);
      assert.equal(first.process.exitCode, 0);
      assert.match(first.stderr(), /job handed back: the server is stopping/);
      tfe.holdDownloads = undefined;
      release();
      second = await startServe(tfe, database.options);
      const callback = await tfe.finalCallback('taskrs-sigterm', 30_000);
      assert.equal(callback.status, 'failed');
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.equal(tfe.callbacks('taskrs-sigterm').filter((entry) => entry.status !== 'running').length, 1);
    } finally {
      release();
      rmSync(leftover, { recursive: true, force: true });
      await stop(first, 'SIGKILL');
      if (second) await stop(second, 'SIGTERM');
      await tfe.close();
    }
  });
});
