// `tosei report --framework CIS-v3.0.0` on a sample account served by the fake AWS endpoint: every
// CIS v3.0.0 control is printed with one of the four states and the counts add up to the
// framework's control count, whatever rules exist (other rules join as they are written), from a
// live scan and from the evaluation store a live scan recorded.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { main } from '../../src/cli/main.js';
import { frameworkControls } from '../../src/frameworks/index.js';
import { builtinRules } from '../../src/rules/index.js';
import { startFakeAws, type FakeAws } from '../support/fake-aws.js';
import { installFakeAccount } from '../support/live-account.js';

const FRAMEWORK = 'CIS-v3.0.0';
const STATES = ['PASS', 'FAIL', 'UNKNOWN', 'NOT_COVERED'];

interface ControlJson {
  id: string;
  state: string;
  rules: string[];
  findings: { resource: { id: string; arn?: string } }[];
}
interface ReportJson {
  framework: { id: string };
  totals: Record<string, number>;
  controls: ControlJson[];
}

async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, env: {}, stdoutIsTTY: false, stderrIsTTY: false, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

describe(`tosei report --framework ${FRAMEWORK} (a sample account on the fake AWS endpoint)`, () => {
  let fake: FakeAws;
  let restore: () => void;
  let cwd: string;
  before(async () => {
    fake = await startFakeAws();
    restore = fake.useInProcess('eu-west-1');
    cwd = mkdtempSync(join(tmpdir(), 'tosei-framework-live-'));
    installFakeAccount(fake, {
      regions: {
        'eu-west-1': {
          vpcs: [{ id: 'vpc-logged' }, { id: 'vpc-dark' }],
          flowLogs: [{ id: 'fl-1', resourceId: 'vpc-logged', trafficType: 'REJECT' }],
          securityGroups: [{ id: 'sg-admin', name: 'admin', vpcId: 'vpc-dark', ingress: [{ protocol: 'tcp', from: 22, to: 22, cidr: '0.0.0.0/0' }] }],
          buckets: [{ name: 'audit-logs', sse: 'AES256' }],
        },
      },
    });
  });
  after(async () => {
    restore();
    await fake.stop();
    rmSync(cwd, { recursive: true, force: true });
  });

  function assertEveryControl(report: ReportJson): void {
    const controls = frameworkControls(FRAMEWORK);
    assert.equal(report.framework.id, FRAMEWORK);
    assert.deepEqual(report.controls.map((control) => control.id), controls.map((control) => control.id));
    for (const control of report.controls) assert.ok(STATES.includes(control.state), `${control.id}: ${control.state}`);
    const sum = STATES.reduce((total, state) => total + (report.totals[state] ?? 0), 0);
    assert.equal(sum, controls.length);
    assert.equal(report.totals.controls, controls.length);
    // A control is NOT COVERED exactly when no rule maps to it.
    const mapped = new Set(builtinRules.flatMap((rule) => rule.meta.frameworks?.[FRAMEWORK] ?? []));
    for (const control of report.controls) assert.equal(control.state === 'NOT_COVERED', !mapped.has(control.id), control.id);
    // The VPC without flow logs fails CIS 3.7 by name.
    const flowLogs = report.controls.find((control) => control.id === '3.7');
    assert.equal(flowLogs?.state, 'FAIL');
    assert.deepEqual(flowLogs?.findings.map((finding) => finding.resource.id), ['vpc-dark']);
  }

  it('judges every control from a live scan; the text lists them all with the totals', async () => {
    const json = await run(['report', '--framework', FRAMEWORK, '--live', '--regions', 'eu-west-1', '--format', 'json'], cwd);
    assert.equal(json.code, 1, json.stderr);
    assertEveryControl(JSON.parse(json.stdout) as ReportJson);

    const text = await run(['report', '--framework', FRAMEWORK, '--live', '--regions', 'eu-west-1'], cwd);
    assert.match(text.stdout, /^CIS AWS Foundations Benchmark v3\.0\.0 \(CIS-v3\.0\.0\), from a live scan of 111122223333 in eu-west-1/);
    const lines = text.stdout.split('\n').filter((line) => /^(PASS|FAIL|UNKNOWN|NOT COVERED) /.test(line));
    assert.equal(lines.length, frameworkControls(FRAMEWORK).length);
    const totals = /^(\d+) PASS, (\d+) FAIL, (\d+) UNKNOWN, (\d+) NOT COVERED \((\d+) controls\)$/m.exec(text.stdout);
    assert.ok(totals, text.stdout);
    const [pass, fail, unknown, notCovered, all] = totals.slice(1).map(Number) as [number, number, number, number, number];
    assert.equal(pass + fail + unknown + notCovered, all);
    assert.equal(all, frameworkControls(FRAMEWORK).length);
  });

  it('judges every control from the evaluation store a live scan recorded', async () => {
    const store = join(cwd, 'tosei.db');
    const scan = await run(['scan', 'aws', '--regions', 'eu-west-1', '--framework', FRAMEWORK, '--store', '--store-file', store, '--format', 'json'], cwd);
    assert.match(scan.stderr, /recorded \d+ evaluations/);
    const ran = new Set((JSON.parse(scan.stdout) as { results: { ruleId: string }[] }).results.map((result) => result.ruleId));
    for (const id of ran) assert.ok((builtinRules.find((rule) => rule.meta.id === id)?.meta.frameworks?.[FRAMEWORK] ?? []).length > 0, `${id} ran`);
    const fromStore = await run(['report', '--framework', FRAMEWORK, '--store-file', store, '--format', 'json'], cwd);
    assert.equal(fromStore.code, 1, fromStore.stderr);
    assertEveryControl(JSON.parse(fromStore.stdout) as ReportJson);
  });
});
