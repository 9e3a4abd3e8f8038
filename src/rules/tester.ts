import assert from 'node:assert/strict';
import { checkResource, type ActiveRule } from '../engine/run.js';
import { resolveParameters } from '../engine/parameters.js';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadCloudFormation, markChangesFrom, type TemplateInputs } from '../inputs/cloudformation/index.js';
import { loadTerraformDirectory } from '../inputs/terraform/hcl/module.js';
import { isMappedType, looksLikePlan, readPlan, terraformToDocument } from '../inputs/terraform/index.js';
import type { ScanDocument } from '../model/document.js';
import { SEVERITIES, type Status } from '../model/evaluation.js';
import type { PropertyPath } from '../model/resource.js';
import type { AnyRule, RuleExample } from './types.js';
import { applyPreviousItems, configItemsToDocument } from '../inputs/config/index.js';
import { FRAMEWORK_IDS, isFrameworkId } from '../frameworks/index.js';
import { credentialObservations, parseCredentialReport } from '../live/credential-report.js';

export interface ExpectedVerdict {
  status: Status;
  /** Required for NON_COMPLIANT: which message the rule gave. */
  messageId?: string;
  /** The property path that decided it. */
  path?: PropertyPath;
  /** A fragment the formatted message must contain. */
  messageIncludes?: string;
}

export interface RuleCase {
  name: string;
  /** A CloudFormation template (YAML or JSON). Exactly one of `template`, `hcl`, `plan`. */
  template?: string;
  /**
   * A Terraform configuration: the text of `main.tf`, or files by name (`main.tf`,
   * `terraform.tfvars`, `modules/x/main.tf` for local modules). Resources are named by address.
   */
  hcl?: string | Record<string, string>;
  /** Terraform plan JSON (`terraform show -json`), as text or as an object. */
  plan?: string | object;
  /**
   * AWS Config configuration items (either form; see `buildConfigurationItem`). Resources are
   * named by Config resource id; evaluated as live data unless `live: false`.
   */
  items?: readonly object[];
  /** For change-aware rules and `items`: the items before the change (as a change notification's diff gives them). */
  previousItems?: readonly object[];
  /** For `items`: the IAM credential report (CSV) and when it was generated, as live facts of the users. */
  credentialReport?: { csv: string; generatedAt: string };
  /** Terraform variables for `hcl` cases, as `--var NAME=VALUE` gives them. */
  vars?: Record<string, string>;
  /** For change-aware rules: the template the update starts from. */
  previousTemplate?: string;
  /** Rule parameters, as a user would give them. */
  params?: Record<string, unknown>;
  /** Template inputs: `--parameters`, `--region`, `--account-id`. */
  inputs?: TemplateInputs;
  /** When the evaluation happens (ISO 8601), for rules that judge dates; absent, rules get no time. */
  now?: string;
  /** Evaluate as live data (rules marked `liveOnly` run). */
  live?: boolean;
  /**
   * The verdict for every resource the rule evaluates, by logical id. A resource the rule
   * evaluated but the case does not list fails the case: nothing goes unasserted.
   */
  expect: Record<string, Status | ExpectedVerdict>;
}

/** Loads a fixture template; a fixture that does not parse is a broken test. */
export function loadFixture(template: string, inputs: TemplateInputs = {}, file = 'fixture.yaml'): ScanDocument {
  const document = loadCloudFormation(template, file, inputs, { force: true });
  assert.ok(document, `${file}: not a template`);
  const errors = document.problems.filter((problem) => problem.level === 'error');
  assert.deepEqual(errors, [], `${file}: the fixture does not parse`);
  return document;
}

/**
 * Turns a loaded template into an update from `previousTemplate`: a resource the previous
 * template also declares gets action `update` and its previous properties, any other `create`.
 */
export function applyPrevious(document: ScanDocument, previousTemplate: string, inputs: TemplateInputs = {}): void {
  markChangesFrom(document, loadFixture(previousTemplate, inputs, 'previous.yaml'));
}

export type CaseKind = 'cloudformation' | 'hcl' | 'plan' | 'config';

/** The kind of input a case gives. */
export function caseKind(testCase: RuleCase): CaseKind {
  const kinds = (['template', 'hcl', 'plan', 'items'] as const).filter((key) => testCase[key] !== undefined);
  assert.equal(kinds.length, 1, `${testCase.name}: give exactly one of template, hcl, plan, items`);
  return kinds[0] === 'template' ? 'cloudformation' : kinds[0] === 'items' ? 'config' : (kinds[0] as 'hcl' | 'plan');
}

/** Loads configuration items (and a credential report) as the Config gate and `tosei scan` do. */
export function loadConfigFixture(testCase: RuleCase): ScanDocument {
  const report = testCase.credentialReport;
  const observations = report ? credentialObservations(parseCredentialReport(report.csv, report.generatedAt)) : undefined;
  const document = configItemsToDocument(testCase.items ?? [], 'items.json', observations ? { observations } : {});
  assert.deepEqual(document.problems.filter((problem) => problem.level === 'error'), [], `${testCase.name}: the items do not parse`);
  return document;
}

/**
 * Loads a Terraform fixture. HCL is written to a temporary directory and read as a root
 * module (`initHclParser()` must have run); plan JSON is read as `terraform show -json` output.
 */
export function loadTerraformFixture(testCase: RuleCase): ScanDocument {
  let document: ScanDocument;
  if (testCase.plan !== undefined) {
    const text = typeof testCase.plan === 'string' ? testCase.plan : JSON.stringify(testCase.plan, null, 2);
    const data = JSON.parse(text) as unknown;
    assert.ok(looksLikePlan(data), `${testCase.name}: not plan JSON (needs format_version and resource_changes)`);
    document = terraformToDocument(readPlan(data, text, 'plan.json'));
  } else {
    const directory = writeFixtureDirectory(typeof testCase.hcl === 'string' ? { 'main.tf': testCase.hcl } : (testCase.hcl ?? {}));
    try {
      document = terraformToDocument(loadTerraformDirectory(directory, { vars: testCase.vars ?? {} }, isMappedType));
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  }
  const errors = document.problems.filter((problem) => problem.level === 'error');
  assert.deepEqual(errors, [], `${testCase.name}: the fixture does not parse`);
  return document;
}

const fixtureDirectories = new Set<string>();

/** Fixture directories go when the process ends, whatever the test did with them. */
function removeFixtureDirectories(): void {
  for (const directory of fixtureDirectories) rmSync(directory, { recursive: true, force: true });
  fixtureDirectories.clear();
}

/** Writes files (by relative path) into a new temporary directory, removed when the process exits, and returns it. */
export function writeFixtureDirectory(files: Record<string, string>, prefix = 'tosei-fixture-'): string {
  const directory = mkdtempSync(join(tmpdir(), prefix));
  if (fixtureDirectories.size === 0) process.once('exit', removeFixtureDirectories);
  fixtureDirectories.add(directory);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(directory, name)), { recursive: true });
    writeFileSync(join(directory, name), text);
  }
  return directory;
}

/** Runs one case and throws an AssertionError describing the first mismatch. */
export function verifyCase(rule: AnyRule, testCase: RuleCase): void {
  const kind = caseKind(testCase);
  const document =
    kind === 'cloudformation' ? loadFixture(testCase.template as string, testCase.inputs) : kind === 'config' ? loadConfigFixture(testCase) : loadTerraformFixture(testCase);
  if (testCase.previousTemplate !== undefined) applyPrevious(document, testCase.previousTemplate, testCase.inputs);
  if (testCase.previousItems !== undefined) applyPreviousItems(document, configItemsToDocument(testCase.previousItems, 'previous.json'));
  const active: ActiveRule = { rule, params: resolveParameters(rule, testCase.params), severity: rule.meta.severity };
  const seen = new Set<string>();
  for (const resource of document.graph.resources) {
    if (!rule.meta.resourceTypes.includes(resource.type)) continue;
    seen.add(resource.id);
    const problems: never[] = [];
    const { evaluation, verdicts } = checkResource(document, resource, active, { live: testCase.live ?? kind === 'config', ...(testCase.now ? { now: new Date(testCase.now) } : {}) }, problems);
    const label = `${testCase.name}: ${resource.id}`;
    const expected = testCase.expect[resource.id];
    assert.ok(expected !== undefined, `${label} was evaluated ${evaluation.status} ("${evaluation.message}") but the case does not expect it`);
    const want: ExpectedVerdict = typeof expected === 'string' ? { status: expected } : expected;
    assert.equal(evaluation.status, want.status, `${label}: expected ${want.status}, got ${evaluation.status} ("${evaluation.message}")`);
    assert.doesNotMatch(evaluation.message, /\{\{\s*\w+\s*\}\}/, `${label}: message has an unfilled placeholder: ${evaluation.message}`);
    assert.ok(evaluation.message.trim() !== '', `${label}: empty message`);
    if (want.status === 'NON_COMPLIANT') {
      assert.ok(want.messageId, `${label}: a NON_COMPLIANT expectation must name its messageId`);
    }
    if (want.messageId !== undefined) {
      assert.ok(want.messageId in rule.meta.messages, `${label}: "${want.messageId}" is not in meta.messages`);
      const ids = verdicts.filter((verdict) => verdict.status === want.status).map((verdict) => verdict.messageId);
      assert.ok(ids.includes(want.messageId), `${label}: expected message "${want.messageId}", got ${JSON.stringify(ids)}`);
    }
    if (want.path !== undefined) assert.deepEqual(evaluation.location.path, want.path, `${label}: decided at another path`);
    if (want.messageIncludes !== undefined) assert.ok(evaluation.message.includes(want.messageIncludes), `${label}: "${evaluation.message}" lacks "${want.messageIncludes}"`);
  }
  for (const id of Object.keys(testCase.expect)) {
    assert.ok(seen.has(id), `${testCase.name}: expects a verdict for ${id}, which the rule did not evaluate`);
  }
}

/** Checks a rule's metadata: what the docs, the parameters and the gates rely on. */
export function verifyMeta(rule: AnyRule): void {
  const { meta } = rule;
  assert.match(meta.id, /^[A-Z][A-Z0-9_]+$/, 'rule id must be upper snake case');
  assert.ok(meta.title.trim(), `${meta.id}: title`);
  assert.ok(meta.description.trim().endsWith('.'), `${meta.id}: description must be sentences ending with a period`);
  assert.ok(meta.remediation.trim(), `${meta.id}: remediation`);
  assert.ok(SEVERITIES.includes(meta.severity), `${meta.id}: severity`);
  assert.ok(meta.resourceTypes.length > 0, `${meta.id}: resourceTypes`);
  // `AWS::::Account` is the account itself (account-wide settings), which has no service part.
  for (const type of meta.resourceTypes) assert.match(type, /^[A-Za-z0-9]+::([A-Za-z0-9]+)?::[A-Za-z0-9]+$/, `${meta.id}: resource type ${type}`);
  for (const [framework, controls] of Object.entries(meta.frameworks ?? {})) {
    assert.ok(isFrameworkId(framework), `${meta.id}: unknown framework id ${framework} (expected one of ${FRAMEWORK_IDS.join(', ')})`);
    assert.ok(Array.isArray(controls) && controls.length > 0 && controls.every((control) => typeof control === 'string' && control.trim() !== ''), `${meta.id}: ${framework} controls`);
  }
  for (const related of meta.related ?? []) {
    assert.match(related.type, /^[A-Za-z0-9]+::([A-Za-z0-9]+)?::[A-Za-z0-9]+$/, `${meta.id}: related type ${related.type}`);
    assert.ok(related.property.trim(), `${meta.id}: related ${related.type} needs the property holding the reference`);
  }
  assert.ok(Object.keys(meta.messages).length > 0, `${meta.id}: messages`);
  for (const [name, schema] of Object.entries(meta.parameters ?? {})) {
    assert.ok(schema.description.trim(), `${meta.id}.${name}: parameter description`);
  }
  if (meta.recommended === false) assert.ok(meta.whyNotRecommended?.trim().endsWith('.'), `${meta.id}: a rule outside the recommended set says why (whyNotRecommended, sentences)`);
  else assert.equal(meta.whyNotRecommended, undefined, `${meta.id}: whyNotRecommended is for rules with recommended: false`);
  resolveParameters(rule, {});
}

/** Runs the documented examples: noncompliant ones must fail the rule, compliant ones must not. */
export function verifyExamples(rule: AnyRule): void {
  const examples = rule.meta.examples ?? {};
  // A live-only rule is NOT_APPLICABLE on templates, and a template can not hold the resources of a
  // rule outside CloudFormation: their behaviour is shown by their Terraform and Config-item cases.
  if ((rule.meta.liveOnly || rule.meta.outsideCloudFormation || rule.meta.notInCloudFormation) && !examples.compliant && !examples.noncompliant) return;
  assert.ok((examples.compliant ?? []).some((example) => example.cloudformation), `${rule.meta.id}: needs a compliant CloudFormation example`);
  assert.ok((examples.noncompliant ?? []).some((example) => example.cloudformation), `${rule.meta.id}: needs a noncompliant CloudFormation example`);
  const statuses = (example: RuleExample & { cloudformation: string }): Status[] => {
    const active: ActiveRule = { rule, params: resolveParameters(rule, example.params), severity: rule.meta.severity };
    const document = loadFixture(example.cloudformation);
    if (example.previousCloudformation !== undefined) applyPrevious(document, example.previousCloudformation);
    return document.graph.resources
      .filter((resource) => rule.meta.resourceTypes.includes(resource.type))
      .map((resource) => checkResource(document, resource, active, {}, []).evaluation.status);
  };
  for (const example of examples.noncompliant ?? []) {
    if (hasTemplate(example)) assert.ok(statuses(example).includes('NON_COMPLIANT'), `${rule.meta.id}: a noncompliant example does not fail`);
  }
  for (const example of examples.compliant ?? []) {
    if (!hasTemplate(example)) continue;
    const found = statuses(example);
    assert.ok(found.length > 0 && found.every((status) => status === 'COMPLIANT'), `${rule.meta.id}: a compliant example gives ${found.join(', ')}`);
  }
}

function hasTemplate(example: RuleExample): example is RuleExample & { cloudformation: string } {
  return typeof example.cloudformation === 'string' && example.cloudformation !== '';
}

/** Suite-level strictness: unique names, and a compliant and a noncompliant case for each input kind. */
export function verifyCases(rule: AnyRule, cases: readonly RuleCase[], kinds: readonly CaseKind[] = ['cloudformation', 'hcl', 'plan', 'config']): void {
  const names = new Set<string>();
  for (const testCase of cases) {
    assert.ok(!names.has(testCase.name), `${rule.meta.id}: duplicate case name "${testCase.name}"`);
    names.add(testCase.name);
  }
  for (const kind of kinds) {
    const statuses = cases
      .filter((testCase) => caseKind(testCase) === kind)
      .flatMap((testCase) => Object.values(testCase.expect).map((want) => (typeof want === 'string' ? want : want.status)));
    assert.ok(statuses.includes('COMPLIANT'), `${rule.meta.id}: needs a COMPLIANT ${kind} case`);
    assert.ok(statuses.includes('NON_COMPLIANT'), `${rule.meta.id}: needs a NON_COMPLIANT ${kind} case`);
  }
}
