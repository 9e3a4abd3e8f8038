// The CloudFormation hook gate over every target type, with request fixtures that follow protocols.md §A.
import assert from 'node:assert/strict';
import { builtinRules } from '../src/rules/index.js';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { handleHookRequest, type HookDependencies } from '../src/gates/cfn-hook/handler.js';
import { checkPayloadUrl, PayloadError, readStackPayload } from '../src/gates/cfn-hook/payload.js';
import { HookRequestError, parseHookRequest } from '../src/gates/cfn-hook/protocol.js';
import type { HookResponse } from '../src/gates/cfn-hook/response.js';
import { HookSettingsError, loadHookSettings, SettingsCache, type HookSettings } from '../src/gates/cfn-hook/settings.js';
import { defineRule, nonCompliant } from '../src/rules/define.js';
import { startLocalServer, type LocalServer } from './support/local-server.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures/cfn-hook');

function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as Record<string, unknown>;
}

/** A STACK / CHANGE_SET fixture whose presigned URL points at the local server instead of S3. */
function withPayloadUrl(name: string, url: string): Record<string, unknown> {
  const request = fixture(name);
  (request.requestData as Record<string, unknown>).payload = url;
  return request;
}

/** Every rule: these tests are about the protocol, and use rules outside the default set (S3_DEFAULT_ENCRYPTION_KMS). */
async function settingsFor(env: Record<string, string> = {}): Promise<HookSettings> {
  return loadHookSettings({ TOSEI_RULES_SET: 'all', ...env });
}

async function invoke(request: unknown, env: Record<string, string> = {}, extra: Partial<HookDependencies> = {}): Promise<HookResponse> {
  return handleHookRequest(request, { settings: await settingsFor(env), payload: { allowLoopback: true }, ...extra });
}

function annotation(response: HookResponse, ruleId: string) {
  return response.annotations?.find((item) => item.annotationName === ruleId);
}

/** §A.2.5 publishing requirements: FAILED carries an error code and a message; SUCCESS none; the token is echoed. */
function assertWellFormed(response: HookResponse, token: string, limit = 4096): void {
  assert.equal(response.clientRequestToken, token);
  assert.ok(response.message.length > 0 && response.message.length <= limit, `message length ${response.message.length}`);
  if (response.hookStatus === 'FAILED') assert.ok(response.errorCode === 'NonCompliant' || response.errorCode === 'InternalFailure');
  else if (response.hookStatus === 'IN_PROGRESS') {
    // §A.2.5 publishing requirements: IN_PROGRESS has no error code and a context to be given back.
    assert.equal(response.errorCode, undefined);
    assert.ok(response.callbackContext && typeof response.callbackContext === 'object');
  } else {
    assert.equal(response.hookStatus, 'SUCCESS');
    assert.equal(response.errorCode, undefined);
  }
  for (const item of response.annotations ?? []) {
    assert.ok(['PASSED', 'FAILED', 'SKIPPED'].includes(item.status));
    assert.ok(['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'].includes(item.severityLevel));
    if (item.remediationLink) assert.match(item.remediationLink, /^https?:\/\//);
  }
}

describe('cfn hook: RESOURCE targets (§A.2.1)', () => {
  it('CREATE: a bucket without a KMS key fails NonCompliant, naming rule and resource, with annotations', async () => {
    const response = await invoke(fixture('resource-create.json'));
    assertWellFormed(response, '4b90a7e4-b790-456b-a937-0cfdfa211dfe');
    assert.equal(response.hookStatus, 'FAILED');
    assert.equal(response.errorCode, 'NonCompliant');
    assert.match(response.message, /S3_DEFAULT_ENCRYPTION_KMS on RawDataBucket \(AWS::S3::Bucket\)/);
    const kms = annotation(response, 'S3_DEFAULT_ENCRYPTION_KMS');
    assert.equal(kms?.status, 'FAILED');
    assert.equal(kms?.severityLevel, 'MEDIUM');
    assert.match(kms?.remediationMessage ?? '', /KMS/);
    assert.match(kms?.remediationLink ?? '', /S3_DEFAULT_ENCRYPTION_KMS\.md$/);
    assert.equal(annotation(response, 'S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED')?.status, 'PASSED');
    // A create has no previous state: the change-aware rule does not apply, so it gets no annotation.
    assert.equal(annotation(response, 'S3_ENCRYPTION_ALGORITHM_UNCHANGED'), undefined);
  });

  it('UPDATE: previousResourceProperties reach the change-aware rule (aws:kms -> AES256 fails)', async () => {
    const response = await invoke(fixture('resource-update.json'), { TOSEI_RULES: 'S3_ENCRYPTION_ALGORITHM_UNCHANGED' });
    assertWellFormed(response, '9d3c7bb2-5a57-4c40-9d0e-6e3b1d9f7a01');
    assert.equal(response.errorCode, 'NonCompliant');
    assert.match(response.message, /S3_ENCRYPTION_ALGORITHM_UNCHANGED ArchiveBucket \(AWS::S3::Bucket\): The update changes the default encryption of bucket ArchiveBucket from aws:kms to AES256/);
    assert.deepEqual(response.annotations?.map((item) => [item.annotationName, item.status, item.severityLevel]), [['S3_ENCRYPTION_ALGORITHM_UNCHANGED', 'FAILED', 'HIGH']]);
  });

  it('DELETE: resourceProperties are empty and nothing blocks a delete', async () => {
    const response = await invoke(fixture('resource-delete.json'));
    assertWellFormed(response, '0b7c4a1e-2f6d-4c0e-8a5b-3d9e1f2a4b6c');
    assert.equal(response.hookStatus, 'SUCCESS');
    assert.match(response.message, /nothing to check/);
  });

  it('the spellings of the doc\'s syntax block (clientRequesttoken, stackID) are tolerated (§A.2.2)', async () => {
    const request = fixture('resource-create.json');
    request.clientRequesttoken = request.clientRequestToken;
    request.stackID = request.stackId;
    delete request.clientRequestToken;
    delete request.stackId;
    const parsed = parseHookRequest(request);
    assert.equal(parsed.cloudControl, false);
    assert.equal(parsed.region, 'us-west-2');
    const response = await invoke(request, { TOSEI_RULES: 'S3_DEFAULT_ENCRYPTION_KMS' });
    assertWellFormed(response, '4b90a7e4-b790-456b-a937-0cfdfa211dfe');
    assert.equal(response.errorCode, 'NonCompliant');
  });

  it('an unknown resource type: SUCCESS, nothing to check', async () => {
    const response = await invoke(fixture('unknown-type.json'));
    assertWellFormed(response, 'a1b2c3d4-0000-4000-8000-000000000001');
    assert.equal(response.hookStatus, 'SUCCESS');
    assert.equal(response.annotations, undefined);
    assert.match(response.message, /WaitHandle \(AWS::CloudFormation::WaitConditionHandle\).*no Tosei rule applies/);
  });

  it('a rule that needs the rest of the stack does not decide on one resource (a VPC alone is not "without flow logs")', async () => {
    const request = fixture('resource-create.json');
    const data = request.requestData as Record<string, unknown>;
    Object.assign(data, { targetName: 'AWS::EC2::VPC', targetType: 'AWS::EC2::VPC', targetLogicalId: 'Vpc', targetModel: { resourceProperties: { CidrBlock: '10.0.0.0/16' } } });
    const response = await invoke(request, { TOSEI_RULES: 'VPC_FLOW_LOGS_ENABLED' });
    assert.equal(response.hookStatus, 'SUCCESS');
    assert.equal(annotation(response, 'VPC_FLOW_LOGS_ENABLED')?.status, 'SKIPPED');
    assert.match(annotation(response, 'VPC_FLOW_LOGS_ENABLED')?.statusMessage ?? '', /other resources of the stack/);
  });

  it('values delivered as strings ("true", "22") are read as CloudFormation reads them', async () => {
    const request = fixture('resource-create.json');
    Object.assign(request.requestData as Record<string, unknown>, {
      targetName: 'AWS::EC2::SecurityGroup',
      targetType: 'AWS::EC2::SecurityGroup',
      targetLogicalId: 'Web',
      targetModel: { resourceProperties: { GroupDescription: 'web', SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: '22', ToPort: '22', CidrIp: '0.0.0.0/0' }] } },
    });
    // An open ingress rule of the group itself is a violation whatever else the stack holds.
    const response = await invoke(request, { TOSEI_RULES: 'INCOMING_SSH_DISABLED' });
    assert.equal(response.errorCode, 'NonCompliant');
    assert.match(response.message, /INCOMING_SSH_DISABLED on Web/);
    // A closed group is not "compliant" on its own: an AWS::EC2::SecurityGroupIngress elsewhere may open it.
    Object.assign(request.requestData as Record<string, unknown>, { targetModel: { resourceProperties: { GroupDescription: 'web' } } });
    assert.equal(annotation(await invoke(request, { TOSEI_RULES: 'INCOMING_SSH_DISABLED' }), 'INCOMING_SSH_DISABLED')?.status, 'SKIPPED');
    Object.assign(request.requestData as Record<string, unknown>, {
      targetName: 'AWS::EC2::Volume',
      targetLogicalId: 'Disk',
      targetModel: { resourceProperties: { AvailabilityZone: 'us-west-2a', Size: '100', Encrypted: 'false' } },
    });
    const volume = await invoke(request, { TOSEI_RULES: 'ENCRYPTED_VOLUMES' });
    assert.equal(volume.errorCode, 'NonCompliant');
    assert.match(volume.message, /ENCRYPTED_VOLUMES on Disk/);
  });
});

describe('cfn hook: CLOUD_CONTROL targets (§A.2.4)', () => {
  it('empty stackId: evaluated like a resource, message within 1024 characters', async () => {
    const response = await invoke(fixture('cloud-control.json'), { TOSEI_RULES: 'SQS_QUEUE_ENCRYPTED_KMS' });
    assertWellFormed(response, 'ccapi-5e6f7a8b-1c2d-4e3f-9a0b-1c2d3e4f5a6b', 1024);
    assert.equal(response.errorCode, 'NonCompliant');
    assert.match(response.message, /SQS_QUEUE_ENCRYPTED_KMS on AWS::SQS::Queue-orders-CREATE-/);
    const request = parseHookRequest(fixture('cloud-control.json'));
    assert.equal(request.cloudControl, true);
  });

  it('many violations of one resource still name every rule within 1024 characters', async () => {
    const request = fixture('cloud-control.json');
    Object.assign(request.requestData as Record<string, unknown>, { targetName: 'AWS::S3::Bucket', targetLogicalId: `AWS::S3::Bucket-${'x'.repeat(150)}`, targetModel: { resourceProperties: {} } });
    const response = await invoke(request);
    assertWellFormed(response, 'ccapi-5e6f7a8b-1c2d-4e3f-9a0b-1c2d3e4f5a6b', 1024);
    assert.equal(response.errorCode, 'NonCompliant');
    const failed = (response.annotations ?? []).filter((item) => item.status === 'FAILED');
    assert.ok(failed.length >= 3);
    for (const item of failed) assert.ok(response.message.includes(item.annotationName), `${item.annotationName} in ${response.message}`);
  });
});

describe('cfn hook: STACK and CHANGE_SET targets (§A.2.2, §A.2.3), payload from a local server', () => {
  let server: LocalServer;
  const bodies: Record<string, { status?: number; body?: string; delayMs?: number; headers?: Record<string, string> }[]> = {};
  before(async () => {
    server = await startLocalServer(async (request, response) => {
      const path = request.url.split('?')[0] ?? '/';
      const queue = bodies[path] ?? [];
      const next = queue.length > 1 ? queue.shift()! : queue[0];
      if (!next) {
        response.statusCode = 404;
        response.end('<Error><Code>NoSuchKey</Code></Error>');
        return;
      }
      if (next.delayMs) await new Promise((resolve) => setTimeout(resolve, next.delayMs));
      response.writeHead(next.status ?? 200, { 'content-type': 'application/json', ...next.headers });
      response.end(next.body ?? '');
    });
    for (const name of ['stack', 'change-set', 'unresolved']) bodies[`/${name}`] = [{ body: readFileSync(join(FIXTURES, `${name}.payload.json`), 'utf8') }];
  });
  after(() => server.close());

  const presigned = (path: string) => `${server.url}${path}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=abc`;

  it('STACK: the whole graph of the raw YAML template, with the previous template for change-aware rules', async () => {
    const seen = server.requests.length;
    const response = await invoke(withPayloadUrl('stack.json', presigned('/stack')));
    assertWellFormed(response, 'f8da6d11-b23f-48f4-814c-0fb6a667f50e');
    assert.equal(response.errorCode, 'NonCompliant');
    // The flow log in the template logs Vpc (a graph question), not AppVpc.
    assert.match(response.message, /VPC_FLOW_LOGS_ENABLED on AppVpc \(AWS::EC2::VPC\);/);
    assert.doesNotMatch(response.message, /VPC_FLOW_LOGS_ENABLED on [^;]*\bVpc \(/);
    assert.match(response.message, /INCOMING_SSH_DISABLED on WebSecurityGroup/);
    assert.match(response.message, /S3_ENCRYPTION_ALGORITHM_UNCHANGED on ArchiveBucket/);
    assert.match(response.message, /in stack NetworkStack \(UPDATE_PRE_PROVISION\)/);
    const fetched = server.requests.slice(seen);
    assert.equal(fetched.length, 1);
    assert.equal(fetched[0]?.method, 'GET');
    assert.equal(fetched[0]?.headers.authorization, undefined, 'a plain GET, no auth headers (§A.2.2)');
    assert.match(fetched[0]?.url ?? '', /X-Amz-Signature=abc/);
  });

  it('STACK delete: the template is empty, nothing to check', async () => {
    bodies['/deleted'] = [{ body: JSON.stringify({ template: '', previousTemplate: '' }) }];
    const request = withPayloadUrl('stack.json', presigned('/deleted'));
    request.actionInvocationPoint = 'DELETE_PRE_PROVISION';
    const response = await invoke(request);
    assert.equal(response.hookStatus, 'SUCCESS');
  });

  it('CHANGE_SET: stringified afterContext values decide, unknown template parameters do not', async () => {
    const response = await invoke(withPayloadUrl('change-set.json', presigned('/change-set')), { TOSEI_RULES: 'ENCRYPTED_VOLUMES,SQS_QUEUE_ENCRYPTED_KMS' });
    assertWellFormed(response, 'f8da6d11-b23f-48f4-814c-0fb6a667f50e');
    assert.equal(response.errorCode, 'NonCompliant');
    // Encrypted: !Ref Encrypt is unknown in the template; the change set says "false".
    assert.match(response.message, /ENCRYPTED_VOLUMES on DataVolume \(AWS::EC2::Volume\)/);
    assert.equal(annotation(response, 'SQS_QUEUE_ENCRYPTED_KMS')?.status, 'PASSED');
    // The deleted queue is not evaluated; the untouched one is part of the graph.
    assert.doesNotMatch(JSON.stringify(response), /\bSQSQueue:/);
    assert.match(annotation(response, 'SQS_QUEUE_ENCRYPTED_KMS')?.statusMessage ?? '', /UntouchedQueue/);
  });

  it('CHANGE_SET: the change set resolves a parameter the raw template can not', async () => {
    const payload = JSON.parse(readFileSync(join(FIXTURES, 'change-set.payload.json'), 'utf8')) as { changedResources: { afterContext: string | null; logicalResourceId: string }[] };
    const volume = payload.changedResources.find((change) => change.logicalResourceId === 'DataVolume')!;
    volume.afterContext = volume.afterContext!.replace('"Encrypted": "false"', '"Encrypted": "true"');
    bodies['/change-set-encrypted'] = [{ body: JSON.stringify(payload) }];
    const response = await invoke(withPayloadUrl('change-set.json', presigned('/change-set-encrypted')), { TOSEI_RULES: 'ENCRYPTED_VOLUMES' });
    assert.equal(response.hookStatus, 'SUCCESS', response.message);
    assert.equal(annotation(response, 'ENCRYPTED_VOLUMES')?.status, 'PASSED');
  });

  it('unresolved values: INSUFFICIENT_DATA is reported (SKIPPED) and does not fail, unless asked to', async () => {
    const url = presigned('/unresolved');
    // The rules the fixture is about: its bucket's encryption is set by a parameter without a value.
    const rules = { TOSEI_RULES: 'S3_DEFAULT_ENCRYPTION_KMS,S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED' };
    const response = await invoke(withPayloadUrl('unresolved.json', url), rules);
    assertWellFormed(response, '6a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d');
    assert.equal(response.hookStatus, 'SUCCESS', response.message);
    assert.match(response.message, /could not be decided \(INSUFFICIENT_DATA, not blocking\): .*S3_DEFAULT_ENCRYPTION_KMS on ReportsBucket/);
    assert.equal(annotation(response, 'S3_DEFAULT_ENCRYPTION_KMS')?.status, 'SKIPPED');
    assert.match(annotation(response, 'S3_DEFAULT_ENCRYPTION_KMS')?.statusMessage ?? '', /parameter Algorithm is set at deploy time/);
    const strict = await invoke(withPayloadUrl('unresolved.json', url), { ...rules, TOSEI_FAIL_ON_INSUFFICIENT_DATA: 'true' });
    assert.equal(strict.errorCode, 'NonCompliant');
    assert.match(strict.message, /undecidable/);
  });

  it('many violations: every rule is named within 4096 characters, the rest counted', async () => {
    const buckets = Array.from({ length: 120 }, (_, index) => `  Bucket${index}WithAFairlyLongLogicalId:\n    Type: AWS::S3::Bucket\n`).join('');
    bodies['/many'] = [{ body: JSON.stringify({ template: `Resources:\n${buckets}` }) }];
    const response = await invoke(withPayloadUrl('stack.json', presigned('/many')));
    assertWellFormed(response, 'f8da6d11-b23f-48f4-814c-0fb6a667f50e');
    assert.equal(response.errorCode, 'NonCompliant');
    assert.ok(response.message.length <= 4096);
    for (const item of response.annotations ?? []) if (item.status === 'FAILED') assert.ok(response.message.includes(item.annotationName), item.annotationName);
    assert.match(response.message, /on Bucket0WithAFairlyLongLogicalId \(AWS::S3::Bucket\), Bucket1WithAFairlyLongLogicalId/);
    assert.match(response.message, /and \d+ more \(see the annotations\)$/);
    // Few enough to fit: every rule and every resource is named.
    bodies['/few'] = [{ body: JSON.stringify({ template: `Resources:\n${buckets.split('\n').slice(0, 8).join('\n')}\n` }) }];
    const few = await invoke(withPayloadUrl('stack.json', presigned('/few')));
    for (const item of few.annotations ?? []) {
      if (item.status !== 'FAILED') continue;
      for (let index = 0; index < 4; index++) assert.match(few.message, new RegExp(`${item.annotationName} on [^;]*Bucket${index}WithAFairlyLongLogicalId`));
    }
  });

  it('a template that does not parse fails closed with the line', async () => {
    bodies['/broken'] = [{ body: JSON.stringify({ template: 'Resources:\n  Bucket:\n    Type: [AWS::S3::Bucket\n' }) }];
    const response = await invoke(withPayloadUrl('stack.json', presigned('/broken')));
    assert.equal(response.errorCode, 'InternalFailure');
    assert.match(response.message, /NetworkStack:\d+/);
  });

  it('fetch errors fail closed: 404, too large, timeout, redirect, not JSON', async () => {
    const cases: [string, (typeof bodies)[string], RegExp][] = [
      ['/missing', [], /HTTP 404/],
      ['/large', [{ body: JSON.stringify({ template: 'x'.repeat(5000) }) }], /larger than the 1000-byte limit/],
      ['/slow', [{ body: '{}', delayMs: 2000 }], /timed out/],
      ['/redirect', [{ status: 302, headers: { location: 'http://169.254.169.254/latest/meta-data/' } }], /failed/],
      ['/text', [{ body: 'not json' }], /not JSON/],
    ];
    for (const [path, queue, expected] of cases) {
      bodies[path] = queue;
      const seen = server.requests.length;
      // The last of the three calls §A.2.6 allows: no IN_PROGRESS left, the answer is final.
      const request = { ...withPayloadUrl('stack.json', presigned(path)), requestContext: { invocation: 3, callbackContext: { tosei: { waitingFor: 'payload', call: 2 } } } };
      const response = await invoke(request, {}, { payload: { allowLoopback: true, maxBytes: 1000, timeoutMs: 300 } });
      assert.equal(response.errorCode, 'InternalFailure', path);
      assert.match(response.message, expected, path);
      assert.doesNotMatch(response.message, /X-Amz-Signature/, 'the presigned URL is never echoed');
      assert.ok(server.requests.length - seen <= 1, `${path}: 4xx and redirects are not retried`);
    }
  });

  it('a payload fetch that times out asks to be called back (IN_PROGRESS), and the call back is answered', async () => {
    const body = readFileSync(join(FIXTURES, 'stack.payload.json'), 'utf8');
    bodies['/late'] = [{ body, delayMs: 2000 }, { body }];
    const first = await invoke(withPayloadUrl('stack.json', presigned('/late')), {}, { payload: { allowLoopback: true, timeoutMs: 300 } });
    assertWellFormed(first, 'f8da6d11-b23f-48f4-814c-0fb6a667f50e');
    assert.equal(first.hookStatus, 'IN_PROGRESS');
    assert.match(first.message, /timed out.*call 1 of 3/);
    assert.ok((first.callbackDelaySeconds ?? 0) > 0);
    const callback = { ...withPayloadUrl('stack.json', presigned('/late')), requestContext: { invocation: 2, callbackContext: first.callbackContext } };
    const second = await invoke(callback, {}, { payload: { allowLoopback: true, timeoutMs: 1000 } });
    assert.equal(second.hookStatus, 'FAILED');
    assert.equal(second.errorCode, 'NonCompliant');
    // A fault that will not pass (404) is not worth a call back.
    bodies['/gone'] = [];
    const gone = await invoke(withPayloadUrl('stack.json', presigned('/gone')));
    assert.equal(gone.errorCode, 'InternalFailure');
  });

  it('a malformed requestContext is refused, not guessed', async () => {
    for (const requestContext of [{ invocation: 0 }, { invocation: 'two' }, { invocation: 2, callbackContext: 'x' }, 'ctx']) {
      const response = await invoke({ ...fixture('resource-create.json'), requestContext });
      assert.equal(response.errorCode, 'InternalFailure', JSON.stringify(requestContext));
      assert.match(response.message, /requestContext/);
    }
  });

  it('retries 503 (as the Python plugin does) and then succeeds', async () => {
    const body = readFileSync(join(FIXTURES, 'stack.payload.json'), 'utf8');
    bodies['/flaky'] = [{ status: 503 }, { status: 503 }, { body }];
    const seen = server.requests.length;
    const response = await invoke(withPayloadUrl('stack.json', presigned('/flaky')));
    assert.equal(response.errorCode, 'NonCompliant');
    assert.equal(server.requests.length - seen, 3);
  });

  it('only S3 hosts over https; loopback only when the handler allows it, never by request', async () => {
    for (const url of ['http://example.com/x', 'https://example.com/x', 'https://s3.amazonaws.com.evil.example/x', 'https://user:pw@bucket.s3.amazonaws.com/x', 'file:///etc/passwd', 'http://bucket.s3.amazonaws.com/x']) {
      assert.throws(() => checkPayloadUrl(url, true), PayloadError, url);
    }
    assert.equal(checkPayloadUrl('https://b.s3.us-west-2.amazonaws.com/k?X-Amz-Signature=1').hostname, 'b.s3.us-west-2.amazonaws.com');
    assert.equal(checkPayloadUrl('https://b.s3.cn-north-1.amazonaws.com.cn/k').hostname, 'b.s3.cn-north-1.amazonaws.com.cn');
    assert.throws(() => checkPayloadUrl(`${server.url}/stack`), /not an Amazon S3 host/);
    const seen = server.requests.length;
    const request = withPayloadUrl('stack.json', presigned('/stack'));
    (request.requestData as Record<string, unknown>).allowLoopback = true;
    const response = await handleHookRequest(request, { settings: await settingsFor() });
    assert.equal(response.errorCode, 'InternalFailure');
    assert.match(response.message, /127\.0\.0\.1 is not an Amazon S3 host/);
    assert.equal(server.requests.length, seen, 'no request was made');
  });
});

describe('cfn hook: the Guard hook input document (§A.4)', () => {
  const context = {
    AwsAccountId: '123456789012',
    StackId: 'arn:aws:cloudformation:us-west-2:123456789012:stack/MyStack/1a2345b6-0000-00a0-a123-00abc0abc000',
    HookTypeName: 'org::s3policy::hook',
    HookTypeVersion: '00001',
    InvocationPoint: 'UPDATE_PRE_PROVISION',
    TargetName: 'AWS::S3::Bucket',
    TargetType: 'RESOURCE',
    TargetLogicalId: 'MyS3Bucket',
    ChangeSetId: '',
  };

  it('RESOURCE: Resources.<TargetLogicalId> with Previous is judged like the Lambda request of the same target', async () => {
    const input = {
      HookContext: context,
      Resources: { MyS3Bucket: { Type: 'AWS::S3::Bucket', Properties: { BucketName: 'amzn-s3-demo-bucket', BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] } } } },
      Previous: { MyS3Bucket: { Type: 'AWS::S3::Bucket', Properties: { BucketName: 'amzn-s3-demo-bucket', BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms' } }] } } } },
    };
    const request = parseHookRequest(input);
    assert.equal(request.shape, 'guard-hook');
    assert.equal(request.accountId, '123456789012');
    assert.equal(request.region, 'us-west-2');
    const response = await invoke(input, { TOSEI_RULES: 'S3_ENCRYPTION_ALGORITHM_UNCHANGED' });
    assertWellFormed(response, '');
    assert.equal(response.errorCode, 'NonCompliant');
    assert.match(response.message, /S3_ENCRYPTION_ALGORITHM_UNCHANGED MyS3Bucket \(AWS::S3::Bucket\)/);
    // The syntax block's spellings (AWSAccountID, ResourceType/ResourceProperties) are read too.
    const spelled = { HookContext: { ...context, AwsAccountId: undefined, AWSAccountID: '210987654321', TargetName: undefined }, Resources: { MyS3Bucket: { ResourceType: 'AWS::S3::Bucket', ResourceProperties: { BucketName: 'b' } } } };
    const read = parseHookRequest(spelled);
    assert.equal(read.accountId, '210987654321');
    assert.equal(read.target.kind === 'RESOURCE' && read.target.typeName, 'AWS::S3::Bucket');
  });

  it('STACK and CHANGE_SET: the template at the top level, Previous and Changes', async () => {
    const template = {
      AWSTemplateFormatVersion: '2010-09-09',
      Resources: {
        Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.20.0.0/16' } },
        WebSecurityGroup: { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'web tier', VpcId: { Ref: 'Vpc' }, SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0' }] } },
      },
    };
    const stack = await invoke({ HookContext: { ...context, TargetType: 'STACK', TargetName: 'NetworkStack', TargetLogicalId: 'NetworkStack' }, ...template, Previous: {} });
    assertWellFormed(stack, '');
    assert.equal(stack.errorCode, 'NonCompliant');
    assert.match(stack.message, /WebSecurityGroup/);
    const changes = [{ logicalResourceId: 'WebSecurityGroup', resourceType: 'AWS::EC2::SecurityGroup', action: 'CREATE', lineNumber: 22, afterContext: JSON.stringify({ Properties: { GroupDescription: 'web tier', SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: '22', ToPort: '22', CidrIp: '0.0.0.0/0' }] } }) }];
    const changeSet = await invoke({ HookContext: { ...context, TargetType: 'CHANGE_SET', TargetName: 'CHANGE_SET', TargetLogicalId: 'arn:aws:cloudformation:us-west-2:123456789012:changeSet/cs/1' }, ...template, Previous: {}, Changes: changes });
    assertWellFormed(changeSet, '');
    assert.equal(changeSet.errorCode, 'NonCompliant');
  });

  it('a Guard hook input that names no target, or a target of the wrong shape, fails closed', async () => {
    for (const input of [
      { HookContext: { ...context, TargetLogicalId: '' }, Resources: {} },
      { HookContext: { ...context, InvocationPoint: 'SOMETIME' }, Resources: {} },
      { HookContext: context, Resources: { MyS3Bucket: 'bucket' } },
      { HookContext: context, Resources: [] },
    ]) {
      const response = await invoke(input);
      assert.equal(response.errorCode, 'InternalFailure', JSON.stringify(input));
    }
  });
});

describe('cfn hook: classic registry-hook shapes (§A.5)', () => {
  it('the registry wire request (requestData + callerCredentials, extra keys ignored)', async () => {
    const response = await invoke(fixture('classic-wire.json'), { TOSEI_RULES: 'SQS_QUEUE_ENCRYPTED_KMS' });
    assertWellFormed(response, '123456');
    assert.equal(response.errorCode, 'NonCompliant');
    assert.doesNotMatch(JSON.stringify(response), /wJalrXUtnFEMI/, 'credentials never reach the response');
  });

  it('the handler request { clientRequestToken, hookContext } with targetModel', async () => {
    const request = parseHookRequest(fixture('classic-handler.json'));
    assert.equal(request.shape, 'classic');
    assert.equal(request.invocationPoint, 'UPDATE_PRE_PROVISION');
    assert.equal(request.region, 'us-east-1');
    const response = await invoke(fixture('classic-handler.json'), { TOSEI_RULES: 'S3_ENCRYPTION_ALGORITHM_UNCHANGED,S3_DEFAULT_ENCRYPTION_KMS' });
    assertWellFormed(response, 'classic-handler-1');
    assert.equal(response.hookStatus, 'SUCCESS', response.message);
    assert.equal(annotation(response, 'S3_ENCRYPTION_ALGORITHM_UNCHANGED')?.status, 'PASSED');
  });

  it('the cloudformation-cli test event { actionInvocationPoint, request: { hookContext } }', async () => {
    const response = await invoke(fixture('classic-test-event.json'), { TOSEI_RULES: 'S3_DEFAULT_ENCRYPTION_KMS' });
    assertWellFormed(response, 'classic-test-event-1');
    assert.equal(response.errorCode, 'NonCompliant');
    assert.match(response.message, /PlainBucket/);
  });

  it('a classic STACK handler request carries its template inline (PascalCase keys)', async () => {
    const response = await invoke({
      clientRequestToken: 'inline-stack',
      hookContext: {
        stackId: 'arn:aws:cloudformation:us-east-1:123456789012:stack/Inline/e722ae60-fe62-11e8-9a0e-0ae8cc519968',
        invocationPoint: 'CREATE_PRE_PROVISION',
        targetName: 'STACK',
        targetType: 'STACK',
        targetLogicalId: 'Inline',
        targetModel: { Template: { Resources: { Disk: { Type: 'AWS::EC2::Volume', Properties: { AvailabilityZone: 'us-east-1a', Size: 10 } } } } },
      },
    }, { TOSEI_RULES: 'ENCRYPTED_VOLUMES' });
    assertWellFormed(response, 'inline-stack');
    assert.match(response.message, /ENCRYPTED_VOLUMES on Disk/);
  });
});

describe('cfn hook: errors are InternalFailure, never a silent SUCCESS', () => {
  it('a malformed request: a clear message, the token still echoed', async () => {
    const response = await invoke(fixture('malformed.json'));
    assertWellFormed(response, 'malformed-1');
    assert.equal(response.errorCode, 'InternalFailure');
    assert.match(response.message, /invalid hook request: actionInvocationPoint must be one of CREATE_PRE_PROVISION/);
    const badTarget = fixture('malformed.json');
    badTarget.actionInvocationPoint = 'CREATE_PRE_PROVISION';
    assert.match((await invoke(badTarget)).message, /targetName must be STACK, CHANGE_SET or a resource type like AWS::S3::Bucket, got "S3 bucket"/);
    for (const raw of [null, 'text', [], {}, { requestData: {} }]) assert.equal((await invoke(raw)).errorCode, 'InternalFailure');
  });

  it('a crashing rule fails the hook with InternalFailure naming the rule', async () => {
    const crashing = defineRule<Record<string, never>>({
      meta: { id: 'TEST_CRASHES', title: 't', description: 't', severity: 'low', resourceTypes: ['AWS::S3::Bucket'], messages: { x: 'x' }, remediation: 'none' },
      check() {
        throw new Error('boom');
      },
    });
    const settings = await settingsFor({ TOSEI_RULES: 'S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED' });
    const response = await handleHookRequest(fixture('resource-create.json'), { settings: { ...settings, rules: [...settings.rules, { rule: crashing, params: {}, severity: 'low' }] } });
    assert.equal(response.errorCode, 'InternalFailure');
    assert.match(response.message, /rule TEST_CRASHES crashed on RawDataBucket: boom/);
    assert.equal(annotation(response, 'TEST_CRASHES')?.status, 'FAILED');
    // A violation still wins: the user learns what to fix.
    const failing = defineRule<Record<string, never>>({ ...crashing, meta: { ...crashing.meta, id: 'TEST_FAILS' }, check: () => nonCompliant('x', {}, []) });
    const both = await handleHookRequest(fixture('resource-create.json'), { settings: { ...settings, rules: [{ rule: crashing, params: {}, severity: 'low' }, { rule: failing, params: {}, severity: 'low' }] } });
    assert.equal(both.errorCode, 'NonCompliant');
    assert.match(both.message, /1 check\(s\) could not run: rule TEST_CRASHES crashed/);
  });

  it('bad settings fail closed with the reason', async () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ TOSEI_SEVERITY_THRESHOLD: 'urgent' }, /TOSEI_SEVERITY_THRESHOLD must be one of/],
      [{ TOSEI_RULES: 'NOT_A_RULE' }, /unknown rule "NOT_A_RULE"/],
      [{ TOSEI_PARAMETERS: '{"RESTRICTED_INCOMING_TRAFFIC": 22}' }, /TOSEI_PARAMETERS must be a JSON object/],
      [{ TOSEI_CONFIG_S3_URI: 'https://bucket/key' }, /must look like s3:\/\/bucket\/key/],
    ];
    for (const [env, expected] of cases) {
      const response = await handleHookRequest(fixture('resource-create.json'), { settings: () => loadHookSettings(env) });
      assert.equal(response.errorCode, 'InternalFailure');
      assert.match(response.message, expected);
    }
  });
});

describe('cfn hook: settings', () => {
  it('runs the recommended rule set unless TOSEI_RULES_SET or the config object names another', async () => {
    const ids = (settings: HookSettings) => new Set(settings.rules.map((active) => active.rule.meta.id));
    const byDefault = ids(await loadHookSettings({}));
    assert.equal(byDefault.has('S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED'), true);
    assert.equal(byDefault.has('S3_DEFAULT_ENCRYPTION_KMS'), false);
    assert.equal(byDefault.has('S3_BUCKET_ENCRYPTION_CONFIGURED'), false);
    assert.equal(ids(await loadHookSettings({ TOSEI_RULES_SET: 'all' })).has('S3_DEFAULT_ENCRYPTION_KMS'), true);
    assert.equal(ids(await loadHookSettings({}, {}, { text: 'rulesSet: all\n', file: 'hook.tosei.yml' })).has('VPC_NO_IPV6'), true);
    await assert.rejects(loadHookSettings({ TOSEI_RULES_SET: 'everything' }), (error: Error) => error instanceof HookSettingsError && /unknown rule set "everything"/.test(error.message));
    // The default set: a bucket with AES256 default encryption and a public access block passes.
    const response = await handleHookRequest(fixture('resource-create.json'), { settings: await loadHookSettings({ TOSEI_SKIP_RULES: 'S3_BUCKET_LOGGING_ENABLED' }) });
    assert.equal(response.hookStatus, 'SUCCESS', response.message);
  });

  it('threshold, parameters and exceptions from the environment and a config object', async () => {
    const below = await invoke(fixture('resource-create.json'), { TOSEI_SEVERITY_THRESHOLD: 'high', TOSEI_RULES: 'S3_DEFAULT_ENCRYPTION_KMS' });
    assert.equal(below.hookStatus, 'SUCCESS');
    assert.match(below.message, /below the high severity threshold \(not blocking\): S3_DEFAULT_ENCRYPTION_KMS on RawDataBucket/);
    assert.match(annotation(below, 'S3_DEFAULT_ENCRYPTION_KMS')?.statusMessage ?? '', /not blocking/);
    const parameters = await invoke(fixture('resource-create.json'), { TOSEI_RULES: 'S3_BUCKET_ENCRYPTION_CONFIGURED', TOSEI_PARAMETERS: '{"S3_BUCKET_ENCRYPTION_CONFIGURED": {"encryptionAlgorithm": "aws:kms"}}' });
    assert.match(parameters.message, /AES256, but aws:kms is required|aws:kms is required/);
    const config = [
      'rulesSet: all',
      'rules:',
      // Every other bucket rule of the whole set is off: the test is about the exception below.
      ...builtinRules.filter((rule) => rule.meta.resourceTypes.includes('AWS::S3::Bucket') && rule.meta.id !== 'S3_DEFAULT_ENCRYPTION_KMS').map((rule) => `  ${rule.meta.id}: off`),
      'exceptions:',
      '  - rule: S3_DEFAULT_ENCRYPTION_KMS',
      '    resource: "RawData*"',
      '    file: "DataStack"',
      '    reason: raw data is re-encrypted by the ingest job',
    ].join('\n');
    const settings = await loadHookSettings({}, {}, { text: config, file: 'hook.tosei.yml' });
    const response = await handleHookRequest(fixture('resource-create.json'), { settings });
    assert.equal(response.hookStatus, 'SUCCESS', response.message);
    assert.equal(annotation(response, 'S3_DEFAULT_ENCRYPTION_KMS')?.status, 'SKIPPED');
    assert.match(annotation(response, 'S3_DEFAULT_ENCRYPTION_KMS')?.statusMessage ?? '', /suppressed \(raw data is re-encrypted/);
    assert.rejects(loadHookSettings({}, {}, { text: 'rules:\n  NOPE: off\n', file: 'bad.yml' }), /bad\.yml:2: unknown rule "NOPE"/);
  });

  it('the per-container cache reloads after its TTL and does not keep a failure', async () => {
    let clock = 0;
    let loads = 0;
    let fail = false;
    const cache = new SettingsCache(async () => {
      loads += 1;
      if (fail) throw new Error('SSM unavailable');
      return settingsFor();
    }, 1000, () => clock);
    await Promise.all([cache.get(), cache.get()]);
    assert.equal(loads, 1);
    clock = 999;
    await cache.get();
    assert.equal(loads, 1);
    clock = 1000;
    fail = true;
    await assert.rejects(cache.get(), /SSM unavailable/);
    fail = false;
    await cache.get();
    assert.equal(loads, 3);
  });
});

describe('cfn hook: parsers under malformed input (property-based)', () => {
  const json = fc.jsonValue({ maxDepth: 4 });
  const mutate = (base: Record<string, unknown>) =>
    fc.tuple(fc.constantFrom('clientRequestToken', 'actionInvocationPoint', 'requestData', 'stackId', 'hookContext', 'request'), json, fc.constantFrom('targetName', 'targetType', 'targetLogicalId', 'targetModel', 'payload'), json).map(([key, value, dataKey, dataValue]) => {
      const copy = structuredClone(base);
      copy[key] = value;
      if (copy.requestData && typeof copy.requestData === 'object' && !Array.isArray(copy.requestData)) (copy.requestData as Record<string, unknown>)[dataKey] = dataValue;
      return copy;
    });

  it('parseHookRequest throws only HookRequestError', () => {
    fc.assert(
      fc.property(fc.oneof(json, mutate(fixture('resource-update.json')), mutate(fixture('stack.json'))), (raw) => {
        try {
          parseHookRequest(raw);
        } catch (error) {
          assert.ok(error instanceof HookRequestError, String(error));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('handleHookRequest always answers per §A.2.5 and never SUCCESS for an unreadable request', async () => {
    const settings = await settingsFor();
    await fc.assert(
      fc.asyncProperty(fc.oneof(json, mutate(fixture('resource-create.json')), mutate(fixture('classic-wire.json'))), async (raw) => {
        const response = await handleHookRequest(raw, { settings, loadPayload: async () => ({ template: 'Resources: {}' }) });
        assert.ok(response.hookStatus === 'SUCCESS' || response.hookStatus === 'FAILED');
        assert.equal(typeof response.clientRequestToken, 'string');
        if (response.hookStatus === 'FAILED') assert.ok(response.errorCode);
        let parsed = true;
        try {
          parseHookRequest(raw);
        } catch {
          parsed = false;
        }
        if (!parsed) assert.equal(response.errorCode, 'InternalFailure');
      }),
      { numRuns: 200 },
    );
  });

  it('loadHookSettings rejects bad variables only with HookSettingsError', async () => {
    const variable = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('S3_BUCKET_LOGGING_ENABLED', 'high', '{"VPC_FLOW_LOGS_ENABLED": {"trafficType": "ALL"}}', '{"X": 1}', 's3://b/k', 's3://policy-bucket/k', '/p', 'true'));
    const env = fc.record({ TOSEI_RULES: variable, TOSEI_SKIP_RULES: variable, TOSEI_PARAMETERS: variable, TOSEI_SEVERITY_THRESHOLD: variable, TOSEI_CONFIG_S3_URI: variable, TOSEI_FAIL_ON_INSUFFICIENT_DATA: variable }, { requiredKeys: [] });
    await fc.assert(
      fc.asyncProperty(env, async (environment) => {
        try {
          const settings = await loadHookSettings(environment, { s3Object: async () => 'rules: {}' });
          assert.ok(['info', 'low', 'medium', 'high', 'critical'].includes(settings.severityThreshold));
        } catch (error) {
          assert.ok(error instanceof HookSettingsError, String(error));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('any STACK or CHANGE_SET payload gets a §A.2.5 answer (the documents never throw)', async () => {
    const settings = await settingsFor();
    const properties = fc.dictionary(fc.constantFrom('Encrypted', 'KmsMasterKeyId', 'BucketEncryption', 'SecurityGroupIngress', 'Size', 'QueueName'), fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant('{{changeSet:KNOWN_AFTER_APPLY}}')));
    const context = fc.oneof(fc.constant(null), fc.string({ maxLength: 20 }), properties.map((value) => JSON.stringify({ Properties: value })));
    const change = fc.record({
      action: fc.constantFrom('CREATE', 'UPDATE', 'DELETE'),
      logicalResourceId: fc.constantFrom('DataVolume', 'NewSQSQueue', 'Other', ''),
      resourceType: fc.constantFrom('AWS::EC2::Volume', 'AWS::SQS::Queue', 'AWS::S3::Bucket', 'AWS::EC2::SecurityGroup'),
      beforeContext: context,
      afterContext: context,
    });
    const template = fc.oneof(fc.constant(JSON.parse(readFileSync(join(FIXTURES, 'change-set.payload.json'), 'utf8')).template as string), fc.string({ maxLength: 40 }), fc.constant('Resources:\n  A: { Type: AWS::S3::Bucket, Properties: !If [C, {}, {}] }\n'));
    const payload = fc.record({ template, previousTemplate: fc.oneof(template, fc.constant('')), changedResources: fc.array(change, { maxLength: 4 }) }, { requiredKeys: [] });
    await fc.assert(
      fc.asyncProperty(payload, fc.constantFrom('stack.json', 'change-set.json'), async (data, name) => {
        const response = await handleHookRequest(fixture(name), { settings, loadPayload: async () => data });
        assert.ok(response.hookStatus === 'SUCCESS' || response.hookStatus === 'FAILED');
        if (response.hookStatus === 'FAILED') assert.ok(response.errorCode === 'NonCompliant' || response.errorCode === 'InternalFailure');
        assert.doesNotMatch(response.message, /internal error/, response.message);
      }),
      { numRuns: 150 },
    );
  });

  it('readStackPayload and checkPayloadUrl throw only PayloadError', () => {
    const payloads = fc.oneof(
      json,
      fc.record({ template: fc.oneof(fc.string(), json), previousTemplate: json, changedResources: fc.oneof(json, fc.array(fc.record({ action: fc.constantFrom('CREATE', 'UPDATE', 'DELETE', 'X'), logicalResourceId: json, resourceType: json, beforeContext: fc.oneof(fc.string(), json), afterContext: fc.oneof(fc.string(), json) }, { requiredKeys: [] }))) }, { requiredKeys: [] }),
    );
    fc.assert(
      fc.property(payloads, fc.string(), (payload, url) => {
        for (const run of [() => readStackPayload(payload), () => checkPayloadUrl(url), () => checkPayloadUrl(`https://${url}`)]) {
          try {
            run();
          } catch (error) {
            assert.ok(error instanceof PayloadError, String(error));
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
