import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.js';
import { renderRuleDoc } from '../src/docs/rule-docs.js';
import { builtinRules } from '../src/rules/index.js';
import { writeFixtureDirectory } from '../src/rules/tester.js';
import { VERSION } from '../src/version.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

interface JsonReport {
  version: number;
  tool: { name: string; version: string };
  results: { ruleId: string; status: string; resource: { id: string }; location: { file: string; line?: number }; suppressed?: { reason: string } }[];
  errors: { file: string; line?: number; message: string }[];
  warnings: { file: string; message: string }[];
  summary: Record<string, unknown>;
}

async function run(args: string[], cwd = ROOT, env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, env, stdoutIsTTY: false, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

async function scanJson(args: string[], cwd = ROOT) {
  const result = await run(['scan', ...args, '--format', 'json'], cwd);
  return { ...result, report: JSON.parse(result.stdout) as JsonReport };
}

function workspace(files: Record<string, string>): string {
  return writeFixtureDirectory(files, 'tosei-cli-');
}

const BARE_BUCKET = 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n';

describe('tosei scan', () => {
  it('scans the bundled examples: violations exit 1, suppressions are honoured', async () => {
    const { code, report } = await scanJson(['examples']);
    assert.equal(code, 1);
    assert.equal(report.version, 1);
    assert.deepEqual(report.tool, { name: 'tosei', version: VERSION });
    assert.deepEqual(report.errors, []);
    const find = (ruleId: string, id: string) => report.results.find((result) => result.ruleId === ruleId && result.resource.id === id);
    assert.equal(find('S3_BUCKET_LOGGING_ENABLED', 'ScratchBucket')?.status, 'NON_COMPLIANT');
    assert.equal(find('S3_BUCKET_LOGGING_ENABLED', 'DataBucket')?.status, 'COMPLIANT');
    const uploads = find('S3_BUCKET_LOGGING_ENABLED', 'Uploads');
    assert.equal(uploads?.status, 'NON_COMPLIANT');
    assert.match(uploads?.suppressed?.reason ?? '', /CloudTrail/);
    assert.equal(find('S3_BUCKET_LOGGING_ENABLED', 'ScratchBucket')?.location.file, 'examples/cloudformation/storage.yaml');
  });

  it('reports an unreadable file with its line and goes on with the others (exit 2)', async () => {
    const directory = workspace({ 'good.yaml': BARE_BUCKET, 'bad.yaml': 'Resources:\n  Bucket:\n    Type: [AWS::S3::Bucket\n' });
    const { code, report } = await scanJson(['.'], directory);
    assert.equal(code, 2);
    assert.equal(report.errors.length, 1);
    assert.equal(report.errors[0]?.file, 'bad.yaml');
    assert.ok((report.errors[0]?.line ?? 0) >= 3);
    assert.ok(report.results.some((result) => result.location.file === 'good.yaml'));
  });

  it('ignores non-templates in directories but not when named', async () => {
    const directory = workspace({ 'template.yaml': BARE_BUCKET, 'docker-compose.yml': 'services:\n  web: { image: nginx }\n', 'package.json': '{"name": "x"}' });
    const walked = await scanJson(['.'], directory);
    assert.deepEqual(walked.report.errors, []);
    const named = await scanJson(['docker-compose.yml'], directory);
    assert.equal(named.code, 2);
    assert.match(named.report.errors[0]?.message ?? '', /not a CloudFormation template/);
    const missing = await scanJson(['nope.yaml'], directory);
    assert.equal(missing.code, 2);
    assert.match(missing.report.errors[0]?.message ?? '', /no such file/);
  });

  it('selects rules with --only and --skip, sets parameters with --param', async () => {
    const directory = workspace({ 't.yaml': 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      LoggingConfiguration: { DestinationBucketName: other }\n' });
    const only = await scanJson(['.', '--only', 'S3_BUCKET_LOGGING_ENABLED'], directory);
    assert.deepEqual([...new Set(only.report.results.map((result) => result.ruleId))], ['S3_BUCKET_LOGGING_ENABLED']);
    assert.equal(only.report.results[0]?.status, 'COMPLIANT');
    const param = await scanJson(['.', '--only', 'S3_BUCKET_LOGGING_ENABLED', '--param', 'S3_BUCKET_LOGGING_ENABLED.targetBucket=central'], directory);
    assert.equal(param.report.results[0]?.status, 'NON_COMPLIANT');
    const skipped = await scanJson(['.', '--skip', 'S3_BUCKET_LOGGING_ENABLED'], directory);
    assert.ok(!skipped.report.results.some((result) => result.ruleId === 'S3_BUCKET_LOGGING_ENABLED'));
  });

  it('refuses bad usage with exit 2 and a clear message', async () => {
    for (const args of [
      ['scan'],
      ['scan', '.', '--only', 'NO_SUCH_RULE'],
      ['scan', '.', '--param', 'S3_BUCKET_LOGGING_ENABLED.nope=1'],
      ['scan', '.', '--param', 'garbage'],
      ['scan', '.', '--format', 'xml'],
      ['scan', '.', '--severity-threshold', 'huge'],
      ['scan', '.', '--bogus'],
      ['frobnicate'],
    ]) {
      const { code, stderr } = await run(args);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, /^tosei: \S/, args.join(' '));
    }
  });

  it('applies .tosei.yml: rules off, severity, parameters, exceptions with reasons and expiry', async () => {
    const directory = workspace({
      't.yaml': 'Resources:\n  LogsBucket:\n    Type: AWS::S3::Bucket\n  DataBucket:\n    Type: AWS::S3::Bucket\n  OldBucket:\n    Type: AWS::S3::Bucket\n',
      '.tosei.yml': [
        'rules:',
        '  S3_BUCKET_LOGGING_ENABLED: { severity: critical }',
        'exceptions:',
        '  - { rule: S3_BUCKET_LOGGING_ENABLED, resource: "Logs*", reason: "the log bucket cannot log to itself" }',
        '  - { rule: S3_BUCKET_LOGGING_ENABLED, resource: "Old*", reason: "legacy", expires: 2020-01-01 }',
        '  - { rule: S3_BUCKET_LOGGING_ENABLED, resource: "Data*" }',
        '  - { rule: S3_BUCKET_LOGGING_ENABLED, resource: "Nothing*", reason: "stale" }',
        '',
      ].join('\n'),
    });
    const { report } = await scanJson(['t.yaml', '--only', 'S3_BUCKET_LOGGING_ENABLED'], directory);
    const byId = new Map(report.results.map((result) => [result.resource.id, result]));
    assert.equal(byId.get('LogsBucket')?.suppressed?.reason, 'the log bucket cannot log to itself');
    assert.equal(byId.get('OldBucket')?.suppressed, undefined, 'an expired exception does not apply');
    assert.ok(byId.get('DataBucket')?.suppressed, 'an exception without a reason still applies, with a warning');
    const warnings = report.warnings.map((warning) => warning.message).join('\n');
    assert.match(warnings, /expired on 2020-01-01/);
    assert.match(warnings, /"Data\*" has no reason/);
    assert.match(warnings, /"Nothing\*" matched nothing/);
    const off = workspace({ 't.yaml': BARE_BUCKET, '.tosei.yml': 'rules:\n  S3_BUCKET_LOGGING_ENABLED: off\n' });
    const offReport = await scanJson(['.'], off);
    assert.ok(!offReport.report.results.some((result) => result.ruleId === 'S3_BUCKET_LOGGING_ENABLED'));
  });

  it('reports a bad config file with its line', async () => {
    const directory = workspace({ 't.yaml': BARE_BUCKET, '.tosei.yml': 'rules:\n  S3_BUCKET_LOGGING_ENABLED: off\n  NOT_A_RULE: off\n' });
    const { code, stderr } = await run(['scan', '.'], directory);
    assert.equal(code, 2);
    assert.match(stderr, /\.tosei\.yml:3: unknown rule "NOT_A_RULE"/);
  });

  it('reports unused and reasonless metadata suppressions', async () => {
    const directory = workspace({
      't.yaml': [
        'Resources:',
        '  Bucket:',
        '    Type: AWS::S3::Bucket',
        '    Metadata:',
        '      tosei: { skip: [{ id: S3_BUCKET_LOGGING_ENABLED }] }',
        '  Logged:',
        '    Type: AWS::S3::Bucket',
        '    Metadata:',
        '      tosei: { skip: [{ id: S3_BUCKET_LOGGING_ENABLED, reason: "not needed" }] }',
        '      guard: { SuppressedRules: [SOME_GUARD_RULE] }',
        '    Properties: { LoggingConfiguration: { DestinationBucketName: logs } }',
        '',
      ].join('\n'),
    });
    const { report } = await scanJson(['.', '--only', 'S3_BUCKET_LOGGING_ENABLED'], directory);
    const warnings = report.warnings.map((warning) => warning.message).join('\n');
    assert.match(warnings, /suppression of S3_BUCKET_LOGGING_ENABLED on Bucket has no reason/);
    assert.match(warnings, /suppression of S3_BUCKET_LOGGING_ENABLED on Logged is unused/);
    assert.ok(report.results.find((result) => result.resource.id === 'Bucket')?.suppressed);
  });

  it('takes template parameters from a file in either form, and the pseudo parameters', async () => {
    const template = 'Parameters:\n  Logs: { Type: String }\nResources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      LoggingConfiguration: { DestinationBucketName: !Ref Logs, LogFilePrefix: !Sub "${AWS::Region}/" }\n';
    const directory = workspace({
      't.yaml': template,
      'list.json': '[{"ParameterKey": "Logs", "ParameterValue": "central"}]',
      'object.json': '{"Logs": "central"}',
    });
    const args = ['t.yaml', '--only', 'S3_BUCKET_LOGGING_ENABLED', '--param', 'S3_BUCKET_LOGGING_ENABLED.targetBucket=central', '--param', 'S3_BUCKET_LOGGING_ENABLED.targetPrefix=eu-west-1/'];
    assert.equal((await scanJson(args, directory)).report.results[0]?.status, 'INSUFFICIENT_DATA');
    for (const file of ['list.json', 'object.json']) {
      const { report } = await scanJson([...args, '--parameters', file, '--region', 'eu-west-1'], directory);
      assert.equal(report.results[0]?.status, 'COMPLIANT', file);
    }
  });

  it('honours --severity-threshold and --soft-fail', async () => {
    const directory = workspace({ 't.yaml': BARE_BUCKET });
    const args = ['scan', '.', '--only', 'S3_BUCKET_LOGGING_ENABLED'];
    assert.equal((await run(args, directory)).code, 1);
    assert.equal((await run([...args, '--severity-threshold', 'critical'], directory)).code, 0);
    assert.equal((await run([...args, '--soft-fail'], directory)).code, 0);
  });

  it('writes the report to --output', async () => {
    const directory = workspace({ 't.yaml': BARE_BUCKET });
    const { stdout } = await run(['scan', '.', '--format', 'sarif', '--output', 'out.sarif'], directory);
    assert.equal(stdout, '');
    assert.equal(JSON.parse(readFileSync(join(directory, 'out.sarif'), 'utf8')).version, '2.1.0');
  });
});

describe('tosei scan on Terraform', () => {
  it('finds HCL directories and plan JSON beside templates, in one report', async () => {
    const { code, report } = await scanJson(['examples']);
    assert.equal(code, 1);
    const files = new Set(report.results.map((result) => result.location.file));
    assert.ok(files.has('examples/terraform/main.tf'));
    assert.ok(files.has('examples/terraform/modules/private-bucket/main.tf'));
    assert.ok(files.has('examples/terraform-plan/tfplan.json'));
    const ssh = report.results.find((result) => result.ruleId === 'INCOMING_SSH_DISABLED' && result.resource.id === 'aws_security_group.admin');
    assert.equal(ssh?.status, 'NON_COMPLIANT');
    const moduleBucket = report.results.find((result) => result.ruleId === 'S3_BUCKET_LOGGING_ENABLED' && result.resource.id === 'module.data_bucket.aws_s3_bucket.this');
    assert.match(moduleBucket?.suppressed?.reason ?? '', /CloudTrail/);
  });

  it('takes --var and --var-file for HCL variables', async () => {
    const directory = workspace({
      'main.tf': 'variable "cidr" {}\nresource "aws_security_group" "sg" {\n  ingress {\n    from_port = 22\n    to_port = 22\n    protocol = "tcp"\n    cidr_blocks = [var.cidr]\n  }\n}\n',
      'prod.tfvars': 'cidr = "10.0.0.0/8"\n',
    });
    const args = ['.', '--only', 'INCOMING_SSH_DISABLED'];
    assert.equal((await scanJson(args, directory)).report.results[0]?.status, 'INSUFFICIENT_DATA');
    assert.equal((await scanJson([...args, '--var', 'cidr=0.0.0.0/0'], directory)).report.results[0]?.status, 'NON_COMPLIANT');
    assert.equal((await scanJson([...args, '--var-file', 'prod.tfvars'], directory)).report.results[0]?.status, 'COMPLIANT');
  });

  it('reports invalid HCL with file and line, exit 2', async () => {
    const directory = workspace({ 'main.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = \n}\n' });
    const { code, report } = await scanJson(['.'], directory);
    assert.equal(code, 2);
    assert.equal(report.errors[0]?.file, 'main.tf');
    assert.equal(report.errors[0]?.line, 2);
  });
});

describe('tosei rules', () => {
  it('lists every rule, as text and JSON', async () => {
    const text = await run(['rules']);
    assert.equal(text.code, 0);
    for (const rule of builtinRules) assert.ok(text.stdout.includes(rule.meta.id));
    const json = JSON.parse((await run(['rules', '--format', 'json'])).stdout) as { id: string }[];
    assert.deepEqual(json.map((rule) => rule.id), builtinRules.map((rule) => rule.meta.id));
  });

  it('writes one page per rule, and the committed docs are up to date', async () => {
    const directory = writeFixtureDirectory({}, 'tosei-docs-');
    assert.equal((await run(['rules', 'docs', 'out'], directory)).code, 0);
    const pages = readdirSync(join(directory, 'out')).sort();
    assert.deepEqual(pages, [...builtinRules.map((rule) => `${rule.meta.id}.md`), 'README.md'].sort());
    for (const rule of builtinRules) {
      const committed = readFileSync(join(ROOT, 'docs', 'rules', `${rule.meta.id}.md`), 'utf8');
      assert.equal(committed, renderRuleDoc(rule), `docs/rules/${rule.meta.id}.md is stale: run \`npm run docs\``);
    }
  });
});

describe('the tosei binary', () => {
  it('keeps the version in step with package.json', () => {
    assert.equal(VERSION, JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('runs from the built bundle as a real process', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'tosei.js'), 'scan', 'examples', '--format', 'json'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(result.status, 1, result.stderr);
    assert.ok((JSON.parse(result.stdout) as JsonReport).results.length > 0);
  });
});
