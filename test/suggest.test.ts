import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { closest, didYouMean, editDistance } from '../src/text/suggest.js';

describe('did you mean', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours as one edit each', () => {
    assert.equal(editDistance('scan', 'scan'), 0);
    assert.equal(editDistance('sacn', 'scan'), 1);
    assert.equal(editDistance('fromat', 'format'), 1);
    assert.equal(editDistance('scn', 'scan'), 1);
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('', 'abc'), 3);
  });

  it('is zero only for equal words, symmetric, and at most the longer length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const distance = editDistance(a, b);
        assert.equal(distance === 0, a === b);
        assert.equal(distance, editDistance(b, a));
        assert.ok(distance <= Math.max(a.length, b.length));
        // The early stop never reports less than the truth.
        assert.ok(editDistance(a, b, 1) >= Math.min(distance, 2));
      }),
    );
  });

  it('suggests only what is close enough to be a typo', () => {
    assert.equal(closest('--fromat', ['--format', '--output', '--only']), '--format');
    assert.equal(closest('S3_BUCKET_LOGING_ENABLED', ['S3_BUCKET_LOGGING_ENABLED', 'S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED']), 'S3_BUCKET_LOGGING_ENABLED');
    assert.equal(closest('frobnicate', ['scan', 'fix', 'rules']), undefined);
    assert.equal(didYouMean('hist', ['history', 'report']), ' (did you mean history?)');
    assert.equal(didYouMean('x', ['scan']), '');
  });
});
