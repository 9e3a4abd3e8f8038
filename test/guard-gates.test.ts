// Guard rules at every gate (issue #7 item 4): the hook (§A.4 input), the run task (plan JSON) and the Config rule
// handler (the configuration item, §C.4), each on the document the gate really has; a rule file that does not
// parse fails each gate closed.
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { create } from 'tar';
import { runConfigRule } from '../src/cli/config-rule.js';
import { runHook } from '../src/cli/hook.js';
import { runServe } from '../src/cli/serve.js';
import { createClients } from '../src/gates/config-rule/aws.js';
import { guardConfigItem, handleConfigEvent, type ConfigRuleDeps } from '../src/gates/config-rule/handler.js';
import { buildConfigEvent } from '../src/gates/config-rule/testing.js';
import { handleHookRequest } from '../src/gates/cfn-hook/handler.js';
import type { HookResponse } from '../src/gates/cfn-hook/response.js';
import type { Evaluation } from '../src/model/evaluation.js';
import { loadHookSettings } from '../src/gates/cfn-hook/settings.js';
import { signBody } from '../src/gates/run-task/signature.js';
import { guardRulePaths, guardRulesOnce, GuardRulesError, loadGateGuardRules } from '../src/guard/gates.js';
import { bucketItem, buildConfigurationItem, sseConfiguration } from '../src/rules/config-fixtures.js';
import { writeFixtureDirectory } from '../src/rules/tester.js';
import { CORPORA } from './support/corpora.js';
import { startFakeAws, type FakeAws } from './support/fake-aws.js';
import { FakeTfe, hmacKey, runTaskPayload, tfeToken } from './support/fake-tfe.js';
import { startLocalServer, type LocalServer } from './support/local-server.js';

const HOOK_FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures/cfn-hook');
const hookFixture = (name: string) => JSON.parse(readFileSync(join(HOOK_FIXTURES, name), 'utf8')) as Record<string, unknown>;

const HOOK_RULES = {
  's3.guard': `let buckets = Resources.*[ Type == 'AWS::S3::Bucket' ]
rule S3_BUCKET_ENCRYPTION_GUARD when %buckets !empty {
  %buckets.Properties.BucketEncryption exists
  <<
    Violation: S3 buckets must set BucketEncryption.
    Fix: add a BucketEncryption property.
  >>
}
`,
  // What a Guard hook's rules see besides the resources (§A.4 HookContext).
  'context.guard': `rule HOOK_CONTEXT_GUARD {
  HookContext.TargetType IN ['RESOURCE', 'STACK', 'CHANGE_SET']
  HookContext.InvocationPoint exists
  HookContext.AwsAccountId == '123456789012' << the hook context names the account >>
}
`,
};
const PLAN_RULES = {
  'plan.guard': `let tf_buckets = resource_changes[ type == 'aws_s3_bucket' ]
rule TF_S3_BUCKET_ENCRYPTION_GUARD when %tf_buckets !empty {
  %tf_buckets.change.after.server_side_encryption_configuration !empty
  << Violation: Terraform S3 buckets must configure server_side_encryption_configuration. >>
}
`,
};
const CONFIG_RULES = {
  'config.guard': `rule S3_BUCKET_SSE_CI_GUARD when resourceType == "AWS::S3::Bucket" {
  supplementaryConfiguration.ServerSideEncryptionConfiguration.rules[*].applyServerSideEncryptionByDefault.sseAlgorithm IN ["aws:kms", "AES256"]
  << Violation: the bucket has no default encryption >>
}
`,
};
/** A syntax error at line 2, column 3 (a clause that ends in an operator). */
const BROKEN = { 'broken.guard': "rule BROKEN {\n  Resources.*.Type ==\n}\n" };

let directories: string[] = [];
function ruleDirectory(files: Record<string, string>): string {
  const directory = writeFixtureDirectory(files, 'tosei-guard-gates-');
  directories.push(directory);
  return directory;
}
after(() => {
  for (const directory of directories) rmSync(directory, { recursive: true, force: true });
  directories = [];
});

function cliIo(env: Record<string, string> = {}, cwd = process.cwd()) {
  const out = { stdout: '', stderr: '' };
  return { out, io: { cwd, env, stdoutIsTTY: false, stdout: (text: string) => (out.stdout += text), stderr: (text: string) => (out.stderr += text) } };
}

describe('Guard rules for gates: paths and loading', () => {
  it('--rules wins over TOSEI_GUARD_RULES (comma-separated), relative paths against the working directory', () => {
    assert.deepEqual(guardRulePaths({ TOSEI_GUARD_RULES: ' a.guard, /var/task/rules ,' }, undefined, '/srv/app'), ['/srv/app/a.guard', '/var/task/rules']);
    assert.deepEqual(guardRulePaths({ TOSEI_GUARD_RULES: 'a.guard' }, ['b.guard'], '/srv/app'), ['/srv/app/b.guard']);
    assert.deepEqual(guardRulePaths({}, [], '/work'), []);
    assert.equal(loadGateGuardRules([]), undefined);
  });

  it('a syntax error, a missing path or a directory without rule files fails the load, naming file:line:column', () => {
    const broken = ruleDirectory({ ...HOOK_RULES, ...BROKEN });
    assert.throws(() => loadGateGuardRules([broken]), (error: unknown) => error instanceof GuardRulesError && /broken\.guard:\d+:\d+: /.test(error.message));
    assert.throws(() => loadGateGuardRules([join(broken, 'missing.guard')]), /missing\.guard: cannot read/);
    assert.throws(() => loadGateGuardRules([ruleDirectory({ 'README.md': '# no rules\n' })]), /no Guard rule files/);
    assert.equal(loadGateGuardRules([ruleDirectory(HOOK_RULES)])?.files.length, 2);
  });

  it('guardRulesOnce parses once and keeps failing after a failed load', () => {
    const directory = ruleDirectory(HOOK_RULES);
    const once = guardRulesOnce([directory]);
    const first = once();
    writeFileSync(join(directory, 's3.guard'), 'rule {');
    assert.equal(once(), first, 'the rule set of the cold start is kept');
    const failing = guardRulesOnce([ruleDirectory(BROKEN)]);
    assert.throws(failing, GuardRulesError);
    assert.throws(failing, GuardRulesError);
  });
});

describe('Guard rules in the CloudFormation hook', () => {
  // Only a built-in rule that passes on both buckets: verdicts come from the Guard rules.
  const env = { TOSEI_RULES: 'S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED' };
  const invoke = async (request: unknown, rules: string[], extra: Record<string, unknown> = {}): Promise<HookResponse> =>
    handleHookRequest(request, { settings: await loadHookSettings(env), guardRules: guardRulesOnce(rules), payload: { allowLoopback: true }, ...extra });
  const withoutEncryption = () => {
    const request = hookFixture('resource-create.json');
    const model = (request.requestData as { targetModel: { resourceProperties: Record<string, unknown> } }).targetModel;
    delete model.resourceProperties.BucketEncryption;
    return request;
  };

  it('RESOURCE: a bucket without BucketEncryption fails NonCompliant with the custom message; an encrypted one passes', async () => {
    const rules = [ruleDirectory(HOOK_RULES)];
    const failing = await invoke(withoutEncryption(), rules);
    assert.equal(failing.hookStatus, 'FAILED');
    assert.equal(failing.errorCode, 'NonCompliant');
    assert.match(failing.message, /^1 violation\(s\) of Tosei rules in resource RawDataBucket \(AWS::S3::Bucket\) \(CREATE_PRE_PROVISION\): S3_BUCKET_ENCRYPTION_GUARD on RawDataBucket \(AWS::S3::Bucket\)\./);
    assert.match(failing.message, /S3_BUCKET_ENCRYPTION_GUARD RawDataBucket \(AWS::S3::Bucket\): S3_BUCKET_ENCRYPTION_GUARD: Violation: S3 buckets must set BucketEncryption\.\s+Fix: add a BucketEncryption property\./);
    const annotation = failing.annotations?.find((item) => item.annotationName === 'S3_BUCKET_ENCRYPTION_GUARD');
    assert.equal(annotation?.status, 'FAILED');
    assert.equal(annotation?.severityLevel, 'HIGH');
    assert.match(annotation?.statusMessage ?? '', /^RawDataBucket: S3_BUCKET_ENCRYPTION_GUARD: Violation: S3 buckets must set BucketEncryption/);
    // The §A.4 HookContext is there: the context rule passes.
    assert.equal(failing.annotations?.find((item) => item.annotationName === 'HOOK_CONTEXT_GUARD')?.status, 'PASSED');

    const passing = await invoke(hookFixture('resource-create.json'), rules);
    assert.equal(passing.hookStatus, 'SUCCESS', passing.message);
    assert.deepEqual(
      passing.annotations?.filter((item) => item.annotationName.endsWith('_GUARD')).map((item) => [item.annotationName, item.status]),
      [['HOOK_CONTEXT_GUARD', 'PASSED'], ['S3_BUCKET_ENCRYPTION_GUARD', 'PASSED']],
    );
  });

  it('.tosei.yml exceptions apply to Guard rules as in tosei scan: by rule name and resource, with the reason', async () => {
    const rules = [ruleDirectory(HOOK_RULES)];
    const settings = await loadHookSettings(env);
    const excepted = { ...settings, exceptions: [{ rule: 'S3_BUCKET_ENCRYPTION_GUARD', resource: 'RawData*', reason: 'encrypted by the bucket key of the data lake' }] };
    const evaluations: Evaluation[] = [];
    const response = await handleHookRequest(withoutEncryption(), { settings: excepted, guardRules: guardRulesOnce(rules), onEvaluations: async (seen) => void evaluations.push(...seen) });
    assert.equal(response.hookStatus, 'SUCCESS', response.message);
    const guard = evaluations.find((evaluation) => evaluation.ruleId === 'S3_BUCKET_ENCRYPTION_GUARD');
    assert.equal(guard?.status, 'NON_COMPLIANT');
    assert.deepEqual(guard?.suppressed, { kind: 'config', reason: 'encrypted by the bucket key of the data lake' });
    // Another resource name: the exception does not match, the hook fails.
    const other = { ...settings, exceptions: [{ rule: 'S3_BUCKET_ENCRYPTION_GUARD', resource: 'Other*', reason: 'n/a' }] };
    const failing = await handleHookRequest(withoutEncryption(), { settings: other, guardRules: guardRulesOnce(rules) });
    assert.equal(failing.errorCode, 'NonCompliant');
  });

  it('RESOURCE: the rules see Resources.<logicalId>.{Type, Properties} and Previous on an update (§A.4)', async () => {
    const rules = [
      ruleDirectory({
        'shape.guard': `rule SHAPE_GUARD {
  Resources.ArchiveBucket.Type == 'AWS::S3::Bucket'
  Previous.ArchiveBucket.Properties.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm == 'AES256' << the previous properties are under Previous >>
}
`,
      }),
    ];
    const response = await invoke(hookFixture('resource-update.json'), rules);
    // The fixture goes from aws:kms to AES256: Previous holds aws:kms, so the rule fails and names it.
    assert.equal(response.errorCode, 'NonCompliant');
    assert.match(response.message, /SHAPE_GUARD: the previous properties are under Previous/);
  });

  describe('STACK and CHANGE_SET: the template at top level, payload from a local server', () => {
    let server: LocalServer;
    const bodies: Record<string, string> = {};
    before(async () => {
      server = await startLocalServer((request, response) => {
        const body = bodies[request.url.split('?')[0] ?? '/'];
        response.writeHead(body === undefined ? 404 : 200, { 'content-type': 'application/json' }).end(body ?? '');
      });
      bodies['/stack'] = JSON.stringify({
        template: "Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Sub '${AWS::StackName}-logs'\n      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true }\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true }\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault: { SSEAlgorithm: AES256 }\n",
        previousTemplate: null,
      });
      bodies['/change-set'] = readFileSync(join(HOOK_FIXTURES, 'change-set.payload.json'), 'utf8');
    });
    after(() => server.close());
    const request = (fixture: string, path: string) => {
      const raw = hookFixture(fixture);
      (raw.requestData as Record<string, unknown>).payload = `${server.url}${path}?X-Amz-Signature=abc`;
      return raw;
    };

    it('STACK: the unencrypted bucket of the YAML template fails with the custom message; the encrypted one passes', async () => {
      const response = await invoke(request('stack.json', '/stack'), [ruleDirectory(HOOK_RULES)]);
      assert.equal(response.errorCode, 'NonCompliant', response.message);
      assert.match(response.message, /^1 violation\(s\) of Tosei rules in stack NetworkStack \(UPDATE_PRE_PROVISION\): S3_BUCKET_ENCRYPTION_GUARD on Logs \(AWS::S3::Bucket\)\./);
      assert.match(response.message, /Violation: S3 buckets must set BucketEncryption/);
      assert.equal(response.annotations?.find((item) => item.annotationName === 'HOOK_CONTEXT_GUARD')?.status, 'PASSED');
    });

    it('CHANGE_SET: Changes carry the contexts as JSON text, read with json_parse', async () => {
      const rules = [
        ruleDirectory({
          'changes.guard': `let volume_updates = Changes[ resourceType == 'AWS::EC2::Volume' ]
rule CHANGES_GUARD when %volume_updates !empty {
  let after = json_parse(%volume_updates.afterContext)
  %after.Properties.Encrypted == 'true' << volumes must stay encrypted >>
}
`,
        }),
      ];
      const response = await invoke(request('change-set.json', '/change-set'), rules);
      assert.equal(response.errorCode, 'NonCompliant', response.message);
      assert.match(response.message, /CHANGES_GUARD: volumes must stay encrypted/);
    });
  });

  it('any resource properties and stack payloads: an answer, never a throw; a template that cannot be read is never a SUCCESS', async () => {
    const rules = guardRulesOnce([ruleDirectory(HOOK_RULES)]);
    const settings = await loadHookSettings(env);
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.string(), fc.jsonValue()), async (properties) => {
        const request = hookFixture('resource-create.json');
        (request.requestData as { targetModel: { resourceProperties: unknown } }).targetModel.resourceProperties = properties;
        const response = await handleHookRequest(request, { settings, guardRules: rules });
        assert.ok(response.hookStatus === 'SUCCESS' || response.errorCode === 'NonCompliant' || response.errorCode === 'InternalFailure');
      }),
      { numRuns: 100 },
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.constant('Resources:\n  A: [unclosed'), fc.constant('{"Resources": {"B": {"Type": "AWS::S3::Bucket"}}}')), fc.option(fc.array(fc.jsonValue(), { maxLength: 3 })), async (template, changes) => {
        const request = hookFixture('change-set.json');
        const payload = { template, ...(changes ? { changedResources: changes } : {}) };
        const response = await handleHookRequest(request, { settings, guardRules: rules, loadPayload: async () => payload });
        assert.ok(response.hookStatus === 'SUCCESS' || response.errorCode === 'NonCompliant' || response.errorCode === 'InternalFailure');
        if (template.startsWith('Resources:\n  A: [')) assert.equal(response.hookStatus, 'FAILED');
      }),
      { numRuns: 100 },
    );
  });

  it('a Guard file that does not parse: InternalFailure naming file:line:column, through the handler and `tosei hook invoke`', async () => {
    const rules = [ruleDirectory(BROKEN)];
    const response = await invoke(hookFixture('resource-create.json'), rules);
    assert.equal(response.hookStatus, 'FAILED');
    assert.equal(response.errorCode, 'InternalFailure');
    assert.match(response.message, /^Tosei could not evaluate this request: cannot load the Guard rules: .*broken\.guard:\d+:\d+: /);

    const directory = ruleDirectory({ 'event.json': JSON.stringify(withoutEncryption()) });
    const broken = cliIo(env, directory);
    assert.equal(await runHook(['invoke', '--event', 'event.json', '--rules', rules[0] as string], broken.io), 2);
    assert.match(broken.out.stdout, /"errorCode": "InternalFailure"[\s\S]*broken\.guard:\d+:\d+/);
    const good = cliIo({ ...env, TOSEI_GUARD_RULES: ruleDirectory(HOOK_RULES) }, directory);
    assert.equal(await runHook(['invoke', '--event', 'event.json'], good.io), 1, good.out.stdout);
    assert.match(good.out.stdout, /S3_BUCKET_ENCRYPTION_GUARD: Violation: S3 buckets must set BucketEncryption/);
  });
});

describe('Guard rules in the run task (tosei serve --rules)', () => {
  const FAILING_PLAN = readFileSync(join(CORPORA, 'regula-tests/rego/tests/rules/tf/aws/s3/inputs/bucketpolicy_allowlist_infra.json'));
  const PASSING_PLAN = readFileSync(join(CORPORA, 'checkov-tests/tests/terraform/image_referencer/resources/aws/apprunner_tfplan.json'));
  let tfe: FakeTfe;
  let stop: () => void;
  let exit: Promise<number>;
  let port = 0;
  let directory: string;

  before(async () => {
    const cv = writeFixtureDirectory({ 'main.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n' }, 'tosei-guard-cv-');
    directories.push(cv);
    const archive = join(cv, '..', `${cv.split('/').pop()}.tar.gz`);
    await create({ gzip: true, file: archive, cwd: cv }, ['main.tf']);
    tfe = await new FakeTfe({ token: tfeToken, plans: { 'plan-fail': FAILING_PLAN, 'plan-pass': PASSING_PLAN }, configurations: { 'cv-hcl': readFileSync(archive) } }).start();
    rmSync(archive, { force: true });
    directory = ruleDirectory(PLAN_RULES);
    const until = new Promise<void>((resolve) => (stop = resolve));
    const run = cliIo({ TOSEI_HMAC_KEY: hmacKey, TOSEI_TFE_HOSTS: tfe.apiHost, TOSEI_TFE_REDIRECT_HOSTS: tfe.archivistHost }, directory);
    exit = runServe(['--port', '0', '--store-file', join(directory, 'jobs.db'), '--rules', 'plan.guard'], run.io, until);
    for (let waited = 0; !run.out.stderr.includes('"listening"'); waited += 20) {
      if (waited > 10_000) throw new Error(run.out.stderr);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    port = (JSON.parse(run.out.stderr.split('\n').find((line) => line.includes('"listening"')) as string) as { port: number }).port;
  });
  after(async () => {
    stop();
    assert.equal(await exit, 0);
    await tfe.close();
  });

  async function runTask(id: string, overrides: Record<string, unknown>) {
    const body = JSON.stringify(runTaskPayload(tfe, id, overrides));
    const response = await fetch(`http://127.0.0.1:${port}/run-task`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-tfc-task-signature': signBody(hmacKey, body) }, body });
    assert.equal(response.status, 200);
    const callback = await tfe.finalCallback(id);
    const data = callback.body.data as { attributes: { status: string; message: string }; relationships?: { outcomes: { data: { attributes: Record<string, unknown> }[] } } };
    return { status: data.attributes.status, message: data.attributes.message, outcomes: (data.relationships?.outcomes.data ?? []).map((outcome) => outcome.attributes) };
  }

  it('post_plan: the plan JSON as is; the Guard rule is an outcome naming every bucket address with the custom message', async () => {
    const result = await runTask('taskrs-guard-fail', { plan_json_api_url: tfe.planUrl('plan-fail') });
    assert.equal(result.status, 'failed');
    const outcome = result.outcomes.find((item) => item['outcome-id'] === 'TF_S3_BUCKET_ENCRYPTION_GUARD');
    assert.ok(outcome, `outcomes: ${result.outcomes.map((item) => item['outcome-id']).join(', ')}`);
    assert.equal(outcome.description, 'Guard rule TF_S3_BUCKET_ENCRYPTION_GUARD: 7 resources');
    assert.equal(outcome.url, undefined, 'no documentation page to link to');
    const body = outcome.body as string;
    assert.match(body, /### Resources \(7\)/);
    assert.match(body, /- `aws_s3_bucket\.nopolicy-bucket`: TF_S3_BUCKET_ENCRYPTION_GUARD: Violation: Terraform S3 buckets must configure server_side_encryption_configuration\./);
  });

  it('post_plan without S3 buckets: the Guard rule does not apply (SKIP) and the task passes', async () => {
    const result = await runTask('taskrs-guard-pass', { plan_json_api_url: tfe.planUrl('plan-pass') });
    assert.equal(result.status, 'passed', result.message);
    assert.equal(result.outcomes.length, 0);
  });

  it('pre_plan: Terraform HCL is not given to Guard rules', async () => {
    const result = await runTask('taskrs-guard-hcl', { stage: 'pre_plan', plan_json_api_url: null, configuration_version_download_url: tfe.configurationUrl('cv-hcl') });
    assert.equal(result.outcomes.some((item) => item['outcome-id'] === 'TF_S3_BUCKET_ENCRYPTION_GUARD'), false, JSON.stringify(result.outcomes.map((item) => item['outcome-id'])));
  });

  it('a Guard file that does not parse: the server refuses to start, naming file:line:column', async () => {
    const broken = ruleDirectory(BROKEN);
    const run = cliIo({ TOSEI_HMAC_KEY: hmacKey, TOSEI_GUARD_RULES: broken }, broken);
    assert.equal(await runServe(['--port', '0', '--store-file', join(broken, 'jobs.db')], run.io, Promise.resolve()), 2);
    assert.match(run.out.stderr, /^tosei: cannot load the Guard rules: .*broken\.guard:\d+:\d+: /);
    assert.equal(run.out.stderr.includes('"listening"'), false);
  });
});

describe('Guard rules in the Config rule handler (SDK v3 against a fake AWS on 127.0.0.1)', () => {
  let fake: FakeAws;
  let restore: () => void;
  let clients: Awaited<ReturnType<typeof createClients>>;
  const deps = (extra: Partial<ConfigRuleDeps> = {}): ConfigRuleDeps => ({ clients, backoff: { sleep: async () => undefined }, ...extra });
  const putBodies = () => fake.calls('PutEvaluations', 'config').map((request) => request.body as { Evaluations: Record<string, unknown>[]; ResultToken: string });
  const captured = Date.parse('2026-11-30T12:00:00.000Z') / 1000;

  before(async () => {
    fake = await startFakeAws();
    restore = fake.useInProcess('us-east-1');
    clients = await createClients({ maxAttempts: 1 });
  });
  after(async () => {
    restore();
    await fake.stop();
  });
  beforeEach(() => {
    fake.requests.length = 0;
    fake.on('config', 'PutEvaluations', { json: { FailedEvaluations: [] } });
  });

  it('TOSEI_RULE names the Guard rule: FAIL -> NON_COMPLIANT with the custom message, PASS -> COMPLIANT, SKIP -> NOT_APPLICABLE', async () => {
    const guardRules = guardRulesOnce([ruleDirectory(CONFIG_RULES)]);
    const plain = buildConfigEvent({ item: bucketItem('plain-bucket'), resultToken: 'token-1' });
    const result = await handleConfigEvent(plain, deps({ ruleId: 'S3_BUCKET_SSE_CI_GUARD', guardRules }));
    assert.equal(result.ruleId, 'S3_BUCKET_SSE_CI_GUARD');
    assert.deepEqual(putBodies(), [
      {
        Evaluations: [
          {
            ComplianceResourceType: 'AWS::S3::Bucket',
            ComplianceResourceId: 'plain-bucket',
            ComplianceType: 'NON_COMPLIANT',
            Annotation: 'S3_BUCKET_SSE_CI_GUARD: Violation: the bucket has no default encryption',
            OrderingTimestamp: captured,
          },
        ],
        ResultToken: 'token-1',
      },
    ]);

    fake.requests.length = 0;
    const encrypted = buildConfigEvent({ item: bucketItem('kms-bucket', { ServerSideEncryptionConfiguration: sseConfiguration('aws:kms', 'alias/data') }), resultToken: 'token-2', ruleParameters: { toseiRule: 'S3_BUCKET_SSE_CI_GUARD' } });
    await handleConfigEvent(encrypted, deps({ guardRules }));
    assert.deepEqual(putBodies()[0]?.Evaluations, [{ ComplianceResourceType: 'AWS::S3::Bucket', ComplianceResourceId: 'kms-bucket', ComplianceType: 'COMPLIANT', Annotation: 'S3_BUCKET_SSE_CI_GUARD passed', OrderingTimestamp: captured }]);

    fake.requests.length = 0;
    const queue = buildConfigEvent({ item: buildConfigurationItem('AWS::SQS::Queue', { QueueName: 'jobs' }, { resourceId: 'https://sqs.us-east-1.amazonaws.com/123456789012/jobs' }), resultToken: 'token-3' });
    await handleConfigEvent(queue, deps({ ruleId: 'S3_BUCKET_SSE_CI_GUARD', guardRules }));
    assert.deepEqual(putBodies()[0]?.Evaluations, [
      { ComplianceResourceType: 'AWS::SQS::Queue', ComplianceResourceId: 'https://sqs.us-east-1.amazonaws.com/123456789012/jobs', ComplianceType: 'NOT_APPLICABLE', Annotation: 'S3_BUCKET_SSE_CI_GUARD does not apply (SKIP)', OrderingTimestamp: captured },
    ]);
  });

  it('the API-form item of an oversized notification (configuration as JSON text) is given to Guard as objects', async () => {
    const item = bucketItem('big-bucket', { ServerSideEncryptionConfiguration: sseConfiguration('AES256') }, { form: 'api' });
    const seconds = (value: unknown) => (typeof value === 'string' ? Date.parse(value) / 1000 : value);
    fake.on('config', 'GetResourceConfigHistory', { json: { configurationItems: [{ ...item, configurationItemCaptureTime: seconds(item.configurationItemCaptureTime), resourceCreationTime: seconds(item.resourceCreationTime) }] } });
    const event = buildConfigEvent({ messageType: 'OversizedConfigurationItemChangeNotification', item: bucketItem('big-bucket') });
    await handleConfigEvent(event, deps({ ruleId: 'S3_BUCKET_SSE_CI_GUARD', guardRules: guardRulesOnce([ruleDirectory(CONFIG_RULES)]) }));
    assert.equal(putBodies()[0]?.Evaluations[0]?.ComplianceType, 'COMPLIANT');
  });

  it('guardConfigItem: any item (JSON text or not) becomes plain data, never a throw', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.oneof(fc.string(), fc.jsonValue()), fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.jsonValue())), (rest, configuration, supplementary) => {
        const data = guardConfigItem({ ...rest, configuration, supplementaryConfiguration: supplementary });
        assert.deepEqual(JSON.parse(JSON.stringify(data)), data);
        if (typeof configuration !== 'string') assert.deepEqual(data.configuration, JSON.parse(JSON.stringify(configuration)) ?? null);
      }),
      { numRuns: 200 },
    );
  });

  it('a name that is neither a built-in nor a Guard rule is an error; a periodic event puts nothing for a Guard rule', async () => {
    const guardRules = guardRulesOnce([ruleDirectory(CONFIG_RULES)]);
    await assert.rejects(handleConfigEvent(buildConfigEvent({ item: bucketItem('b') }), deps({ ruleId: 'NO_SUCH_RULE', guardRules })), /unknown rule NO_SUCH_RULE \(neither a built-in rule nor a rule of the Guard rule files\)/);
    assert.equal(putBodies().length, 0);
    const periodic = await handleConfigEvent(buildConfigEvent({ messageType: 'ScheduledNotification' }), deps({ ruleId: 'S3_BUCKET_SSE_CI_GUARD', guardRules }));
    assert.deepEqual(periodic.putEvaluations, []);
    assert.match(periodic.problems[0]?.message ?? '', /runs on configuration item changes only/);
  });

  it('a Guard file that does not parse: an error naming file:line:column, nothing put (handler and `tosei config-rule invoke`)', async () => {
    const broken = ruleDirectory({ ...CONFIG_RULES, ...BROKEN });
    await assert.rejects(handleConfigEvent(buildConfigEvent({ item: bucketItem('b') }), deps({ ruleId: 'S3_BUCKET_SSE_CI_GUARD', guardRules: guardRulesOnce([broken]) })), /cannot load the Guard rules: .*broken\.guard:\d+:\d+: /);
    writeFileSync(join(broken, 'event.json'), JSON.stringify(buildConfigEvent({ item: bucketItem('b') })));
    const run = cliIo({}, broken);
    assert.equal(await runConfigRule(['invoke', '--event', 'event.json', '--rule', 'S3_BUCKET_SSE_CI_GUARD', '--rules', '.'], run.io), 2);
    assert.match(run.out.stderr, /broken\.guard:\d+:\d+: /);
    assert.equal(putBodies().length, 0);
  });
});
