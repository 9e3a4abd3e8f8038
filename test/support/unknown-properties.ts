/**
 * Property tests for how a rule treats Unknown, written once for any rule: give the rule, a
 * generator of CloudFormation templates it judges, and which values of a template to make unknown.
 *
 * - `assertIndependentOf`: making a value Unknown that the verdict does not depend on (a statement's
 *   `Resource` for a rule decided by Effect, Principal, Action and Condition; a group's description
 *   for a port rule) leaves the verdict as it was.
 * - `assertUnknownNeverDecides`: making any value Unknown leaves the verdict as it was or makes it
 *   INSUFFICIENT_DATA — an unknown never turns a verdict into another decided one.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { resolveParameters } from '../../src/engine/parameters.js';
import { checkResource } from '../../src/engine/run.js';
import { templateToDocument } from '../../src/inputs/cloudformation/index.js';
import type { Status } from '../../src/model/evaluation.js';
import type { PropertyPath } from '../../src/model/resource.js';
import { isObject, type Value, type ValueObject } from '../../src/model/value.js';
import type { AnyRule } from '../../src/rules/types.js';

/** A template and the resource of it whose verdict is compared. */
export interface JudgedTemplate {
  template: ValueObject;
  resourceId: string;
  params?: Record<string, unknown>;
}

export interface UnknownLaw {
  rule: AnyRule;
  cases: fc.Arbitrary<JudgedTemplate>;
  /** Paths (from the template root) of the values to make unknown. */
  paths(judged: JudgedTemplate): PropertyPath[];
  /**
   * What a value becomes: by default an import from another stack (unknown, no reference). A law
   * about a value that keeps its meaning gives the unknown form of the same value (`Fn::GetAtt
   * Queue.Arn` for the queue's ARN).
   */
  unknownOf?(value: Value, path: PropertyPath, judged: JudgedTemplate): Value;
  numRuns?: number;
}

/** The rule's verdict on one resource: its status and the message ids that decided it. */
export function verdictOf(rule: AnyRule, judged: JudgedTemplate): { status: Status; messageIds: string[] } {
  const document = templateToDocument(structuredClone(judged.template), 'property.json', {});
  const resource = document.graph.get(judged.resourceId);
  assert.ok(resource, `the generated template has no resource ${judged.resourceId}`);
  const active = { rule, params: resolveParameters(rule, judged.params), severity: rule.meta.severity };
  const { evaluation, verdicts } = checkResource(document, resource, active, {}, []);
  const messageIds = [...new Set(verdicts.filter((verdict) => verdict.status === evaluation.status).map((verdict) => verdict.messageId))].sort();
  return { status: evaluation.status, messageIds };
}

const IMPORTED: Value = { 'Fn::ImportValue': 'tosei-property-unknown' };

/** The template with the value at each path replaced. */
export function withUnknowns(judged: JudgedTemplate, paths: readonly PropertyPath[], unknownOf: UnknownLaw['unknownOf']): JudgedTemplate {
  const template = structuredClone(judged.template);
  for (const path of paths) {
    const parent = valueAt(template, path.slice(0, -1));
    const key = path[path.length - 1];
    if (key === undefined) continue;
    if (Array.isArray(parent) && typeof key === 'number' && key < parent.length) parent[key] = unknownOf ? unknownOf(parent[key] as Value, path, judged) : IMPORTED;
    else if (isObject(parent) && typeof key === 'string' && Object.hasOwn(parent, key)) parent[key] = unknownOf ? unknownOf(parent[key] as Value, path, judged) : IMPORTED;
  }
  return { ...judged, template };
}

function valueAt(root: Value, path: PropertyPath): Value | undefined {
  let current: Value | undefined = root;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === 'number') current = current[segment];
    else if (isObject(current) && typeof segment === 'string') current = current[segment];
    else return undefined;
  }
  return current;
}

/** Making the values at `paths` unknown leaves the verdict exactly as it was. */
export function assertIndependentOf(law: UnknownLaw): void {
  fc.assert(
    fc.property(law.cases, (judged) => {
      const paths = law.paths(judged);
      const before = verdictOf(law.rule, judged);
      const after = verdictOf(law.rule, withUnknowns(judged, paths, law.unknownOf));
      assert.deepEqual(after, before, `${law.rule.meta.id}: making ${paths.map((path) => path.join('.')).join(', ')} unknown changed the verdict`);
    }),
    { numRuns: law.numRuns ?? 150 },
  );
}

/** Making one of the values at `paths` unknown leaves the verdict as it was, or makes it INSUFFICIENT_DATA. */
export function assertUnknownNeverDecides(law: UnknownLaw): void {
  fc.assert(
    fc.property(law.cases, fc.nat(), (judged, pick) => {
      const paths = law.paths(judged);
      if (paths.length === 0) return;
      const path = paths[pick % paths.length] as PropertyPath;
      const before = verdictOf(law.rule, judged);
      const after = verdictOf(law.rule, withUnknowns(judged, [path], law.unknownOf));
      if (after.status === 'INSUFFICIENT_DATA') return;
      assert.equal(after.status, before.status, `${law.rule.meta.id}: making ${path.join('.')} unknown turned ${before.status} into ${after.status}`);
    }),
    { numRuns: law.numRuns ?? 150 },
  );
}

/** Every path to a leaf value (not a key) under `path` of a template. */
export function leafPaths(template: ValueObject, path: PropertyPath): PropertyPath[] {
  const found: PropertyPath[] = [];
  const visit = (value: Value | undefined, at: PropertyPath): void => {
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...at, index]));
    else if (isObject(value)) for (const [key, child] of Object.entries(value)) visit(child, [...at, key]);
    else if (value !== undefined) found.push(at);
  };
  visit(valueAt(template, path), path);
  return found;
}
