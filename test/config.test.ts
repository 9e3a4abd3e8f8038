import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { ConfigError, parseConfig } from '../src/config/config.js';
import { parseParameterFile } from '../src/scan/template-inputs.js';

const KNOWN = new Set(['S3_BUCKET_LOGGING_ENABLED', 'RESTRICTED_INCOMING_TRAFFIC']);

describe('.tosei.yml', () => {
  it('reads rules, severities, parameters and exceptions', () => {
    const config = parseConfig(
      [
        'severityThreshold: medium',
        'rules:',
        '  S3_BUCKET_LOGGING_ENABLED: off',
        '  RESTRICTED_INCOMING_TRAFFIC: { severity: critical, parameters: { blockedPort1: 22 } }',
        'exceptions:',
        '  - { rule: "*", resource: "Legacy*", file: "old/**", reason: why, expires: 2027-01-31 }',
      ].join('\n'),
      '.tosei.yml',
      KNOWN,
    );
    assert.equal(config.severityThreshold, 'medium');
    assert.deepEqual(config.rules.S3_BUCKET_LOGGING_ENABLED, { enabled: false });
    assert.deepEqual(config.rules.RESTRICTED_INCOMING_TRAFFIC, { severity: 'critical', parameters: { blockedPort1: 22 } });
    assert.deepEqual(config.exceptions, [{ rule: '*', resource: 'Legacy*', file: 'old/**', reason: 'why', expires: '2027-01-31' }]);
  });

  it('names the line of a mistake', () => {
    for (const [text, line, pattern] of [
      ['rules:\n  NOPE: off\n', 2, /unknown rule "NOPE"/],
      ['severityThreshold: huge\n', 1, /severity must be one of/],
      ['exceptions:\n  - rule: S3_BUCKET_LOGGING_ENABLED\n    resource: x\n    expires: someday\n', 4, /expires must be a date/],
      ['bogus: 1\n', 1, /unknown setting "bogus"/],
      ['rules: [\n', undefined, /.+/],
    ] as const) {
      assert.throws(
        () => parseConfig(text, '.tosei.yml', KNOWN),
        (error: unknown) => error instanceof ConfigError && pattern.test(error.message) && (line === undefined || error.line === line),
        text,
      );
    }
  });

  it('either parses or throws a ConfigError naming the file, on any input (property-based)', () => {
    const structured = fc.anything({ maxDepth: 4 }).map((value) => stringify(value) ?? '');
    fc.assert(
      fc.property(fc.oneof(fc.string(), structured), (text) => {
        try {
          parseConfig(text, 'fuzz.yml', KNOWN);
        } catch (error) {
          assert.ok(error instanceof ConfigError, String(error));
          assert.ok(error.message.startsWith('fuzz.yml'));
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('template parameter files', () => {
  it('reads the CLI list form, the object form and CodePipeline\'s form', () => {
    assert.deepEqual(parseParameterFile('[{"ParameterKey":"A","ParameterValue":"1"},{"ParameterKey":"B","UsePreviousValue":true}]', 'p.json'), { A: '1' });
    assert.deepEqual(parseParameterFile('{"A": 1, "L": ["x", "y"]}', 'p.json'), { A: '1', L: 'x,y' });
    assert.deepEqual(parseParameterFile('{"Parameters": {"A": "b"}}', 'p.json'), { A: 'b' });
  });

  it('either parses or throws an Error naming the file (property-based)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        try {
          parseParameterFile(text, 'params.json');
        } catch (error) {
          assert.ok(error instanceof Error && error.message.startsWith('params.json'), String(error));
        }
      }),
      { numRuns: 500 },
    );
  });
});
