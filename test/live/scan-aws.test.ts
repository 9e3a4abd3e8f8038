import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, it } from 'node:test';
import { main } from '../../src/cli/main.js';
import { type FakeAws, fakeAwsForSuite } from '../support/fake-aws.js';
import { installFakeAccount, regionOf } from '../support/live-account.js';

const ACCOUNT = '111122223333';

interface JsonReport {
  results: { ruleId: string; status: string; resource: { id: string; arn?: string }; location: { file: string } }[];
  errors: { file: string; message: string }[];
}

async function run(args: string[], cwd: string, options: { env?: Record<string, string>; tty?: boolean } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, env: options.env ?? {}, stdoutIsTTY: false, stderrIsTTY: options.tty ?? false, progressDelayMs: 0, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

describe('tosei scan aws (against the fake AWS wire protocols)', () => {
  let fake: FakeAws;
  let cwd: string;
  fakeAwsForSuite('eu-west-1', 'tosei-scan-aws-', (started) => ({ fake, cwd } = started));
  beforeEach(() => {
    fake.requests.length = 0;
    installFakeAccount(fake, {
      regions: {
        'eu-west-1': { vpcs: [{ id: 'vpc-logged' }, { id: 'vpc-dark' }], flowLogs: [{ id: 'fl-1', resourceId: 'vpc-logged' }] },
        'us-east-1': { vpcs: [{ id: 'vpc-us' }] },
      },
    });
  });

  it('reports a VPC without flow logs NON_COMPLIANT and one with them COMPLIANT, with ARNs, exit 1', async () => {
    const { code, stdout, stderr } = await run(['scan', 'aws', '--regions', 'eu-west-1', '--only', 'VPC_FLOW_LOGS_ENABLED', '--format', 'json'], cwd);
    assert.equal(stderr, '');
    const report = JSON.parse(stdout) as JsonReport;
    assert.deepEqual(report.errors, []);
    assert.deepEqual(
      report.results.map((result) => [result.resource.id, result.status, result.resource.arn, result.location.file]).sort(),
      [
        ['vpc-dark', 'NON_COMPLIANT', `arn:aws:ec2:eu-west-1:${ACCOUNT}:vpc/vpc-dark`, `aws://${ACCOUNT}/eu-west-1`],
        ['vpc-logged', 'COMPLIANT', `arn:aws:ec2:eu-west-1:${ACCOUNT}:vpc/vpc-logged`, `aws://${ACCOUNT}/eu-west-1`],
      ],
    );
    assert.equal(code, 1);
    // Only what the selected rule needs was read: VPCs and flow logs.
    assert.deepEqual([...new Set(fake.requests.map((request) => request.operation))].sort(), ['DescribeFlowLogs', 'DescribeVpcs', 'GetCallerIdentity']);
  });

  it('a denied region gives partial results, the problem in the report and exit 2', async () => {
    installFakeAccount(fake, {
      regions: { 'eu-west-1': { vpcs: [{ id: 'vpc-logged' }], flowLogs: [{ id: 'fl-1', resourceId: 'vpc-logged' }] } },
      override: (region, request) => (region === 'us-east-1' && request.service === 'ec2' ? { error: { code: 'UnauthorizedOperation', message: 'You are not authorized to perform this operation.', status: 403 } } : undefined),
    });
    const { code, stdout } = await run(['scan', 'aws', '--regions', 'eu-west-1,us-east-1', '--only', 'VPC_FLOW_LOGS_ENABLED', '--format', 'json'], cwd);
    const report = JSON.parse(stdout) as JsonReport;
    assert.deepEqual(report.results.map((result) => [result.resource.id, result.status]), [['vpc-logged', 'COMPLIANT']]);
    assert.deepEqual(report.errors.map((error) => error.message).sort(), [
      'region us-east-1, type AWS::EC2::FlowLog: access denied (UnauthorizedOperation)',
      'region us-east-1, type AWS::EC2::VPC: access denied (UnauthorizedOperation)',
    ]);
    assert.equal(code, 2);
  });

  it('assumes each --role-arn with STS and scans as that role', async () => {
    fake.on('sts', 'AssumeRole', (request) => ({
      result: {
        Credentials: { AccessKeyId: `ASIA${request.params.RoleArn?.split(':')[4]}`, SecretAccessKey: 'assumed-secret', SessionToken: 'assumed-token', Expiration: '2099-01-01T00:00:00Z' },
        AssumedRoleUser: { Arn: `${request.params.RoleArn}/tosei`, AssumedRoleId: 'AROA:tosei' },
      },
    }));
    const roles = ['arn:aws:iam::111122223333:role/audit', 'arn:aws:iam::444455556666:role/audit'];
    const { stdout } = await run(['scan', 'aws', '--regions', 'eu-west-1', '--role-arn', roles[0] as string, '--role-arn', roles[1] as string, '--only', 'VPC_FLOW_LOGS_ENABLED', '--format', 'json'], cwd);
    assert.deepEqual(fake.calls('AssumeRole', 'sts').map((request) => request.params.RoleArn), roles);
    // The reads are signed with the assumed credentials, not the base ones.
    const keys = new Set(fake.calls('DescribeVpcs', 'ec2').map((request) => /Credential=([^/]+)\//.exec(String(request.headers.authorization))?.[1]));
    assert.deepEqual([...keys].sort(), ['ASIA111122223333', 'ASIA444455556666']);
    assert.ok(fake.calls('DescribeVpcs', 'ec2').every((request) => request.headers['x-amz-security-token'] === 'assumed-token'));
    assert.equal((JSON.parse(stdout) as JsonReport).results.length, 4);
  });

  it('signs with the credentials of --profile (shared credentials file)', async () => {
    const credentials = join(cwd, 'credentials');
    writeFileSync(credentials, '[audit]\naws_access_key_id = AKIAPROFILEAUDIT\naws_secret_access_key = profile-secret\n');
    // Only the profile names credentials: the fake's environment keys are set aside meanwhile.
    const names = ['AWS_SHARED_CREDENTIALS_FILE', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'];
    const saved = names.map((name) => process.env[name]);
    process.env.AWS_SHARED_CREDENTIALS_FILE = credentials;
    delete process.env.AWS_ACCESS_KEY_ID;
    delete process.env.AWS_SECRET_ACCESS_KEY;
    try {
      const { code } = await run(['scan', 'aws', '--regions', 'eu-west-1', '--profile', 'audit', '--only', 'VPC_FLOW_LOGS_ENABLED', '--format', 'json'], cwd);
      assert.equal(code, 1);
    } finally {
      names.forEach((name, index) => {
        const value = saved[index];
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      });
    }
    const keys = new Set(fake.requests.map((request) => /Credential=([^/]+)\//.exec(String(request.headers.authorization))?.[1]));
    assert.deepEqual([...keys], ['AKIAPROFILEAUDIT']);
  });

  it('records the evaluations with --store; history and report read them back', async () => {
    const storeFile = join(cwd, 'history.db');
    const first = await run(['scan', 'aws', '--regions', 'eu-west-1', '--only', 'VPC_FLOW_LOGS_ENABLED', '--store', '--store-file', storeFile, '--format', 'json'], cwd);
    assert.match(first.stderr, /^tosei: recorded 2 evaluations \(2 changed status\) as run [0-9a-f-]{36}\n$/);
    // The dark VPC gets its flow log; the next scan records the change.
    installFakeAccount(fake, { regions: { 'eu-west-1': { vpcs: [{ id: 'vpc-logged' }, { id: 'vpc-dark' }], flowLogs: [{ id: 'fl-1', resourceId: 'vpc-logged' }, { id: 'fl-2', resourceId: 'vpc-dark' }] } } });
    const second = await run(['scan', 'aws', '--regions', 'eu-west-1', '--only', 'VPC_FLOW_LOGS_ENABLED', '--store', '--store-file', storeFile], cwd);
    assert.equal(second.code, 0);
    assert.match(second.stderr, /recorded 2 evaluations \(1 changed status\)/);

    const history = await run(['history', 'vpc-dark', '--store-file', storeFile, '--format', 'json'], cwd);
    assert.equal(history.code, 0);
    const parsed = JSON.parse(history.stdout) as { latest: { status: string }[]; changes: { previousStatus: string | null; status: string; source: string }[] };
    assert.deepEqual(parsed.latest.map((latest) => latest.status), ['COMPLIANT']);
    assert.deepEqual(parsed.changes.map((change) => [change.previousStatus, change.status, change.source]), [[null, 'NON_COMPLIANT', 'live'], ['NON_COMPLIANT', 'COMPLIANT', 'live']]);
    const text = await run(['history', `arn:aws:ec2:eu-west-1:${ACCOUNT}:vpc/vpc-dark`, '--store-file', storeFile], cwd);
    assert.match(text.stdout, /VPC_FLOW_LOGS_ENABLED {2}NON_COMPLIANT -> COMPLIANT {2}\[live\]/);

    const report = await run(['report', '--since', '1d', '--store-file', storeFile, '--format', 'markdown'], cwd);
    assert.equal(report.code, 0);
    assert.match(report.stdout, /^# Compliance since /);
    assert.match(report.stdout, /\| VPC_FLOW_LOGS_ENABLED \| NON_COMPLIANT \| COMPLIANT \| live \|/);
    assert.match(report.stdout, /Now: 2 COMPLIANT/);
    const none = await run(['history', 'vpc-nothing', '--store-file', storeFile], cwd);
    assert.equal(none.stdout, 'No evaluations of vpc-nothing in the store.\n');
  });

  it('a store that can not be opened still prints the report, then exits 2 naming the problem', async () => {
    const { code, stdout, stderr } = await run(['scan', 'aws', '--regions', 'eu-west-1', '--only', 'VPC_FLOW_LOGS_ENABLED', '--format', 'json', '--database-url', 'mysql://nowhere/db'], cwd);
    assert.equal((JSON.parse(stdout) as JsonReport).results.length, 2);
    assert.match(stderr, /^tosei: the evaluations were not recorded: cannot open the evaluation store \(DATABASE_URL\): DATABASE_URL must be a postgres:\/\/ or postgresql:\/\/ URL\n$/);
    assert.equal(code, 2);
  });

  it('writes and reads a baseline keyed by account, region and ARN; a fixed resource is reported', async () => {
    const args = ['scan', 'aws', '--regions', 'eu-west-1,us-east-1', '--only', 'VPC_FLOW_LOGS_ENABLED'];
    const written = await run([...args, '--write-baseline', 'live-baseline.json'], cwd);
    assert.equal(written.code, 0, written.stderr);
    const baseline = JSON.parse(readFileSync(join(cwd, 'live-baseline.json'), 'utf8')) as { findings: { file: string; resource: string }[] };
    assert.deepEqual(
      baseline.findings.map((entry) => [entry.file, entry.resource]),
      [
        [`aws://${ACCOUNT}/eu-west-1`, `arn:aws:ec2:eu-west-1:${ACCOUNT}:vpc/vpc-dark`],
        [`aws://${ACCOUNT}/us-east-1`, `arn:aws:ec2:us-east-1:${ACCOUNT}:vpc/vpc-us`],
      ],
    );
    const accepted = await run([...args, '--baseline', 'live-baseline.json', '--format', 'json'], cwd);
    assert.equal(accepted.code, 0);
    assert.deepEqual(JSON.parse(accepted.stdout).baseline, { file: 'live-baseline.json', matched: 2, fixed: 0 });
    installFakeAccount(fake, { regions: { 'eu-west-1': { vpcs: [{ id: 'vpc-dark' }], flowLogs: [{ id: 'fl-2', resourceId: 'vpc-dark' }] }, 'us-east-1': { vpcs: [{ id: 'vpc-us' }] } } });
    const fixed = JSON.parse((await run([...args, '--baseline', 'live-baseline.json', '--format', 'json'], cwd)).stdout);
    assert.deepEqual(fixed.baseline, { file: 'live-baseline.json', matched: 1, fixed: 1 });
  });

  it('draws a progress bar on a terminal only, and clears it', async () => {
    const tty = await run(['scan', 'aws', '--regions', 'eu-west-1,us-east-1', '--only', 'VPC_FLOW_LOGS_ENABLED', '--format', 'json'], cwd, { tty: true });
    assert.match(tty.stderr, /\[#{24}\] 4\/4 /);
    assert.ok(tty.stderr.endsWith('\r\x1b[2K'));
    const plain = await run(['scan', 'aws', '--regions', 'eu-west-1', '--only', 'VPC_FLOW_LOGS_ENABLED', '--format', 'json'], cwd);
    assert.equal(plain.stderr, '');
  });

  it('bad usage exits 2 with a message', async () => {
    const cases: [string[], RegExp][] = [
      [['scan', 'aws'], /needs --regions/],
      [['scan', 'aws', '--regions', 'eu-west-1', '--concurrency', '0'], /--concurrency must be a positive whole number/],
      [['scan', 'aws', '--regions', 'eu-west-1', 'extra'], /takes no paths/],
      [['report'], /needs --since/],
      [['report', '--since', 'last week'], /--since must be a date/],
      [['history'], /needs a RESOURCE/],
      [['history', 'x', '--format', 'sarif'], /unknown format "sarif"/],
    ];
    for (const [args, message] of cases) {
      const result = await run(args, cwd);
      assert.equal(result.code, 2, args.join(' '));
      assert.match(result.stderr, message, args.join(' '));
    }
    // No AWS call was made for any of them.
    assert.equal(fake.requests.filter((request) => regionOf(request) !== 'unknown').length, 0);
  });
});
