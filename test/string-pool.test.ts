import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { StringPool } from '../src/model/string-pool.js';
import { unknown } from '../src/model/unknown.js';

describe('StringPool', () => {
  it('gives back the same text, however long', () => {
    const pool = new StringPool();
    const long = 'x'.repeat(StringPool.MAX_LENGTH + 1);
    for (const text of ['', 'short', 'arn:aws:iam::aws:policy/AdministratorAccess', long]) {
      assert.equal(pool.intern(text), text);
      assert.equal(pool.intern(`${text}`), text);
    }
  });

  it('leaves values as they were, in place, through plain objects and arrays only', () => {
    const pool = new StringPool();
    const marker = unknown('malformed: a number where text belongs');
    const frozen = Object.freeze({ Arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' });
    const value = {
      Policies: [{ PolicyName: 'policygen-johndoe-201611060951', PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['codedeploy:*'], Resource: '*' }] } }],
      ManagedPolicyArns: ['arn:aws:iam::aws:policy/AdministratorAccess', 'arn:aws:iam::aws:policy/AdministratorAccess', 7, null, marker],
      Frozen: frozen,
      FrozenList: Object.freeze(['arn:aws:iam::aws:policy/ReadOnlyAccess']),
    };
    const before = structuredClone({ ...value, ManagedPolicyArns: value.ManagedPolicyArns.slice(0, 4), Frozen: undefined, FrozenList: undefined });
    pool.internValues(value);
    assert.deepEqual({ ...value, ManagedPolicyArns: value.ManagedPolicyArns.slice(0, 4), Frozen: undefined, FrozenList: undefined }, before);
    assert.equal(value.ManagedPolicyArns[4], marker);
    assert.equal(marker.reason, 'malformed: a number where text belongs');
    assert.equal(value.Frozen, frozen);
    assert.deepEqual(value.FrozenList, ['arn:aws:iam::aws:policy/ReadOnlyAccess']);
  });
});
