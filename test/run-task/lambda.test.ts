import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { handle } from 'hono/aws-lambda';
import { createLambdaApp } from '../../src/gates/run-task/lambda.js';
import { createLogger } from '../../src/gates/run-task/log.js';
import { signBody } from '../../src/gates/run-task/signature.js';
import { openStore } from '../../src/store/index.js';
import { CORPORA } from '../support/corpora.js';
import { FakeTfe, hmacKey, runTaskPayload, tfeToken } from '../support/fake-tfe.js';

const PLAN = readFileSync(join(CORPORA, 'regula-tests/rego/tests/rules/tf/aws/s3/inputs/bucketpolicy_allowlist_infra.json'));
const SESSION_TOKEN = 'FwoGZXIvYXdzEJr//////////session-token-for-the-extension';

/** Plays the AWS Parameters and Secrets Lambda Extension's local HTTP API. */
function startExtension(calls: { path: string; token: string | undefined }[]): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    calls.push({ path: `${url.pathname}?${url.searchParams.toString()}`, token: req.headers['x-aws-parameters-secrets-token'] as string | undefined });
    if (req.headers['x-aws-parameters-secrets-token'] !== SESSION_TOKEN) return void res.writeHead(401).end();
    if (url.pathname === '/systemsmanager/parameters/get' && url.searchParams.get('name') === '/tosei/run-task/hmac-key' && url.searchParams.get('withDecryption') === 'true') {
      return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ Parameter: { Name: '/tosei/run-task/hmac-key', Type: 'SecureString', Value: hmacKey, Version: 1 } }));
    }
    if (url.pathname === '/secretsmanager/get' && url.searchParams.get('secretId') === 'tosei/run-task') {
      return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ Name: 'tosei/run-task', SecretString: hmacKey }));
    }
    res.writeHead(400).end();
  });
  return new Promise((resolve) => server.listen(0, 'localhost', () => resolve(server)));
}

/** A Lambda function URL event (payload format 2.0) as AWS delivers it. */
function functionUrlEvent(body: string, headers: Record<string, string>) {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: '/run-task',
    rawQueryString: '',
    headers: { 'content-type': 'application/json', 'user-agent': 'TFC/1.0 (+https://app.terraform.io; TFC)', host: 'abc.lambda-url.eu-west-1.on.aws', ...headers },
    requestContext: {
      accountId: 'anonymous',
      apiId: 'abc',
      authentication: null,
      authorizer: {},
      domainName: 'abc.lambda-url.eu-west-1.on.aws',
      domainPrefix: 'abc',
      http: { method: 'POST', path: '/run-task', protocol: 'HTTP/1.1', sourceIp: '52.86.200.106', userAgent: 'TFC/1.0' },
      requestId: 'c0ffee',
      routeKey: '$default',
      stage: '$default',
      time: '04/Dec/2026:14:30:00 +0000',
      timeEpoch: 1_796_000_000_000,
    },
    body,
    isBase64Encoded: false,
  };
}

let tfe: FakeTfe;
let extension: Server;
const extensionCalls: { path: string; token: string | undefined }[] = [];
const logs: string[] = [];

function lambda(env: Record<string, string>) {
  const port = String((extension.address() as AddressInfo).port);
  return handle(
    createLambdaApp(
      { PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: port, AWS_SESSION_TOKEN: SESSION_TOKEN, TOSEI_TFE_HOSTS: tfe.apiHost, TOSEI_TFE_REDIRECT_HOSTS: tfe.archivistHost, ...env },
      createLogger((line) => logs.push(line)),
    ),
  ) as unknown as (event: unknown, context: unknown) => Promise<{ statusCode: number; body: string }>;
}

before(async () => {
  tfe = await new FakeTfe({ token: tfeToken, plans: { 'plan-fail': PLAN } }).start();
  extension = await startExtension(extensionCalls);
});
after(async () => {
  await tfe.close();
  extension.close();
});

describe('run task Lambda function URL handler', () => {
  it('reads the key from SSM through the extension, evaluates and calls back before answering 200', async () => {
    const handler = lambda({ TOSEI_HMAC_KEY_PARAMETER: '/tosei/run-task/hmac-key' });
    const body = JSON.stringify(runTaskPayload(tfe, 'taskrs-lambda'));
    const result = await handler(functionUrlEvent(body, { 'x-tfc-task-signature': signBody(hmacKey, body) }), {});
    assert.equal(result.statusCode, 200);
    const callbacks = tfe.callbacks('taskrs-lambda');
    assert.equal(callbacks.length, 1, 'the callback was sent before the answer');
    assert.equal(callbacks[0]?.status, 'failed');
    assert.ok(extensionCalls.some((call) => call.path.startsWith('/systemsmanager/parameters/get') && call.token === SESSION_TOKEN));
    // The key is cached: a second request does not ask the extension again.
    const before = extensionCalls.length;
    const verification = JSON.stringify({ access_token: 'test-token' });
    assert.equal((await handler(functionUrlEvent(verification, { 'x-tfc-task-signature': signBody(hmacKey, verification) }), {})).statusCode, 200);
    assert.equal(extensionCalls.length, before);
  });

  it('reads the key from Secrets Manager through the extension; a bad signature is 401 with no callback', async () => {
    const handler = lambda({ TOSEI_HMAC_SECRET_ID: 'tosei/run-task' });
    const body = JSON.stringify(runTaskPayload(tfe, 'taskrs-lambda-bad'));
    const result = await handler(functionUrlEvent(body, { 'x-tfc-task-signature': signBody('not-the-key-0123456', body) }), {});
    assert.equal(result.statusCode, 401);
    assert.equal(tfe.callbacks('taskrs-lambda-bad').length, 0);
  });

  it('fails closed without a key, and when the extension refuses', async () => {
    const body = JSON.stringify({ access_token: 'test-token' });
    assert.equal((await lambda({})(functionUrlEvent(body, {}), {})).statusCode, 500);
    assert.equal((await lambda({ TOSEI_HMAC_KEY_PARAMETER: '/other' })(functionUrlEvent(body, {}), {})).statusCode, 500);
  });

  it('over its time budget it reports failed with the reason, and the late result is never sent', async () => {
    let release!: () => void;
    tfe.holdDownloads = new Promise((resolve) => (release = resolve));
    const handler = lambda({ TOSEI_HMAC_KEY: hmacKey, TOSEI_LAMBDA_BUDGET_MS: '300' });
    const body = JSON.stringify(runTaskPayload(tfe, 'taskrs-lambda-slow'));
    const result = await handler(functionUrlEvent(body, { 'x-tfc-task-signature': signBody(hmacKey, body) }), {});
    assert.equal(result.statusCode, 200);
    release();
    tfe.holdDownloads = undefined;
    await new Promise((resolve) => setTimeout(resolve, 800));
    const callbacks = tfe.callbacks('taskrs-lambda-slow');
    assert.equal(callbacks.length, 1);
    assert.match(JSON.stringify(callbacks[0]?.body), /could not evaluate this run within 0.3 s on Lambda/);
  });

  it('with a store, keeps each run task evaluation as a run-task run (never the token)', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'tosei-lambda-store-'));
    try {
      const file = join(directory, 'tosei.db');
      const port = String((extension.address() as AddressInfo).port);
      const app = createLambdaApp(
        { PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: port, TOSEI_HMAC_KEY: hmacKey, TOSEI_TFE_HOSTS: tfe.apiHost, TOSEI_TFE_REDIRECT_HOSTS: tfe.archivistHost },
        createLogger((line) => logs.push(line)),
        () => openStore({ file }),
      );
      const handler = handle(app) as unknown as (event: unknown, context: unknown) => Promise<{ statusCode: number }>;
      const body = JSON.stringify(runTaskPayload(tfe, 'taskrs-lambda-store'));
      assert.equal((await handler(functionUrlEvent(body, { 'x-tfc-task-signature': signBody(hmacKey, body) }), {})).statusCode, 200);
      const db = await openStore({ file });
      try {
        const runs = await db.query<{ source: string; metadata: string }>('SELECT source, metadata FROM evaluation_runs');
        assert.equal(runs.length, 1);
        assert.equal(runs[0]?.source, 'run-task');
        assert.equal(JSON.parse(runs[0]?.metadata ?? '{}').taskResultId, 'taskrs-lambda-store');
        const [count] = await db.query<{ n: number }>('SELECT COUNT(*) AS n FROM evaluations');
        assert.ok(Number(count?.n) > 0);
        assert.equal(JSON.stringify(await db.query('SELECT * FROM evaluation_runs')).includes(tfeToken), false);
      } finally {
        await db.close();
      }
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('never logs the token, the key or the session token', () => {
    const text = logs.join('');
    assert.ok(text.length > 0);
    for (const secret of [tfeToken, hmacKey, SESSION_TOKEN]) assert.equal(text.includes(secret), false);
  });
});
