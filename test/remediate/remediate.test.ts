import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { main } from '../../src/cli/main.js';
import { parseResults, RemediateUsageError } from '../../src/cli/remediate.js';
import { parseRunbook } from '../../src/remediate/document.js';
import { liveDocument } from '../../src/live/index.js';
import { unknown } from '../../src/model/unknown.js';
import type { ResourceReader } from '../../src/remediate/reevaluate.js';
import { formatters } from '../../src/report/index.js';
import { normalizeConfiguration } from '../../src/remediate/configuration.js';
import { virtualClock, type ApiCaller } from '../../src/remediate/execute.js';
import { liveReader, reevaluate } from '../../src/remediate/reevaluate.js';
import { applyPlan, plannedCalls, planRemediation, remediateAutomatically } from '../../src/remediate/remediate.js';
import { builtinRules } from '../../src/rules/index.js';
import { selectRules } from '../../src/scan/index.js';
import { openStore, recordRun, resourceHistory } from '../../src/store/index.js';
import { RemediationStore } from '../../src/store/remediation.js';
import type { Evaluation } from '../../src/model/evaluation.js';
import { listParam, startFakeAws, type FakeAws } from '../support/fake-aws.js';
import { speakEc2AndLogs } from '../support/flow-logs-account.js';

const DELIVERY_ROLE = 'arn:aws:iam::111122223333:role/flow-logs-delivery';
const VPC_RULE = selectRules(builtinRules, { only: ['VPC_FLOW_LOGS_ENABLED'] });

async function cli(args: string[], env: Record<string, string>, cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, env, stdoutIsTTY: false, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

/** Tosei's JSON report of live evaluations, as `tosei scan --format json` writes it. */
function resultsFile(directory: string, evaluations: Evaluation[]): string {
  const file = join(directory, 'results.json');
  const report = { tool: { name: 'tosei', version: 'test' }, files: [], evaluations, problems: [], rules: {} };
  writeFileSync(file, formatters.json(report, { cwd: directory, color: false, severityThreshold: 'info', ruleUrl: (id) => id }));
  return file;
}

const MUTATING = new Set(['CreateLogGroup', 'PutRetentionPolicy', 'CreateFlowLogs']);

describe('tosei remediate: VPC flow logs end to end (EC2 query/XML + CloudWatch Logs awsJson1_1 on 127.0.0.1)', () => {
  let fake: FakeAws;
  let directory: string;
  let env: Record<string, string>;
  let restore: () => void;
  before(async () => {
    fake = await startFakeAws();
    // The SDK reads AWS_ENDPOINT_URL from the process environment: every client, the live reader's
    // included, talks to 127.0.0.1 only.
    restore = fake.useInProcess('eu-west-1');
    env = { ...fake.env('eu-west-1'), AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null' };
    directory = mkdtempSync(join(tmpdir(), 'tosei-remediate-'));
  });
  after(async () => {
    restore();
    await fake.stop();
    rmSync(directory, { recursive: true, force: true });
  });

  async function liveEvaluation(vpcId: string): Promise<Evaluation> {
    const reader = liveReader({ region: 'eu-west-1', env, credentials: { accessKeyId: env.AWS_ACCESS_KEY_ID!, secretAccessKey: env.AWS_SECRET_ACCESS_KEY! } });
    const evaluation = await reevaluate(reader, VPC_RULE[0]!, 'AWS::EC2::VPC', vpcId);
    assert.ok(evaluation);
    return evaluation;
  }

  it('plans, applies, re-evaluates COMPLIANT, records the execution, and changes nothing the second time', async () => {
    const vpcId = 'vpc-0a1b2c3d4e5f60718';
    const state = speakEc2AndLogs(fake, [vpcId]);
    const before = await liveEvaluation(vpcId);
    assert.equal(before.status, 'NON_COMPLIANT');
    const results = resultsFile(directory, [before]);
    const database = join(directory, 'store.db');
    fake.requests.length = 0;

    // Dry run: the exact plan, and not one request to AWS.
    const dry = await cli(['remediate', '--results', results, '--param', `DeliverLogsPermissionArn=${DELIVERY_ROLE}`, '--format', 'json'], env, directory);
    assert.equal(dry.code, 0, dry.stderr);
    assert.equal(fake.requests.length, 0);
    const plan = JSON.parse(dry.stdout);
    assert.equal(plan.mode, 'dry-run');
    assert.equal(plan.items.length, 1);
    assert.deepEqual(plan.items[0].resource, { type: 'AWS::EC2::VPC', id: vpcId });
    assert.equal(plan.items[0].runbook, 'tosei-enable-vpc-flow-logs');
    assert.deepEqual(plan.items[0].parameters, { AutomationAssumeRole: '', VpcId: vpcId, DeliverLogsPermissionArn: DELIVERY_ROLE, LogGroupName: '/tosei/vpc-flow-logs', RetentionInDays: 60, TrafficType: 'ALL' });
    assert.deepEqual(
      plan.items[0].calls.map((call: { service: string; api: string }) => `${call.service}:${call.api}`),
      ['logs:CreateLogGroup', 'logs:PutRetentionPolicy', 'ec2:CreateFlowLogs', 'ec2:DescribeFlowLogs'],
    );
    assert.deepEqual(plan.items[0].calls[1].input, { logGroupName: '/tosei/vpc-flow-logs', retentionInDays: 60 });
    const text = await cli(['remediate', '--results', results, '--param', `DeliverLogsPermissionArn=${DELIVERY_ROLE}`], env, directory);
    assert.match(text.stdout, /3\. ec2 CreateFlowLogs \{"ResourceIds":\["vpc-0a1b2c3d4e5f60718"\],"ResourceType":"VPC","TrafficType":"ALL","LogDestinationType":"cloud-watch-logs","LogGroupName":"\/tosei\/vpc-flow-logs","DeliverLogsPermissionArn":"arn:aws:iam::111122223333:role\/flow-logs-delivery"\}/);
    assert.match(text.stdout, /1 resource to remediate/);

    // Apply.
    const applied = await cli(['remediate', '--results', results, '--param', `DeliverLogsPermissionArn=${DELIVERY_ROLE}`, '--apply', '--format', 'json', '--store-file', database], env, directory);
    assert.equal(applied.code, 0, applied.stderr + applied.stdout);
    const mutations = fake.requests.filter((request) => MUTATING.has(request.operation));
    assert.deepEqual(mutations.map((request) => request.operation), ['CreateLogGroup', 'PutRetentionPolicy', 'CreateFlowLogs']);
    assert.deepEqual(mutations[0]?.body, { logGroupName: '/tosei/vpc-flow-logs' });
    assert.equal(mutations[0]?.headers['x-amz-target'], 'Logs_20140328.CreateLogGroup');
    assert.deepEqual(mutations[1]?.body, { logGroupName: '/tosei/vpc-flow-logs', retentionInDays: 60 });
    const create = mutations[2]!.params;
    assert.deepEqual(listParam(create, 'ResourceId'), [vpcId]);
    assert.equal(create.ResourceType, 'VPC');
    assert.equal(create.TrafficType, 'ALL');
    assert.equal(create.LogDestinationType, 'cloud-watch-logs');
    assert.equal(create.LogGroupName, '/tosei/vpc-flow-logs');
    assert.equal(create.DeliverLogsPermissionArn, DELIVERY_ROLE);
    assert.equal(state.groups.get('/tosei/vpc-flow-logs'), 60);
    const output = JSON.parse(applied.stdout);
    assert.equal(output.outcomes[0].status, 'remediated');
    assert.equal(output.outcomes[0].reevaluation.status, 'COMPLIANT');
    assert.deepEqual(output.outcomes[0].executions[0].outputs, { 'CreateFlowLog.FlowLogIds': ['fl-00000001'] });
    assert.equal((await liveEvaluation(vpcId)).status, 'COMPLIANT');

    const db = await openStore({ file: database });
    try {
      const [execution, ...more] = await new RemediationStore(db).executions({ resourceId: vpcId });
      assert.equal(more.length, 0);
      assert.equal(execution?.status, 'Success');
      assert.equal(execution?.reevaluationStatus, 'COMPLIANT');
      assert.deepEqual((execution?.steps as { name: string; status: string }[]).map((step) => `${step.name}:${step.status}`), ['CreateLogGroup:Success', 'SetRetention:Success', 'CreateFlowLog:Success', 'VerifyFlowLog:Success']);
      // The re-reads before and after the fix are recorded as evaluations too.
      const history = await resourceHistory(db, vpcId, { ruleId: 'VPC_FLOW_LOGS_ENABLED' });
      assert.deepEqual(history.changes.map((change) => `${change.previousStatus}->${change.status} (${change.source})`), ['null->NON_COMPLIANT (remediation)', 'NON_COMPLIANT->COMPLIANT (remediation)']);
    } finally {
      await db.close();
    }

    // The same results again: the resource is re-read, found compliant, and nothing is changed.
    fake.requests.length = 0;
    const again = await cli(['remediate', '--results', results, '--param', `DeliverLogsPermissionArn=${DELIVERY_ROLE}`, '--apply', '--format', 'json', '--store-file', database], env, directory);
    assert.equal(again.code, 0, again.stderr);
    assert.equal(JSON.parse(again.stdout).outcomes[0].status, 'already-compliant');
    assert.deepEqual(fake.requests.filter((request) => MUTATING.has(request.operation)), []);
    assert.equal(state.flowLogs.length, 1);

    // From the store, where the re-evaluation was recorded: nothing to do, not one call.
    fake.requests.length = 0;
    const fromStore = await cli(['remediate', '--store', '--param', `DeliverLogsPermissionArn=${DELIVERY_ROLE}`, '--apply', '--format', 'json', '--store-file', database], env, directory);
    assert.equal(fromStore.code, 0, fromStore.stderr);
    assert.deepEqual(JSON.parse(fromStore.stdout).items, []);
    assert.equal(fake.requests.length, 0);
  });

  it('retries a failing step per MaximumAutomaticAttempts within RetryAttemptSeconds, records the failure and then leaves the resource alone', async () => {
    const vpcId = 'vpc-0fedcba987654321f';
    speakEc2AndLogs(fake, [vpcId], { failCreateFlowLogs: new Set([vpcId]) });
    const database = join(directory, 'retry.db');
    // A live scan found it and recorded it in the store; remediation reads it from there.
    const seeded = await openStore({ file: database });
    await recordRun(seeded, { source: 'live', evaluations: [await liveEvaluation(vpcId)] });
    await seeded.close();
    const config = join(directory, 'remediation.yaml');
    writeFileSync(
      config,
      `RemediationConfigurations:
  - ConfigRuleName: VPC_FLOW_LOGS_ENABLED
    TargetType: SSM_DOCUMENT
    TargetId: tosei-enable-vpc-flow-logs
    ResourceType: AWS::EC2::VPC
    Automatic: true
    MaximumAutomaticAttempts: 3
    RetryAttemptSeconds: 1
    Parameters:
      VpcId: { ResourceValue: { Value: RESOURCE_ID } }
      DeliverLogsPermissionArn: { StaticValue: { Values: ['${DELIVERY_ROLE}'] } }
      RetentionInDays: { StaticValue: { Values: ['60'] } }
`,
    );
    fake.requests.length = 0;
    const started = Date.now();
    const failed = await cli(['remediate', '--store', '--config', config, '--apply', '--format', 'json', '--store-file', database], env, directory);
    assert.equal(failed.code, 1, failed.stderr);
    const elapsed = Date.now() - started;
    assert.ok(elapsed >= 600, `two pauses of 1/3 s between the attempts (took ${elapsed} ms)`);
    assert.equal(fake.calls('CreateFlowLogs', 'ec2').length, 3);
    const outcome = JSON.parse(failed.stdout).outcomes[0];
    assert.equal(outcome.status, 'failed');
    assert.match(outcome.message, /failed after 3 attempts: step CreateFlowLog failed: UnauthorizedOperation: You are not authorized to perform iam:PassRole/);

    const db = await openStore({ file: database });
    try {
      const store = new RemediationStore(db);
      const executions = await store.executions({ resourceId: vpcId });
      assert.deepEqual(executions.map((execution) => [execution.attempt, execution.status, execution.mode]), [
        [1, 'Failed', 'automatic'],
        [2, 'Failed', 'automatic'],
        [3, 'Failed', 'automatic'],
      ]);
      assert.match(executions[0]?.error ?? '', /UnauthorizedOperation/);
      const exception = await store.exceptionFor('VPC_FLOW_LOGS_ENABLED', 'AWS::EC2::VPC', vpcId, new Date().toISOString());
      assert.match(exception?.message ?? '', /3 automatic attempts within 1 s failed/);
    } finally {
      await db.close();
    }
    fake.requests.length = 0;
    const blocked = await cli(['remediate', '--store', '--config', config, '--apply', '--store-file', database], env, directory);
    assert.equal(blocked.code, 0);
    assert.match(blocked.stdout, new RegExp(`^EXCEPTED  VPC_FLOW_LOGS_ENABLED  AWS::EC2::VPC ${vpcId}: skipped: remediation exception \\(3 automatic attempts`, 'm'));
    assert.match(blocked.stdout, /^0 remediated, 0 already compliant, 0 failed, 0 not started, 1 skipped$/m);
    assert.equal(fake.requests.length, 0, 'a remediation exception blocks every call');
  });

  it('refuses bad input clearly', async () => {
    const bad = join(directory, 'bad.json');
    writeFileSync(bad, '{"results": 3}');
    const result = await cli(['remediate', '--results', bad], env, directory);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /expected a Tosei JSON report/);
    const both = await cli(['remediate'], env, directory);
    assert.equal(both.code, 2);
    assert.match(both.stderr, /exactly one of --results FILE and --store/);
    const badRuleParam = await cli(['remediate', '--results', bad, '--rule-param', 'VPC_FLOW_LOGS_ENABLED.trafficType=SOMETIMES'], env, directory);
    assert.equal(badRuleParam.code, 2);
    assert.match(badRuleParam.stderr, /trafficType/);
    const config = join(directory, 'bad-config.yaml');
    writeFileSync(config, 'RemediationConfigurations:\n  - ConfigRuleName: X\n    TargetType: SSM_DOCUMENT\n    TargetId: doc\n    MaximumAutomaticAttempts: 30\n');
    const invalid = await cli(['remediate', '--results', bad, '--config', config], env, directory);
    assert.equal(invalid.code, 2);
    assert.match(invalid.stderr, /bad-config\.yaml:2: configuration for X: MaximumAutomaticAttempts must be an integer from 1 to 25/);
  });
});

/** An evaluation of a live resource, as the detective side produces it. */
function nonCompliant(ruleId: string, type: string, id: string, source: Evaluation['resource']['source'] = 'cloud-control'): Evaluation {
  return { ruleId, status: 'NON_COMPLIANT', severity: 'medium', message: 'not compliant', resource: { type, id, source }, location: { file: 'live', path: [] } };
}

describe('remediation semantics', () => {
  it('skips template resources, suppressed findings, exceptions and rules without a runbook; narrows by rule and resource', () => {
    const evaluations: Evaluation[] = [
      nonCompliant('S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED', 'AWS::S3::Bucket', 'logs-bucket'),
      nonCompliant('S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED', 'AWS::S3::Bucket', 'Bucket', 'cloudformation'),
      { ...nonCompliant('S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED', 'AWS::S3::Bucket', 'site-bucket'), suppressed: { kind: 'config', reason: 'public website' } },
      nonCompliant('S3_BUCKET_LOGGING_ENABLED', 'AWS::S3::Bucket', 'logs-bucket'),
      nonCompliant('INCOMING_SSH_DISABLED', 'AWS::EC2::SecurityGroup', 'sg-0123456789abcdef0'),
      nonCompliant('INCOMING_SSH_DISABLED', 'AWS::EC2::SecurityGroup', 'sg-0aaaaaaaaaaaaaaaa'),
      { ...nonCompliant('INCOMING_SSH_DISABLED', 'AWS::EC2::SecurityGroup', 'sg-0bbbbbbbbbbbbbbbb'), status: 'COMPLIANT' },
    ];
    const settings = {
      configurations: new Map(),
      exceptions: [{ ConfigRuleName: 'INCOMING_SSH_DISABLED', ResourceType: 'AWS::EC2::SecurityGroup', ResourceId: 'sg-0aaaaaaaaaaaaaaaa', Message: 'bastion' }],
    };
    const plan = planRemediation(evaluations, { settings });
    assert.deepEqual(plan.items.map((item) => `${item.ruleId} ${item.resource.id} ${item.runbook}`), [
      'S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED logs-bucket tosei-enable-s3-bucket-encryption',
      'INCOMING_SSH_DISABLED sg-0123456789abcdef0 tosei-revoke-open-ingress',
    ]);
    assert.deepEqual(plan.items[1]?.parameters, { AutomationAssumeRole: '', GroupId: 'sg-0123456789abcdef0', Port: 22 });
    assert.deepEqual(
      plan.skipped.map((skipped) => [skipped.resource.id, skipped.reason.replace(/ \(.*$|:.*$/, '')]),
      [
        ['Bucket', 'read from a cloudformation input, not from AWS'],
        ['site-bucket', 'suppressed'],
        ['logs-bucket', 'no remediation configuration and no built-in runbook for this rule'],
        ['sg-0aaaaaaaaaaaaaaaa', 'remediation exception'],
      ],
    );
    // The branch on SSEAlgorithm is decided by the parameters: only the AES256 path is planned.
    assert.deepEqual(plan.items[0]?.calls.map((call) => call.step), ['EncryptWithS3Keys', 'VerifyEncryption']);
    const kms = planRemediation([nonCompliant('S3_DEFAULT_ENCRYPTION_KMS', 'AWS::S3::Bucket', 'data-bucket')]);
    assert.deepEqual(kms.items[0]?.calls.map((call) => `${call.step} ${JSON.stringify(call.input)}`), [
      'EncryptWithKms {"Bucket":"data-bucket","ServerSideEncryptionConfiguration":{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms","KMSMasterKeyID":"alias/aws/s3"},"BucketKeyEnabled":true}]}}',
      'VerifyEncryption {"Bucket":"data-bucket"}',
    ]);
    assert.deepEqual(planRemediation(evaluations, { rules: ['INCOMING_SSH_DISABLED'], resources: ['sg-01*'] }).items.map((item) => item.resource.id), ['sg-0123456789abcdef0']);
    const missing = planRemediation([nonCompliant('VPC_FLOW_LOGS_ENABLED', 'AWS::EC2::VPC', 'vpc-0123456789abcdef0')]);
    assert.match(missing.skipped[0]?.reason ?? '', /parameter DeliverLogsPermissionArn is required \(give it with --param/);
  });

  it('runs at most ConcurrentExecutionRatePercentage at once and stops after ErrorPercentage failures', async () => {
    const groups = Array.from({ length: 10 }, (_, index) => `sg-0${String(index).padStart(16, '0')}`);
    const configuration = normalizeConfiguration({
      ConfigRuleName: 'INCOMING_SSH_DISABLED',
      TargetType: 'SSM_DOCUMENT',
      TargetId: 'tosei-revoke-open-ingress',
      Parameters: { GroupId: { ResourceValue: { Value: 'RESOURCE_ID' } }, Port: { StaticValue: { Values: ['22'] } } },
      Automatic: true,
      MaximumAutomaticAttempts: 1,
      ExecutionControls: { SsmControls: { ConcurrentExecutionRatePercentage: 20, ErrorPercentage: 40 } },
    });
    let inFlight = 0;
    let most = 0;
    const started: string[] = [];
    const caller: ApiCaller = {
      async call(request) {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight--;
        if (request.input.IpPermissions && (request.input.IpPermissions as { IpRanges?: unknown }[])[0]?.IpRanges) started.push(String(request.input.GroupId));
        throw Object.assign(new Error('denied'), { name: 'UnauthorizedOperation' });
      },
    };
    const document = await import('../../src/remediate/document.js');
    // RevokeIpv4/RevokeIpv6 tolerate failures (onFailure: Continue), so make the runbook fail for real.
    const strict = document.parseRunbook(
      "schemaVersion: '0.3'\nparameters:\n  GroupId: { type: String }\n  Port: { type: Integer }\nmainSteps:\n  - name: Revoke\n    action: aws:executeAwsApi\n    inputs: { Service: ec2, Api: RevokeSecurityGroupIngress, GroupId: '{{ GroupId }}', IpPermissions: [{ IpProtocol: tcp, FromPort: '{{ Port }}', ToPort: '{{ Port }}', IpRanges: [{ CidrIp: 0.0.0.0/0 }] }] }\n",
      'strict.yaml',
    );
    const { RunbookCatalog } = await import('../../src/remediate/remediate.js');
    const catalog = RunbookCatalog.builtin().add({ ...strict, name: 'tosei-revoke-open-ingress' });
    const plan = planRemediation(
      groups.map((id) => nonCompliant('INCOMING_SSH_DISABLED', 'AWS::EC2::SecurityGroup', id)),
      { settings: { configurations: new Map([['INCOMING_SSH_DISABLED', configuration]]), exceptions: [] }, catalog },
    );
    const outcomes = await applyPlan(plan, { callerFor: async () => caller, clock: virtualClock(), catalog });
    assert.equal(most, 2, '20% of 10 resources run at once');
    assert.deepEqual(outcomes.map((outcome) => outcome.status), ['failed', 'failed', 'failed', 'failed', 'failed', 'failed', 'not-started', 'not-started', 'not-started', 'not-started']);
    // 40% of 10 = 4 errors allowed; the fifth stops new starts (two were already running).
    assert.equal(started.length, 6);
    assert.match(outcomes[9]?.message ?? '', /not started: \d+ of 10 executions failed \(ErrorPercentage 40\)/);
  });

  it('spreads automatic attempts over RetryAttemptSeconds on the clock, and the server entry point runs only automatic rules', async () => {
    const configuration = normalizeConfiguration({
      ConfigRuleName: 'S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED',
      TargetType: 'SSM_DOCUMENT',
      TargetId: 'tosei-configure-s3-public-access-block',
      Parameters: { BucketName: { ResourceValue: { Value: 'RESOURCE_ID' } } },
      Automatic: true,
      MaximumAutomaticAttempts: 4,
      RetryAttemptSeconds: 600,
    });
    const calls: string[] = [];
    const caller: ApiCaller = {
      async call(request) {
        calls.push(request.api);
        if (request.api === 'PutPublicAccessBlock' && calls.length < 4) throw Object.assign(new Error('busy'), { name: 'OperationAborted' });
        if (request.api === 'GetPublicAccessBlock') return { PublicAccessBlockConfiguration: { BlockPublicPolicy: true } };
        return {};
      },
    };
    const clock = virtualClock();
    const databases = await openStore({ file: ':memory:' });
    try {
      const store = new RemediationStore(databases);
      const { outcomes } = await remediateAutomatically(
        [
          nonCompliant('S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED', 'AWS::S3::Bucket', 'open-bucket'),
          nonCompliant('S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED', 'AWS::S3::Bucket', 'open-bucket'),
        ],
        { configurations: new Map([['S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED', configuration]]), exceptions: [] },
        { callerFor: async () => caller, clock, store },
      );
      assert.equal(outcomes.length, 1, 'the encryption rule has only the default (manual) configuration');
      assert.equal(outcomes[0]?.status, 'remediated');
      assert.deepEqual(clock.slept, [150_000, 150_000, 150_000]);
      assert.deepEqual(calls, ['PutPublicAccessBlock', 'PutPublicAccessBlock', 'PutPublicAccessBlock', 'PutPublicAccessBlock', 'GetPublicAccessBlock']);
      assert.deepEqual((await store.executions()).map((execution) => execution.status), ['Failed', 'Failed', 'Failed', 'Success']);
    } finally {
      await databases.close();
    }
  });
});

describe('plans and result files', () => {
  it('marks the calls after a branch that depends on a step output as conditional', () => {
    const runbook = parseRunbook(
      `schemaVersion: '0.3'
parameters:
  BucketName: { type: String }
mainSteps:
  - name: Read
    action: aws:executeAwsApi
    inputs: { Service: s3, Api: GetBucketVersioning, Bucket: '{{ BucketName }}' }
    outputs: [{ Name: Status, Selector: $.Status, Type: String }]
  - name: Decide
    action: aws:branch
    inputs:
      Choices: [{ NextStep: Done, Variable: '{{ Read.Status }}', StringEquals: Enabled }]
  - name: Enable
    action: aws:executeAwsApi
    inputs: { Service: s3, Api: PutBucketVersioning, Bucket: '{{ BucketName }}', Note: 'was {{ Read.Status }}', VersioningConfiguration: { Status: Enabled } }
  - name: Done
    action: aws:sleep
    inputs: { Duration: PT0S }
`,
      'versioning.yaml',
    );
    assert.deepEqual(plannedCalls(runbook, { BucketName: 'b' }), [
      { step: 'Read', service: 's3', api: 'GetBucketVersioning', input: { Bucket: 'b' }, readOnly: true },
      { step: 'Enable', service: 's3', api: 'PutBucketVersioning', input: { Bucket: 'b', Note: 'was {{ Read.Status }}', VersioningConfiguration: { Status: 'Enabled' } }, readOnly: false, conditional: true },
    ]);
  });

  it('reads result files, and refuses anything else with RemediateUsageError only', () => {
    const [evaluation] = parseResults(
      JSON.stringify({ version: 1, results: [{ ruleId: 'R', status: 'NON_COMPLIANT', severity: 'high', message: 'm', resource: { type: 'AWS::S3::Bucket', id: 'b', source: 'cloud-control' }, location: { file: 'aws://1/eu-west-1', line: null, column: null, path: [] } }] }),
      'r.json',
    );
    assert.deepEqual(evaluation?.resource, { type: 'AWS::S3::Bucket', id: 'b', source: 'cloud-control' });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.array(fc.jsonValue()).map((results) => JSON.stringify({ version: 1, results }))), (text) => {
        try {
          parseResults(text, 'fuzz.json');
        } catch (error) {
          if (!(error instanceof RemediateUsageError)) throw error;
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('acting only on what is read now', () => {
  it('changes nothing when the resource is gone or its state can not be decided', async () => {
    const reader: ResourceReader = {
      canRead: (type) => type === 'AWS::EC2::VPC',
      async read(_type, id) {
        if (id === 'vpc-0000000000000000a') return undefined;
        // A flow log whose target is not recorded: the rule can not decide (INSUFFICIENT_DATA).
        return liveDocument('111122223333', 'eu-west-1', [
          { type: 'AWS::EC2::VPC', id, properties: { VpcId: id } },
          { type: 'AWS::EC2::FlowLog', id: 'fl-1', properties: { ResourceId: unknown('not recorded'), ResourceType: 'VPC' } },
        ], []);
      },
    };
    const calls: string[] = [];
    const caller: ApiCaller = {
      async call(request) {
        calls.push(request.api);
        return {};
      },
    };
    const plan = planRemediation(
      ['vpc-0000000000000000a', 'vpc-0000000000000000b'].map((id) => nonCompliant('VPC_FLOW_LOGS_ENABLED', 'AWS::EC2::VPC', id)),
      { parameters: { DeliverLogsPermissionArn: DELIVERY_ROLE } },
    );
    const outcomes = await applyPlan(plan, { callerFor: async () => caller, readers: [reader], rules: VPC_RULE, clock: virtualClock() });
    assert.deepEqual(outcomes.map((outcome) => outcome.status), ['resource-gone', 'undecided']);
    assert.match(outcomes[1]?.message ?? '', /now evaluates INSUFFICIENT_DATA/);
    assert.deepEqual(calls, []);
  });
});

