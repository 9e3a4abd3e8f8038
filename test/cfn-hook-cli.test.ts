// `tosei hook invoke`, the Lambda bundle answering real requests in a child process, and `tosei scan deploy/`.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { main } from '../src/cli/main.js';
import { loadCloudFormation } from '../src/inputs/cloudformation/index.js';
import { writeFixtureDirectory } from '../src/rules/tester.js';
import { startLocalServer, type LocalServer } from './support/local-server.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = 'test/fixtures/cfn-hook';

async function run(args: string[], env: Record<string, string> = {}, cwd = ROOT) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, env, stdoutIsTTY: false, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

describe('tosei hook invoke', () => {
  it('prints the response JSON; exit 0 SUCCESS, 1 FAILED, 2 InternalFailure', async () => {
    const success = await run(['hook', 'invoke', '--event', `${FIXTURES}/unknown-type.json`]);
    assert.equal(success.code, 0);
    assert.equal(JSON.parse(success.stdout).hookStatus, 'SUCCESS');
    const failed = await run(['hook', 'invoke', '--event', `${FIXTURES}/resource-create.json`]);
    assert.equal(failed.code, 1);
    const response = JSON.parse(failed.stdout);
    assert.equal(response.errorCode, 'NonCompliant');
    assert.equal(response.clientRequestToken, '4b90a7e4-b790-456b-a937-0cfdfa211dfe');
    const malformed = await run(['hook', 'invoke', '--event', `${FIXTURES}/malformed.json`]);
    assert.equal(malformed.code, 2);
    assert.equal(JSON.parse(malformed.stdout).errorCode, 'InternalFailure');
  });

  it('takes a STACK payload from a file, a config file, and the TOSEI_* variables', async () => {
    const exception = 'exceptions:\n  - rule: S3_ENCRYPTION_ALGORITHM_UNCHANGED\n    resource: ArchiveBucket\n    reason: moving the archive to SSE-S3 was approved\n';
    const directory = writeFixtureDirectory({ 'hook.yml': exception }, 'tosei-hook-cli-');
    try {
      const args = ['hook', 'invoke', '--event', join(ROOT, FIXTURES, 'stack.json'), '--payload', join(ROOT, FIXTURES, 'stack.payload.json')];
      const only = await run(args, { TOSEI_RULES: 'S3_ENCRYPTION_ALGORITHM_UNCHANGED' }, directory);
      assert.equal(only.code, 1);
      assert.match(JSON.parse(only.stdout).message, /S3_ENCRYPTION_ALGORITHM_UNCHANGED on ArchiveBucket/);
      const configured = await run([...args, '--config', 'hook.yml'], { TOSEI_RULES: 'S3_ENCRYPTION_ALGORITHM_UNCHANGED' }, directory);
      assert.equal(configured.code, 0, configured.stdout);
      assert.match(JSON.parse(configured.stdout).annotations[0].statusMessage, /suppressed \(moving the archive/);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('usage and unreadable files exit 2 with a message', async () => {
    assert.equal((await run(['hook'])).code, 2);
    assert.equal((await run(['hook', 'invoke'])).code, 2);
    assert.match((await run(['hook', 'invoke'])).stderr, /needs --event FILE/);
    assert.match((await run(['hook', 'run'])).stderr, /unknown hook subcommand "run"/);
    const missing = await run(['hook', 'invoke', '--event', 'nope.json']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read nope\.json/);
    const notJson = await run(['hook', 'invoke', '--event', 'README.md']);
    assert.match(notJson.stderr, /README\.md is not JSON/);
    assert.equal((await run(['hook', '--help'])).code, 0);
  });
});

describe('cfn-hook Lambda bundle', () => {
  let out: string;
  let bundle: string;
  let server: LocalServer;
  before(async () => {
    out = mkdtempSync(join(tmpdir(), 'tosei-bundle-test-'));
    const build = spawnSync(process.execPath, ['scripts/bundle.mjs', '--out', out, '--json'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(build.status, 0, build.stderr);
    const built = JSON.parse(build.stdout) as { name: string; outfile: string; bytes: number }[];
    const hook = built.find((item) => item.name === 'cfn-hook');
    assert.ok(hook, 'the cfn-hook bundle is built');
    // The rule library's metadata grows with every rule; what must not come in is a package the hook
    // does not need (an AWS SDK, a database driver, the HCL parser): only the two YAML readers are bundled.
    assert.ok(hook.bytes < 1.5 * 1024 * 1024, `a small bundle (${hook.bytes} bytes)`);
    const { sources } = JSON.parse(readFileSync(`${hook.outfile}.map`, 'utf8')) as { sources: string[] };
    const packages = new Set(sources.flatMap((source) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1] ?? []));
    assert.deepEqual([...packages].sort(), ['js-yaml', 'yaml']);
    bundle = hook.outfile;
    const payload = readFileSync(join(ROOT, FIXTURES, 'stack.payload.json'), 'utf8');
    server = await startLocalServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(payload);
    });
  });
  after(async () => {
    await server.close();
    rmSync(out, { recursive: true, force: true });
  });

  /** Imports the bundle in a fresh node process (no tsx, no node_modules needed) and hands it one event. */
  async function invokeBundle(event: unknown, env: Record<string, string> = {}) {
    const script = "const { handler } = await import(process.argv[1]); console.log(JSON.stringify(await handler(JSON.parse(process.argv[2]), {})));";
    // Asynchronous: the payload server runs in this process and must answer while the child waits.
    const child = spawn(process.execPath, ['--input-type=module', '-e', script, pathToFileURL(bundle).href, JSON.stringify(event)], {
      cwd: out,
      env: { PATH: process.env.PATH ?? '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [status] = (await once(child, 'close')) as [number];
    assert.equal(status, 0, stderr);
    const lines = stdout.trim().split('\n');
    return { response: JSON.parse(lines[lines.length - 1] ?? '{}'), log: lines.slice(0, -1).join('\n') };
  }

  it('answers a RESOURCE request fixture', async () => {
    const event = JSON.parse(readFileSync(join(ROOT, FIXTURES, 'resource-update.json'), 'utf8'));
    const { response, log } = await invokeBundle(event, { TOSEI_RULES: 'S3_ENCRYPTION_ALGORITHM_UNCHANGED' });
    assert.equal(response.hookStatus, 'FAILED');
    assert.equal(response.errorCode, 'NonCompliant');
    assert.equal(response.clientRequestToken, '9d3c7bb2-5a57-4c40-9d0e-6e3b1d9f7a01');
    assert.match(log, /tosei hook: resource ArchiveBucket \(AWS::S3::Bucket\) UPDATE_PRE_PROVISION: 1 evaluation\(s\) -> FAILED NonCompliant/);
  });

  it('fetches a STACK payload only from allowed hosts: loopback needs TOSEI_HOOK_ALLOW_LOOPBACK=1', async () => {
    const event = JSON.parse(readFileSync(join(ROOT, FIXTURES, 'stack.json'), 'utf8'));
    event.requestData.payload = `${server.url}/payload?X-Amz-Signature=abc`;
    const refused = (await invokeBundle(event)).response;
    assert.equal(refused.errorCode, 'InternalFailure');
    assert.match(refused.message, /127\.0\.0\.1 is not an Amazon S3 host/);
    const { response } = await invokeBundle(event, { TOSEI_HOOK_ALLOW_LOOPBACK: '1', TOSEI_RULES: 'VPC_FLOW_LOGS_ENABLED' });
    assert.equal(response.errorCode, 'NonCompliant');
    assert.match(response.message, /VPC_FLOW_LOGS_ENABLED on AppVpc/);
  });
});

describe('tosei scan deploy/', () => {
  it('passes on the deployment templates with no unsuppressed violation', async () => {
    const { code, stdout } = await run(['scan', 'deploy', '--format', 'json']);
    const report = JSON.parse(stdout) as { results: { ruleId: string; status: string; resource: { id: string }; location: { file: string }; suppressed?: { reason: string } }[]; errors: unknown[] };
    assert.deepEqual(report.errors, []);
    assert.ok(report.results.some((result) => result.location.file === 'deploy/cfn-hook.yaml'));
    const failing = report.results.filter((result) => !result.suppressed && (result.status === 'NON_COMPLIANT' || result.status === 'ERROR'));
    assert.deepEqual(failing, []);
    assert.equal(code, 0);
    for (const result of report.results.filter((item) => item.suppressed)) assert.ok(result.suppressed!.reason.length > 20, `${result.ruleId} on ${result.resource.id} has a reason`);
  });
});

describe('deploy/cfn-hook.yaml', () => {
  const template = loadCloudFormation(readFileSync(join(ROOT, 'deploy/cfn-hook.yaml'), 'utf8'), 'deploy/cfn-hook.yaml', { region: 'us-west-2', accountId: '123456789012', parameters: { CodeBucket: 'artifacts' } });
  const graph = template!.graph;

  it('registers the Lambda hook with every required property (§A.3) and the invoking role of §A.1', () => {
    const hook = graph.ofType('AWS::CloudFormation::LambdaHook')[0];
    assert.ok(hook);
    for (const name of ['Alias', 'ExecutionRole', 'FailureMode', 'HookStatus', 'LambdaFunction', 'TargetOperations']) assert.ok(name in hook.properties, name);
    assert.deepEqual(hook.properties.TargetOperations, ['RESOURCE', 'STACK', 'CHANGE_SET', 'CLOUD_CONTROL']);
    assert.equal(graph.target(hook.properties.LambdaFunction)?.type, 'AWS::Lambda::Function');
    const role = graph.target(hook.properties.ExecutionRole);
    assert.equal(role?.type, 'AWS::IAM::Role');
    assert.match(JSON.stringify(role?.properties.AssumeRolePolicyDocument), /"Service":"hooks\.cloudformation\.amazonaws\.com"/);
    assert.match(JSON.stringify(role?.properties.Policies), /"Action":"lambda:InvokeFunction"/);
  });

  it('runs the bundle as index.handler within the 30-second hook timeout (§A.2.6)', () => {
    const fn = graph.ofType('AWS::Lambda::Function')[0];
    assert.equal(fn?.properties.Handler, 'index.handler');
    assert.ok(Number(fn?.properties.Timeout) < 30);
    assert.match(String(fn?.properties.Runtime), /^nodejs(2[0-9])\.x$/);
  });
});
