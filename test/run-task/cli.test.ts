import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { main } from '../../src/cli/main.js';
import { runServe } from '../../src/cli/serve.js';

function io(env: Record<string, string> = {}, cwd = process.cwd()) {
  const out = { stdout: '', stderr: '' };
  return { out, io: { cwd, env, stdoutIsTTY: false, stdout: (text: string) => (out.stdout += text), stderr: (text: string) => (out.stderr += text) } };
}

describe('tosei serve (CLI)', () => {
  it('prints its usage, and is listed in the main usage', async () => {
    const help = io();
    assert.equal(await main(['serve', '--help'], help.io), 0);
    assert.match(help.out.stdout, /POST \/run-task/);
    const usage = io();
    await main(['help'], usage.io);
    assert.match(usage.out.stdout, /serve {2,}serve the HCP Terraform run task endpoint/);
  });

  it('refuses to start without an HMAC key, and on bad options', async () => {
    const noKey = io();
    assert.equal(await main(['serve', '--port', '0', '--store-file', ':memory:'], noKey.io), 2);
    assert.match(noKey.out.stderr, /no HMAC key/);
    const badPort = io({ TOSEI_HMAC_KEY: 'k'.repeat(32) });
    assert.equal(await main(['serve', '--port', '70000'], badPort.io), 2);
    assert.match(badPort.out.stderr, /--port must be an integer/);
    const unknown = io();
    assert.equal(await main(['serve', '--frobnicate'], unknown.io), 2);
  });

  it('starts with a key file, logs where it listens, and stops cleanly', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'tosei-serve-cli-'));
    try {
      writeFileSync(join(directory, 'key'), 'a-key-from-a-file-0123456789\n');
      let stop!: () => void;
      const until = new Promise<void>((resolve) => (stop = resolve));
      const run = io({}, directory);
      const exit = runServe(['--port', '0', '--hmac-key-file', 'key', '--store-file', 'jobs.db'], run.io, until);
      for (let waited = 0; !run.out.stderr.includes('"listening"'); waited += 20) {
        if (waited > 10_000) throw new Error(run.out.stderr);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const listening = JSON.parse(run.out.stderr.split('\n').find((line) => line.includes('"listening"')) as string) as { port: number; host: string; signed: boolean };
      assert.equal(listening.host, '127.0.0.1');
      assert.equal(listening.signed, true);
      assert.equal((await fetch(`http://127.0.0.1:${listening.port}/healthz`)).status, 200);
      stop();
      assert.equal(await exit, 0);
      assert.equal(run.out.stderr.includes('a-key-from-a-file'), false);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
