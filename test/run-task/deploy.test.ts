import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('run task deployment files', () => {
  it('tosei scan finds no unsuppressed violation in deploy/run-task.yaml and deploy/terraform', async () => {
    let stdout = '';
    const code = await main(['scan', 'deploy/run-task.yaml', 'deploy/terraform', '--format', 'json'], { cwd: ROOT, env: {}, stdoutIsTTY: false, stdout: (text) => (stdout += text), stderr: () => undefined });
    const report = JSON.parse(stdout) as { results: { ruleId: string; status: string; suppressed?: { reason: string } }[]; errors: unknown[] };
    assert.deepEqual(report.errors, []);
    assert.equal(code, 0);
    assert.ok(report.results.length > 0, 'the template was scanned');
    for (const result of report.results.filter((entry) => entry.suppressed)) assert.ok(result.suppressed && result.suppressed.reason.length > 20);
  });

  it('the template keeps the HMAC key out of the environment and the template, and retains logs', () => {
    const template = readFileSync(join(ROOT, 'deploy/run-task.yaml'), 'utf8');
    assert.match(template, /AuthType: NONE/);
    assert.match(template, /RetentionInDays: !Ref LogRetentionInDays/);
    assert.match(template, /GenerateSecretString:/);
    assert.doesNotMatch(template, /TOSEI_HMAC_KEY:/);
    const terraform = readFileSync(join(ROOT, 'deploy/terraform/main.tf'), 'utf8');
    assert.match(terraform, /variable "hmac_key" \{[^}]*sensitive\s+= true/s);
    assert.match(terraform, /resource "tfe_organization_run_task"/);
    assert.match(terraform, /resource "tfe_workspace_run_task"/);
  });
});
