// One resource across gates (issue #18 §3): a template's bucket scanned with --stack-name, checked by the hook at
// deployment, judged by the Config rule and the live scan once deployed, is one timeline in `tosei history`, found
// by any of its keys; a Terraform plan's bucket meets its Config item by the id of the plan's prior state.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { main } from '../src/cli/main.js';
import { readEvaluations } from '../src/gates/intake/app.js';
import { buildConfigEvent } from '../src/gates/config-rule/testing.js';
import { DEFAULT_LIMITS, evaluateFiles } from '../src/gates/run-task/evaluate.js';
import { createLogger } from '../src/gates/run-task/log.js';
import { recordRunTask } from '../src/gates/run-task/record.js';
import { selectRules } from '../src/engine/select.js';
import { linkKeysOf, MAX_LINK_KEY_LENGTH, MAX_LINKS, stackTagLinks } from '../src/model/resource-key.js';
import type { Evaluation } from '../src/model/evaluation.js';
import { builtinRules } from '../src/rules/index.js';
import { openStore, recordRun, resourceHistory } from '../src/store/index.js';
import { CORPORA } from './support/corpora.js';
import { startFakeAws, type FakeAws } from './support/fake-aws.js';
import { installFakeAccount } from './support/live-account.js';
import { testDatabases } from './support/databases.js';

const ACCOUNT = '934654633380';
const REGION = 'eu-west-1';
const RULE = 'S3_BUCKET_LOGGING_ENABLED';
const GATES = ['config-rule', 'hook', 'live', 'scan'];

/** A real S3 item (the RDK's example) made into the bucket at hand. */
function bucketItem(name: string, tags: Record<string, string>): Record<string, unknown> {
  const item = JSON.parse(readFileSync(join(CORPORA, 'config-rdk-example-ci/rdk/template/example_ci/AWS_S3_Bucket.json'), 'utf8')) as Record<string, unknown>;
  return { ...item, resourceId: name, resourceName: name, ARN: `arn:aws:s3:::${name}`, awsAccountId: ACCOUNT, awsRegion: REGION, tags, configuration: { ...(item.configuration as object), name } };
}

function hookRequest(stack: string, logicalId: string, bucket: string): Record<string, unknown> {
  return {
    clientRequestToken: '7f3d1c2e-0000-4000-8000-000000000001',
    awsAccountId: ACCOUNT,
    stackId: `arn:aws:cloudformation:${REGION}:${ACCOUNT}:stack/${stack}/1a2345b6-0000-00a0-a123-00abc0abc000`,
    hookTypeName: 'Tosei::Policy::Hook',
    actionInvocationPoint: 'CREATE_PRE_PROVISION',
    requestData: { targetName: 'AWS::S3::Bucket', targetType: 'AWS::S3::Bucket', targetLogicalId: logicalId, targetModel: { resourceProperties: { BucketName: bucket } } },
    requestContext: { invocation: 1, callbackContext: null },
  };
}

const databases = await testDatabases();
after(async () => {
  for (const database of databases) await database.dispose();
});

for (const database of databases) {
  describe(`resources linked across gates on ${database.name}`, () => {
    let cwd: string;
    let fake: FakeAws;
    let restore: () => void;
    const store = (): string[] => (database.options.url ? ['--database-url', database.options.url] : ['--store-file', database.options.file as string]);
    async function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
      let stdout = '';
      let stderr = '';
      const code = await main(args, { cwd, env, stdoutIsTTY: false, stderrIsTTY: false, progressDelayMs: 0, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
      return { code, stdout, stderr };
    }
    async function history(key: string): Promise<{ keys: string[]; timeline: { source: string; resourceKey: string; ruleId: string; status: string }[] }> {
      const result = await run(['history', key, '--rule', RULE, '--format', 'json', ...store()]);
      assert.equal(result.code, 0, result.stderr);
      return JSON.parse(result.stdout);
    }

    before(async () => {
      cwd = mkdtempSync(join(tmpdir(), 'tosei-links-'));
      fake = await startFakeAws();
      restore = fake.useInProcess(REGION);
    });
    after(async () => {
      restore();
      await fake.stop();
      rmSync(cwd, { recursive: true, force: true });
    });

    it('a CloudFormation bucket: scan --stack-name, hook, Config rule and live scan are one timeline, by any of its keys', async () => {
      const bucket = 'app-prod-logs-0a1b2c';
      // The pull request: `tosei scan --stack-name`, its JSON report sent to `tosei serve` as a scan.
      writeFileSync(join(cwd, 'template.yaml'), `Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: ${bucket}\n  Other:\n    Type: AWS::S3::Bucket\n`);
      const scanned = await run(['scan', 'template.yaml', '--stack-name', 'app-prod', '--only', RULE, '--format', 'json']);
      assert.equal(scanned.code, 1, scanned.stderr);
      const received = readEvaluations({ ...JSON.parse(scanned.stdout), metadata: { source: 'scan' } });
      const db = await openStore(database.options);
      try {
        await recordRun(db, { source: received.source, evaluations: received.evaluations, metadata: received.metadata });
      } finally {
        await db.close();
      }
      // The deployment: the hook on the stack's bucket.
      writeFileSync(join(cwd, 'hook.json'), JSON.stringify(hookRequest('app-prod', 'Logs', bucket)));
      const hooked = await run(['hook', 'invoke', '--event', 'hook.json', '--store', ...store()], { TOSEI_RULES: RULE });
      assert.equal(hooked.code, 1, hooked.stderr);
      // The deployed bucket: Config's item carries the stack's tags; the live scan reads the bucket itself.
      const tags = { 'aws:cloudformation:stack-name': 'app-prod', 'aws:cloudformation:logical-id': 'Logs', 'aws:cloudformation:stack-id': `arn:aws:cloudformation:${REGION}:${ACCOUNT}:stack/app-prod/1a2345b6` };
      writeFileSync(join(cwd, 'event.json'), JSON.stringify(buildConfigEvent({ item: bucketItem(bucket, tags), accountId: ACCOUNT })));
      const judged = await run(['config-rule', 'invoke', '--event', 'event.json', '--rule', RULE, '--dry-run', '--store', ...store()]);
      assert.equal(judged.code, 1, judged.stderr + judged.stdout);
      installFakeAccount(fake, { accountId: ACCOUNT, regions: { [REGION]: { buckets: [{ name: bucket }, { name: 'unrelated-bucket' }] } } });
      const live = await run(['scan', 'aws', '--regions', REGION, '--only', RULE, '--store', ...store()]);
      assert.equal(live.code, 1, live.stderr);

      const keys = [`cfn:app-prod/Logs`, 'cloudformation:app-prod/Logs', `cfn:${ACCOUNT}/${REGION}/app-prod/Logs`, `arn:aws:s3:::${bucket}`, bucket, `physical:AWS::S3::Bucket/${bucket}`, 'Logs'];
      for (const key of keys) {
        const found = await history(key);
        assert.deepEqual([...new Set(found.timeline.map((entry) => entry.source))].sort(), GATES, key);
        assert.ok(found.timeline.every((entry) => entry.status === 'NON_COMPLIANT'), key);
        // Nothing of another resource came along.
        assert.ok(found.timeline.every((entry) => !entry.resourceKey.includes('Other') && !entry.resourceKey.includes('unrelated')), key);
        assert.ok(found.keys.includes('cloudformation:app-prod/Logs') && found.keys.includes(`arn:aws:s3:::${bucket}`), key);
      }
      const other = await history('cloudformation:app-prod/Other');
      assert.deepEqual(other.timeline.map((entry) => entry.source), ['scan']);

      const text = await run(['history', 'cfn:app-prod/Logs', ...store()]);
      assert.match(text.stdout, /Known as: .*arn:aws:s3:::app-prod-logs-0a1b2c/);
      for (const gate of GATES) assert.match(text.stdout, new RegExp(`\\[${gate}\\]  \\S+  ${RULE}  NON_COMPLIANT`));
    });

    it('a Terraform bucket: the run task with the prior state, then the Config item of that id', async () => {
      const bucket = 'tf-logs-3d4e5f';
      const state = { id: bucket, arn: `arn:aws:s3:::${bucket}`, bucket, tags: {} };
      const plan = {
        format_version: '1.2',
        terraform_version: '1.9.0',
        resource_changes: [{ address: 'aws_s3_bucket.logs', mode: 'managed', type: 'aws_s3_bucket', name: 'logs', provider_name: 'registry.terraform.io/hashicorp/aws', change: { actions: ['no-op'], before: state, after: state, after_unknown: {}, before_sensitive: {}, after_sensitive: {} } }],
        prior_state: { format_version: '1.0', values: { root_module: { resources: [{ address: 'aws_s3_bucket.logs', mode: 'managed', type: 'aws_s3_bucket', name: 'logs', values: state }] } } },
      };
      const root = mkdtempSync(join(tmpdir(), 'tosei-links-plan-'));
      try {
        writeFileSync(join(root, 'plan.json'), JSON.stringify(plan));
        const rules = selectRules(builtinRules, { only: [RULE] });
        const evaluated = await evaluateFiles({ stage: 'post_plan', root, file: join(root, 'plan.json'), organization: 'acme', workspace: 'prod', threshold: 'info', limits: DEFAULT_LIMITS }, { rules });
        assert.deepEqual(evaluated.evaluations.map((evaluation) => [evaluation.resource.key, evaluation.status]), [['terraform:acme/prod/aws_s3_bucket.logs', 'NON_COMPLIANT']]);
        const db = await openStore(database.options);
        try {
          const request = { stage: 'post_plan' as const, taskResultId: 'taskrs-1', organizationName: 'acme', workspaceName: 'prod', runId: 'run-1' };
          await recordRunTask(db, createLogger(() => undefined))(request as Parameters<ReturnType<typeof recordRunTask>>[0], evaluated.evaluations);
        } finally {
          await db.close();
        }
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
      // Not made by CloudFormation: no stack tags; the id and ARN are what link it.
      writeFileSync(join(cwd, 'event.json'), JSON.stringify(buildConfigEvent({ item: bucketItem(bucket, { team: 'logs' }), accountId: ACCOUNT })));
      const judged = await run(['config-rule', 'invoke', '--event', 'event.json', '--rule', RULE, '--dry-run', '--store', ...store()]);
      assert.equal(judged.code, 1, judged.stderr + judged.stdout);
      for (const key of ['tf:acme/prod/aws_s3_bucket.logs', 'terraform:acme/prod/aws_s3_bucket.logs', `arn:aws:s3:::${bucket}`, bucket, 'aws_s3_bucket.logs']) {
        const found = await history(key);
        assert.deepEqual([...new Set(found.timeline.map((entry) => entry.source))].sort(), ['config-rule', 'run-task'], key);
      }
      // The CloudFormation bucket of the test before stays apart.
      assert.ok(!(await history(`arn:aws:s3:::${bucket}`)).keys.some((key) => key.startsWith('cfn:')));
    });

    it('joins two timelines when a later evaluation carries keys of both, and keeps both whole', async () => {
      const of = (source: Evaluation['resource']['source'], id: string, extra: Partial<Evaluation['resource']>, file: string): Evaluation => ({
        ruleId: RULE, status: 'NON_COMPLIANT', severity: 'medium', message: `${source} ${id}`, resource: { type: 'AWS::S3::Bucket', id, source, ...extra }, location: { file, path: [] },
      });
      const arn = 'arn:aws:s3:::merge-me-7a8b';
      const db = await openStore(database.options);
      try {
        // Seen live first (by ARN), scanned apart (by stack), then Config's item names both.
        await recordRun(db, { source: 'live', evaluations: [of('cloud-control', 'merge-me-7a8b', { arn }, `aws://${ACCOUNT}/${REGION}`)] });
        await recordRun(db, { source: 'scan', evaluations: [of('cloudformation', 'Merge', { key: 'cloudformation:merge-stack/Merge' }, 'merge.yaml')] });
        assert.deepEqual((await resourceHistory(db, arn)).timeline.map((entry) => entry.source), ['live']);
        await recordRun(db, { source: 'config-rule', evaluations: [of('config-item', 'merge-me-7a8b', { arn, links: ['cfn:merge-stack/Merge'] }, 'config-rule:x')] });
        for (const key of [arn, 'cfn:merge-stack/Merge', 'cloudformation:merge-stack/Merge', 'merge-me-7a8b', 'Merge']) {
          assert.deepEqual((await resourceHistory(db, key)).timeline.map((entry) => entry.source), ['live', 'scan', 'config-rule'], key);
        }
        // The rule filter and the timeline's bound still apply to the merged timeline.
        assert.deepEqual((await resourceHistory(db, arn, { ruleId: 'OTHER_RULE' })).timeline, []);
        assert.deepEqual((await resourceHistory(db, arn, { timelineLimit: 2 })).timeline.map((entry) => entry.source), ['scan', 'config-rule']);
      } finally {
        await db.close();
      }
    });

    it('the dashboard API (/api/resources) gives the merged timeline too', async () => {
      const { resourceTimeline } = await import('../src/store/dashboard.js');
      const db = await openStore(database.options);
      try {
        const found = await resourceTimeline(db, 'cfn:app-prod/Logs');
        assert.deepEqual([...new Set(found.timeline.map((entry) => entry.source))].sort(), GATES);
        assert.ok(found.timeline.some((entry) => entry.resourceKey === 'cloudformation:app-prod/Logs') && found.timeline.some((entry) => entry.resourceKey.startsWith('arn:aws:s3:::')));
      } finally {
        await db.close();
      }
    });
  });
}

describe('link keys from untrusted data', () => {
  const evaluation = (links: unknown[]): Evaluation => ({ ruleId: 'R', status: 'COMPLIANT', severity: 'low', message: '', resource: { type: 'AWS::S3::Bucket', id: 'b', source: 'config-item', links: links as string[] }, location: { file: 'f', path: [] } });

  it('reads the stack tags from a map or a list, and only names CloudFormation could have made', () => {
    assert.deepEqual(stackTagLinks({ 'aws:cloudformation:stack-name': 'app', 'aws:cloudformation:logical-id': 'Logs' }, { account: ACCOUNT, region: REGION }), ['cfn:app/Logs', `cfn:${ACCOUNT}/${REGION}/app/Logs`]);
    assert.deepEqual(stackTagLinks([{ key: 'aws:cloudformation:stack-name', value: 'app' }, { key: 'aws:cloudformation:logical-id', value: 'Logs' }]), ['cfn:app/Logs']);
    assert.deepEqual(stackTagLinks([{ Key: 'aws:cloudformation:stack-name', Value: 'app' }, { Key: 'aws:cloudformation:logical-id', Value: 'Logs' }], { account: 'not-an-account', region: REGION }), ['cfn:app/Logs']);
    // A logical id with a slash, a stack name too long, one tag missing, two values for one tag: no key, never a wrong one.
    assert.deepEqual(stackTagLinks({ 'aws:cloudformation:stack-name': 'app', 'aws:cloudformation:logical-id': 'a/b' }), []);
    assert.deepEqual(stackTagLinks({ 'aws:cloudformation:stack-name': `a${'x'.repeat(128)}`, 'aws:cloudformation:logical-id': 'Logs' }), []);
    assert.deepEqual(stackTagLinks({ 'aws:cloudformation:stack-name': 'app' }), []);
    assert.deepEqual(stackTagLinks([{ Key: 'aws:cloudformation:stack-name', Value: 'app' }, { Key: 'aws:cloudformation:stack-name', Value: 'other' }, { Key: 'aws:cloudformation:logical-id', Value: 'Logs' }]), []);
    assert.deepEqual(stackTagLinks('aws:cloudformation:stack-name'), []);
  });

  it('keeps at most MAX_LINKS links of at most MAX_LINK_KEY_LENGTH characters, and drops what is not text', () => {
    const many = Array.from({ length: MAX_LINKS + 10 }, (_, index) => `physical:AWS::S3::Bucket/b${index}`);
    const keys = linkKeysOf(evaluation([`physical:AWS::S3::Bucket/${'x'.repeat(MAX_LINK_KEY_LENGTH)}`, 42, ...many]));
    assert.equal(keys.length, 1 + MAX_LINKS);
    assert.ok(keys.every((key) => key.length <= MAX_LINK_KEY_LENGTH));
  });
});
