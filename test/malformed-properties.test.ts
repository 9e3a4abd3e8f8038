// Property test over the whole rule registry: a wrong-typed value in any property a rule reads,
// in a template, a plan or a configuration item, never leaves the rule's verdict COMPLIANT.
// The rule's own fixtures give the inputs; the properties it reads are traced while it runs.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { checkResource, type ActiveRule } from '../src/engine/run.js';
import { resolveParameters } from '../src/engine/parameters.js';
import { templateToDocument } from '../src/inputs/cloudformation/index.js';
import { parseTemplateText } from '../src/inputs/cloudformation/yaml.js';
import { configItemsToDocument } from '../src/inputs/config/index.js';
import { readPlan, terraformToDocument } from '../src/inputs/terraform/index.js';
import type { ScanDocument } from '../src/model/document.js';
import type { PropertyPath } from '../src/model/resource.js';
import { isMalformed } from '../src/model/malformed.js';
import { isUnknown } from '../src/model/unknown.js';
import { getPath, isObject, type Value, type ValueObject } from '../src/model/value.js';
import { builtinRules } from '../src/rules/index.js';
import { caseKind, type RuleCase } from '../src/rules/tester.js';
import type { AnyRule } from '../src/rules/types.js';

const rulesRoot = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'rules', 'aws');
const fixtureFiles = new Map<string, string[]>();
for (const service of readdirSync(rulesRoot)) {
  for (const file of readdirSync(join(rulesRoot, service))) {
    const match = /^([A-Z0-9_]+)\.(config-)?fixtures\.ts$/.exec(file);
    if (match) fixtureFiles.set(match[1] as string, [...(fixtureFiles.get(match[1] as string) ?? []), join(rulesRoot, service, file)]);
  }
}

type Kind = 'cloudformation' | 'plan' | 'config';
/** One input of a case, as data, with the places a resource's settings stand in it. */
interface Input {
  kind: Kind;
  data: ValueObject;
  /** Paths (in `data`) of every value inside a resource's settings. */
  targets: PropertyPath[];
}

const INTRINSIC = /^(Ref|Condition|Fn::.+)$/;

/** Every value below `root` (not inside intrinsics), by path from `base`. */
function valuePaths(root: Value | undefined, base: PropertyPath, out: PropertyPath[]): void {
  // An intrinsic stands for a value of any type: neither it nor what is inside it is a target.
  const isIntrinsic = (value: Value): boolean => isObject(value) && Object.keys(value).some((key) => INTRINSIC.test(key));
  if (Array.isArray(root)) {
    root.forEach((item, index) => {
      if (isIntrinsic(item)) return;
      out.push([...base, index]);
      valuePaths(item, [...base, index], out);
    });
  } else if (isObject(root)) {
    for (const [key, child] of Object.entries(root)) {
      if (isIntrinsic(child)) continue;
      out.push([...base, key]);
      valuePaths(child, [...base, key], out);
    }
  }
}

function inputOf(testCase: RuleCase): Input | undefined {
  const kind = caseKind(testCase);
  const targets: PropertyPath[] = [];
  if (kind === 'cloudformation') {
    const parsed = parseTemplateText(testCase.template as string, 'fixture.yaml');
    if (!isObject(parsed.value as Value)) return undefined;
    const data = parsed.value as ValueObject;
    for (const [id, resource] of Object.entries(isObject(data.Resources) ? data.Resources : {})) {
      if (isObject(resource)) valuePaths(resource.Properties, ['Resources', id, 'Properties'], targets);
    }
    return { kind, data, targets };
  }
  if (kind === 'plan') {
    const data = JSON.parse(typeof testCase.plan === 'string' ? testCase.plan : JSON.stringify(testCase.plan)) as ValueObject;
    (Array.isArray(data.resource_changes) ? data.resource_changes : []).forEach((change, index) => {
      if (isObject(change) && isObject(change.change)) valuePaths(change.change.after, ['resource_changes', index, 'change', 'after'], targets);
    });
    return { kind, data, targets };
  }
  if (kind === 'config') {
    const items = JSON.parse(JSON.stringify(testCase.items)) as ValueObject[];
    items.forEach((item, index) => {
      if (typeof item.configuration === 'string') item.configuration = JSON.parse(item.configuration) as Value;
      valuePaths(item.configuration, ['items', index, 'configuration'], targets);
    });
    return { kind, data: { items }, targets };
  }
  return undefined;
}

function load(input: Input, testCase: RuleCase): ScanDocument {
  if (input.kind === 'cloudformation') return templateToDocument(input.data, 'fixture.yaml', testCase.inputs ?? {});
  if (input.kind === 'plan') return terraformToDocument(readPlan(input.data, JSON.stringify(input.data), 'plan.json'));
  return configItemsToDocument(input.data.items as Value[], 'items.json');
}

/**
 * Wrong for the value it replaces: never a coercion CloudFormation or Terraform would accept, nor
 * another form AWS's own grammar allows there (inside a policy statement, one string or a list of
 * strings: see `policyAlternatives`).
 */
function wrongValues(original: Value, path: PropertyPath): Value[] {
  const alternatives = policyAlternatives(path);
  if (alternatives === 'strings') return [{ wrong: true }, 42];
  if (alternatives === 'values') return [{ wrong: true }];
  if (Array.isArray(original)) return ['wrong', 42, { wrong: true }];
  if (isObject(original)) return ['wrong', 42, ['wrong']];
  if (typeof original === 'boolean') return ['maybe', { wrong: true }, ['wrong']];
  if (typeof original === 'number') return ['not a number', { wrong: true }, ['wrong']];
  return [{ wrong: true }, ['wrong']];
}

/**
 * Where the IAM policy grammar takes one value or a list of them: `Action`, `Resource` and their
 * negations and a principal kind's ids take strings; a condition key takes strings, numbers or
 * booleans. There a list is no wrong type for one value, nor one value for a list.
 */
function policyAlternatives(path: PropertyPath): 'strings' | 'values' | undefined {
  const at = path.lastIndexOf('Statement');
  if (at < 0) return undefined;
  const inside = typeof path[at + 1] === 'number' ? path.slice(at + 2) : path.slice(at + 1);
  const [element] = inside;
  if (inside.length === 1 && ['Action', 'NotAction', 'Resource', 'NotResource'].includes(String(element))) return 'strings';
  if (inside.length === 2 && (element === 'Principal' || element === 'NotPrincipal')) return 'strings';
  if (inside.length === 3 && element === 'Condition') return 'values';
  return undefined;
}

function replaced(data: ValueObject, path: PropertyPath, value: Value): ValueObject {
  const copy = structuredClone(data);
  let parent: Value = copy;
  for (const segment of path.slice(0, -1)) parent = (parent as Record<string | number, Value>)[segment] as Value;
  (parent as Record<string | number, Value>)[path[path.length - 1] as string | number] = value;
  return copy;
}

/** What a rule read of each resource's properties: values, key sets and presence, by resource and path. */
type Read = { id: string; path: PropertyPath; how: 'get' | 'keys' | 'has'; key?: string };

function traced(properties: ValueObject, id: string, sink: { current: Read[] }): ValueObject {
  const wrap = (target: object, path: PropertyPath): object =>
    new Proxy(target, {
      get(object, key, receiver) {
        const value: unknown = Reflect.get(object, key, receiver);
        if (typeof key !== 'string' || (typeof value === 'function' && key !== 'length')) return value;
        const at = [...path, Array.isArray(object) && /^\d+$/.test(key) ? Number(key) : key];
        if (typeof value === 'object' && value !== null && !isUnknown(value)) return wrap(value, at);
        sink.current.push({ id, path: at, how: 'get' });
        return value;
      },
      ownKeys(object) {
        sink.current.push({ id, path, how: 'keys' });
        return Reflect.ownKeys(object);
      },
      has(object, key) {
        if (typeof key === 'string') sink.current.push({ id, path, how: 'has', key });
        return Reflect.has(object, key);
      },
      getOwnPropertyDescriptor(object, key) {
        if (typeof key === 'string') sink.current.push({ id, path, how: 'has', key });
        return Reflect.getOwnPropertyDescriptor(object, key);
      },
    });
  return wrap(properties, []) as ValueObject;
}

/** The value a read saw in a document (a list's length for a read of `length`). */
function readValue(document: ScanDocument, read: Read): Value | undefined {
  const properties = document.graph.get(read.id)?.properties;
  const path = read.path;
  return isLengthRead(read) ? lengthOf(getPath(properties, path.slice(0, -1))) : getPath(properties, path);
}

const isLengthRead = (read: Read): boolean => read.path.length > 0 && read.path[read.path.length - 1] === 'length';

/** The read's value (for `length`, its list) was already malformed in the document. */
function readMalformed(document: ScanDocument, read: Read): boolean {
  const properties = document.graph.get(read.id)?.properties;
  return isMalformed(getPath(properties, isLengthRead(read) ? read.path.slice(0, -1) : read.path));
}

function seen(document: ScanDocument, read: Read): string {
  const value = readValue(document, read);
  if (read.how === 'keys') return isObject(value) ? Object.keys(value).sort().join(',') : Array.isArray(value) ? String(value.length) : '-';
  if (read.how === 'has') return String(isObject(value) ? Object.hasOwn(value, read.key as string) : Array.isArray(value) ? Number(read.key) < value.length : false);
  if (isUnknown(value)) return `unknown ${value.reason}`;
  if (Array.isArray(value)) return 'list';
  return isObject(value) ? 'object' : JSON.stringify(value) ?? 'undefined';
}

const lengthOf = (value: Value | undefined): Value | undefined => (Array.isArray(value) ? value.length : undefined);

/** Each subject's status; with `reads`, what the rule read while judging each subject, by subject. */
function evaluate(rule: AnyRule, testCase: RuleCase, document: ScanDocument, reads?: Map<string, Read[]>): Map<string, string> {
  const active: ActiveRule = { rule, params: resolveParameters(rule, testCase.params), severity: rule.meta.severity };
  const sink = { current: [] as Read[] };
  if (reads) for (const resource of document.graph.resources) resource.properties = traced(resource.properties, resource.id, sink);
  const statuses = new Map<string, string>();
  for (const resource of document.graph.resources) {
    if (!rule.meta.resourceTypes.includes(resource.type)) continue;
    sink.current = [];
    statuses.set(resource.id, checkResource(document, resource, active, { live: testCase.live ?? caseKind(testCase) === 'config' }, []).evaluation.status);
    reads?.set(resource.id, sink.current);
  }
  sink.current = [];
  return statuses;
}

/**
 * A wrong-typed value whose COMPLIANT is the right answer though the rule read something it changed,
 * by rule, case and mutated path. Each names the fixture case beside the rule that pins that verdict
 * and why it holds. What the rule read there was read while a graph index was built over every
 * resource of a type, not as evidence for this one.
 */
const EXPLAINED: Readonly<Record<string, readonly { case: string; path: string; pinnedBy: string }[]>> = {
  IAM_GROUP_HAS_USERS_CHECK: [
    {
      // A user whose own name is malformed: the membership naming "dev" is not merged into it, so that
      // user's Groups (read through the index of users by group) loses the group, while the membership,
      // a user of its own, still gives the group its member.
      case: 'plan: a group with a member by name, and an empty group',
      path: 'resource_changes.1.change.after.name',
      pinnedBy: 'plan: a membership naming a user whose own resource has a malformed name',
    },
  ],
};

const explained = (ruleId: string, caseName: string, path: PropertyPath): boolean =>
  (EXPLAINED[ruleId] ?? []).some((entry) => entry.case === caseName && entry.path === path.join('.'));

for (const rule of builtinRules.filter((candidate) => !process.env.TOSEI_RULE || candidate.meta.id === process.env.TOSEI_RULE)) {
  describe(rule.meta.id, async () => {
    const cases: RuleCase[] = [];
    for (const file of fixtureFiles.get(rule.meta.id) ?? []) cases.push(...((await import(file)) as { default: RuleCase[] }).default);
    // Change-aware cases compare with a previous version this test does not mutate alike.
    const inputs = cases
      .filter((testCase) => testCase.previousTemplate === undefined && testCase.previousItems === undefined && testCase.hcl === undefined)
      .map((testCase) => ({ testCase, input: inputOf(testCase) }))
      .filter((entry): entry is { testCase: RuleCase; input: Input } => entry.input !== undefined && entry.input.targets.length > 0);
    for (const entry of EXPLAINED[rule.meta.id] ?? []) {
      it(`an explained exception is pinned by its fixture: ${entry.pinnedBy}`, () => {
        assert.ok(cases.some((testCase) => testCase.name === entry.case), `no fixture case named ${entry.case}`);
        assert.ok(cases.some((testCase) => testCase.name === entry.pinnedBy), `no fixture case named ${entry.pinnedBy}`);
      });
    }
    for (const kind of ['cloudformation', 'plan', 'config'] as const) {
      const ofKind = inputs.filter((entry) => entry.input.kind === kind);
      if (ofKind.length === 0) continue;
      it(`${kind}: a wrong-typed value the rule reads is never COMPLIANT`, () => {
        const details = fc.check(
          fc.property(fc.nat(), fc.nat(), fc.nat(), (caseIndex, pathIndex, valueIndex) => {
            const { testCase, input } = ofKind[caseIndex % ofKind.length] as { testCase: RuleCase; input: Input };
            const path = input.targets[pathIndex % input.targets.length] as PropertyPath;
            if (explained(rule.meta.id, testCase.name, path)) return;
            const original = getPath(input.data, path) as Value;
            const options = wrongValues(original, path);
            const wrong = options[valueIndex % options.length] as Value;
            const before = evaluate(rule, testCase, load(input, testCase));
            const originalDocument = load(input, testCase);
            const reads = new Map<string, Read[]>();
            const mutated = load({ ...input, data: replaced(input.data, path, wrong) }, testCase);
            const after = evaluate(rule, testCase, mutated, reads);
            for (const [id, status] of after) {
              if (status !== 'COMPLIANT' || before.get(id) === undefined) continue;
              // COMPLIANT stands only when nothing the rule read differs from the original input, but for
              // values that were malformed there already: a fixture's malformed case, where the value put
              // in its place may be of the right type, so that COMPLIANT is the right answer.
              const changed = (reads.get(id) ?? []).find((read) => !readMalformed(originalDocument, read) && seen(originalDocument, read) !== seen(mutated, read));
              assert.equal(changed, undefined, `${testCase.name}: ${id} is COMPLIANT with ${path.join('.')} = ${JSON.stringify(wrong)}; the rule read ${changed?.id} ${changed?.path.join('.')}`);
            }
          }),
          { numRuns: 25, seed: 13 },
        );
        // The shrunk counterexample's own message says which case, value and read.
        if (details.failed) throw details.errorInstance;
      });
    }
  });
}
