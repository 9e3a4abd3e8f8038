// `tosei export conformance-pack --framework ID`: for every framework, a conformance pack template
// with one Config rule per rule deciding a control (AWS's managed rule and parameters where there
// is one, the Tosei Lambda otherwise), which AWS's validator accepts and `tosei scan` passes.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { RegoEngine, TemplateFile, type StandardDiagnostic } from '@aws/cloudformation-validate';
import { parse } from 'yaml';
import { main } from '../src/cli/main.js';
import { FRAMEWORK_IDS } from '../src/frameworks/index.js';
import { builtinRules } from '../src/rules/index.js';

interface Pack {
  Parameters?: Record<string, { Type: string; Default?: string }>;
  Resources: Record<string, { Type: string; Properties: { ConfigRuleName: string; Source: { Owner: string; SourceIdentifier: unknown }; InputParameters?: Record<string, unknown> } }>;
}

async function runCli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, env: {}, stdoutIsTTY: false, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

describe('tosei export conformance-pack', () => {
  const engine = new RegoEngine();
  let directory: string;
  before(() => {
    directory = mkdtempSync(join(tmpdir(), 'tosei-pack-'));
  });
  after(() => {
    engine.free();
    rmSync(directory, { recursive: true, force: true });
  });

  for (const framework of FRAMEWORK_IDS) {
    it(`${framework}: a Config rule per rule of the framework; valid, and tosei scan passes it`, async () => {
      const file = join(directory, `${framework}.yaml`);
      const exported = await runCli(['export', 'conformance-pack', '--framework', framework, '--output', file], directory);
      assert.equal(exported.code, 0, exported.stderr);
      const pack = parse(readFileSync(file, 'utf8')) as Pack;
      const expected = builtinRules.filter((rule) => (rule.meta.frameworks?.[framework]?.length ?? 0) > 0);
      const configRules = Object.values(pack.Resources);
      assert.ok(configRules.every((resource) => resource.Type === 'AWS::Config::ConfigRule'), 'a pack holds Config rules only');
      assert.equal(configRules.length, expected.length);
      for (const rule of expected) {
        const resource = configRules.find((candidate) => candidate.Properties.Source.SourceIdentifier === rule.meta.id || candidate.Properties.InputParameters?.toseiRule === rule.meta.id);
        assert.ok(resource, rule.meta.id);
        if (rule.meta.managedRule) {
          assert.deepEqual([resource.Properties.ConfigRuleName, resource.Properties.Source.Owner], [rule.meta.managedRule, 'AWS']);
        } else {
          assert.deepEqual(resource.Properties.Source, { ...resource.Properties.Source, Owner: 'CUSTOM_LAMBDA', SourceIdentifier: { Ref: 'ToseiRuleFunctionArn' } });
        }
        // Every input parameter is a pack parameter with a default (ConformancePackInputParameters overrides it).
        for (const [name, value] of Object.entries(resource.Properties.InputParameters ?? {})) {
          if (name === 'toseiRule') continue;
          const reference = (value as { Ref: string }).Ref;
          assert.equal(typeof pack.Parameters?.[reference]?.Default, 'string', `${rule.meta.id}.${name}`);
        }
      }
      if (expected.length > 130) assert.match(exported.stderr, /at most 130 per conformance pack/);

      const report = engine.validateStandard(new TemplateFile(file));
      assert.deepEqual(
        report.diagnostics.filter((diagnostic: StandardDiagnostic) => diagnostic.severity !== 'INFO').map((diagnostic: StandardDiagnostic) => `${diagnostic.ruleId}: ${diagnostic.message}`),
        [],
      );
      const scanned = await runCli(['scan', file, '--rules-set', 'all'], directory);
      assert.equal(scanned.code, 0, scanned.stdout + scanned.stderr);
    });
  }

  it('needs --framework, and --framework only goes with conformance-pack', async () => {
    const missing = await runCli(['export', 'conformance-pack'], directory);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /needs --framework/);
    const misplaced = await runCli(['export', 'config', '--framework', 'FSBP'], directory);
    assert.equal(misplaced.code, 2);
  });
});
