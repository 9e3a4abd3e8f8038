import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FRAMEWORK_IDS, frameworkControls, frameworkEntries, parseFrameworkId, unknownControls } from '../src/frameworks/index.js';
import { frameworkReport, type Verdict } from '../src/frameworks/compliance.js';
import { builtinRules } from '../src/rules/index.js';
import { main } from '../src/cli/main.js';

async function runCli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd: process.cwd(), env: {}, stdoutIsTTY: false, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

describe('framework ids', () => {
  it('reads the canonical ids and the spellings users type', () => {
    for (const id of FRAMEWORK_IDS) assert.equal(parseFrameworkId(id), id);
    assert.equal(parseFrameworkId('fsbp'), 'FSBP');
    assert.equal(parseFrameworkId('AWS FSBP'), 'FSBP');
    assert.equal(parseFrameworkId('cis-3.0'), 'CIS-v3.0.0');
    assert.equal(parseFrameworkId('CIS v1.4.0'), 'CIS-v1.4.0');
    assert.equal(parseFrameworkId('cis-aws-foundations-v5'), 'CIS-v5.0.0');
    assert.equal(parseFrameworkId('nist-800-53'), 'NIST-800-53-r5');
    assert.equal(parseFrameworkId('pci-dss-3.2.1'), 'PCI-DSS-v3.2.1');
    assert.equal(parseFrameworkId('cis-2.0'), undefined);
    assert.equal(parseFrameworkId('hipaa'), undefined);
  });

  it('lists a rule’s frameworks in the canonical order and drops empty lists', () => {
    assert.deepEqual(frameworkEntries({ 'PCI-DSS-v3.2.1': ['3.4'], FSBP: ['S3.5'], 'CIS-v3.0.0': [] }), [
      ['FSBP', ['S3.5']],
      ['PCI-DSS-v3.2.1', ['3.4']],
    ]);
  });

  it('tosei rules --framework lists exactly the rules mapped to that framework', async () => {
    const result = await runCli(['rules', '--framework', 'CIS-v3.0.0', '--format', 'json']);
    assert.equal(result.code, 0, result.stderr);
    const ids = (JSON.parse(result.stdout) as { id: string }[]).map((rule) => rule.id);
    const expected = builtinRules.filter((rule) => (rule.meta.frameworks?.['CIS-v3.0.0'] ?? []).length > 0).map((rule) => rule.meta.id);
    assert.ok(expected.length > 0);
    assert.deepEqual(ids, expected);
    const unknown = await runCli(['rules', '--framework', 'hipaa']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown framework "hipaa"/);
  });
});

describe('frameworks as data', () => {
  it('lists every control once, with a title; CIS controls say whether they are automated or manual', () => {
    const expected: Record<string, number> = { 'CIS-v1.4.0': 58, 'CIS-v3.0.0': 62, 'CIS-v5.0.0': 63 };
    for (const id of FRAMEWORK_IDS) {
      const controls = frameworkControls(id);
      assert.ok(controls.length > 0, id);
      assert.equal(new Set(controls.map((control) => control.id)).size, controls.length, `${id} has a control twice`);
      for (const control of controls) assert.ok(control.title.trim().length > 0, `${id} ${control.id} has no title`);
      if (id.startsWith('CIS-')) {
        assert.equal(controls.length, expected[id], id);
        for (const control of controls) assert.ok(control.assessment === 'automated' || control.assessment === 'manual', `${id} ${control.id}`);
      }
    }
  });

  it('knows every control a rule names (one source of truth: the rules map, the data lists)', () => {
    assert.deepEqual(unknownControls(builtinRules.map((rule) => rule.meta)), []);
  });

  it('maps a rule to what AWS maps its managed rule to, and nothing more', () => {
    const frameworksOf = (id: string) => builtinRules.find((rule) => rule.meta.id === id)?.meta.frameworks ?? {};
    // Security Hub S3.15 (s3-bucket-default-lock-enabled) relates to NIST 800-53 r5 CP-6(2) only, among these frameworks.
    assert.deepEqual(frameworksOf('S3_BUCKET_DEFAULT_LOCK_ENABLED'), { 'NIST-800-53-r5': ['CP-6(2)'] });
    const recovery = frameworkReport('NIST-800-53-r5', builtinRules.map((rule) => rule.meta), [{ ruleId: 'S3_BUCKET_DEFAULT_LOCK_ENABLED', status: 'NON_COMPLIANT', suppressed: false, message: 'no lock', resource: { type: 'AWS::S3::Bucket', id: 'records' } }], { source: 'test' });
    assert.deepEqual(recovery.controls.find((control) => control.id === 'CP-6(2)')?.findings.map((finding) => finding.resource.id), ['records']);
  });
});

describe('compliance by framework', () => {
  const rules = [
    { id: 'A', frameworks: { 'CIS-v3.0.0': ['1.4', '1.5'] } },
    { id: 'B', frameworks: { 'CIS-v3.0.0': ['1.5', '1.8'] } },
    { id: 'C', frameworks: { 'CIS-v3.0.0': ['1.9'] } },
  ];
  const verdict = (ruleId: string, status: Verdict['status'], id = 'r1', suppressed = false): Verdict => ({ ruleId, status, suppressed, message: `${ruleId} ${status}`, resource: { type: 'AWS::::Account', id } });

  it('gives each control one state and totals that add up to the control count', () => {
    const report = frameworkReport('CIS-v3.0.0', rules, [verdict('A', 'COMPLIANT'), verdict('B', 'NON_COMPLIANT', 'r2'), verdict('B', 'COMPLIANT'), verdict('C', 'NOT_APPLICABLE')], { source: 'test' });
    const state = (id: string) => report.controls.find((control) => control.id === id)?.state;
    assert.equal(state('1.4'), 'PASS');
    assert.equal(state('1.5'), 'FAIL');
    assert.deepEqual(report.controls.find((control) => control.id === '1.5')?.findings.map((finding) => finding.resource.id), ['r2']);
    assert.equal(state('1.8'), 'FAIL');
    assert.equal(state('1.9'), 'UNKNOWN', 'only not applicable: nothing proves the control');
    assert.equal(state('1.1'), 'NOT_COVERED');
    assert.match(report.controls.find((control) => control.id === '1.1')?.reason ?? '', /manual/);
    const { controls, ...states } = report.totals;
    assert.equal(controls, 62);
    assert.equal(Object.values(states).reduce((sum, count) => sum + count, 0), 62);
  });

  it('is UNKNOWN on insufficient data or a rule without verdicts, never PASS; a suppressed failure does not fail', () => {
    const undecided = frameworkReport('CIS-v3.0.0', rules, [verdict('A', 'COMPLIANT'), verdict('B', 'INSUFFICIENT_DATA')], { source: 'test' });
    assert.equal(undecided.controls.find((control) => control.id === '1.5')?.state, 'UNKNOWN');
    const silent = frameworkReport('CIS-v3.0.0', rules, [verdict('A', 'COMPLIANT')], { source: 'test' });
    assert.equal(silent.controls.find((control) => control.id === '1.5')?.state, 'UNKNOWN');
    assert.match(silent.controls.find((control) => control.id === '1.5')?.reason ?? '', /no verdict from B/);
    const suppressed = frameworkReport('CIS-v3.0.0', rules, [verdict('A', 'COMPLIANT'), verdict('A', 'NON_COMPLIANT', 'r2', true)], { source: 'test' });
    assert.equal(suppressed.controls.find((control) => control.id === '1.4')?.state, 'PASS');
  });
});

describe('tosei report --framework --input', () => {
  let directory: string;
  const write = (name: string, value: unknown): string => {
    const file = join(directory, name);
    writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
    return file;
  };
  const result = (ruleId: string, status: string, id: string) => ({ ruleId, status, severity: 'high', message: `${id} is ${status}`, resource: { type: 'AWS::EC2::VPC', id, source: 'cloudformation' }, location: { file: 't.yaml', line: 1, column: 1, path: [] } });
  before(() => {
    directory = mkdtempSync(join(tmpdir(), 'tosei-framework-'));
  });
  after(() => rmSync(directory, { recursive: true, force: true }));

  it('prints every control with its state and totals that add up, in every format', async () => {
    const input = write('report.json', { version: 1, results: [result('VPC_FLOW_LOGS_ENABLED', 'NON_COMPLIANT', 'vpc-dark'), result('VPC_FLOW_LOGS_ENABLED', 'COMPLIANT', 'vpc-lit')] });
    const controls = frameworkControls('CIS-v3.0.0');
    const json = await runCli(['report', '--framework', 'cis-3.0', '--input', input, '--format', 'json']);
    assert.equal(json.code, 1, json.stderr);
    const report = JSON.parse(json.stdout) as { totals: { PASS: number; FAIL: number; UNKNOWN: number; NOT_COVERED: number; controls: number }; controls: { id: string; state: string; findings: { resource: { id: string } }[] }[] };
    assert.deepEqual(report.controls.map((control) => control.id), controls.map((control) => control.id));
    const flowLogs = report.controls.find((control) => control.id === '3.7');
    assert.equal(flowLogs?.state, 'FAIL');
    assert.deepEqual(flowLogs?.findings.map((finding) => finding.resource.id), ['vpc-dark']);
    assert.equal(report.totals.PASS + report.totals.FAIL + report.totals.UNKNOWN + report.totals.NOT_COVERED, controls.length);
    assert.equal(report.totals.controls, controls.length);

    const text = await runCli(['report', '--framework', 'CIS-v3.0.0', '--input', input]);
    assert.match(text.stdout, /^FAIL +3\.7 +Ensure VPC flow logging is enabled in all VPCs \[VPC_FLOW_LOGS_ENABLED\]/m);
    assert.match(text.stdout, /NON_COMPLIANT vpc-dark \(AWS::EC2::VPC\)/);
    assert.match(text.stdout, /^NOT COVERED +1\.1 /m);
    assert.match(text.stdout, new RegExp(`\\(${controls.length} controls\\)\\n$`));
    for (const control of controls) assert.match(text.stdout, new RegExp(`^(PASS|FAIL|UNKNOWN|NOT COVERED) +${control.id.replace(/\./g, '\\.')} `, 'm'));

    const csv = await runCli(['report', '--framework', 'CIS-v3.0.0', '--input', input, '--format', 'csv']);
    const rows = csv.stdout.trimEnd().split('\r\n');
    assert.equal(rows[0], 'framework,control,title,assessment,state,rules,reason,resources');
    assert.equal(rows.length, controls.length + 1);
    assert.ok(rows.some((row) => row.startsWith('CIS-v3.0.0,3.7,') && row.includes(',FAIL,VPC_FLOW_LOGS_ENABLED,') && row.includes('vpc-dark (VPC_FLOW_LOGS_ENABLED)')));

    const markdown = await runCli(['report', '--framework', 'CIS-v3.0.0', '--input', input, '--format', 'markdown']);
    assert.match(markdown.stdout, /^\| 3\.7 \| Ensure VPC flow logging is enabled in all VPCs \| FAIL \| VPC\\_FLOW\\_LOGS\\_ENABLED \|/m);
    assert.match(markdown.stdout, new RegExp(`^\\| Total \\| ${controls.length} \\|$`, 'm'));
  });

  it('refuses a file that is not a Tosei JSON report, or a result it can not read', async () => {
    const notReport = await runCli(['report', '--framework', 'FSBP', '--input', write('other.json', { results: 'no' })]);
    assert.equal(notReport.code, 2);
    assert.match(notReport.stderr, /is not a Tosei JSON report/);
    const badStatus = await runCli(['report', '--framework', 'FSBP', '--input', write('bad.json', { version: 1, results: [result('VPC_FLOW_LOGS_ENABLED', 'GREEN', 'vpc-1')] })]);
    assert.equal(badStatus.code, 2);
    assert.match(badStatus.stderr, /result 1 has no rule, status or resource/);
    const unknown = await runCli(['report', '--framework', 'hipaa', '--input', write('empty.json', { version: 1, results: [] })]);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown framework "hipaa"/);
    const both = await runCli(['report', '--framework', 'FSBP', '--input', 'x.json', '--live']);
    assert.equal(both.code, 2);
  });
});

describe('tosei scan --framework', () => {
  it('runs exactly the rules of the framework', async () => {
    const run = await runCli(['scan', 'examples/cloudformation', '--framework', 'CIS-v5.0.0', '--param', 'S3_BUCKET_LOGGING_ENABLED.targetPrefix=logs/', '--format', 'json', '--soft-fail']);
    assert.equal(run.code, 0, run.stderr);
    const ran = new Set((JSON.parse(run.stdout) as { results: { ruleId: string }[] }).results.map((result) => result.ruleId));
    const framework = new Set(builtinRules.filter((rule) => (rule.meta.frameworks?.['CIS-v5.0.0'] ?? []).length > 0).map((rule) => rule.meta.id));
    assert.ok(ran.size > 0);
    for (const id of ran) assert.ok(framework.has(id), `${id} is not a CIS v5.0.0 rule`);
    const conflict = await runCli(['scan', 'examples', '--framework', 'FSBP', '--rules-set', 'all']);
    assert.equal(conflict.code, 2);
    assert.match(conflict.stderr, /--framework and --rules-set do not go together/);
  });
});
