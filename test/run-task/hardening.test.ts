import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createLogger, maskSecret } from '../../src/gates/run-task/log.js';
import { fetchAllowed } from '../../src/gates/run-task/outbound.js';
import { parseRunTaskRequest, withoutToken, type RunTaskRequest, type TaskResult } from '../../src/gates/run-task/protocol.js';
import { processRunTask } from '../../src/gates/run-task/worker.js';
import { builtinRules } from '../../src/rules/index.js';
import { selectRules } from '../../src/scan/index.js';
import { CORPORA } from '../support/corpora.js';
import { FakeTfe, runTaskPayload, tfeToken } from '../support/fake-tfe.js';

describe('run task secrets: every encoding that can reach a log or the store is masked', () => {
  // A token with the characters JSON, URLs and base64 treat specially.
  const token = 'tok"en\\with/sla+sh=and?query&more-0123456789';
  const encodings = (prefix: string) => [
    token,
    JSON.stringify(token).slice(1, -1),
    JSON.stringify(JSON.stringify(token)).slice(1, -1),
    encodeURIComponent(token),
    Buffer.from(`${prefix}${token}`).toString('base64'),
    Buffer.from(`${prefix}${token}`).toString('base64url'),
  ];

  it('raw, JSON-escaped (once and twice), URL-encoded and base64 at every alignment', () => {
    for (const prefix of ['', 'a', 'ab', 'Bearer ']) {
      for (const encoded of encodings(prefix)) {
        const masked = maskSecret(`before ${encoded} after`, token);
        assert.ok(masked.includes('[redacted]'), `${prefix}|${encoded}`);
        // What is left of a base64 form decodes to at most a few characters of the token.
        assert.equal(masked.includes(encoded), false);
      }
    }
    assert.equal(maskSecret('nothing secret here', token), 'nothing secret here');
  });

  it('the logger masks them in its lines and in lines it forwards', () => {
    const lines: string[] = [];
    const logger = createLogger((line) => lines.push(line), 'debug');
    logger.addSecret(token);
    logger.log('error', 'x', { error: `Bearer ${token}`, url: `https://h/?t=${encodeURIComponent(token)}`, b64: Buffer.from(token).toString('base64') });
    logger.forward(`${JSON.stringify({ nested: JSON.stringify({ token }) })}\n`);
    const text = lines.join('');
    for (const encoded of encodings('')) assert.equal(text.includes(encoded), false, encoded);
  });

  it('masks the most recent thousand secrets by index: each line costs its length, evicted secrets are forgotten', () => {
    const lines: string[] = [];
    const logger = createLogger((line) => lines.push(line), 'debug');
    const secret = (index: number) => `tok${index}.atlasv1.${'x'.repeat(40)}${index}`;
    for (let index = 0; index <= 1000; index += 1) logger.addSecret(secret(index));
    // The same secret again moves to the end instead of being added twice.
    logger.addSecret(secret(1));
    logger.addSecret(secret(1001));
    logger.log('info', 'x', { oldest: secret(0), refreshed: secret(1), second: secret(2), newest: secret(1001), escaped: JSON.stringify(secret(500)) });
    const line = lines.join('');
    assert.ok(line.includes(secret(0)) && line.includes(secret(2)), 'the two oldest were evicted');
    for (const index of [1, 500, 1001]) assert.equal(line.includes(secret(index)), false, String(index));
    const started = performance.now();
    for (let index = 0; index < 200; index += 1) logger.log('info', 'request accepted', { taskResultId: `taskrs-${index}`, workspace: 'w' });
    assert.ok(performance.now() - started < 500, 'masking does not scan every secret per line');
  });

  it('an access token that cannot be an HTTP header value is never sent', async () => {
    await assert.rejects(
      fetchAllowed('http://127.0.0.1:9/x', { apiHosts: ['127.0.0.1:9'], redirectHosts: [] }, { token: `${tfeToken}\n`, maxBytes: 10, timeoutMs: 100 }),
      (error: Error) => /not allowed in an HTTP header/.test(error.message) && !error.message.includes(tfeToken),
    );
  });
});

describe('run task callbacks are at least once: a repeat is harmless', () => {
  it('a job claimed again after a crash re-sends the saved result: the same body, the same outcome ids', async () => {
    const plan = readFileSync(join(CORPORA, 'regula-tests/rego/tests/rules/tf/aws/s3/inputs/bucketpolicy_allowlist_infra.json'));
    const tfe = await new FakeTfe({ token: tfeToken, plans: { 'plan-fail': plan } }).start();
    try {
      const payload = parseRunTaskRequest(runTaskPayload(tfe, 'taskrs-again'));
      assert.equal(payload.kind, 'request');
      const request = withoutToken((payload as { request: RunTaskRequest }).request);
      const settings = {
        logger: createLogger(() => undefined),
        evaluation: { rules: selectRules(builtinRules), threshold: 'info' as const, policy: { apiHosts: [tfe.apiHost], redirectHosts: [tfe.archivistHost] } },
        callback: { retryDelaysMs: [] },
      };
      let saved: TaskResult | undefined;
      // The first attempt evaluates, saves, calls back — and its server dies before the job is marked done.
      await processRunTask(request, tfeToken, settings, { save: async (result) => void (saved = JSON.parse(JSON.stringify(result)) as TaskResult) });
      assert.ok(saved);
      const downloads = tfe.requests.filter((entry) => entry.server === 'archivist').length;
      // The next claim finds the saved result: no second evaluation, the same callback.
      await processRunTask(request, tfeToken, settings, { saved });
      assert.equal(tfe.requests.filter((entry) => entry.server === 'archivist').length, downloads);
      const [first, second] = tfe.callbacks('taskrs-again');
      assert.equal(tfe.callbacks('taskrs-again').length, 2);
      assert.deepEqual(second?.body, first?.body);
      const ids = (callback: typeof first) =>
        ((callback?.body.data as { relationships?: { outcomes?: { data: { attributes: { 'outcome-id': string } }[] } } }).relationships?.outcomes?.data ?? []).map((outcome) => outcome.attributes['outcome-id']);
      assert.ok(ids(first).length > 0);
      assert.deepEqual(ids(second), ids(first));
    } finally {
      await tfe.close();
    }
  });
});
