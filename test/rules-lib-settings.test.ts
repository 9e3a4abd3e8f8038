import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Resource } from '../src/model/resource.js';
import { isUnknown, unknown } from '../src/model/unknown.js';
import type { Value } from '../src/model/value.js';
import { atLeast, booleanSetting, judge, judgeFlag, numberSetting, oneOf, stringSetting } from '../src/rules/lib/settings.js';

function resource(properties: Record<string, Value>): Resource {
  return { id: 'R', type: 'AWS::Test::Thing', properties, source: { file: 'f', format: 'cloudformation' } };
}

const messages = { pass: 'ok', fail: 'bad', unknown: 'unknown' } as const;

describe('settings', () => {
  it('reads booleans as CloudFormation does, with the documented default when absent', () => {
    assert.equal(booleanSetting(resource({ A: true }), ['A'], false), true);
    assert.equal(booleanSetting(resource({ A: 'False' }), ['A'], true), false);
    assert.equal(booleanSetting(resource({}), ['A'], true), true);
    assert.equal(booleanSetting(resource({}), ['A']), undefined);
    assert.equal(booleanSetting(resource({ A: { B: true } }), ['A', 'B'], false), true);
  });

  it('keeps unknowns, including one that may be absent', () => {
    const later = unknown('Fn::GetAtt X.Y');
    assert.equal(booleanSetting(resource({ A: later }), ['A'], false), later);
    const maybe = unknown('Fn::If', undefined, true);
    assert.equal(booleanSetting(resource({ A: maybe }), ['A'], true), maybe);
    // A child of an unknown parent is unknown.
    assert.equal(booleanSetting(resource({ A: later }), ['A', 'B'], false), later);
  });

  it('never reads a wrong-typed value as a pass: it is a malformed unknown', () => {
    fc.assert(
      fc.property(fc.oneof(fc.object() as fc.Arbitrary<Value>, fc.array(fc.integer()) as fc.Arbitrary<Value>, fc.string().filter((text) => !/^(true|false)$/i.test(text))), (value) => {
        const read = booleanSetting(resource({ A: value }), ['A'], true);
        assert.ok(isUnknown(read) && read.reason.startsWith('malformed'), `got ${String(read)}`);
        const verdict = judge(read as never, messages, ['A']);
        assert.equal(verdict.status, 'INSUFFICIENT_DATA');
      }),
    );
    assert.ok(isUnknown(numberSetting(resource({ N: 'seven' }), ['N'])));
    assert.ok(isUnknown(stringSetting(resource({ S: ['a'] }), ['S'])));
  });

  it('compares with exact unknown handling', () => {
    assert.equal(atLeast(numberSetting(resource({ N: '7' }), ['N']), 7), true);
    assert.equal(atLeast(numberSetting(resource({}), ['N'], 1), 7), false);
    assert.equal(oneOf(stringSetting(resource({ S: 'TLSv1.2' }), ['S']), ['tlsv1.2'], true), true);
    assert.equal(oneOf(stringSetting(resource({}), ['S']), ['x']), false);
    const verdict = judge(unknown('(known after apply)'), messages, ['S'], { id: 'R' });
    assert.deepEqual(verdict, { status: 'INSUFFICIENT_DATA', messageId: 'unknown', data: { id: 'R', reason: '(known after apply)' }, path: ['S'] });
    assert.equal(judge(false, messages, ['S']).status, 'NON_COMPLIANT');
  });

  it('judges a flag with its default: what was written in the data, the property as the path when written', () => {
    assert.deepEqual(judgeFlag(resource({}), ['A'], false, messages), { status: 'NON_COMPLIANT', messageId: 'bad', data: { actual: 'not set (default false)' }, path: [] });
    assert.deepEqual(judgeFlag(resource({ A: 'true' }), ['A'], false, messages, { id: 'R' }), { status: 'COMPLIANT', messageId: 'ok', data: { id: 'R', actual: '"true"' }, path: ['A'] });
    assert.equal(judgeFlag(resource({}), ['A'], true, messages).status, 'COMPLIANT');
    assert.deepEqual(judgeFlag(resource({ A: false }), ['A'], true, messages, {}, ['Via']).path, ['Via']);
    assert.equal(judgeFlag(resource({ A: 3 }), ['A'], true, messages).status, 'INSUFFICIENT_DATA');
    assert.equal(judgeFlag(resource({ A: unknown('(known after apply)') }), ['A'], true, messages).status, 'INSUFFICIENT_DATA');
  });
});
