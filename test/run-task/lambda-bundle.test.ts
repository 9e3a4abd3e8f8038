import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { create } from 'tar';
import { signBody } from '../../src/gates/run-task/signature.js';
// @ts-expect-error: a plain ES module script without types
import { bundleLambdas } from '../../scripts/bundle.mjs';
import { FakeTfe, hmacKey, runTaskPayload, tfeToken } from '../support/fake-tfe.js';

const HCL = `resource "aws_security_group" "ssh" {
  name = "ssh"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`;

const directory = mkdtempSync(join(tmpdir(), 'tosei-lambda-bundle-'));
let tfe: FakeTfe;
let bundle: string;

before(async () => {
  writeFileSync(join(directory, 'main.tf'), HCL);
  const archive = join(directory, 'cv.tar.gz');
  await create({ gzip: true, file: archive, cwd: directory }, ['main.tf']);
  tfe = await new FakeTfe({ token: tfeToken, configurations: { 'cv-hcl': readFileSync(archive) } }).start();
  const [built] = (await bundleLambdas({ outDir: join(directory, 'lambda'), only: ['run-task'] })) as { outfile: string }[];
  bundle = (built as { outfile: string }).outfile;
});

after(async () => {
  await tfe?.close();
  rmSync(directory, { recursive: true, force: true });
});

describe('the run task Lambda bundle', () => {
  it('carries the HCL grammar: a pre_plan job is scanned from the bundle alone, with no node_modules beside it', async () => {
    assert.deepEqual(readdirSync(join(directory, 'lambda', 'run-task')).filter((name) => name.endsWith('.wasm')).sort(), ['tree-sitter-hcl.wasm', 'tree-sitter.wasm']);
    const body = JSON.stringify(runTaskPayload(tfe, 'taskrs-bundle', { stage: 'pre_plan', plan_json_api_url: null, configuration_version_download_url: tfe.configurationUrl('cv-hcl') }));
    const event = {
      version: '2.0',
      routeKey: '$default',
      rawPath: '/run-task',
      rawQueryString: '',
      headers: { 'content-type': 'application/json', host: 'abc.lambda-url.eu-west-1.on.aws', 'x-tfc-task-signature': signBody(hmacKey, body) },
      requestContext: { http: { method: 'POST', path: '/run-task', protocol: 'HTTP/1.1', sourceIp: '52.86.200.106', userAgent: 'TFC/1.0' }, requestId: 'c0ffee', stage: '$default' },
      body,
      isBase64Encoded: false,
    };
    // A process of its own, from the bundle's folder (copied out of the repository), as Lambda runs it.
    const script = `const { handler } = await import(${JSON.stringify(pathToFileURL(bundle).href)}); const result = await handler(JSON.parse(process.argv[1]), {}); console.log(JSON.stringify(result));`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(event)], {
      cwd: tmpdir(),
      env: { PATH: process.env.PATH ?? '', TOSEI_HMAC_KEY: hmacKey, TOSEI_TFE_HOSTS: tfe.apiHost, TOSEI_TFE_REDIRECT_HOSTS: tfe.archivistHost, TOSEI_LAMBDA_BUDGET_MS: '20000' },
    });
    assert.equal((JSON.parse(stdout.trim().split('\n').pop() as string) as { statusCode: number }).statusCode, 200);
    const callback = await tfe.finalCallback('taskrs-bundle');
    assert.equal(callback.status, 'failed');
    const text = JSON.stringify(callback.body);
    assert.doesNotMatch(text, /internal error|grammar/i);
    assert.match(text, /INCOMING_SSH_DISABLED/);
    assert.match(text, /aws_security_group\.ssh/);
  });
});
