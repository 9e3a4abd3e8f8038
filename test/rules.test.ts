import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { initHclParser } from '../src/inputs/terraform/hcl/parser.js';
import { builtinRules, compareRuleIds } from '../src/rules/index.js';
import { verifyCase, verifyCases, verifyExamples, verifyMeta, type CaseKind, type RuleCase } from '../src/rules/tester.js';

const rulesRoot = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'rules', 'aws');

/** Rule files and fixture files on disk, by rule id (the file name). */
function filesOnDisk(): { rules: Map<string, string>; fixtures: Map<string, string>; configFixtures: Map<string, string> } {
  const rules = new Map<string, string>();
  const fixtures = new Map<string, string>();
  /** Configuration-item cases, beside the rule as `<RULE_ID>.config-fixtures.ts`. */
  const configFixtures = new Map<string, string>();
  for (const service of readdirSync(rulesRoot)) {
    for (const file of readdirSync(join(rulesRoot, service))) {
      const path = join(rulesRoot, service, file);
      if (file.endsWith('.fixtures.ts')) fixtures.set(basename(file, '.fixtures.ts'), path);
      else if (file.endsWith('.config-fixtures.ts')) configFixtures.set(basename(file, '.config-fixtures.ts'), path);
      else if (/^[A-Z0-9_]+\.ts$/.test(file)) rules.set(basename(file, '.ts'), path);
    }
  }
  return { rules, fixtures, configFixtures };
}

const disk = filesOnDisk();
await initHclParser();

describe('rule library', () => {
  it('registers every rule file, each named by its id, each with fixtures', () => {
    const registered = builtinRules.map((rule) => rule.meta.id).sort();
    assert.deepEqual(registered, [...disk.rules.keys()].sort());
    assert.deepEqual([...disk.fixtures.keys()].sort(), registered);
    assert.equal(new Set(registered).size, registered.length, 'duplicate rule ids');
  });

  it('lists the rules in the order localeCompare gives their ids', () => {
    const ids = builtinRules.map((rule) => rule.meta.id);
    assert.deepEqual(ids, [...ids].sort((a, b) => a.localeCompare(b)));
    const awkward = ['S3_BUCKET', 'S3BUCKET', 'S3_BUCKET_A', 'S30', 'S_3', 'A_B_C', 'AB_C', 'A1', 'A_1', 'A'];
    assert.deepEqual([...awkward].sort(compareRuleIds), [...awkward].sort((a, b) => a.localeCompare(b)));
  });
});

for (const rule of builtinRules) {
  describe(rule.meta.id, async () => {
    const fixturePath = disk.fixtures.get(rule.meta.id);
    const configPath = disk.configFixtures.get(rule.meta.id);
    const cases: RuleCase[] = [
      ...(fixturePath ? ((await import(fixturePath)) as { default: RuleCase[] }).default : []),
      ...(configPath ? ((await import(configPath)) as { default: RuleCase[] }).default : []),
    ];
    it('has valid metadata', () => verifyMeta(rule));
    it('has documented examples that behave as documented', () => verifyExamples(rule));
    // HCL has no previous state, so change-aware rules can only decide on templates with a previous version and plans
    // and on Config items with the items before the change.
    // Live-only rules are NOT_APPLICABLE on IaC: their cases are configuration items.
    // Rules outside CloudFormation, or judging what CloudFormation can not set, have no compliant or non-compliant template cases.
    const kinds: readonly CaseKind[] = rule.meta.liveOnly
      ? ['config']
      : rule.meta.changeAware
        ? ['cloudformation', 'plan', 'config']
        : rule.meta.outsideCloudFormation || rule.meta.notInCloudFormation
          ? ['hcl', 'plan', 'config']
          : ['cloudformation', 'hcl', 'plan', 'config'];
    it('has compliant and non-compliant cases for every input kind', () => verifyCases(rule, cases, kinds));
    for (const testCase of cases) {
      it(testCase.name, () => verifyCase(rule, testCase));
    }
  });
}
