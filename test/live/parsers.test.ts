import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { cloudControlProperties } from '../../src/live/readers/cloudcontrol.js';
import { parsePolicy } from '../../src/live/readers/s3.js';
import { describeFailure } from '../../src/live/errors.js';
import { createLimiter } from '../../src/live/limiter.js';
import { allPages, toValue } from '../../src/live/types.js';
import { isMalformed } from '../../src/model/malformed.js';
import { isUnknown } from '../../src/model/unknown.js';
import { parseSince, storedResource } from '../../src/store/index.js';
import type { Evaluation } from '../../src/model/evaluation.js';

/** No `undefined` anywhere inside a model value. */
function defined(value: unknown): boolean {
  if (value === undefined) return false;
  if (Array.isArray(value)) return value.every(defined);
  if (value && typeof value === 'object' && !isUnknown(value)) return Object.values(value).every(defined);
  return true;
}

describe('live scan parsers over malformed input (property-based)', () => {
  it('Cloud Control properties: any text gives a JSON object or undefined, never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((value) => JSON.stringify(value))), (text) => {
        const parsed = cloudControlProperties(text);
        assert.ok(parsed === undefined || (typeof parsed === 'object' && !Array.isArray(parsed) && defined(parsed)));
      }),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (object) => {
        assert.deepEqual(cloudControlProperties(JSON.stringify(object)), JSON.parse(JSON.stringify(object)));
      }),
    );
    assert.equal(cloudControlProperties(undefined), undefined);
    assert.equal(cloudControlProperties('[1,2]'), undefined);
    assert.equal(cloudControlProperties('{"a":'), undefined);
  });

  it('policies (bucket policy, queue Policy/RedrivePolicy attributes): valid JSON round-trips, anything else is Unknown', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const value = parsePolicy(text);
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        assert.equal(isUnknown(value), !valid);
      }),
    );
    fc.assert(fc.property(fc.jsonValue(), (value) => assert.deepEqual(parsePolicy(JSON.stringify(value)), JSON.parse(JSON.stringify(value)))));
  });

  it('SDK outputs become model values: undefined members dropped, dates as ISO text, never a throw', () => {
    fc.assert(fc.property(fc.anything({ withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }), (input) => assert.ok(defined(toValue(input) ?? null))));
    assert.deepEqual(toValue({ a: undefined, b: [1, undefined, new Date(0)], c: { d: null } }), { b: [1, '1970-01-01T00:00:00.000Z'], c: { d: null } });
    // A date the SDK could not read is malformed: a rule can never pass on it.
    const unreadable = toValue({ when: new Date(Number.NaN) }) as { when?: unknown };
    assert.ok(isMalformed(unreadable.when));
  });

  it('error classification: any error-like value gives a reason and a code', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ name: fc.string(), message: fc.string() }), fc.record({ Code: fc.string() })), (error) => {
        const failure = describeFailure(error);
        assert.equal(typeof failure.reason, 'string');
        assert.ok(failure.code.length > 0);
      }),
    );
    assert.equal(describeFailure(Object.assign(new Error('x'), { name: 'AccessDeniedException' })).kind, 'denied');
    assert.equal(describeFailure({ name: 'UnsupportedActionException' }).kind, 'unsupported');
  });

  it('pagination ends on a missing or empty token and refuses a token that repeats', async () => {
    const pages: Record<string, { items: number[]; next: string | undefined }> = { start: { items: [1, 2], next: 'b' }, b: { items: [3], next: '' } };
    assert.deepEqual(await allPages(async (token) => pages[token ?? 'start'] as { items: number[]; next: string | undefined }), [1, 2, 3]);
    await assert.rejects(allPages(async () => ({ items: [1], next: 'same' })), /pagination token repeated/);
  });

  it('the limiter never runs more than its bound at once and runs everything', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 5 }), fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 30 }), async (bound, delays) => {
        const limit = createLimiter(bound);
        let running = 0;
        let peak = 0;
        const results = await Promise.all(
          delays.map((delay, index) =>
            limit(async () => {
              running += 1;
              peak = Math.max(peak, running);
              await new Promise((resolve) => setTimeout(resolve, delay));
              running -= 1;
              if (index % 7 === 3) throw new Error('task failed');
              return index;
            }).catch(() => -1),
          ),
        );
        assert.ok(peak <= bound);
        assert.equal(results.length, delays.length);
      }),
      { numRuns: 30 },
    );
  });
});

describe('evaluation store parsers over malformed input (property-based)', () => {
  it('--since: any text gives a valid date or undefined, never a throw; durations count back from now', () => {
    const now = new Date('2026-12-04T12:00:00Z');
    fc.assert(fc.property(fc.string(), (text) => {
      const since = parseSince(text, now);
      assert.ok(since === undefined || !Number.isNaN(since.getTime()));
    }));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.constantFrom(['m', 60_000], ['h', 3_600_000], ['d', 86_400_000], ['w', 604_800_000]), (count, [unit, ms]) => {
        assert.equal(parseSince(`${count}${unit as string}`, now)?.getTime(), now.getTime() - count * (ms as number));
      }),
    );
  });

  it('resource keys: any evaluated resource gets a key, ARN first', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.option(fc.string(), { nil: undefined }), fc.string(), (id, arn, file) => {
        const evaluation: Evaluation = { ruleId: 'R', status: 'COMPLIANT', severity: 'low', message: '', resource: { type: 'AWS::S3::Bucket', id, source: 'cloud-control', ...(arn === undefined ? {} : { arn }) }, location: { file, path: [] } };
        const stored = storedResource(evaluation);
        assert.equal(stored.key, arn ?? `${file}#${id}`);
      }),
    );
  });
});
