import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { main } from '../src/cli/main.js';
import { builtinRules } from '../src/rules/index.js';
import { writeFixtureDirectory } from '../src/rules/tester.js';
import { PEER_RULES, peerRule } from '../src/suppressions/peer-rules.js';

interface JsonReport {
  results: { ruleId: string; status: string; resource: { id: string }; suppressed?: { kind: string; reason: string } }[];
  warnings: { message: string }[];
}

async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, env: {}, stdoutIsTTY: false, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

async function scan(cwd: string, path: string, only: string, extra: string[] = []) {
  const result = await run(['scan', path, '--only', only, '--format', 'json', ...extra], cwd);
  return { ...result, report: JSON.parse(result.stdout) as JsonReport };
}

function suppressions(report: JsonReport): Record<string, string | undefined> {
  return Object.fromEntries(report.results.filter((result) => result.status === 'NON_COMPLIANT').map((result) => [result.resource.id, result.suppressed && `${result.suppressed.kind}: ${result.suppressed.reason}`]));
}

const TEMPLATE = `Resources:
  NagSkipped:
    Type: AWS::S3::Bucket
    Metadata:
      cfn_nag:
        rules_to_suppress:
          - id: W35
            reason: the access-log bucket cannot log to itself
  CheckovSkipped:
    Type: AWS::S3::Bucket
    Metadata:
      checkov:
        skip:
          - id: CKV_AWS_18
            comment: logs go to CloudTrail data events
  LintIgnored:
    Type: AWS::S3::Bucket
    Metadata:
      cfn-lint:
        config:
          ignore_checks: [W3045]
  OtherCheckSkipped:
    Type: AWS::S3::Bucket
    Metadata:
      cfn_nag:
        rules_to_suppress:
          - id: W51
            reason: a bucket policy question, not logging
  NoReason:
    Type: AWS::S3::Bucket
    Metadata:
      cfn_nag:
        rules_to_suppress:
          - id: W35
`;

describe('suppressions written for other scanners', () => {
  it('honours cfn_nag and checkov metadata that maps to the rule, with the peer and its reason', async () => {
    const cwd = writeFixtureDirectory({ 'app.yaml': TEMPLATE });
    const { code, report } = await scan(cwd, 'app.yaml', 'S3_BUCKET_LOGGING_ENABLED');
    assert.equal(code, 1);
    assert.deepEqual(suppressions(report), {
      NagSkipped: 'foreign: suppressed by cfn_nag W35: the access-log bucket cannot log to itself',
      CheckovSkipped: 'foreign: suppressed by checkov CKV_AWS_18: logs go to CloudTrail data events',
      LintIgnored: undefined,
      OtherCheckSkipped: undefined,
      NoReason: 'foreign: suppressed by cfn_nag W35 (no reason given)',
    });
    // A skip for a check of another control suppresses nothing and is not reported as an unused Tosei skip.
    assert.deepEqual(report.warnings, []);
    const sarif = JSON.parse((await run(['scan', 'app.yaml', '--only', 'S3_BUCKET_LOGGING_ENABLED', '--format', 'sarif'], cwd)).stdout);
    const kinds = sarif.runs[0].results.filter((result: { suppressions?: unknown }) => result.suppressions).map((result: { suppressions: { kind: string }[] }) => result.suppressions[0]?.kind);
    assert.deepEqual(kinds, ['inSource', 'inSource', 'inSource']);
  });

  it('maps one peer id to every Tosei rule of the same control', async () => {
    const cwd = writeFixtureDirectory({
      'db.yaml': `Resources:
  Database:
    Type: AWS::RDS::DBInstance
    Metadata:
      cfn_nag:
        rules_to_suppress: [{ id: F26, reason: test data only }]
    Properties: { Engine: mysql, DBInstanceClass: db.t3.micro, AllocatedStorage: "20", MasterUsername: admin1, MasterUserPassword: "{{resolve:secretsmanager:db}}" }
`,
    });
    const { report } = await scan(cwd, 'db.yaml', 'RDS_STORAGE_ENCRYPTED');
    assert.equal(suppressions(report).Database, 'foreign: suppressed by cfn_nag F26: test data only');
  });

  it('honours #checkov:skip, #tfsec:ignore and #trivy:ignore comments in Terraform', async () => {
    const cwd = writeFixtureDirectory({
      'tf/main.tf': `#checkov:skip=CKV_AWS_18:logs go to CloudTrail
resource "aws_s3_bucket" "checkov" {
  bucket = "a"
}

resource "aws_s3_bucket" "tfsec" {
  #tfsec:ignore:aws-s3-enable-bucket-logging
  bucket = "b"
}

#trivy:ignore:AVD-AWS-0089
resource "aws_s3_bucket" "trivy" {
  bucket = "c"
}

# tfsec:ignore:AVD-AWS-0089 (tfsec reads trivy's ids too)
resource "aws_s3_bucket" "tfsec_avd" {
  bucket = "d"
}

#checkov:skip=CKV_AWS_19:another control
resource "aws_s3_bucket" "plain" {
  bucket = "e"
}
`,
    });
    const { report } = await scan(cwd, 'tf', 'S3_BUCKET_LOGGING_ENABLED');
    assert.deepEqual(suppressions(report), {
      'aws_s3_bucket.checkov': 'foreign: suppressed by checkov CKV_AWS_18: logs go to CloudTrail',
      'aws_s3_bucket.tfsec': 'foreign: suppressed by tfsec aws-s3-enable-bucket-logging (no reason given)',
      'aws_s3_bucket.trivy': 'foreign: suppressed by trivy AVD-AWS-0089 (no reason given)',
      'aws_s3_bucket.tfsec_avd': 'foreign: suppressed by tfsec AVD-AWS-0089 (no reason given)',
      'aws_s3_bucket.plain': undefined,
    });
  });

  it('--ignore-foreign-suppressions turns them off', async () => {
    const cwd = writeFixtureDirectory({ 'app.yaml': TEMPLATE, 'tf/main.tf': '#trivy:ignore:AVD-AWS-0089\nresource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n' });
    for (const path of ['app.yaml', 'tf']) {
      const { report } = await scan(cwd, path, 'S3_BUCKET_LOGGING_ENABLED', ['--ignore-foreign-suppressions']);
      assert.ok(report.results.length > 0);
      assert.ok(report.results.every((result) => result.suppressed === undefined), path);
    }
  });
});

describe('the suppression map', () => {
  it('maps only to rules that exist, each peer id once', () => {
    const ids = new Set(builtinRules.map((rule) => rule.meta.id));
    const seen = new Set<string>();
    for (const entry of PEER_RULES) {
      for (const id of entry.tosei) assert.ok(ids.has(id), `${entry.tool} ${entry.id} maps to ${id}, which is not a rule`);
      for (const id of [entry.id, ...(entry.aliases ?? [])]) {
        const key = `${entry.tool}:${id.toLowerCase()}`;
        assert.ok(!seen.has(key), `${key} twice`);
        seen.add(key);
      }
      assert.ok(entry.title.length > 0);
    }
    assert.equal(peerRule('tfsec', 'aws-s3-enable-bucket-logging')?.id, 'AVD-AWS-0089');
    assert.equal(peerRule('trivy', 'avd-aws-0089')?.id, 'AVD-AWS-0089');
    assert.equal(peerRule('cfn_nag', 'W9999'), undefined);
  });

  it('is printed by tosei rules --suppression-map, with the unmapped ids', async () => {
    const text = await run(['rules', '--suppression-map'], process.cwd());
    assert.equal(text.code, 0);
    assert.match(text.stdout, /^TOOL\s+ID\s+TOSEI RULES\s+TITLE\n/);
    assert.match(text.stdout, /cfn_nag\s+W35\s+S3_BUCKET_LOGGING_ENABLED\s+S3 Bucket should have access logging configured/);
    assert.match(text.stdout, /trivy\s+AVD-AWS-0089 \/ aws-s3-enable-bucket-logging\s+S3_BUCKET_LOGGING_ENABLED/);
    assert.match(text.stdout, /Unmapped:\n(.*\n)* {2}cdk-nag AwsSolutions-SQS3: The SQS queue does not have a dead-letter queue \(DLQ\) enabled\n/);
    assert.match(text.stdout, / {2}cfn-lint: every id/);
    const json = JSON.parse((await run(['rules', '--suppression-map', '--format', 'json'], process.cwd())).stdout);
    assert.ok(json.mapped.some((entry: { tool: string; id: string; tosei: string[] }) => entry.tool === 'checkov' && entry.id === 'CKV_AWS_18' && entry.tosei.includes('S3_BUCKET_LOGGING_ENABLED')));
    assert.ok(json.unmapped.every((entry: { tosei: string[] }) => entry.tosei.length === 0));
    assert.ok('cfn-lint' in json.unmappedTools);
    assert.equal((await run(['rules', '--suppression-map', '--format', 'xml'], process.cwd())).code, 2);
  });
});
