import type { ScanProblem } from '../../model/evaluation.js';
import type { ChangeAction } from '../../model/resource.js';
import { isUnknown, unknown, type Unknown, type UnknownReference } from '../../model/unknown.js';
import { isObject, type Value, type ValueObject } from '../../model/value.js';
import { pathKey, type TfInput, type TfInstance, type TfReference } from './instance.js';
import { policyDocumentJson } from './policy-document.js';
import { AddressBook, moduleConfigPath, parseResourceReference } from './references.js';

/** True when parsed JSON is `terraform show -json` output of a plan. */
export function looksLikePlan(data: unknown): data is ValueObject {
  return isObject(data as Value) && typeof (data as ValueObject).format_version === 'string' && ('resource_changes' in (data as ValueObject) || 'planned_values' in (data as ValueObject));
}

interface ConfigModule {
  resources: Map<string, ValueObject>;
  /** `data` blocks by `type.name`. */
  dataSources: Map<string, ValueObject>;
  calls: Map<string, ValueObject>;
}

/**
 * Reads Terraform plan JSON (`terraform show -json PLANFILE`, every format_version 0.x and
 * 1.x) into resource instances: `after` with `after_unknown` values as `Unknown`, `before`
 * for updates, and references from the `configuration` section — at plan time the ids of new
 * resources are unknown, so references are how a flow log finds its VPC.
 */
export function readPlan(data: ValueObject, text: string, file: string): TfInput {
  const problems: ScanProblem[] = [];
  const secrets: string[] = [];
  const version = String(data.format_version);
  if (!/^[01]\./.test(version)) {
    problems.push({ level: 'error', file, line: 1, message: `unsupported plan format_version ${version} (Tosei reads 0.x and 1.x)` });
    return { file, format: 'terraform-plan', instances: [], problems, secrets };
  }
  const configModules = indexConfiguration(data.configuration);
  const changes = Array.isArray(data.resource_changes) ? data.resource_changes : [];
  if (data.resource_changes !== undefined && data.resource_changes !== null && !Array.isArray(data.resource_changes)) {
    problems.push({ level: 'error', file, line: 1, message: `resource_changes should be a list, not ${preview(data.resource_changes)}: no resource of the plan is checked` });
  }
  const instances: TfInstance[] = [];
  const positions = addressPositions(text);
  const configByInstance = new Map<TfInstance, ValueObject | undefined>();
  for (const [index, change] of changes.entries()) {
    const malformed = malformedChange(change);
    if (malformed) {
      const position = isObject(change) && typeof change.address === 'string' ? positions.get(change.address) : undefined;
      problems.push({ level: 'error', file, ...(position ?? {}), message: `resource_changes[${index}] ${malformed}: the entry is not checked` });
      continue;
    }
    if (!isObject(change) || change.mode !== 'managed' || change.deposed !== undefined) continue;
    const details = isObject(change.change) ? change.change : {};
    const action = toAction(details.actions);
    if (action === undefined) continue;
    const address = String(change.address ?? '');
    const module = typeof change.module_address === 'string' ? change.module_address : '';
    const after = withUnknowns(details.after, details.after_unknown);
    const before = isObject(details.before) ? details.before : undefined;
    const values = action === 'delete' ? before ?? {} : isObject(after) ? after : {};
    const instance: TfInstance = {
      address,
      type: String(change.type ?? ''),
      name: String(change.name ?? ''),
      module,
      values,
      action,
      references: new Map(),
      file,
    };
    if (typeof change.index === 'number' || typeof change.index === 'string') instance.index = change.index;
    if (before && (action === 'update' || action === 'replace' || action === 'no-op')) instance.before = before;
    const position = positions.get(address);
    if (position) instance.position = position;
    collectSecrets(details.after, details.after_sensitive, secrets);
    collectSecrets(details.before, details.before_sensitive, secrets);
    instances.push(instance);
    const configModule = configModules.get(moduleConfigPath(module));
    configByInstance.set(instance, configModule?.resources.get(`${instance.type}.${instance.name}`));
  }
  const book = new AddressBook(instances);
  const documents = new PolicyDocuments(data, changes, configModules, book);
  for (const instance of instances) {
    const config = configByInstance.get(instance);
    if (!config || !isObject(config.expressions)) continue;
    instance.configured = new Set(Object.keys(config.expressions));
    collectReferences(config.expressions, [], (path, raw) => {
      const resolved = resolveRaw(raw, instance, book, configModules);
      if (resolved.length > 0) instance.references.set(pathKey(path), resolved);
      // A policy the plan knows only after apply, taken from a policy document data source, is that document.
      const document = documents.referencedBy(raw, instance.module);
      if (document !== undefined) replaceUnknown(instance.values, path, document);
    });
  }
  return { file, format: 'terraform-plan', instances, problems, secrets };
}

/** What is wrong with a `resource_changes` entry's shape (as `terraform show -json` writes it), if anything. */
function malformedChange(change: Value): string | undefined {
  if (!isObject(change)) return `should be an object, not ${preview(change)}`;
  for (const key of ['address', 'type', 'name', 'mode'] as const) {
    if (typeof change[key] !== 'string') return `${key} should be text, not ${preview(change[key] ?? null)}`;
  }
  if (!isObject(change.change)) return `change should be an object, not ${preview(change.change ?? null)}`;
  const { actions, after, before } = change.change;
  if (!Array.isArray(actions) || !actions.every((action) => typeof action === 'string')) return `change.actions should be a list of text, not ${preview(actions ?? null)}`;
  if (after !== undefined && after !== null && !isObject(after)) return `change.after should be an object, not ${preview(after)}`;
  if (before !== undefined && before !== null && !isObject(before)) return `change.before should be an object, not ${preview(before)}`;
  return undefined;
}

function preview(value: Value): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * The `aws_iam_policy_document` data sources of a plan, as documents: from a deferred read in
 * `resource_changes` (its statements partly known), from `prior_state` (read at plan time), or from
 * the configuration's constant expressions. By address, computed when first asked for.
 */
class PolicyDocuments {
  private readonly values = new Map<string, ValueObject>();
  private readonly documents = new Map<string, Value>();

  constructor(
    data: ValueObject,
    changes: readonly Value[],
    private readonly modules: Map<string, ConfigModule>,
    private readonly book: AddressBook,
  ) {
    for (const [path, module] of modules) {
      for (const [key, resource] of module.dataSources) {
        if (key.startsWith(`${POLICY_DOCUMENT}.`)) this.values.set(`${path ? `${path}.` : ''}data.${key}`, configuredValues(resource.expressions, (raw) => this.reference(raw, path)));
      }
    }
    const prior = isObject(data.prior_state) && isObject(data.prior_state.values) ? data.prior_state.values.root_module : undefined;
    visitStateModules(prior, (resource) => {
      if (resource.mode === 'data' && resource.type === POLICY_DOCUMENT && isObject(resource.values)) this.values.set(String(resource.address), resource.values);
    });
    for (const change of changes) {
      if (!isObject(change) || change.mode !== 'data' || change.type !== POLICY_DOCUMENT || !isObject(change.change)) continue;
      const after = withUnknowns(change.change.after, change.change.after_unknown);
      if (!isObject(after)) continue;
      // What is known after apply keeps the resource it comes from (`resources = [aws_sqs_queue.q.arn]`).
      const module = typeof change.module_address === 'string' ? change.module_address : '';
      const expressions = this.modules.get(moduleConfigPath(module))?.dataSources.get(`${POLICY_DOCUMENT}.${String(change.name)}`)?.expressions;
      this.values.set(String(change.address), withReferences(after, expressions, (raw) => this.reference(raw, module)) as ValueObject);
    }
  }

  /**
   * The resource an expression's value comes from, when it refers to exactly one resource
   * attribute and nothing else (a plan records which values an expression refers to, not how).
   */
  private reference(raw: readonly string[], module: string): UnknownReference | undefined {
    let found: TfReference | undefined;
    for (const text of raw) {
      const parsed = parseResourceReference(text);
      const target = parsed && this.book.resolve(parsed, module);
      if (!target || (found && found.address !== target.address)) return undefined;
      if (!found || (target.attribute && !found.attribute)) found = target;
    }
    if (!found) return undefined;
    return found.attribute ? { resource: found.address, attribute: found.attribute } : { resource: found.address };
  }

  /**
   * The document an expression stands for when it is exactly `data.aws_iam_policy_document.NAME.json`
   * (Terraform lists the traversal and its prefix as the references), in the referring module.
   */
  referencedBy(raw: readonly string[], module: string): Value | undefined {
    const match = raw.map((text) => POLICY_DOCUMENT_REFERENCE.exec(text)).find(Boolean);
    if (!match) return undefined;
    const local = `data.${POLICY_DOCUMENT}.${match[1] as string}${match[2] ?? ''}`;
    if (!raw.every((text) => text === local || text.startsWith(`${local}.`))) return undefined;
    const address = module ? `${module}.${local}` : local;
    if (!this.documents.has(address)) {
      const values = this.values.get(address) ?? this.values.get(module ? `${moduleConfigPath(module)}.${local}` : local);
      if (values === undefined) return undefined;
      const known = values.json;
      this.documents.set(address, typeof known === 'string' && known !== '' ? known : policyDocumentJson(values, address));
    }
    return this.documents.get(address);
  }
}

const POLICY_DOCUMENT = 'aws_iam_policy_document';
const POLICY_DOCUMENT_REFERENCE = /^data\.aws_iam_policy_document\.([\w-]+)(\[[^\]]*\])?\.(?:json|minified_json)$/;

/** The Unknown for an expression that refers to `references`, pointing at the one resource it comes from when there is one. */
function referenceUnknown(references: readonly Value[], resolve: (raw: string[]) => UnknownReference | undefined): Unknown {
  const raw = references.map(String);
  return unknown(`${raw[0] ?? 'a value'} (known after apply)`, resolve(raw));
}

/** A configuration's expressions as values: constants as they are, references Unknown (naming what they refer to). */
function configuredValues(expressions: Value | undefined, resolve: (raw: string[]) => UnknownReference | undefined): ValueObject {
  const convert = (expression: Value | undefined): Value => {
    if (Array.isArray(expression)) return expression.map(convert);
    // `{}` is how a plan writes an expression it records neither as a constant nor by its references.
    if (!isObject(expression) || Object.keys(expression).length === 0) return unknown('an expression the plan does not record');
    if ('constant_value' in expression) return expression.constant_value ?? null;
    if (Array.isArray(expression.references)) return referenceUnknown(expression.references, resolve);
    const object: ValueObject = {};
    for (const [key, child] of Object.entries(expression)) object[key] = convert(child);
    return object;
  };
  const values = convert(expressions);
  return isObject(values) ? values : {};
}

/** Unknown values of `values` that a configuration expression refers to one resource for, as references to it. */
function withReferences(values: Value, expressions: Value | undefined, resolve: (raw: string[]) => UnknownReference | undefined): Value {
  if (isUnknown(values)) {
    if (values.ref || !isObject(expressions) || !Array.isArray(expressions.references)) return values;
    return referenceUnknown(expressions.references, resolve);
  }
  if (Array.isArray(values)) return values.map((item, index) => withReferences(item, Array.isArray(expressions) ? expressions[index] : undefined, resolve));
  if (isObject(values)) {
    const object: ValueObject = {};
    for (const [key, item] of Object.entries(values)) object[key] = withReferences(item, isObject(expressions) ? expressions[key] : undefined, resolve);
    return object;
  }
  return values;
}

function visitStateModules(module: Value | undefined, visit: (resource: ValueObject) => void): void {
  if (!isObject(module)) return;
  for (const resource of Array.isArray(module.resources) ? module.resources : []) if (isObject(resource)) visit(resource);
  for (const child of Array.isArray(module.child_modules) ? module.child_modules : []) visitStateModules(child, visit);
}

/** Puts `replacement` at `path` of the values when the plan has an Unknown there. */
function replaceUnknown(values: ValueObject, path: readonly (string | number)[], replacement: Value): void {
  let current: Value | undefined = values;
  for (const segment of path.slice(0, -1)) {
    if (Array.isArray(current) && typeof segment === 'number') current = current[segment];
    else if (isObject(current) && typeof segment === 'string') current = current[segment];
    else return;
  }
  const last = path[path.length - 1];
  if (last === undefined) return;
  if (Array.isArray(current) && typeof last === 'number' && isUnknown(current[last])) current[last] = replacement;
  else if (isObject(current) && typeof last === 'string' && isUnknown(current[last])) current[last] = replacement;
}

function toAction(actions: Value | undefined): ChangeAction | undefined {
  if (!Array.isArray(actions)) return undefined;
  const list = actions.map(String);
  if (list.includes('delete') && list.includes('create')) return 'replace';
  if (list.includes('forget') && !list.includes('create')) return 'delete';
  const [first] = list;
  if (first === 'create' || first === 'update' || first === 'delete' || first === 'no-op' || first === 'read') return first;
  if (first === 'forget') return 'create';
  return undefined;
}

/**
 * Puts `Unknown` where `after_unknown` says a value is known only after apply. In `after`,
 * unknown object attributes are omitted and unknown list elements are null (protocols §B.6).
 */
export function withUnknowns(after: Value | undefined, afterUnknown: Value | undefined): Value | undefined {
  if (afterUnknown === true) return unknown('known after apply');
  // A value whose kind is not the one `after_unknown` describes stays as it is, for the shape checks
  // to judge: filling the markers' structure in would make up a value the plan does not have.
  const present = after !== undefined && after !== null;
  if (present && ((Array.isArray(afterUnknown) && !Array.isArray(after)) || (isObject(afterUnknown) && !isObject(after)))) return after;
  if (Array.isArray(afterUnknown)) {
    const list = Array.isArray(after) ? after : [];
    const length = Math.max(list.length, afterUnknown.length);
    const result: Value[] = [];
    for (let index = 0; index < length; index++) result.push(withUnknowns(list[index] ?? null, afterUnknown[index]) ?? null);
    return result;
  }
  if (isObject(afterUnknown)) {
    const object: ValueObject = isObject(after) ? { ...after } : {};
    for (const [key, marker] of Object.entries(afterUnknown)) {
      const merged = withUnknowns(object[key], marker);
      if (merged !== undefined) object[key] = merged;
    }
    return object;
  }
  return after ?? undefined;
}

function collectSecrets(values: Value | undefined, sensitive: Value | undefined, secrets: string[]): void {
  if (sensitive === true) {
    const visit = (value: Value | undefined): void => {
      if (typeof value === 'string' && value.length >= 4) secrets.push(value);
      else if (typeof value === 'number' && String(value).length >= 4) secrets.push(String(value));
      else if (Array.isArray(value)) value.forEach(visit);
      else if (isObject(value)) Object.values(value).forEach(visit);
    };
    visit(values);
    return;
  }
  if (Array.isArray(sensitive)) sensitive.forEach((marker, index) => collectSecrets(Array.isArray(values) ? values[index] : undefined, marker, secrets));
  else if (isObject(sensitive)) for (const [key, marker] of Object.entries(sensitive)) collectSecrets(isObject(values) ? values[key] : undefined, marker, secrets);
}

function indexConfiguration(configuration: Value | undefined): Map<string, ConfigModule> {
  const modules = new Map<string, ConfigModule>();
  const visit = (node: Value | undefined, path: string): void => {
    if (!isObject(node)) return;
    const resources = new Map<string, ValueObject>();
    const dataSources = new Map<string, ValueObject>();
    for (const resource of Array.isArray(node.resources) ? node.resources : []) {
      if (!isObject(resource)) continue;
      (resource.mode === 'data' ? dataSources : resources).set(`${String(resource.type)}.${String(resource.name)}`, resource);
    }
    const calls = new Map<string, ValueObject>();
    for (const [name, call] of Object.entries(isObject(node.module_calls) ? node.module_calls : {})) {
      if (!isObject(call)) continue;
      calls.set(name, call);
      visit(call.module, path ? `${path}.module.${name}` : `module.${name}`);
    }
    modules.set(path, { resources, dataSources, calls });
  };
  visit(isObject(configuration) ? configuration.root_module : undefined, '');
  return modules;
}

/** Walks an expressions object; calls back with each attribute path and its references. */
function collectReferences(expressions: Value, path: (string | number)[], found: (path: (string | number)[], references: string[]) => void): void {
  if (Array.isArray(expressions)) {
    expressions.forEach((item, index) => collectReferences(item, [...path, index], found));
    return;
  }
  if (!isObject(expressions)) return;
  if (Array.isArray(expressions.references) && path.length > 0) {
    found(path, expressions.references.filter((item): item is string => typeof item === 'string'));
    return;
  }
  if ('constant_value' in expressions && path.length > 0) return;
  for (const [key, child] of Object.entries(expressions)) collectReferences(child, [...path, key], found);
}

/**
 * Resolves the reference strings of one expression. Terraform lists every prefix of a
 * traversal (`aws_vpc.a.id`, `aws_vpc.a`); the longest of each is kept.
 */
function resolveRaw(raw: readonly string[], from: TfInstance, book: AddressBook, modules: Map<string, ConfigModule>, depth = 0): TfReference[] {
  const resolved: TfReference[] = [];
  const seen = new Set<string>();
  for (const text of raw) {
    const parsed = parseResourceReference(text);
    let targets: TfReference[] = [];
    if (parsed) {
      const target = book.resolve(parsed, from.module, from);
      if (target) targets = [target];
    } else if (text.startsWith('module.') && depth < 8) {
      targets = resolveModuleOutput(text, from, book, modules, depth);
    }
    for (const target of targets) {
      const key = target.address;
      const existing = resolved.find((item) => item.address === key);
      if (existing) {
        if (!existing.attribute && target.attribute) existing.attribute = target.attribute;
        continue;
      }
      if (!seen.has(key)) {
        seen.add(key);
        resolved.push(target);
      }
    }
  }
  return resolved;
}

/** `module.vpc.vpc_id` → what the module's `vpc_id` output refers to. */
function resolveModuleOutput(text: string, from: TfInstance, book: AddressBook, modules: Map<string, ConfigModule>, depth: number): TfReference[] {
  const match = /^module\.([\w-]+)(?:\[[^\]]*\])?\.([\w-]+)/.exec(text);
  if (!match) return [];
  const [, callName, output] = match as unknown as [string, string, string];
  const callerPath = moduleConfigPath(from.module);
  const call = modules.get(callerPath)?.calls.get(callName);
  const outputs = isObject(call?.module) && isObject(call.module.outputs) ? call.module.outputs : {};
  const expression = isObject(outputs[output]) ? outputs[output].expression : undefined;
  if (!isObject(expression) || !Array.isArray(expression.references)) return [];
  const childModule = from.module ? `${from.module}.module.${callName}` : `module.${callName}`;
  const pseudo: TfInstance = { ...from, module: childModule };
  delete pseudo.index;
  return resolveRaw(expression.references.filter((item): item is string => typeof item === 'string'), pseudo, book, modules, depth + 1);
}

/**
 * Where each resource's first `"address": "..."` entry stands, so findings point into the plan
 * file. One pass over the text: plans with tens of thousands of resources stay linear.
 */
function addressPositions(text: string): Map<string, { line: number; column: number }> {
  const positions = new Map<string, { line: number; column: number }>();
  const pattern = /"address"\s*:\s*("(?:[^"\\]|\\.)*")/g;
  let line = 1;
  let lineStart = 0;
  // The next newline not yet counted; -1 when there is none (a one-line plan is common).
  let newline = text.indexOf('\n');
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    while (newline >= 0 && newline < match.index) {
      line += 1;
      lineStart = newline + 1;
      newline = text.indexOf('\n', lineStart);
    }
    let address: string;
    try {
      address = JSON.parse(match[1] as string) as string;
    } catch {
      continue;
    }
    if (!positions.has(address)) positions.set(address, { line, column: match.index - lineStart + 1 });
  }
  return positions;
}
