import assert from 'node:assert/strict';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { Header } from 'tar';
import { createRunTaskApp } from '../../src/gates/run-task/app.js';
import { extractArchive, PermanentError } from '../../src/gates/run-task/evaluate.js';
import { createLogger } from '../../src/gates/run-task/log.js';
import { checkUrl, OutboundRefused, policyFromEnv } from '../../src/gates/run-task/outbound.js';
import { taskResultFromReport } from '../../src/gates/run-task/outcomes.js';
import { MAX_OUTCOMES, parseRunTaskRequest, taskResultDocument } from '../../src/gates/run-task/protocol.js';
import { signBody, verifySignature } from '../../src/gates/run-task/signature.js';
import { createTokenBox } from '../../src/gates/run-task/token-box.js';
import type { Evaluation } from '../../src/model/evaluation.js';
import type { ScanReport } from '../../src/report/types.js';
import { workspace } from '../support/cli.js';

const sample = {
  payload_version: 1,
  stage: 'post_plan',
  access_token: 'token-0123456789',
  capabilities: { outcomes: true },
  plan_json_api_url: 'https://app.terraform.io/api/v2/plans/plan-6AFmRJW1PFJ7qbAh/json-output',
  task_result_callback_url: 'https://app.terraform.io/api/v2/task-results/5ea8d46c/callback',
  task_result_enforcement_level: 'mandatory',
  task_result_id: 'taskrs-2nH5dncYoXaMVQmJ',
  run_id: 'run-i3Df5to9ELvibKpQ',
};

describe('run task protocol (§B.1, §B.2)', () => {
  it('reads the documented sample, and the historical `capabilitites` spelling', () => {
    const parsed = parseRunTaskRequest(sample);
    assert.equal(parsed.kind, 'request');
    if (parsed.kind !== 'request') return;
    assert.equal(parsed.request.stage, 'post_plan');
    assert.equal(parsed.request.outcomes, true);
    assert.equal(parsed.request.runId, 'run-i3Df5to9ELvibKpQ');
    const old = parseRunTaskRequest({ ...sample, capabilities: undefined, capabilitites: { outcomes: true } });
    assert.equal(old.kind === 'request' && old.request.outcomes, true);
  });

  it('recognises the verification request by its token or enforcement level', () => {
    assert.deepEqual(parseRunTaskRequest({ access_token: 'test-token' }), { kind: 'verification' });
    assert.deepEqual(parseRunTaskRequest({ ...sample, task_result_enforcement_level: 'test' }), { kind: 'verification' });
  });

  it('names what is wrong with an incomplete request', () => {
    const parsed = parseRunTaskRequest({ ...sample, stage: 'during_plan', task_result_id: 'bad id/../', plan_json_api_url: undefined });
    assert.equal(parsed.kind, 'invalid');
    if (parsed.kind !== 'invalid') return;
    assert.match(parsed.error, /stage "during_plan" is not one of/);
    assert.match(parsed.error, /task_result_id has unexpected characters/);
    assert.equal(parseRunTaskRequest({ ...sample, stage: 'pre_plan' }).kind, 'invalid', 'pre_plan needs the configuration URL');
    assert.equal(parseRunTaskRequest({ ...sample, payload_version: 2 }).kind, 'invalid');
  });

  it('never throws on arbitrary JSON, and accepts only requests with every field a job needs', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.record({ ...Object.fromEntries(Object.keys(sample).map((key) => [key, fc.jsonValue()])) }, { requiredKeys: [] })), (value) => {
        const parsed = parseRunTaskRequest(value);
        if (parsed.kind === 'request') {
          assert.equal(typeof parsed.request.accessToken, 'string');
          assert.equal(typeof parsed.request.callbackUrl, 'string');
          assert.match(parsed.request.taskResultId, /^[A-Za-z0-9_.:-]{1,128}$/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('mutating one field of a valid request gives a request or a clear error, never a crash', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(sample)), fc.jsonValue(), (key, value) => {
        const parsed = parseRunTaskRequest({ ...sample, [key]: value });
        assert.ok(parsed.kind === 'request' || parsed.kind === 'verification' || (parsed.kind === 'invalid' && parsed.error.length > 0));
      }),
      { numRuns: 500 },
    );
  });
});

describe('run task HMAC (§B.3)', () => {
  it('matches openssl dgst -sha512 -hmac, in lowercase hex, over the exact bytes', () => {
    // echo -n '{"a":1}' | openssl dgst -sha512 -hmac secret
    assert.equal(signBody('secret', '{"a":1}'), '42f08c0da01c9a46d4e5663d5f2140526a016507c598182c6769cca2bcf7ba43c395b719b01d288f5ad322564dce1d40ca28ef50b876fc49a33d13d6783114dd');
    const body = Buffer.from('{"a": 1}');
    const signature = signBody('key', body);
    assert.match(signature, /^[0-9a-f]{128}$/);
    assert.equal(verifySignature('key', body, signature), true);
    assert.equal(verifySignature('key', body, signature.toUpperCase()), true);
    assert.equal(verifySignature('key', Buffer.from('{"a":1}'), signature), false, 'a re-serialised body does not verify');
    assert.equal(verifySignature('other', body, signature), false);
    assert.equal(verifySignature('key', body, undefined), false);
    assert.equal(verifySignature('key', body, ''), false);
    assert.equal(verifySignature('key', body, `${signature}00`), false);
    assert.equal(verifySignature('key', body, `sha512=${signature}`), false);
  });

  it('refuses every signature but the right one (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.string(), (bytes, header) => {
        const body = Buffer.from(bytes);
        fc.pre(header.toLowerCase() !== signBody('k-0123456789', body));
        assert.equal(verifySignature('k-0123456789', body, header), false);
      }),
    );
  });
});

describe('run task outbound policy', () => {
  const hosts = ['app.terraform.io', 'tfe.example.com:8443', '127.0.0.1:9000'];
  it('allows listed hosts over https, and plain http only to loopback', () => {
    assert.equal(checkUrl('https://app.terraform.io/api/v2/plans/x/json-output', hosts).host, 'app.terraform.io');
    assert.equal(checkUrl('https://tfe.example.com:8443/api', hosts).port, '8443');
    assert.equal(checkUrl('http://127.0.0.1:9000/api', hosts).port, '9000');
    for (const refused of [
      'http://app.terraform.io/api',
      'https://app.terraform.io:8443/api',
      'https://tfe.example.com/api',
      'https://169.254.169.254/latest/meta-data',
      'http://127.0.0.1:9001/',
      'https://user:pass@app.terraform.io/',
      'file:///etc/passwd',
      'https://app.terraform.io.evil.example/',
      'not a url',
    ]) {
      assert.throws(() => checkUrl(refused, hosts), OutboundRefused, refused);
    }
  });

  it('reads TOSEI_TFE_HOSTS and refuses malformed entries', () => {
    const policy = policyFromEnv({ TOSEI_TFE_HOSTS: 'tfe.example.com, 127.0.0.1:8080', TOSEI_TFE_REDIRECT_HOSTS: 'blobs.example.com' });
    assert.deepEqual(policy.apiHosts, ['app.terraform.io', 'tfe.example.com', '127.0.0.1:8080']);
    assert.deepEqual(policy.redirectHosts, ['archivist.terraform.io', 'blobs.example.com']);
    assert.throws(() => policyFromEnv({ TOSEI_TFE_HOSTS: 'https://tfe.example.com/' }), /not host or host:port/);
  });
});

describe('run task token sealing', () => {
  it('round-trips, and refuses another key or another job', () => {
    const box = createTokenBox('an-hmac-key-0123456789');
    const sealed = box.seal('secret-token', 'taskrs-1');
    assert.equal(sealed.includes('secret-token'), false);
    assert.equal(box.open(sealed, 'taskrs-1'), 'secret-token');
    assert.throws(() => box.open(sealed, 'taskrs-2'));
    assert.throws(() => createTokenBox('another-key-0123456789').open(sealed, 'taskrs-1'));
    assert.throws(() => box.open('v2:whatever', 'taskrs-1'), /unknown sealed-token format/);
    assert.notEqual(box.seal('secret-token', 'taskrs-1'), sealed, 'a fresh IV each time');
  });
});

function tarWith(entries: { path: string; type?: 'File' | 'SymbolicLink'; body?: string; linkpath?: string }[]): Buffer {
  const blocks: Buffer[] = [];
  for (const entry of entries) {
    const body = Buffer.from(entry.body ?? '');
    const header = Buffer.alloc(512);
    new Header({ path: entry.path, type: entry.type ?? 'File', size: entry.type === 'SymbolicLink' ? 0 : body.length, mode: 0o644, mtime: new Date(0), ...(entry.linkpath ? { linkpath: entry.linkpath } : {}) }).encode(header, 0);
    blocks.push(header);
    if (entry.type !== 'SymbolicLink' && body.length > 0) blocks.push(body, Buffer.alloc((512 - (body.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(blocks));
}

describe('run task configuration version extraction', () => {
  const extractInto = async (archive: Buffer, limits = { extractedBytes: 1024 * 1024, extractedEntries: 100 }) => {
    const directory = workspace();
    const file = join(directory, 'cv.tar.gz');
    writeFileSync(file, archive);
    const target = join(directory, 'out', 'inner');
    await extractArchive(file, target, limits);
    return { directory, target };
  };

  it('extracts files and directories', async () => {
    const { target } = await extractInto(tarWith([{ path: 'main.tf', body: 'resource "aws_s3_bucket" "b" {}\n' }, { path: 'modules/x/main.tf', body: '' }]));
    assert.deepEqual(readdirSync(target).sort(), ['main.tf', 'modules']);
  });

  it('refuses path traversal and skips links', async () => {
    await assert.rejects(extractInto(tarWith([{ path: '../evil.tf', body: 'x' }])), PermanentError);
    const { directory, target } = await extractInto(tarWith([{ path: 'link', type: 'SymbolicLink', linkpath: '/etc/passwd' }, { path: 'ok.tf', body: '' }]));
    assert.deepEqual(readdirSync(target), ['ok.tf']);
    assert.equal(existsSync(join(directory, 'out', 'evil.tf')), false);
  });

  it('refuses archives over the size or entry limits, and garbage', async () => {
    await assert.rejects(extractInto(tarWith([{ path: 'big.tf', body: 'x'.repeat(5000) }]), { extractedBytes: 4096, extractedEntries: 100 }), /more than 4096 bytes/);
    await assert.rejects(extractInto(tarWith(Array.from({ length: 5 }, (_, index) => ({ path: `f${index}.tf`, body: '' }))), { extractedBytes: 4096, extractedEntries: 3 }), /more than 3 entries/);
    await assert.rejects(extractInto(Buffer.from('not a tarball at all')), PermanentError);
  });
});

describe('run task results (§B.4)', () => {
  const evaluation = (ruleId: string, severity: Evaluation['severity'], index: number): Evaluation => ({
    ruleId,
    status: 'NON_COMPLIANT',
    severity,
    message: `<b>bucket ${index}</b> is bad`,
    resource: { type: 'AWS::S3::Bucket', id: `b${index}`, source: 'terraform-plan', address: `aws_s3_bucket.b${index}` },
    location: { file: '/tmp/x/plan.json', path: [] },
  });

  it('one outcome per failing rule, worst first, at most ten, with escaped Markdown', () => {
    const evaluations = Array.from({ length: 14 }, (_, rule) => Array.from({ length: rule + 1 }, (_, index) => evaluation(`RULE_${rule}`, rule === 3 ? 'critical' : 'medium', index))).flat();
    const report: ScanReport = { tool: { name: 'tosei', version: '0' }, files: [], evaluations, problems: [], rules: {} };
    const result = taskResultFromReport(report, { threshold: 'info', root: '/tmp/x', subject: 'plan' });
    assert.equal(result.status, 'failed');
    assert.equal(result.outcomes?.length, MAX_OUTCOMES);
    assert.equal(result.outcomes?.[0]?.outcomeId, 'RULE_3');
    assert.deepEqual(result.outcomes?.[0]?.tags?.Severity, [{ label: 'Critical', level: 'error' }]);
    assert.equal(result.outcomes?.[1]?.outcomeId, 'RULE_13');
    assert.match(result.message, /the 10 worst rules are listed/);
    assert.equal(result.outcomes?.[0]?.body?.includes('<b>'), false);
    const document = taskResultDocument(result, true) as { data: { relationships: { outcomes: { data: unknown[] } } } };
    assert.equal(document.data.relationships.outcomes.data.length, 10);
  });

  it('below the threshold passes; an unreadable input fails (fail closed)', () => {
    const report: ScanReport = { tool: { name: 'tosei', version: '0' }, files: [], evaluations: [evaluation('R', 'low', 1)], problems: [], rules: {} };
    assert.equal(taskResultFromReport(report, { threshold: 'high', root: '/', subject: 'plan' }).status, 'passed');
    const broken = { ...report, evaluations: [], problems: [{ level: 'error' as const, file: '/tmp/x/plan.json', message: 'invalid plan JSON' }] };
    const result = taskResultFromReport(broken, { threshold: 'info', root: '/tmp/x', subject: 'plan' });
    assert.equal(result.status, 'failed');
    assert.match(result.message, /could not read the plan: plan\.json: invalid plan JSON/);
  });
});

describe('run task app through app.request (no server)', () => {
  it('checks the signature before parsing: a bad signature on bad JSON is 401, not 400', async () => {
    const lines: string[] = [];
    const app = createRunTaskApp({ hmacKey: async () => 'key-0123456789abcdef', logger: createLogger((line) => lines.push(line)), accept: async () => 'queued' });
    const response = await app.request('/run-task', { method: 'POST', body: '{not json', headers: { 'x-tfc-task-signature': 'f'.repeat(128) } });
    assert.equal(response.status, 401);
    assert.equal((await app.request('/run-task', { method: 'GET' })).status, 404);
  });
});
