// The hook's config object from SSM Parameter Store (awsJson1_1) and S3 (restXml), through the AWS SDK v3 pointed
// at a local server on 127.0.0.1 that speaks those protocols.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { awsConfigReaders } from '../src/gates/cfn-hook/aws.js';
import { handleHookRequest } from '../src/gates/cfn-hook/handler.js';
import { loadHookSettings } from '../src/gates/cfn-hook/settings.js';
import { startLocalServer, type LocalServer } from './support/local-server.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures/cfn-hook');
const CREDENTIALS = { accessKeyId: 'AKIDLOCALTEST', secretAccessKey: 'local-test-secret' };

const CONFIG = `severityThreshold: high
rulesSet: all
rules:
  S3_BUCKET_ENCRYPTION_CONFIGURED:
    parameters: { encryptionAlgorithm: AES256 }
exceptions:
  - rule: S3_BUCKET_ENCRYPTION_CONFIGURED
    resource: "Raw*"
    reason: the ingest bucket uses the S3 Bucket Key from next quarter
`;

describe('cfn hook config from SSM and S3', () => {
  let server: LocalServer;
  const parameters = new Map<string, string>([['/tosei/hook', CONFIG], ['/tosei/broken', 'rules: [']]);
  const objects = new Map<string, string>([['/policy-bucket/hooks/tosei.yml', CONFIG]]);

  before(async () => {
    server = await startLocalServer((request, response) => {
      const target = request.headers['x-amz-target'];
      if (request.method === 'POST' && target === 'AmazonSSM.GetParameter') {
        const { Name } = JSON.parse(request.body) as { Name: string };
        const value = parameters.get(Name);
        response.setHeader('content-type', 'application/x-amz-json-1.1');
        if (value === undefined) {
          response.statusCode = 400;
          response.end(JSON.stringify({ __type: 'ParameterNotFound', message: `Parameter ${Name} not found.` }));
          return;
        }
        response.end(JSON.stringify({ Parameter: { Name, Type: 'SecureString', Value: value, Version: 3, DataType: 'text', ARN: `arn:aws:ssm:us-west-2:123456789012:parameter${Name}` } }));
        return;
      }
      const path = decodeURIComponent(request.url.split('?')[0] ?? '/');
      const body = request.method === 'GET' ? objects.get(path) : undefined;
      if (body === undefined) {
        response.writeHead(404, { 'content-type': 'application/xml' });
        response.end('<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><RequestId>4442587FB7D0A2F9</RequestId></Error>');
        return;
      }
      response.writeHead(200, { 'content-type': 'application/x-yaml', 'content-length': String(Buffer.byteLength(body)), etag: '"3858f62230ac3c915f300c664312c11f"' });
      response.end(body);
    });
  });
  after(() => server.close());

  const readers = () => awsConfigReaders({ region: 'us-west-2', endpoint: server.url, credentials: CREDENTIALS });
  const request = () => JSON.parse(readFileSync(join(FIXTURES, 'resource-create.json'), 'utf8')) as unknown;

  it('reads a SecureString parameter with GetParameter (WithDecryption) and applies it', async () => {
    const seen = server.requests.length;
    const settings = await loadHookSettings({ TOSEI_CONFIG_SSM_PARAMETER: '/tosei/hook' }, readers());
    assert.equal(settings.severityThreshold, 'high');
    assert.equal(settings.configSource, 'ssm:/tosei/hook');
    const call = server.requests[seen];
    assert.equal(call?.headers['content-type'], 'application/x-amz-json-1.1');
    assert.deepEqual(JSON.parse(call?.body ?? '{}'), { Name: '/tosei/hook', WithDecryption: true });
    assert.match(String(call?.headers.authorization), /^AWS4-HMAC-SHA256 Credential=AKIDLOCALTEST\/\d{8}\/us-west-2\/ssm\/aws4_request/);
    // The exception in the object suppresses the one high-severity violation: SUCCESS.
    const response = await handleHookRequest(request(), { settings });
    assert.equal(response.hookStatus, 'SUCCESS', response.message);
    assert.equal(response.annotations?.find((item) => item.annotationName === 'S3_BUCKET_ENCRYPTION_CONFIGURED')?.status, 'SKIPPED');
  });

  it('reads the object from S3 with GetObject; environment variables win over it', async () => {
    const seen = server.requests.length;
    const settings = await loadHookSettings({ TOSEI_CONFIG_S3_URI: 's3://policy-bucket/hooks/tosei.yml', TOSEI_SEVERITY_THRESHOLD: 'medium' }, readers());
    assert.equal(settings.severityThreshold, 'medium');
    assert.equal(settings.exceptions.length, 1);
    const call = server.requests[seen];
    assert.equal(call?.method, 'GET');
    assert.match(call?.url ?? '', /^\/policy-bucket\/hooks\/tosei\.yml/);
    assert.match(String(call?.headers.authorization), /\/us-west-2\/s3\/aws4_request/);
    const response = await handleHookRequest(request(), { settings });
    assert.equal(response.errorCode, 'NonCompliant');
    assert.match(response.message, /S3_DEFAULT_ENCRYPTION_KMS on RawDataBucket/);
  });

  it('a missing parameter, a missing object or an invalid object fails the hook closed with the reason', async () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ TOSEI_CONFIG_SSM_PARAMETER: '/tosei/missing' }, /cannot read the configuration ssm:\/tosei\/missing: ParameterNotFound/],
      [{ TOSEI_CONFIG_S3_URI: 's3://policy-bucket/nope.yml' }, /cannot read the configuration s3:\/\/policy-bucket\/nope\.yml: NoSuchKey/],
      [{ TOSEI_CONFIG_SSM_PARAMETER: '/tosei/broken' }, /invalid configuration: ssm:\/tosei\/broken:1/],
      [{ TOSEI_CONFIG_SSM_PARAMETER: '/a', TOSEI_CONFIG_S3_URI: 's3://policy-bucket/b' }, /not both/],
    ];
    for (const [env, expected] of cases) {
      const response = await handleHookRequest(request(), { settings: () => loadHookSettings(env, readers()) });
      assert.equal(response.hookStatus, 'FAILED');
      assert.equal(response.errorCode, 'InternalFailure');
      assert.match(response.message, expected);
    }
  });
});
