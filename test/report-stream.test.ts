// `tosei scan --format json|sarif` writes its report while the scan goes: the text is byte for
// byte the report the formatter makes of the whole run (here: the same run's `--report`, which is
// formatted whole), to stdout and to --output, with findings, read errors, suppressions and keys.
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Evaluation } from '../src/model/evaluation.js';
import { formatJson, JsonReportWriter } from '../src/report/formatters/json.js';
import { formatSarif, SarifReportWriter } from '../src/report/formatters/sarif.js';
import type { ScanReport } from '../src/report/types.js';
import { context, report } from './fixtures/report/report.js';
import { tosei, workspace } from './support/cli.js';

const TEMPLATE = `Resources:
  Queue:
    Type: AWS::SQS::Queue
  Bucket:
    Type: AWS::S3::Bucket
    Metadata:
      tosei:
        skip: [{ id: S3_BUCKET_LOGGING_ENABLED, reason: "logs go elsewhere" }]
  Topic:
    Type: AWS::SNS::Topic
    Properties:
      KmsMasterKeyId: alias/topics
`;

const SNAPSHOT = JSON.stringify({
  fileVersion: '1.0',
  configurationItems: [
    {
      configurationItemStatus: 'OK',
      resourceType: 'AWS::SQS::Queue',
      resourceId: 'https://sqs.us-east-1.amazonaws.com/123456789012/orders',
      resourceName: 'orders',
      ARN: 'arn:aws:sqs:us-east-1:123456789012:orders',
      awsRegion: 'us-east-1',
      awsAccountId: '123456789012',
      configuration: { QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/orders' },
      supplementaryConfiguration: {},
      relationships: [],
      tags: {},
    },
  ],
});

function files(): string {
  const dir = workspace({ 'stack.yaml': TEMPLATE, 'broken.yaml': 'Resources:\n  Queue: [\n', 'snapshot.json': SNAPSHOT });
  mkdirSync(join(dir, 'tmp'));
  return dir;
}

/** Results the direct layout must write as JSON.stringify does: every optional field, odd text, numbers in paths, values of unexpected types. */
function oddEvaluations(): Evaluation[] {
  const base = report.evaluations[0] as Evaluation;
  const odd = (changes: Partial<Evaluation>, resource: Partial<Evaluation['resource']> = {}, location: Partial<Evaluation['location']> = {}): Evaluation => ({
    ...base,
    ...changes,
    resource: { ...base.resource, ...resource },
    location: { ...base.location, ...location },
  });
  return [
    odd({ message: 'quote " backslash \\ newline \n tab \t control \u0001 emoji 🔒 lone \ud800' }, { address: 'module.a["k"].aws_s3_bucket.b', arn: 'arn:aws:s3:::b', key: 'k', constructPath: 'App/B' }, { path: ['Properties', 0, 'Rules', 12] }),
    odd({ suppressed: { kind: 'config', reason: 'accepted "risk"' } }, {}, { line: undefined, column: undefined, path: [] }),
    odd({ suppressed: { kind: 'metadata', reason: undefined as unknown as string } }, {}, { line: Number.NaN }),
    odd({ message: undefined as unknown as string }, { arn: 42 as unknown as string }, { path: ['a', undefined as unknown as string] }),
  ];
}

describe('report writers: the pieces make the whole report', () => {
  const sample: ScanReport = { ...report, evaluations: [...report.evaluations, ...oddEvaluations()] };
  const ctx = context();

  it('json', () => {
    const writer = new JsonReportWriter(ctx);
    const pieces = [writer.head(sample.tool), ...sample.evaluations.map((evaluation) => writer.result(evaluation)), writer.tail({ ...sample, evaluations: [] })];
    assert.equal(pieces.join(''), formatJson(sample, ctx));
  });

  it('sarif, with results and without', () => {
    for (const one of [sample, { ...sample, evaluations: [] }]) {
      const writer = new SarifReportWriter(one.rules, ctx);
      const results = one.evaluations.map((evaluation) => writer.result(evaluation)).join('');
      assert.equal(writer.head(one) + results + writer.tail(one), formatSarif(one, ctx));
    }
  });
});

describe('scan --format json|sarif, written while the scan goes', () => {
  for (const format of ['json', 'sarif']) {
    it(`${format}: the same bytes as the report formatted whole, on stdout and in --output`, async () => {
      const dir = files();
      const env = { TMPDIR: join(dir, 'tmp') };
      const args = ['scan', 'stack.yaml', 'broken.yaml', 'snapshot.json', '--rules-set', 'all', '--stack-name', 'shop'];
      const whole = await tosei([...args, '--format', 'text', '--report', `${format}=whole.${format}`], { cwd: dir, env });
      const streamed = await tosei([...args, '--format', format], { cwd: dir, env });
      const toFile = await tosei([...args, '--format', format, '--output', `out/streamed.${format}`], { cwd: dir, env });
      const expected = readFileSync(join(dir, `whole.${format}`), 'utf8');
      assert.equal(whole.code, 2, whole.stderr);
      assert.equal(streamed.code, 2, streamed.stderr);
      assert.equal(toFile.code, 2, toFile.stderr);
      assert.equal(streamed.stdout, expected);
      assert.equal(readFileSync(join(dir, 'out', `streamed.${format}`), 'utf8'), expected);
      // The report has what the comparison is about: results, a suppression, keys, a read error.
      assert.match(expected, /NON_COMPLIANT/);
      assert.match(expected, /logs go elsewhere/);
      if (format === 'json') assert.match(expected, /cloudformation:shop\/Queue/); // SARIF names no keys
      assert.match(expected, /broken\.yaml/);
      assert.deepEqual(readdirSync(join(dir, 'tmp')), [], 'no temporary results left behind');
    });
  }

  it('exits as the whole report does: 1 for failing findings, 0 with --soft-fail, 0 when all pass', async () => {
    const dir = files();
    for (const format of ['json', 'sarif']) {
      assert.equal((await tosei(['scan', 'stack.yaml', '--format', format], { cwd: dir })).code, 1);
      assert.equal((await tosei(['scan', 'stack.yaml', '--format', format, '--soft-fail'], { cwd: dir })).code, 0);
      assert.equal((await tosei(['scan', 'stack.yaml', '--format', format, '--only', 'SNS_ENCRYPTED_KMS'], { cwd: dir })).code, 0);
    }
  });

  it('a report that can not be written is an error naming the file, exit 2', async () => {
    const dir = files();
    const run = await tosei(['scan', 'stack.yaml', '--format', 'json', '--output', '/dev/full']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /cannot write the report to \/dev\/full: no space left/);
    assert.equal((await tosei(['scan', 'stack.yaml', '--format', 'sarif', '--output', '/dev/full'], { cwd: dir })).code, 2);
  });
});
