// A reader that stops early (`tosei scan . | head -1`): the CLI ends quietly with the status of a
// closed pipe, with no EPIPE stack trace on stderr.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { describe, it } from 'node:test';
import { BIN, ROOT, neutralEnv } from './support/cli.js';

describe('stdout closed early', () => {
  it('ends quietly with status 141', async () => {
    const child = spawn(process.execPath, [BIN, 'scan', 'examples', '--format', 'json'], { cwd: ROOT, env: neutralEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.doesNotMatch(stderr, /EPIPE|internal error/);
    // The report may be written in one piece before the reader closes: then the run ends as usual.
    assert.ok(code === 141 || code === 1, `exit ${code}`);
  });
});
