import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { main } from '../src/cli/main.js';
import { fingerprintOf } from '../src/report/fingerprint.js';
import { BaselineError, parseBaseline } from '../src/report/baseline.js';
import { writeFixtureDirectory } from '../src/rules/tester.js';

interface JsonReport {
  results: { ruleId: string; status: string; resource: { id: string }; fingerprint: string; suppressed?: { kind: string; reason: string } }[];
  warnings: { file: string; ruleId?: string; message: string }[];
  baseline?: { file: string; matched: number; fixed: number };
}

async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, env: {}, stdoutIsTTY: false, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

async function scanJson(args: string[], cwd: string) {
  const result = await run(['scan', ...args, '--format', 'json'], cwd);
  return { ...result, report: JSON.parse(result.stdout) as JsonReport };
}

// Two S3 findings (no logging, no public access block) and one SQS finding (no TLS-only policy), only S3 logging and SQS TLS rules run.
const RULES = ['--only', 'S3_BUCKET_LOGGING_ENABLED,SQS_QUEUE_SSL_REQUESTS_ONLY'];
const TEMPLATE = 'Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n  Data:\n    Type: AWS::S3::Bucket\n';
const TERRAFORM = 'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n';

describe('--write-baseline and --baseline', () => {
  it('writes today’s findings (exit 0), then a scan with the baseline passes', async () => {
    const cwd = writeFixtureDirectory({ 'infra/app.yaml': TEMPLATE, 'tf/main.tf': TERRAFORM });
    const written = await run(['scan', '.', ...RULES, '--write-baseline', 'tosei-baseline.json'], cwd);
    assert.equal(written.code, 0, written.stderr);
    assert.match(written.stderr, /wrote 3 findings to the baseline tosei-baseline\.json/);
    const baseline = JSON.parse(readFileSync(join(cwd, 'tosei-baseline.json'), 'utf8'));
    assert.equal(baseline.version, 1);
    assert.deepEqual(
      baseline.findings.map((entry: { ruleId: string; file: string; resource: string }) => [entry.file, entry.ruleId, entry.resource]),
      [
        ['infra/app.yaml', 'S3_BUCKET_LOGGING_ENABLED', 'Data'],
        ['infra/app.yaml', 'S3_BUCKET_LOGGING_ENABLED', 'Logs'],
        ['tf', 'S3_BUCKET_LOGGING_ENABLED', 'aws_s3_bucket.b'],
      ],
    );
    for (const entry of baseline.findings) assert.match(entry.fingerprint, /^[0-9a-f]{16}$/);

    const { code, report } = await scanJson(['.', ...RULES, '--baseline', 'tosei-baseline.json'], cwd);
    assert.equal(code, 0);
    assert.deepEqual(report.baseline, { file: 'tosei-baseline.json', matched: 3, fixed: 0 });
    for (const result of report.results.filter((entry) => entry.status === 'NON_COMPLIANT')) {
      assert.deepEqual(result.suppressed, { kind: 'baseline', reason: 'in the baseline tosei-baseline.json' });
    }
    const sarif = JSON.parse((await run(['scan', '.', ...RULES, '--baseline', 'tosei-baseline.json', '--format', 'sarif'], cwd)).stdout);
    const results = sarif.runs[0].results as { partialFingerprints: Record<string, string>; suppressions?: { kind: string }[] }[];
    assert.deepEqual(new Set(results.map((result) => result.partialFingerprints['toseiFinding/v1'])), new Set(baseline.findings.map((entry: { fingerprint: string }) => entry.fingerprint)));
    assert.ok(results.every((result) => result.suppressions?.[0]?.kind === 'external'));
  });

  it('fails on a new finding only, and says so in the text summary', async () => {
    const cwd = writeFixtureDirectory({ 'app.yaml': TEMPLATE });
    assert.equal((await run(['scan', '.', ...RULES, '--write-baseline', 'base.json'], cwd)).code, 0);
    writeFileSync(join(cwd, 'app.yaml'), `${TEMPLATE}  Queue:\n    Type: AWS::SQS::Queue\n`);
    const { code, report } = await scanJson(['.', ...RULES, '--baseline', 'base.json'], cwd);
    assert.equal(code, 1);
    const failing = report.results.filter((result) => result.status === 'NON_COMPLIANT' && !result.suppressed);
    assert.deepEqual(failing.map((result) => [result.ruleId, result.resource.id]), [['SQS_QUEUE_SSL_REQUESTS_ONLY', 'Queue']]);
    const text = await run(['scan', '.', ...RULES, '--baseline', 'base.json'], cwd);
    assert.match(text.stdout, /baseline: 2 accepted, 0 fixed/);
    assert.match(text.stdout, /SQS_QUEUE_SSL_REQUESTS_ONLY/);
  });

  it('keeps matching when lines move and the template is reformatted (YAML to JSON)', async () => {
    const cwd = writeFixtureDirectory({ 'app.yaml': TEMPLATE });
    await run(['scan', '.', ...RULES, '--write-baseline', 'base.json'], cwd);
    const reformatted = JSON.stringify({ Description: 'moved\nlines', Parameters: { P: { Type: 'String' } }, Resources: { Data: { Type: 'AWS::S3::Bucket' }, Logs: { Type: 'AWS::S3::Bucket', Properties: {} } } }, null, 8);
    writeFileSync(join(cwd, 'app.yaml'), reformatted);
    const { code, report } = await scanJson(['.', ...RULES, '--baseline', 'base.json'], cwd);
    assert.equal(code, 0);
    assert.deepEqual(report.baseline, { file: 'base.json', matched: 2, fixed: 0 });
  });

  it('keeps matching when a Terraform block moves to another file of its module', async () => {
    const cwd = writeFixtureDirectory({ 'tf/main.tf': TERRAFORM });
    await run(['scan', 'tf', ...RULES, '--write-baseline', 'base.json'], cwd);
    rmSync(join(cwd, 'tf/main.tf'));
    writeFileSync(join(cwd, 'tf/s3.tf'), `# moved\n\n${TERRAFORM}`);
    const { code, report } = await scanJson(['tf', ...RULES, '--baseline', 'base.json'], cwd);
    assert.equal(code, 0);
    assert.equal(report.baseline?.matched, 1);
  });

  it('reports entries that no longer occur as fixed, but not those of files outside the scan', async () => {
    const cwd = writeFixtureDirectory({ 'a/app.yaml': TEMPLATE, 'b/app.yaml': TEMPLATE });
    await run(['scan', '.', ...RULES, '--write-baseline', 'base.json'], cwd);
    writeFileSync(join(cwd, 'a/app.yaml'), 'Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n');
    rmSync(join(cwd, 'b/app.yaml'));
    writeFileSync(join(cwd, 'b/other.yaml'), 'Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n');
    const { code, report } = await scanJson(['.', ...RULES, '--baseline', 'base.json'], cwd);
    assert.equal(code, 0);
    assert.deepEqual(report.baseline, { file: 'base.json', matched: 1, fixed: 3 });
    assert.deepEqual(report.warnings.map((warning) => [warning.file, warning.ruleId]), Array(3).fill(['base.json', 'S3_BUCKET_LOGGING_ENABLED']));
    assert.match(report.warnings[0]?.message ?? '', /^fixed: Data \(a\/app\.yaml\) is in the baseline but no longer fails/);
    // A scan of a/ alone does not call b/'s entries fixed; a run without the rule does not either.
    assert.equal((await scanJson(['a', ...RULES, '--baseline', 'base.json'], cwd)).report.baseline?.fixed, 1);
    assert.equal((await scanJson(['.', '--only', 'SQS_QUEUE_SSL_REQUESTS_ONLY', '--baseline', 'base.json'], cwd)).report.baseline?.fixed, 0);
  });

  it('refuses a malformed or missing baseline with exit 2, naming the file and the problem', async () => {
    const cwd = writeFixtureDirectory({ 'app.yaml': TEMPLATE, 'broken.json': '{"version": 1, "findings": [', 'wrong.json': '{"version": 1, "findings": [{"ruleId": "X", "file": "a", "resource": "r", "path": [], "fingerprint": "xyz"}]}', 'old.json': '{"version": 7, "findings": []}' });
    const cases: [string, RegExp][] = [
      ['broken.json', /^tosei: baseline broken\.json is not JSON/],
      ['wrong.json', /^tosei: baseline wrong\.json: findings\[0\]\.fingerprint must be 16 lowercase hex digits/],
      ['old.json', /^tosei: baseline old\.json has version 7/],
      ['missing.json', /^tosei: cannot read baseline missing\.json: no such file/],
    ];
    for (const [file, message] of cases) {
      const result = await run(['scan', '.', '--baseline', file], cwd);
      assert.equal(result.code, 2, file);
      assert.equal(result.stdout, '', `${file}: nothing is scanned`);
      assert.match(result.stderr, message);
    }
    assert.throws(() => parseBaseline('[]', 'list.json'), BaselineError);
  });

  it('refuses --baseline with --write-baseline', async () => {
    const cwd = writeFixtureDirectory({ 'app.yaml': TEMPLATE });
    const result = await run(['scan', '.', '--baseline', 'a.json', '--write-baseline', 'b.json'], cwd);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /--baseline and --write-baseline do not go together/);
  });
});

describe('finding fingerprints', () => {
  const logicalId = fc.stringMatching(/^[A-Z][A-Za-z0-9]{0,12}$/);

  it('do not change when a generated template is reformatted', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(logicalId, { minLength: 1, maxLength: 4 }), fc.integer({ min: 2, max: 8 }), fc.integer({ min: 0, max: 5 }), async (ids, indent, blankLines) => {
        const block = `Resources:\n${ids.map((id) => `  ${id}:\n    Type: AWS::S3::Bucket\n`).join('')}`;
        const pad = ' '.repeat(indent);
        const reformatted =
          `${'\n'.repeat(blankLines)}# a comment\nAWSTemplateFormatVersion: "2010-09-09"\nResources:\n` +
          [...ids].reverse().map((id) => `${pad}"${id}": { "Type"  :  'AWS::S3::Bucket' }   # ${id}\n${'\n'.repeat(blankLines)}`).join('');
        const first = await fingerprints(block);
        const second = await fingerprints(reformatted);
        assert.equal(first.length, ids.length);
        assert.deepEqual(second, first);
      }),
      { numRuns: 15 },
    );
  });

  it('are distinct for distinct (rule, file, resource, path)', () => {
    const identity = fc.record({ ruleId: fc.string(), file: fc.string(), resource: fc.string(), path: fc.array(fc.oneof(fc.string(), fc.nat()), { maxLength: 3 }) });
    fc.assert(
      fc.property(identity, identity, (a, b) => {
        fc.pre(JSON.stringify([a.ruleId, a.file, a.resource, a.path]) !== JSON.stringify([b.ruleId, b.file, b.resource, b.path]));
        assert.notEqual(fingerprintOf(a), fingerprintOf(b));
      }),
    );
    assert.notEqual(fingerprintOf({ ruleId: 'R', file: 'a', resource: 'x', path: [0] }), fingerprintOf({ ruleId: 'R', file: 'a', resource: 'x', path: ['0'] }));
  });
});

async function fingerprints(template: string): Promise<string[]> {
  const cwd = writeFixtureDirectory({ 'app.yaml': template });
  const { report } = await scanJson(['app.yaml', '--only', 'S3_BUCKET_LOGGING_ENABLED'], cwd);
  return report.results.map((result) => result.fingerprint).sort();
}
