// `--report FORMAT=FILE`: one scan, several reports, each the same as a run in that format.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { tosei, workspace } from './support/cli.js';

describe('scan --report FORMAT=FILE', () => {
  it('writes each extra report as a run in that format would print it', async () => {
    const dir = workspace({ 'queue.yaml': "Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n" });
    const run = await tosei(['scan', 'queue.yaml', '--format', 'text', '--report', 'json=out/report.json', '--report', 'sarif=report.sarif'], { cwd: dir });
    assert.equal(run.code, 1);
    const alone = await tosei(['scan', 'queue.yaml', '--format', 'json'], { cwd: dir });
    const strip = (text: string) => JSON.parse(text) as { results: unknown[]; summary: unknown };
    assert.deepEqual(strip(readFileSync(join(dir, 'out', 'report.json'), 'utf8')).results, strip(alone.stdout).results);
    assert.equal((JSON.parse(readFileSync(join(dir, 'report.sarif'), 'utf8')) as { version: string }).version, '2.1.0');
  });

  it('refuses a malformed or unknown --report before scanning', async () => {
    const dir = workspace({ 'queue.yaml': "Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n" });
    for (const option of ['sarif', 'bogus=x.out', '=x.out', 'json=']) {
      const run = await tosei(['scan', 'queue.yaml', '--report', option], { cwd: dir });
      assert.equal(run.code, 2, option);
      assert.match(run.stderr, /--report|unknown format/, option);
    }
  });
});
