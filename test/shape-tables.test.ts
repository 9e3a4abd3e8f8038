// The committed shape tables (scripts/generate-shapes.mjs) must know every type a rule judges, or a wrong-typed
// value of a new rule's type would pass unchecked.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { builtinRules } from '../src/rules/index.js';

/** Types rules judge that no CloudFormation resource type describes (Config and live-scan only). */
const NOT_CLOUDFORMATION = new Set(['AWS::::Account', 'AWS::EC2::Snapshot', 'AWS::RDS::DBClusterSnapshot']);

describe('shape tables', () => {
  it('know the property types of every CloudFormation type a rule judges', () => {
    const table = JSON.parse(readFileSync(new URL('../src/inputs/shapes/cloudformation.json', import.meta.url), 'utf8')) as { types: Record<string, unknown> };
    const missing = [...new Set(builtinRules.flatMap((rule) => rule.meta.resourceTypes))].filter((type) => !(type in table.types) && !NOT_CLOUDFORMATION.has(type)).sort();
    assert.deepEqual(missing, [], 'regenerate the tables: TOSEI_CORPORA=<corpora> node scripts/generate-shapes.mjs');
  });
});
