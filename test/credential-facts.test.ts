import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluateDocument } from '../src/engine/run.js';
import { liveDocument } from '../src/live/index.js';
import { builtinRules } from '../src/rules/index.js';
import { selectRules } from '../src/scan/index.js';

/** A user whose credential facts hold a key of the given `Active` value (as a reader other than the report could give). */
function userWithKey(active: unknown) {
  const key = { Active: active, LastUsed: null, LastRotated: '2026-11-20T00:00:00Z' } as never;
  return liveDocument('123456789012', 'us-east-1', [{ type: 'AWS::IAM::User', id: 'AIDAUSER', properties: { UserName: 'user' }, observed: { Credentials: { AsOf: '2026-12-01T00:00:00Z', PasswordEnabled: false, MfaActive: false, AccessKeys: [key] } } }], []);
}

describe('ACCESS_KEYS_ROTATED reads whether each key is active, never guesses it', () => {
  const rules = selectRules(builtinRules, { only: ['ACCESS_KEYS_ROTATED'] });
  const status = (active: unknown) => evaluateDocument(userWithKey(active), rules, { live: true }).evaluations.map((evaluation) => [evaluation.status, evaluation.message]);

  it('an active young key is rotated; an inactive one is none', () => {
    assert.equal(status(true)[0]?.[0], 'COMPLIANT');
    assert.deepEqual(status(false)[0], ['COMPLIANT', 'User AIDAUSER has no active access key.']);
  });

  it('a key whose state is not a boolean is not known, never an inactive key', () => {
    for (const active of ['true', null, 1]) {
      const [verdict] = status(active);
      assert.equal(verdict?.[0], 'INSUFFICIENT_DATA', JSON.stringify(active));
      assert.match(String(verdict?.[1]), /malformed: whether key 1 is active/);
    }
  });
});
