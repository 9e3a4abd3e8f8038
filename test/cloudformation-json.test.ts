import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { scanJson } from '../src/inputs/cloudformation/json.js';
import { parseTemplateText, parseYamlText, type NodePositions } from '../src/inputs/cloudformation/yaml.js';
import { mapScalars } from './support/values.js';

/** Walks two results side by side: every object and array has the same recorded positions. */
function assertSamePositions(a: unknown, b: unknown, pa: WeakMap<object, NodePositions>, pb: WeakMap<object, NodePositions>, path = ''): void {
  if (a === null || typeof a !== 'object') return;
  assert.deepStrictEqual(pb.get(b as object), pa.get(a), `positions at ${path || '/'}`);
  for (const key of Object.keys(a)) {
    assertSamePositions((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], pa, pb, `${path}/${key}`);
  }
}

const key = fc.oneof(fc.constantFrom('Resources', 'Type', 'Properties', 'Ref', 'Fn::If', 'A', 'B', '<<', 'a b', '1', ''), fc.string({ maxLength: 8 }));
const scalar = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 1e21, 1.5e-7, 2 ** 64, Number.MAX_SAFE_INTEGER + 2, 'true', 'null', '1', '-', '#', ': ', '\\', '"', '\u2028', '\u0085', '\ufeff'),
  fc.boolean(),
  fc.constant(null),
);

/** JSON text as editors and tools write it: with duplicate keys, any indentation, LF or CRLF. */
type Tree = null | boolean | number | string | Tree[] | { entries: [string, Tree][] };
const tree: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('tree'), { maxLength: 4 }),
    fc.record({ entries: fc.array(fc.tuple(key, tie('tree')), { maxLength: 5 }) }),
  ),
})).tree;
const layout = fc.record({
  indent: fc.constantFrom('', ' ', '  ', '\t', '    '),
  newline: fc.constantFrom('\n', '\r\n'),
  afterColon: fc.constantFrom('', ' ', '  '),
  leading: fc.constantFrom('', '\n', ' \n\t', '\r\n'),
  trailing: fc.constantFrom('', '\n', '\n\n ', '\r\n'),
});
type Layout = typeof layout extends fc.Arbitrary<infer T> ? T : never;

function write(value: Tree, l: Layout, depth = 0): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const pad = (d: number) => (l.indent ? l.newline + l.indent.repeat(d) : '');
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[${value.map((item) => pad(depth + 1) + write(item, l, depth + 1)).join(',')}${pad(depth)}]`;
  }
  if (value.entries.length === 0) return '{}';
  const entries = value.entries.map(([k, v]) => `${pad(depth + 1)}${JSON.stringify(k)}:${l.afterColon}${write(v, l, depth + 1)}`);
  return `{${entries.join(',')}${pad(depth)}}`;
}
const jsonText = fc
  .tuple(fc.record({ entries: fc.array(fc.tuple(key, tree), { maxLength: 6 }) }), layout)
  .map(([value, l]) => l.leading + write(value, l) + l.trailing);

/** A valid text with one edit: a character removed, inserted or replaced, or the end cut off. */
const brokenText = fc
  .tuple(jsonText, fc.nat(), fc.constantFrom('remove', 'insert', 'replace', 'cut'), fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', '\n', '\r', '\t', '\u0000', 'x', '0', '-', '.', 'e', '#', "'"))
  .map(([text, at, edit, c]) => {
    const i = text.length === 0 ? 0 : at % text.length;
    if (edit === 'remove') return text.slice(0, i) + text.slice(i + 1);
    if (edit === 'insert') return text.slice(0, i) + c + text.slice(i);
    if (edit === 'replace') return text.slice(0, i) + c + text.slice(i + 1);
    return text.slice(0, i);
  });

/**
 * A JSON number as the YAML reader reads it. YAML 1.1 (PyYAML, and so the AWS CLI and cfn-lint
 * when they read a template as YAML) has no exponent without a dot or without a sign: `1e+21` and
 * `5e-324` are strings there. JSON.stringify wrote every number of the generated texts.
 */
function asYaml11(value: unknown): unknown {
  return mapScalars(value, (scalar) => {
    if (typeof scalar !== 'number') return scalar;
    const text = JSON.stringify(scalar);
    return !/[eE]/.test(text) || (text.includes('.') && /[eE][-+]/.test(text)) ? scalar : text;
  });
}

describe('CloudFormation JSON scanner (property-based)', () => {
  it('reads valid JSON with JSON\'s values, and with the positions and duplicate-key warnings of the YAML reader', () => {
    fc.assert(
      fc.property(jsonText, (text) => {
        const json = scanJson(text, 't.json');
        assert.ok(json.ok, `not read: ${json.ok ? '' : json.message} in ${JSON.stringify(text)}`);
        // The values are JSON's own.
        assert.deepStrictEqual(JSON.stringify(json.value), JSON.stringify(JSON.parse(text)));
        const yaml = parseYamlText(text, 't.json');
        assert.deepStrictEqual(yaml.value, asYaml11(json.value));
        assert.deepStrictEqual(json.problems, yaml.problems);
        assertSamePositions(yaml.value, json.value, yaml.positions, json.positions);
      }),
      { numRuns: 400 },
    );
  });

  it('reads a JSON number with an exponent as JSON does, and the same text as YAML 1.1 (PyYAML) does when it is not strict JSON', () => {
    assert.deepEqual(parseTemplateText('{"A": 1e5, "B": 1.5e+3}', 't.json').value, { A: 100000, B: 1500 });
    // A trailing comma: not JSON, so the YAML reader, where `1e5` is text and `1.5e+3` a number.
    assert.deepEqual(parseTemplateText('{"A": 1e5, "B": 1.5e+3,}', 't.json').value, { A: '1e5', B: 1500 });
  });

  it('never throws on malformed JSON and gives one failure with a line and column inside the text', () => {
    fc.assert(
      fc.property(fc.oneof(brokenText, fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 })), (text) => {
        const result = scanJson(text, 't.json');
        if (result.ok) {
          // Whatever it accepted is JSON.
          assert.deepStrictEqual(JSON.stringify(result.value), JSON.stringify(JSON.parse(text.replace(/^\ufeff/, ''))));
          return;
        }
        const lines = text.split('\n').length;
        assert.ok(Number.isInteger(result.line) && result.line >= 1 && result.line <= lines, `line ${result.line} of ${lines}`);
        assert.ok(Number.isInteger(result.column) && result.column >= 1);
        assert.ok(result.message.length > 0);
      }),
      { numRuns: 1000 },
    );
  });

  it('template reading of malformed JSON never throws: a value, or exactly one error with a line', () => {
    fc.assert(
      fc.property(brokenText, (text) => {
        const { value, problems } = parseTemplateText(text, 't.json');
        const errors = problems.filter((problem) => problem.level === 'error');
        if (value === undefined) {
          assert.equal(errors.length, 1, JSON.stringify(problems));
          assert.ok((errors[0]?.line ?? 0) >= 1, `no line: ${JSON.stringify(errors[0])}`);
        }
        // A text the JSON scanner rejects is the YAML reader's, as before.
        if (!scanJson(text, 't.json').ok) assert.deepStrictEqual({ value, problems }, { value: parseYamlText(text, 't.json').value, problems: parseYamlText(text, 't.json').problems });
      }),
      { numRuns: 500 },
    );
  });

  it('reports a duplicate key with its line and the line of the one before', () => {
    const result = scanJson('{\n  "A": 1,\n  "B": 2,\n  "A": 3\n}\n', 't.json');
    assert.ok(result.ok);
    assert.deepEqual(result.value, { A: 3, B: 2 });
    assert.equal(result.problems.length, 1);
    assert.equal(result.problems[0]?.line, 4);
    assert.equal(result.problems[0]?.column, 3);
    assert.match(result.problems[0]?.message ?? '', /duplicate key "A" \(first at line 2\)/);
  });

  it('names the line of a syntax error and leaves YAML-flavoured JSON to the YAML reader', () => {
    const broken = scanJson('{\n  "A": 1,\n  "B": \n}\n', 't.json');
    assert.deepEqual(broken.ok ? undefined : broken.line, 4);
    const trailingComma = '{\n  "A": [1, 2,],\n}\n';
    assert.equal(scanJson(trailingComma, 't.json').ok, false);
    assert.deepEqual(parseTemplateText(trailingComma, 't.json').value, { A: [1, 2] });
    const deep = `{"A": ${'['.repeat(600)}${']'.repeat(600)}}`;
    assert.equal(scanJson(deep, 't.json').ok, false);
    const { value, problems } = parseTemplateText(deep, 't.json');
    assert.equal(value, undefined);
    assert.deepEqual(problems.map((problem) => [problem.level, problem.line]), [['error', 1]]);
    assert.match(problems[0]?.message ?? '', /nested more than \d+ levels deep/);
  });
});
