import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { parseTemplateText } from '../src/inputs/cloudformation/yaml.js';
import { corpusFiles } from './support/corpora.js';
import { mapScalars } from './support/values.js';

/**
 * The oracle: PyYAML (Debian python3-yaml, with libyaml; `.ci/run` installs it), reading each
 * template as the AWS CLI and SAM do: JSON first, then YAML with CloudFormation's short forms.
 * All files go through one python process.
 */
const ORACLE = join(dirname(fileURLToPath(import.meta.url)), 'support', 'pyyaml-oracle.py');

type OracleResult =
  | { ok: true; value: unknown; positions?: Record<string, [number, number, Record<string, [number, number]>]> }
  | { ok: false; line: number | null; message: string };

/** The first python with PyYAML on libyaml: `TOSEI_PYTHON`, the one on the PATH, or the system's (where Debian's python3-yaml is). */
function python(): string {
  const candidates = [process.env.TOSEI_PYTHON, 'python3', '/usr/bin/python3'].filter((candidate): candidate is string => Boolean(candidate));
  const found = candidates.find((candidate) => spawnSync(candidate, ['-c', 'import yaml; yaml.CSafeLoader']).status === 0);
  assert.ok(found, `no python3 with PyYAML and libyaml (tried ${candidates.join(', ')}): install Debian's python3-yaml, as .ci/run does`);
  return found;
}

function readWithPyYaml(paths: readonly string[]): OracleResult[] {
  const run = spawnSync(python(), [ORACLE], { input: paths.join('\n'), encoding: 'utf8', maxBuffer: 1 << 30 });
  assert.equal(run.status, 0, `the PyYAML oracle failed:\n${run.error?.message ?? run.stderr}`);
  const lines = run.stdout.split('\n').filter(Boolean);
  assert.equal(lines.length, paths.length, 'one oracle result per file');
  return lines.map((line) => JSON.parse(line) as OracleResult);
}

/** Tosei's value in the oracle's JSON form (JSON has no NaN or infinities). */
function jsonForm(value: unknown): unknown {
  return mapScalars(value, (scalar) => (typeof scalar === 'number' && !Number.isFinite(scalar) ? { $float: Number.isNaN(scalar) ? 'nan' : scalar > 0 ? 'inf' : '-inf' } : scalar));
}

/** The first path where two values differ, for a readable failure. */
function firstDifference(tosei: unknown, pyyaml: unknown, path = ''): string {
  if (isDeepStrictEqual(tosei, pyyaml)) return '';
  if (tosei !== null && pyyaml !== null && typeof tosei === 'object' && typeof pyyaml === 'object' && Array.isArray(tosei) === Array.isArray(pyyaml)) {
    const keys = new Set([...Object.keys(tosei), ...Object.keys(pyyaml)]);
    for (const key of keys) {
      const difference = firstDifference((tosei as Record<string, unknown>)[key], (pyyaml as Record<string, unknown>)[key], `${path}/${key}`);
      if (difference) return difference;
    }
  }
  return `${path || '/'}: Tosei ${JSON.stringify(tosei)?.slice(0, 120)}, PyYAML ${JSON.stringify(pyyaml)?.slice(0, 120)}`;
}

interface Comparison {
  mismatches: string[];
  accepted: number;
  refused: number;
  positions: number;
}

/** Reads each file with Tosei and compares with the oracle: acceptance, values, and resource/property positions. */
function compare(paths: readonly string[], oracle: readonly OracleResult[]): Comparison {
  const result: Comparison = { mismatches: [], accepted: 0, refused: 0, positions: 0 };
  paths.forEach((path, index) => {
    const expected = oracle[index] as OracleResult;
    const parsed = parseTemplateText(readFileSync(path, 'utf8'), path);
    const error = parsed.problems.find((problem) => problem.level === 'error');
    if (!expected.ok) {
      result.refused += 1;
      if (!error) result.mismatches.push(`${path}: read, but PyYAML refuses it (${expected.message})`);
      else if (!(Number.isInteger(error.line) && (error.line as number) >= 1) || error.file !== path) result.mismatches.push(`${path}: refused without a file and line: ${JSON.stringify(error)}`);
      return;
    }
    result.accepted += 1;
    if (error) {
      result.mismatches.push(`${path}: refused (line ${error.line}: ${error.message}), but PyYAML reads it`);
      return;
    }
    const difference = firstDifference(jsonForm(parsed.value), expected.value);
    if (difference) result.mismatches.push(`${path}: values differ at ${difference}`);
    const resources = (parsed.value as { Resources?: Record<string, { Properties?: unknown }> } | null)?.Resources;
    const resourceKeys = resources ? parsed.positions.get(resources)?.keys : undefined;
    for (const [id, [line, column, properties]] of Object.entries(expected.positions ?? {})) {
      result.positions += 1;
      const at = resourceKeys?.get(id);
      if (at?.line !== line || at.column !== column) result.mismatches.push(`${path}: resource ${id} at ${JSON.stringify(at)}, PyYAML ${line}:${column}`);
      const body = resources?.[id]?.Properties;
      const propertyKeys = body !== null && typeof body === 'object' ? parsed.positions.get(body)?.keys : undefined;
      for (const [name, [propertyLine, propertyColumn]] of Object.entries(properties)) {
        result.positions += 1;
        const propertyAt = propertyKeys?.get(name);
        if (propertyAt?.line !== propertyLine || propertyAt.column !== propertyColumn) {
          result.mismatches.push(`${path}: ${id}.Properties.${name} at ${JSON.stringify(propertyAt)}, PyYAML ${propertyLine}:${propertyColumn}`);
        }
      }
    }
  });
  return result;
}

/**
 * The constructs the issue names (PyYAML reads them, the previous reader did not), YAML 1.1
 * scalars, every short form, anchors and merges, and what PyYAML refuses.
 */
const CASES: Record<string, string> = {
  'quoted-policy-under-indented.yaml': `Resources:\n  P:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument: !Sub '{\n  "Version": "2012-10-17",\n  "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "arn:\${AWS::Partition}:s3:::b/*"}]\n}'\n`,
  'double-quoted-under-indented.yaml': `Resources:\n  P:\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: "a\n b\n"\n`,
  'flow-sequence-under-indented.yaml': `Resources:\n  P:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Resource: [\n  "arn:aws:s3:::a",\n  "arn:aws:s3:::b"\n]\n            Action: s3:GetObject\n`,
  'flow-mapping-under-indented.yaml': `Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      Tags: [{\n  Key: a,\n  Value: b\n}]\n      BucketName: x\n`,
  'yaml11-scalars.yaml': `A: [yes, No, on, OFF, y, n, 0777, 0x1F, 0b11, 1_000, 1:30, 1e3, 1.5e+3, .5, ~, null, '', 2010-09-09, 2001-12-14t21:59:43.10-05:00, !!str 1, !!int '12', .inf, -.Inf, .NaN, 08, +12, -0, 0o17, 1.]\nAWSTemplateFormatVersion: 2010-09-09\n`,
  'short-forms.yaml': `A: !GetAtt a.b.c\nB: !GetAZs\nC: !Rain::Embed x\nD: !Ref\nE: !If [C, !Sub '\${A}', !Ref AWS::NoValue]\nF: !Select [0, !GetAZs '']\nG: !ValueOf [P, VpcId]\nH: !Transform {Name: AWS::Include, Parameters: {Location: s3://b/k}}\n`,
  'anchors-and-merges.yaml': `base: &b {x: 1, y: [1, 2]}\ncopy: *b\nm:\n  <<: *b\n  y: 3\nlist: &l [a, b]\nn:\n  <<: [{p: 1}, {p: 2, q: 3}]\n  r: *l\n`,
  'empty-entries.yaml': `a:\n-\n- b\nc:\n? d\ne: [f: 1, g]\n`,
  'byte-order-mark.yaml': `\ufeffResources:\n  B:\n    Type: AWS::S3::Bucket\n`,
  'tab-before-comment.yaml': `Resources:\n  B:\n    Type: AWS::S3::Bucket\t# a comment after a tab\n`,
  'refused-tab-indentation.yaml': `Resources:\n\tB: 1\n`,
  'refused-duplicate-anchor.yaml': `a: &x 1\nb: &x 2\n`,
  'refused-sequence-as-key.yaml': `? [a]\n: b\n`,
  'refused-alias-in-its-anchor.yaml': `a: &a [*a]\n`,
  'refused-two-documents.yaml': `a: 1\n---\nb: 2\n`,
  'refused-plain-equals.yaml': `a: =\n`,
  'refused-merge-as-value.yaml': `a: <<\n`,
  'refused-long-key.yaml': `${'k'.repeat(1100)}: 1\n`,
  'refused-unclosed-quote.yaml': `Resources:\n  B:\n    Type: 'AWS::S3::Bucket\n`,
  'refused-compact-nested-mapping.yaml': `Resources:\n  B: Type: AWS::S3::Bucket\n`,
  'refused-binary.yaml': `a: !!binary aGk=\n`,
};

describe('CloudFormation reader against PyYAML', () => {
  let directory: string;
  before(() => {
    directory = mkdtempSync(join(tmpdir(), 'tosei-pyyaml-'));
  });
  after(() => rmSync(directory, { recursive: true, force: true }));

  it('reads every cfn-* and sam-* file of the corpora as PyYAML does: the same files, the same values, the same resource and property positions; each refused file is an error with a line', () => {
    const files = corpusFiles((kind) => kind.startsWith('cfn-') || kind.startsWith('sam-'));
    assert.ok(files.length > 3000, `expected the whole corpus, found ${files.length} files`);
    const paths = files.map((file) => file.path);
    const result = compare(paths, readWithPyYaml(paths));
    assert.deepEqual(result.mismatches, []);
    // Genuinely broken templates exist in the corpora (PyYAML refuses them) and stay errors.
    assert.ok(result.refused >= 5 && result.refused < 50, `${result.refused} refused`);
    assert.ok(result.positions > 50_000, `only ${result.positions} positions compared`);
    // The case the issue names: a multi-line quoted !Sub whose lines start left of its key, read as PyYAML reads it.
    const findInMap = files.find((file) => file.path.endsWith('/FindInMap_Inside_Sub.yaml'));
    assert.ok(findInMap, 'FindInMap_Inside_Sub.yaml is in the corpora');
    const parsed = parseTemplateText(readFileSync(findInMap.path, 'utf8'), findInMap.path);
    assert.deepEqual(parsed.problems.filter((problem) => problem.level === 'error'), []);
    assert.ok(Object.keys((parsed.value as { Resources: object }).Resources).length > 0);
  });

  it('reads the constructs PyYAML accepts and the old reader did not, and refuses what PyYAML refuses', () => {
    const paths = Object.entries(CASES).map(([name, text]) => {
      const path = join(directory, name);
      writeFileSync(path, text);
      return path;
    });
    const oracle = readWithPyYaml(paths);
    const result = compare(paths, oracle);
    assert.deepEqual(result.mismatches, []);
    // The oracle agrees with the file names: the test cannot pass by both refusing everything.
    for (const [index, path] of paths.entries()) {
      assert.equal(oracle[index]?.ok, !path.includes('/refused-'), `PyYAML on ${path}`);
    }
  });
});
