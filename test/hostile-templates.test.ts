import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { stackDocument } from '../src/gates/cfn-hook/documents.js';
import type { HookRequest } from '../src/gates/cfn-hook/protocol.js';
import { readGuardData } from '../src/guard/load.js';
import { loadCloudFormation } from '../src/inputs/cloudformation/index.js';
import { TEMPLATE_LIMITS, type TemplateLimits } from '../src/inputs/cloudformation/limits.js';
import { parseTemplateText } from '../src/inputs/cloudformation/yaml.js';
import type { ScanProblem } from '../src/model/evaluation.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * "Billion laughs": `levels` anchors, each a list of `fan` aliases of the one before, after a real
 * resource. Fully expanded, the last one has fan^levels leaves (9^9: 387 million).
 */
function laughs(levels: number, fan: number, style: 'flow' | 'block' = 'flow'): string {
  const lines = ['  l0: &l0 "lol"'];
  for (let level = 1; level <= levels; level++) {
    const aliases = Array.from({ length: fan }, () => `*l${level - 1}`);
    if (style === 'flow') lines.push(`  l${level}: &l${level} [${aliases.join(', ')}]`);
    else lines.push(`  l${level}: &l${level}`, ...aliases.map((alias) => `    - ${alias}`));
  }
  return `Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\nMetadata:\n${lines.join('\n')}\n`;
}

/** The one error of a refused text: it names the file and a line inside the text. */
function onlyError(problems: readonly ScanProblem[], file: string, text: string): ScanProblem {
  const errors = problems.filter((problem) => problem.level === 'error');
  assert.equal(errors.length, 1, JSON.stringify(problems));
  const [error] = errors as [ScanProblem];
  assert.equal(error.file, file);
  assert.ok(Number.isInteger(error.line) && (error.line as number) >= 1 && (error.line as number) <= text.split('\n').length, `line ${error.line}`);
  return error;
}

/** Nodes an anchor chain adds when every alias is expanded (the l0 scalar is one node, each list one plus its items). */
function expandedByAliases(levels: number, fan: number): { aliases: number; nodes: number } {
  let size = 1;
  let nodes = 0;
  for (let level = 1; level <= levels; level++) {
    nodes += fan * size;
    size = 1 + fan * size;
  }
  return { aliases: levels * fan, nodes };
}

describe('hostile templates: alias bombs, nesting, size', () => {
  let directory: string;
  before(() => {
    directory = mkdtempSync(join(tmpdir(), 'tosei-hostile-'));
  });
  after(() => rmSync(directory, { recursive: true, force: true }));

  it('refuses a billion-laughs file with one error on the line of the alias past the limit, before expanding anything', () => {
    for (const style of ['flow', 'block'] as const) {
      const text = laughs(9, 9, style);
      const { value, problems } = parseTemplateText(text, 'laughs.yaml');
      assert.equal(value, undefined);
      const error = onlyError(problems, 'laughs.yaml', text);
      assert.match(error.message, /aliases expand to more than 100000 nodes \(alias \*l\d\)/);
      // The alias that crossed the limit: its line declares an anchor whose expansion is past it.
      const level = Number(/\*l(\d)/.exec(error.message)?.[1]) + 1;
      assert.match(text.split('\n')[(error.line as number) - 1] ?? '', style === 'flow' ? new RegExp(`^  l${level}: &l${level} \\[`) : /^ {4}- \*l\d$/);
    }
  });

  it('refuses it at every gate that reads templates: scan, the hook, Guard data', () => {
    const text = laughs(9, 9);
    const document = loadCloudFormation(text, 'laughs.yaml', {}, { force: true });
    assert.equal(document?.graph.resources.length, 0);
    assert.match(onlyError(document?.problems ?? [], 'laughs.yaml', text).message, /aliases expand/);
    const request = { shape: 'lambda-hook', clientRequestToken: '', invocationPoint: 'CREATE_PRE_PROVISION', cloudControl: false, target: { kind: 'STACK', stackName: 'laughs' } } as unknown as HookRequest;
    const stack = stackDocument(request, { template: text, changedResources: [] });
    assert.match(onlyError(stack.problems, 'laughs', text).message, /aliases expand/);
    const problems: ScanProblem[] = [];
    assert.equal(readGuardData(text, 'laughs.yaml', problems), undefined);
    assert.match(onlyError(problems, 'laughs.yaml', text).message, /aliases expand/);
  });

  it('tosei scan of a billion-laughs file, named or found in a directory (as a pre_plan upload is), reports file and line and goes on, in a process held to 96 MB of heap', () => {
    writeFileSync(join(directory, 'laughs.yaml'), laughs(9, 9));
    writeFileSync(join(directory, 'good.yaml'), 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n');
    for (const paths of [['laughs.yaml', 'good.yaml'], ['.']]) {
      const run = spawnSync(process.execPath, ['--max-old-space-size=96', join(ROOT, 'bin/tosei.js'), 'scan', ...paths, '--format', 'json'], { cwd: directory, encoding: 'utf8', timeout: 60_000 });
      assert.equal(run.status, 2, run.stderr);
      const report = JSON.parse(run.stdout) as { errors: { file: string; line?: number; message: string }[]; results: { resource: { id: string } }[] };
      assert.equal(report.errors.length, 1);
      assert.equal(report.errors[0]?.file, 'laughs.yaml');
      assert.ok((report.errors[0]?.line ?? 0) >= 1);
      assert.match(report.errors[0]?.message ?? '', /aliases expand to more than/);
      assert.ok(report.results.some((result) => result.resource.id === 'Bucket'), 'the other file is still scanned');
    }
  });

  it('reads anchor chains within the limits as trees of copies, and refuses each chain past them (property-based)', () => {
    const limits: TemplateLimits = { ...TEMPLATE_LIMITS, aliases: 60, aliasNodes: 2_000 };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 10 }), fc.constantFrom('flow' as const, 'block' as const), (levels, fan, style) => {
        const text = laughs(levels, fan, style);
        const { value, problems } = parseTemplateText(text, 'chain.yaml', limits);
        const expanded = expandedByAliases(levels, fan);
        if (expanded.aliases > limits.aliases || expanded.nodes > limits.aliasNodes) {
          assert.equal(value, undefined);
          assert.match(onlyError(problems, 'chain.yaml', text).message, /more than \d+ aliases|aliases expand to more than/);
          return;
        }
        assert.deepEqual(problems, []);
        // Every alias became a copy: no object is reachable twice, and the leaves are all there.
        const seen = new Set<object>();
        let leaves = 0;
        const walk = (node: unknown): void => {
          if (node === 'lol') leaves += 1;
          if (node === null || typeof node !== 'object') return;
          assert.ok(!seen.has(node), 'an object reached twice');
          seen.add(node);
          for (const item of Object.values(node)) walk(item);
        };
        walk((value as { Metadata: unknown }).Metadata);
        assert.equal(leaves, Array.from({ length: levels + 1 }, (_, level) => fan ** level).reduce((a, b) => a + b, 0));
      }),
      { numRuns: 150 },
    );
  });

  it('refuses nesting deeper than the limit in YAML and JSON alike, and reads anything up to it (property-based)', () => {
    const nested = (depth: number, style: string): string => {
      if (style === 'json') return `{"A": ${'['.repeat(depth - 1)}1${']'.repeat(depth - 1)}}`;
      if (style === 'flow') return `A: ${'['.repeat(depth - 1)}1${']'.repeat(depth - 1)}\n`;
      return Array.from({ length: depth }, (_, level) => `${'  '.repeat(level)}k${level}:`).join('\n') + ' 1\n';
    };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: TEMPLATE_LIMITS.depth + 40 }), fc.constantFrom('json', 'flow', 'block'), (depth, style) => {
        const text = nested(depth, style);
        const { value, problems } = parseTemplateText(text, 'deep.yaml');
        if (depth <= TEMPLATE_LIMITS.depth) {
          assert.deepEqual(problems, []);
          assert.notEqual(value, undefined);
        } else {
          assert.equal(value, undefined);
          assert.match(onlyError(problems, 'deep.yaml', text).message, /nested more than 128 levels deep/);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('refuses a template with more nodes or characters than the limits, YAML or JSON, with a line', () => {
    const limits: TemplateLimits = { ...TEMPLATE_LIMITS, nodes: 1_000, bytes: 50_000 };
    const items = Array.from({ length: 2_000 }, (_, index) => index);
    for (const text of [`A: [${items.join(', ')}]\n`, `{"A": [${items.join(', ')}]}`, `A:\n${items.map((item) => `  - ${item}`).join('\n')}\n`]) {
      const { value, problems } = parseTemplateText(text, 'wide.yaml', limits);
      assert.equal(value, undefined);
      assert.match(onlyError(problems, 'wide.yaml', text).message, /more than 1000 nodes/);
    }
    const long = `A: "${'x'.repeat(60_000)}"\n`;
    const { value, problems } = parseTemplateText(long, 'long.yaml', limits);
    assert.equal(value, undefined);
    assert.match(onlyError(problems, 'long.yaml', long).message, /60006 characters, more than the 50000/);
  });
});
