// The GitHub Action run as the runner runs it: each step's `run` script in bash, with the
// step's `env` evaluated from the action's inputs (their defaults, or what the workflow gives),
// `GITHUB_ACTION_PATH` at this repository, and the runner's files (`GITHUB_OUTPUT`,
// `GITHUB_STEP_SUMMARY`, `GITHUB_WORKSPACE`, `RUNNER_TEMP`) in a temporary folder. `tosei` is
// the built CLI (through a shim on PATH, so the install step finds it and installs nothing).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { BIN, ROOT, neutralEnv } from './support/cli.js';

interface Step {
  id?: string;
  run: string;
  env?: Record<string, string>;
}
interface Action {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as Action;

const QUEUE_WITHOUT_TLS_POLICY = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      SqsManagedSseEnabled: true
`;

const UNENCRYPTED_STREAM = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Clicks:
    Type: AWS::Kinesis::Stream
    Properties:
      ShardCount: 1
`;

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

describe('GitHub Action', () => {
  let root: string;
  let shims: string;

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'tosei-action-'));
    shims = join(root, 'bin');
    mkdirSync(shims);
    writeFileSync(join(shims, 'tosei'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
    chmodSync(join(shims, 'tosei'), 0o755);
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  /** Runs every step of the composite action in order, as the runner does. */
  function runAction(name: string, inputs: Record<string, string>, files: Record<string, string>): RunResult {
    const workspace = join(root, name);
    mkdirSync(workspace, { recursive: true });
    for (const [path, text] of Object.entries(files)) writeFileSync(join(workspace, path), text);
    const outputFile = join(root, `${name}.output`);
    const summaryFile = join(root, `${name}.summary`);
    writeFileSync(outputFile, '');
    writeFileSync(summaryFile, '');
    const value = (inputName: string) => inputs[inputName] ?? action.inputs[inputName]?.default ?? '';
    let last: RunResult = { code: 0, stdout: '', stderr: '', outputs: {}, summary: '' };
    for (const step of action.runs.steps) {
      const stepEnv: Record<string, string> = {};
      for (const [key, expression] of Object.entries(step.env ?? {})) {
        stepEnv[key] = expression.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, inputName: string) => value(inputName));
      }
      const env = neutralEnv({
        ...stepEnv,
        PATH: `${shims}:${process.env.PATH ?? ''}`,
        GITHUB_ACTION_PATH: ROOT,
        GITHUB_WORKSPACE: workspace,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        RUNNER_TEMP: root,
        // The install step must not reach the registry: fail loudly if it tries.
        npm_config_registry: 'http://127.0.0.1:9/',
      });
      const result = spawnSync('bash', ['-e', '-c', step.run], { cwd: workspace, env, encoding: 'utf8' });
      last = { code: result.status, stdout: result.stdout, stderr: result.stderr, outputs: {}, summary: '' };
      if (result.status !== 0) break;
    }
    for (const line of readFileSync(outputFile, 'utf8').split('\n').filter(Boolean)) {
      const [key, ...rest] = line.split('=');
      last.outputs[key as string] = rest.join('=');
    }
    last.summary = readFileSync(summaryFile, 'utf8');
    return last;
  }

  it('is a composite action whose outputs are the scan step outputs', () => {
    assert.equal(action.runs.using, 'composite');
    const scanStep = action.runs.steps.find((step) => step.id === 'scan');
    assert.ok(scanStep);
    for (const [name, output] of Object.entries(action.outputs)) assert.equal(output.value, `\${{ steps.scan.outputs.${name} }}`);
    // Every input reaches the scan step (version goes to the install step).
    const used = JSON.stringify(action.runs.steps.map((step) => step.env ?? {}));
    for (const name of Object.keys(action.inputs)) assert.ok(used.includes(`inputs.${name} }}`), `input ${name} is used`);
  });

  it('fails the step on a failing rule, with annotations, SARIF, outputs and a job summary', () => {
    const result = runAction('failing', {}, { 'queue.yaml': QUEUE_WITHOUT_TLS_POLICY });
    assert.equal(result.code, 1, result.stderr);
    assert.match(result.stdout, /^::(error|warning) file=queue\.yaml,line=\d+.*SQS_QUEUE_SSL_REQUESTS_ONLY/m);
    assert.equal(result.outputs['exit-code'], '1');
    assert.ok(Number(result.outputs.failed) >= 1);
    assert.equal(result.outputs.errors, '0');
    const sarif = JSON.parse(readFileSync(result.outputs['sarif-file'] as string, 'utf8')) as { version: string; runs: { results: { ruleId: string }[] }[] };
    assert.equal(sarif.version, '2.1.0');
    assert.ok(sarif.runs[0]?.results.some((entry) => entry.ruleId === 'SQS_QUEUE_SSL_REQUESTS_ONLY'));
    assert.match(result.summary, /SQS_QUEUE_SSL_REQUESTS_ONLY/);
  });

  it('soft-fail passes the step and still reports; a framework narrows the rules; an extra format is written', () => {
    const result = runAction('soft', { 'soft-fail': 'true', framework: 'FSBP', format: 'junit', output: 'tosei.xml' }, { 'queue.yaml': QUEUE_WITHOUT_TLS_POLICY, 'stream.yaml': UNENCRYPTED_STREAM });
    assert.equal(result.code, 0, result.stderr);
    assert.ok(Number(result.outputs.failed) >= 1);
    assert.match(readFileSync(join(root, 'soft', 'tosei.xml'), 'utf8'), /<testsuites/);
    const frameworkRules = JSON.parse(spawnSync(process.execPath, [BIN, 'rules', '--framework', 'FSBP', '--rules-set', 'all', '--format', 'json'], { encoding: 'utf8' }).stdout) as { id: string }[];
    const sarif = JSON.parse(readFileSync(result.outputs['sarif-file'] as string, 'utf8')) as { runs: { tool: { driver: { rules: { id: string }[] } } }[] };
    const ran = sarif.runs[0]?.tool.driver.rules.map((rule) => rule.id) ?? [];
    assert.ok(ran.includes('KINESIS_STREAM_ENCRYPTED'));
    assert.ok(!ran.includes('SQS_QUEUE_SSL_REQUESTS_ONLY'), 'a rule outside the framework does not run');
    for (const id of ran) assert.ok(frameworkRules.some((rule) => rule.id === id), `${id} decides an FSBP control`);
  });

  it('a baseline accepts today\'s findings: the step passes until a new one appears', () => {
    const workspace = join(root, 'baseline');
    mkdirSync(workspace, { recursive: true });
    writeFileSync(join(workspace, 'queue.yaml'), QUEUE_WITHOUT_TLS_POLICY);
    const written = spawnSync(process.execPath, [BIN, 'scan', '.', '--write-baseline', 'baseline.json'], { cwd: workspace, env: neutralEnv(), encoding: 'utf8' });
    assert.equal(written.status, 0, written.stderr);
    const accepted = runAction('baseline', { baseline: 'baseline.json' }, {});
    assert.equal(accepted.code, 0, accepted.stderr + accepted.stdout);
    assert.equal(accepted.outputs.failed, '0');
    const added = runAction('baseline', { baseline: 'baseline.json' }, { 'stream.yaml': UNENCRYPTED_STREAM });
    assert.equal(added.code, 1);
    assert.match(added.stdout, /KINESIS_STREAM_ENCRYPTED/);
  });

  it('a read error fails the step even with soft-fail, and an unknown framework is a clear error', () => {
    const broken = runAction('broken', { 'soft-fail': 'true', paths: 'missing.yaml' }, {});
    assert.equal(broken.code, 2);
    assert.equal(broken.outputs['exit-code'], '2');
    const unknown = runAction('unknown', { framework: 'NOPE' }, { 'queue.yaml': QUEUE_WITHOUT_TLS_POLICY });
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /::error title=tosei::.*unknown framework "NOPE"/);
  });
});
