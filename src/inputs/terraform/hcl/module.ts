import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { ForeignSkip } from '../../../suppressions/foreign.js';
import { basename, join, relative, resolve } from 'node:path';
import type { ScanProblem } from '../../../model/evaluation.js';
import { isUnknown, unknown, type UnknownReference } from '../../../model/unknown.js';
import { isObject, type Value, type ValueObject } from '../../../model/value.js';
import { pathKey, type TfInput, type TfInstance, type TfReference } from '../instance.js';
import { EvaluationError, Evaluator, entries, type EvaluationScope, type TraversalStep } from './evaluate.js';
import { FunctionError } from './functions.js';
import { HclSyntaxError, parseHcl } from './parser.js';
import { policyDocumentJson } from '../policy-document.js';
import { attribute, type Block, type Body, type Comment, type Expr, type ParsedFile } from './syntax.js';

/** Variable values from the command line: `--var NAME=VALUE` and `--var-file FILE`. */
export interface TerraformInputs {
  vars?: Record<string, string>;
  varFiles?: string[];
  /**
   * Text that replaces (or adds) root-module `.tf` files, by absolute path: an editor's unsaved
   * buffers (`tosei lsp`). Local modules the root calls are read from disk.
   */
  overlay?: ReadonlyMap<string, string>;
}

/** Meta-arguments of a resource block that are not resource attributes. */
const META_ARGUMENTS = new Set(['count', 'for_each', 'provider', 'depends_on', 'lifecycle', 'provisioner', 'connection']);
const MAX_MODULE_DEPTH = 12;
const MAX_PROBLEMS_PER_DIRECTORY = 50;

interface Declared {
  block: Block;
  file: string;
  comments: Comment[];
}

/** An instance key: a `count` index, a `for_each` key, or none. */
type InstanceKey = { index?: number | string; each?: { key: Value; value: Value } };

/** A resource's instances once `count` / `for_each` is known: their keys, or Unknown. */
type Expansion = InstanceKey[] | { unknown: string };

/** The expression deciding how many instances a block has, as text that is equal for equal expressions (positions left out). */
function conditionText(body: Body): string | undefined {
  const decider = attribute(body, 'count') ?? attribute(body, 'for_each');
  return decider && `${decider.name}=${JSON.stringify(decider.expr, (key, value: unknown) => (key === 'at' ? undefined : value))}`;
}

/**
 * Loads a Terraform root module directory from HCL: variables, locals, resources with
 * `count` / `for_each`, local modules expanded with their inputs. Remote modules are listed
 * as not scanned. Any syntax error fails the whole directory closed, as Terraform would.
 */
export function loadTerraformDirectory(directory: string, inputs: TerraformInputs = {}, isMapped: (type: string) => boolean = () => true): TfInput {
  const problems: ScanProblem[] = [];
  const secrets: string[] = [];
  const instances: TfInstance[] = [];
  const overlaid = overlayOf(directory, inputs.overlay);
  const files = overlaid ? parseModuleFiles(directory, problems, overlaid) : readModuleFiles(directory, problems);
  if (!files) return { file: directory, format: 'terraform-hcl', instances, problems, secrets };
  const rootVariables = rootVariableValues(directory, files, inputs, problems);
  const root = new ModuleInstance({ address: '', directory, files, inputs: rootVariables, depth: 0, problems, secrets, isMapped });
  root.collect(instances);
  return { file: directory, format: 'terraform-hcl', instances, problems: problems.slice(0, MAX_PROBLEMS_PER_DIRECTORY), secrets };
}

/**
 * Parsed module directories: examples call their repository's root module (`../..`) again and
 * again, so each directory is parsed once per process (keyed by its files' modification times).
 */
const parsedDirectories = new Map<string, { signature: string; files: ParsedFile[] | undefined; problems: ScanProblem[] }>();

/** Parses every `.tf` file of a directory; undefined (with an error) when any does not parse. */
function readModuleFiles(directory: string, problems: ScanProblem[]): ParsedFile[] | undefined {
  const key = resolve(directory);
  let signature: string;
  try {
    signature = readdirSync(key)
      .filter((name) => name.endsWith('.tf'))
      .sort()
      .map((name) => `${name}:${statSync(join(key, name)).mtimeMs}`)
      .join('|');
  } catch (error) {
    problems.push({ level: 'error', file: directory, message: `cannot read module directory: ${(error as Error).message}` });
    return undefined;
  }
  const cached = parsedDirectories.get(key);
  if (cached && cached.signature === signature) {
    problems.push(...cached.problems.map((problem) => ({ ...problem })));
    return cached.files;
  }
  const found: ScanProblem[] = [];
  const files = parseModuleFiles(directory, found);
  parsedDirectories.set(key, { signature, files, problems: found });
  problems.push(...found);
  return files;
}

/** The overlay's texts for `.tf` files directly in `directory`, by file name; undefined when none. */
function overlayOf(directory: string, overlay: ReadonlyMap<string, string> | undefined): Map<string, string> | undefined {
  if (!overlay) return undefined;
  const key = resolve(directory);
  const texts = new Map<string, string>();
  for (const [path, text] of overlay) if (path.endsWith('.tf') && resolve(path, '..') === key) texts.set(relative(key, resolve(path)), text);
  return texts.size > 0 ? texts : undefined;
}

/** Parses a directory's `.tf` files; `overlay` (by file name) replaces their text on disk and adds files not saved yet. Never cached. */
function parseModuleFiles(directory: string, problems: ScanProblem[], overlay?: ReadonlyMap<string, string>): ParsedFile[] | undefined {
  let names: string[];
  try {
    names = [...new Set([...readdirSync(directory).filter((name) => name.endsWith('.tf')), ...(overlay?.keys() ?? [])])].sort();
  } catch (error) {
    problems.push({ level: 'error', file: directory, message: `cannot read module directory: ${(error as Error).message}` });
    return undefined;
  }
  const files: ParsedFile[] = [];
  let failed = false;
  for (const name of names) {
    const path = join(directory, name);
    try {
      files.push(parseHcl(overlay?.get(name) ?? readFileSync(path, 'utf8'), path));
    } catch (error) {
      failed = true;
      if (error instanceof HclSyntaxError) problems.push({ level: 'error', file: path, line: error.line, column: error.column, message: error.message });
      else problems.push({ level: 'error', file: path, message: `cannot read: ${(error as Error).message}` });
    }
  }
  return failed ? undefined : files;
}

/** Values of the root module's variables: defaults < terraform.tfvars < *.auto.tfvars < --var-file < --var. */
function rootVariableValues(directory: string, files: ParsedFile[], inputs: TerraformInputs, problems: ScanProblem[]): Map<string, Value> {
  const values = new Map<string, Value>();
  const evaluator = new Evaluator({ root: () => undefined });
  const readVarFile = (path: string, required: boolean): void => {
    if (!existsSync(path)) {
      if (required) problems.push({ level: 'error', file: path, message: 'variable file not found' });
      return;
    }
    try {
      const text = readFileSync(path, 'utf8');
      if (path.endsWith('.json')) {
        const data = JSON.parse(text) as Value;
        if (isObject(data)) for (const [name, value] of Object.entries(data)) values.set(name, value);
        return;
      }
      for (const item of parseHcl(text, path).body.attributes) {
        try {
          values.set(item.name, evaluator.evaluate(item.expr));
        } catch (error) {
          problems.push({ level: 'warning', file: path, line: item.at.line, message: `variable ${item.name}: ${(error as Error).message}` });
        }
      }
    } catch (error) {
      if (error instanceof HclSyntaxError) problems.push({ level: 'error', file: path, line: error.line, column: error.column, message: error.message });
      else problems.push({ level: 'error', file: path, message: `cannot read variable file: ${(error as Error).message}` });
    }
  };
  readVarFile(join(directory, 'terraform.tfvars'), false);
  readVarFile(join(directory, 'terraform.tfvars.json'), false);
  for (const name of readdirSync(directory).filter((file) => file.endsWith('.auto.tfvars') || file.endsWith('.auto.tfvars.json')).sort()) readVarFile(join(directory, name), false);
  for (const file of inputs.varFiles ?? []) readVarFile(resolve(file), true);
  const declared = new Map<string, Block>();
  for (const file of files) for (const block of file.body.blocks) if (block.type === 'variable' && block.labels[0]) declared.set(block.labels[0], block);
  for (const [name, text] of Object.entries(inputs.vars ?? {})) values.set(name, coerceCliVariable(text, declared.get(name)));
  return values;
}

/** `--var` values are strings; a variable typed as a number, bool, list or map gets HCL syntax. */
function coerceCliVariable(text: string, declaration: Block | undefined): Value {
  const type = declaration ? attribute(declaration.body, 'type')?.expr : undefined;
  const typeName = type?.kind === 'variable' ? type.name : type?.kind === 'call' ? type.name : 'string';
  if (typeName === 'string') return text;
  try {
    const parsed = parseHcl(`value = ${text}\n`, '--var');
    const expr = parsed.body.attributes[0]?.expr;
    return expr ? new Evaluator({ root: () => undefined }).evaluate(expr) : text;
  } catch {
    return text;
  }
}

interface ModuleOptions {
  address: string;
  directory: string;
  files: ParsedFile[];
  inputs: Map<string, Value>;
  depth: number;
  problems: ScanProblem[];
  secrets: string[];
  isMapped: (type: string) => boolean;
}

class ModuleInstance {
  private readonly variables = new Map<string, Declared>();
  private readonly locals = new Map<string, { expr: Expr; file: string }>();
  private readonly localValues = new Map<string, Value>();
  private readonly localsInProgress = new Set<string>();
  private readonly resources = new Map<string, Declared>();
  /** `data` blocks by `type.name`, and the values of those computed locally (`aws_iam_policy_document`). */
  private readonly dataSources = new Map<string, Declared>();
  private readonly dataValues = new Map<string, Value>();
  private readonly expansions = new Map<string, Expansion>();
  private readonly calls = new Map<string, Declared>();
  private readonly children = new Map<string, Map<string, ModuleInstance> | { unknown: string }>();
  private readonly outputs = new Map<string, Expr>();
  private readonly evaluator: Evaluator;
  /** Set while evaluating one attribute: where its resource references go. */
  private recorder: ((reference: UnknownReference) => void) | undefined;
  private instanceKey: InstanceKey = {};

  constructor(private readonly options: ModuleOptions) {
    for (const file of options.files) {
      for (const block of file.body.blocks) {
        const declared: Declared = { block, file: file.file, comments: file.comments };
        const [first, second] = block.labels;
        if (block.type === 'variable' && first) this.variables.set(first, declared);
        else if (block.type === 'locals') for (const item of block.body.attributes) this.locals.set(item.name, { expr: item.expr, file: file.file });
        else if (block.type === 'resource' && first && second) this.declare(this.resources, 'resource', `${first}.${second}`, declared);
        else if (block.type === 'data' && first && second) this.declare(this.dataSources, 'data source', `data.${first}.${second}`, declared, `${first}.${second}`);
        else if (block.type === 'module' && first) this.declare(this.calls, 'module call', `module.${first}`, declared, first);
        else if (block.type === 'output' && first) {
          const value = attribute(block.body, 'value');
          if (value) this.outputs.set(first, value.expr);
        }
      }
    }
    const scope: EvaluationScope = {
      root: (name, steps, evaluate) => this.root(name, steps, evaluate),
      onReference: (reference) => this.recorder?.(reference),
      constantAttribute: (address, name) => this.constantAttribute(address, name),
    };
    this.evaluator = new Evaluator(scope);
  }

  /**
   * Records a declaration under `key`. Terraform refuses a module that declares the same resource,
   * data source or module call twice; the second is reported, not silently put in place of the first.
   */
  private declare(declarations: Map<string, Declared>, kind: string, address: string, declared: Declared, key: string = address): void {
    const first = declarations.get(key);
    if (!first) {
      declarations.set(key, declared);
      return;
    }
    const message = `duplicate ${kind} ${address} (first declared at ${basename(first.file)}:${first.block.at.line}): Terraform rejects the module; only the first declaration is checked`;
    // Every instance of a module reads the same files: one report is enough.
    const line = declared.block.at.line;
    if (!this.options.problems.some((problem) => problem.message === message && problem.file === declared.file && problem.line === line)) this.warn(declared.file, line, message);
  }

  private warn(file: string, line: number | undefined, message: string): void {
    if (this.options.problems.length < MAX_PROBLEMS_PER_DIRECTORY * 2) this.options.problems.push({ level: 'warning', file, ...(line ? { line } : {}), message });
  }

  /** Evaluates an expression; an expression Terraform would reject is reported and Unknown. */
  private evaluateSafely(expr: Expr, file: string, locals?: ReadonlyMap<string, Value>): Value {
    try {
      return this.evaluator.evaluate(expr, locals);
    } catch (error) {
      if (error instanceof EvaluationError || error instanceof FunctionError) {
        this.warn(file, expr.at.line, `cannot evaluate: ${error.message}`);
        return unknown(`an expression that cannot be evaluated (${error.message})`);
      }
      throw error;
    }
  }

  private root(name: string, steps: readonly TraversalStep[], evaluate: (expr: Expr) => Value): { value: Value; consumed: number } | undefined {
    const first = steps[0];
    const firstName = first?.kind === 'getattr' ? first.name : undefined;
    switch (name) {
      case 'var':
        return firstName === undefined ? undefined : { value: this.variable(firstName), consumed: 1 };
      case 'local':
        return firstName === undefined ? undefined : { value: this.local(firstName), consumed: 1 };
      case 'count':
        return { value: this.instanceKey.index !== undefined && typeof this.instanceKey.index === 'number' ? this.instanceKey.index : unknown('count.index outside a counted resource'), consumed: 1 };
      case 'each':
        if (!this.instanceKey.each) return { value: unknown('each outside a for_each resource'), consumed: 1 };
        return { value: firstName === 'key' ? this.instanceKey.each.key : this.instanceKey.each.value, consumed: 1 };
      case 'path':
        return { value: firstName === 'root' || firstName === 'cwd' ? '.' : relative(process.cwd(), this.options.directory) || '.', consumed: 1 };
      case 'terraform':
        return { value: firstName === 'workspace' ? 'default' : unknown(`terraform.${firstName}`), consumed: 1 };
      case 'data': {
        const second = steps[1];
        const key = firstName !== undefined && second?.kind === 'getattr' ? `${firstName}.${second.name}` : undefined;
        const computed = key === undefined ? undefined : this.computedDataSource(key);
        if (computed !== undefined) return { value: computed, consumed: 2 };
        if (key === undefined) return { value: unknown(`data source data.${firstName ?? ''} is read at plan time`), consumed: Math.min(2, steps.length) };
        // A reference to the data source: an existing resource it reads, which attachments may name.
        const address = `${this.options.address ? `${this.options.address}.` : ''}data.${key}`;
        return { value: unknown(`${address} is read at plan time`, { resource: address }), consumed: 2 };
      }
      case 'self':
        return { value: unknown('self is the resource being created'), consumed: 0 };
      case 'module':
        return firstName === undefined ? undefined : this.moduleOutput(firstName, steps.slice(1), evaluate);
      default: {
        if (firstName === undefined) return undefined;
        const key = `${name}.${firstName}`;
        if (!this.resources.has(key)) {
          if (name.includes('_')) return { value: unknown(`${key} is not declared in this module`), consumed: 1 };
          return undefined;
        }
        const expansion = this.expand(key);
        if ('unknown' in expansion) {
          // Checked as one conditional instance (see collect): `aws_x.y[0].id` and `aws_x.y.id` both point at it.
          const reference = unknown(`${key} has an unknown number of instances (${expansion.unknown})`, { resource: this.instanceAddress(key, {}) });
          return { value: reference, consumed: steps[1]?.kind === 'index' ? 2 : 1 };
        }
        return { value: this.resourceValue(key, expansion), consumed: 1 };
      }
    }
  }

  /**
   * A data source Terraform computes without reading anything (`aws_iam_policy_document`): its
   * attributes, evaluated here. Undefined for data sources read from the provider, and for counted ones.
   */
  private computedDataSource(key: string): Value | undefined {
    const declared = this.dataSources.get(key);
    if (!declared || !key.startsWith('aws_iam_policy_document.')) return undefined;
    if (attribute(declared.block.body, 'count') || attribute(declared.block.body, 'for_each')) return undefined;
    const cached = this.dataValues.get(key);
    if (cached !== undefined) return cached;
    const address = `${this.options.address ? `${this.options.address}.` : ''}data.${key}`;
    this.dataValues.set(key, unknown(`${address} refers to itself`));
    // Evaluated like a local: outside any instance, without recording references for the attribute being evaluated.
    const savedKey = this.instanceKey;
    const savedRecorder = this.recorder;
    this.instanceKey = {};
    const values = this.evaluateBody(declared.block.body, declared.file, [], new Map(), new Map());
    this.instanceKey = savedKey;
    this.recorder = savedRecorder;
    const json = policyDocumentJson(values, address);
    const value: Value = { json, minified_json: json, id: unknown(`${address}.id is a hash of the document`) };
    this.dataValues.set(key, value);
    return value;
  }

  /** `aws_s3_bucket.logs.bucket` is known when the block sets `bucket` to a constant. */
  private constantAttribute(address: string, name: string): Value | undefined {
    const prefix = this.options.address ? `${this.options.address}.` : '';
    if (!address.startsWith(prefix)) return undefined;
    const key = address.slice(prefix.length).replace(/\[[^\]]*\]$/, '');
    const expr = this.resources.get(key) && attribute((this.resources.get(key) as Declared).block.body, name)?.expr;
    if (!expr) return undefined;
    if (expr.kind === 'literal') return expr.value;
    if (expr.kind === 'template' && expr.parts.every((part) => part.kind === 'text')) return expr.parts.map((part) => (part.kind === 'text' ? part.text : '')).join('');
    return undefined;
  }

  private variable(name: string): Value {
    if (this.options.inputs.has(name)) {
      const value = this.options.inputs.get(name) as Value;
      this.noteSensitive(name, value);
      return value;
    }
    const declared = this.variables.get(name);
    if (!declared) return unknown(`var.${name} is not declared`);
    const fallback = attribute(declared.block.body, 'default');
    // A variable without a default may be given null (unless `nullable = false`), and an argument set to null is
    // not set at all, so its unknown may be absent.
    if (!fallback) {
      const nullable = attribute(declared.block.body, 'nullable')?.expr;
      return unknown(`var.${name} has no value`, undefined, !(nullable?.kind === 'literal' && nullable.value === false));
    }
    const value = this.evaluateSafely(fallback.expr, declared.file);
    this.noteSensitive(name, value);
    return value;
  }

  private noteSensitive(name: string, value: Value): void {
    const declared = this.variables.get(name);
    const sensitive = declared ? attribute(declared.block.body, 'sensitive') : undefined;
    if (sensitive?.expr.kind === 'literal' && sensitive.expr.value === true && typeof value === 'string' && value.length >= 4) this.options.secrets.push(value);
  }

  private local(name: string): Value {
    if (this.localValues.has(name)) return this.localValues.get(name) as Value;
    const declared = this.locals.get(name);
    if (!declared) return unknown(`local.${name} is not declared`);
    if (this.localsInProgress.has(name)) return unknown(`local.${name} refers to itself`);
    this.localsInProgress.add(name);
    // Locals do not depend on the instance being evaluated.
    const saved = this.instanceKey;
    this.instanceKey = {};
    const value = this.evaluateSafely(declared.expr, declared.file);
    this.instanceKey = saved;
    this.localsInProgress.delete(name);
    this.localValues.set(name, value);
    return value;
  }

  /** `aws_vpc.main` as a value: one reference, a list of them (count), or a map (for_each). */
  private resourceValue(key: string, expansion: InstanceKey[]): Value {
    const reference = (instance: InstanceKey): Value => {
      // Not recorded here: `aws_x.y[count.index]` picks one of these; the chosen value carries its reference.
      const address = this.instanceAddress(key, instance);
      return unknown(`${address} (known after apply)`, { resource: address });
    };
    // Its instances are checked as one (see `collect`): `aws_x.y[0]` and `aws_x.y["k"]` are that one.
    if ('unknown' in expansion) return unknown(`${key} has an unknown number of instances (${expansion.unknown})`, { resource: this.instanceAddress(key, {}) });
    const declared = this.resources.get(key) as Declared;
    if (attribute(declared.block.body, 'for_each')) {
      const object: ValueObject = {};
      for (const instance of expansion) object[String(instance.index)] = reference(instance);
      return object;
    }
    if (attribute(declared.block.body, 'count')) return expansion.map(reference);
    return reference({});
  }

  private instanceAddress(key: string, instance: InstanceKey): string {
    const suffix = instance.index === undefined ? '' : typeof instance.index === 'number' ? `[${instance.index}]` : `[${JSON.stringify(instance.index)}]`;
    return `${this.options.address ? `${this.options.address}.` : ''}${key}${suffix}`;
  }

  /** The instances of a resource or module block, from its `count` or `for_each`. */
  private expandBlock(declared: Declared): Expansion {
    const count = attribute(declared.block.body, 'count');
    const forEach = attribute(declared.block.body, 'for_each');
    const saved = this.instanceKey;
    this.instanceKey = {};
    try {
      if (count) {
        const value = this.evaluateSafely(count.expr, declared.file);
        if (isUnknown(value)) return { unknown: value.reason };
        const number = typeof value === 'number' ? value : Number(value);
        if (!Number.isInteger(number) || number < 0) return { unknown: `count is ${JSON.stringify(value)}` };
        return Array.from({ length: Math.min(number, 10_000) }, (_, index) => ({ index }));
      }
      if (forEach) {
        const value = this.evaluateSafely(forEach.expr, declared.file);
        if (isUnknown(value)) return { unknown: value.reason };
        if (Array.isArray(value)) {
          if (value.some(isUnknown)) return { unknown: 'for_each over a set with unknown elements' };
          return [...new Set(value.map(String))].sort().map((item) => ({ index: item, each: { key: item, value: item } }));
        }
        if (isObject(value)) return entries(value).map(([itemKey, item]) => ({ index: String(itemKey), each: { key: itemKey, value: item } }));
        return { unknown: 'for_each is not a map or set' };
      }
      return [{}];
    } catch (error) {
      return { unknown: (error as Error).message };
    } finally {
      this.instanceKey = saved;
    }
  }

  private expand(key: string): Expansion {
    const cached = this.expansions.get(key);
    if (cached) return cached;
    this.expansions.set(key, { unknown: 'circular count or for_each' });
    const expansion = this.expandBlock(this.resources.get(key) as Declared);
    this.expansions.set(key, expansion);
    return expansion;
  }

  /** Instances of a module call, created on first use. */
  private childModules(name: string): Map<string, ModuleInstance> | { unknown: string } {
    const cached = this.children.get(name);
    if (cached) return cached;
    const declared = this.calls.get(name) as Declared | undefined;
    if (!declared) {
      const missing = { unknown: `module.${name} is not declared` };
      this.children.set(name, missing);
      return missing;
    }
    this.children.set(name, { unknown: `module.${name} refers to itself` });
    const result = this.createChildren(name, declared);
    this.children.set(name, result);
    return result;
  }

  private createChildren(name: string, declared: Declared): Map<string, ModuleInstance> | { unknown: string } {
    const sourceAttribute = attribute(declared.block.body, 'source');
    const source = sourceAttribute?.expr.kind === 'literal' || sourceAttribute?.expr.kind === 'template' ? this.evaluateSafely(sourceAttribute.expr, declared.file) : undefined;
    if (typeof source !== 'string') return { unknown: `module.${name} has no literal source` };
    if (!source.startsWith('./') && !source.startsWith('../')) {
      this.warn(declared.file, declared.block.at.line, `module "${name}" (${source}) is not scanned: only local modules are read (no network)`);
      return { unknown: `module.${name} comes from ${source}, which is not scanned` };
    }
    const directory = resolve(this.options.directory, source);
    if (this.options.depth >= MAX_MODULE_DEPTH) {
      this.warn(declared.file, declared.block.at.line, `module "${name}" is nested too deeply to expand`);
      return { unknown: `module.${name} is nested too deeply` };
    }
    if (!existsSync(directory) || !statSync(directory).isDirectory()) {
      this.warn(declared.file, declared.block.at.line, `module "${name}": ${source} is not a directory`);
      return { unknown: `module.${name} source ${source} is missing` };
    }
    const files = readModuleFiles(directory, this.options.problems);
    if (!files) return { unknown: `module.${name} could not be parsed` };
    const expansion = this.expandBlock(declared);
    if ('unknown' in expansion) {
      this.warn(declared.file, declared.block.at.line, `module "${name}" has an unknown number of instances; its resources are not checked`);
      return expansion;
    }
    const instances = new Map<string, ModuleInstance>();
    for (const key of expansion) {
      const saved = this.instanceKey;
      this.instanceKey = key;
      const inputs = new Map<string, Value>();
      for (const item of declared.block.body.attributes) {
        if (['source', 'version', 'count', 'for_each', 'providers', 'depends_on'].includes(item.name)) continue;
        inputs.set(item.name, this.evaluateSafely(item.expr, declared.file));
      }
      this.instanceKey = saved;
      const suffix = key.index === undefined ? '' : typeof key.index === 'number' ? `[${key.index}]` : `[${JSON.stringify(key.index)}]`;
      const address = `${this.options.address ? `${this.options.address}.` : ''}module.${name}${suffix}`;
      instances.set(String(key.index ?? ''), new ModuleInstance({ ...this.options, address, directory, files, inputs, depth: this.options.depth + 1 }));
    }
    return instances;
  }

  /** `module.NAME.OUTPUT` and `module.NAME[KEY].OUTPUT`. */
  private moduleOutput(name: string, steps: readonly TraversalStep[], evaluate: (expr: Expr) => Value): { value: Value; consumed: number } {
    const children = this.childModules(name);
    if ('unknown' in children) return { value: unknown(children.unknown), consumed: 1 + Math.min(steps.length, 1) };
    let child: ModuleInstance | undefined;
    let consumed = 1;
    const [first, second] = steps;
    let outputStep = first;
    if (first?.kind === 'index') {
      const key = evaluate(first.key);
      if (isUnknown(key)) return { value: unknown(`module.${name}[${key.reason}]`), consumed: 2 };
      child = children.get(String(key));
      outputStep = second;
      consumed = 2;
    } else if (children.size === 1) child = [...children.values()][0];
    if (!child) return { value: unknown(`module.${name} instance not found`), consumed };
    if (outputStep?.kind !== 'getattr') return { value: unknown(`module.${name} as a whole`), consumed };
    return { value: child.output(outputStep.name, this.recorder), consumed: consumed + 1 };
  }

  output(name: string, recorder: ((reference: UnknownReference) => void) | undefined): Value {
    const expr = this.outputs.get(name);
    if (!expr) return unknown(`module output ${name} is not declared`);
    const saved = this.recorder;
    this.recorder = recorder;
    const value = this.evaluateSafely(expr, this.options.directory);
    this.recorder = saved;
    return value;
  }

  /** Every resource instance of this module and of its local modules. */
  collect(into: TfInstance[]): void {
    for (const [key, declared] of this.resources) {
      const [type, name] = key.split('.') as [string, string];
      if (!this.options.isMapped(type)) continue;
      const expansion = this.expand(key);
      const keys: InstanceKey[] = 'unknown' in expansion ? [{}] : expansion;
      if ('unknown' in expansion) this.warn(declared.file, declared.block.at.line, `${key}: the number of instances is not known (${expansion.unknown}); checked as one instance`);
      for (const instanceKey of keys) {
        const instance = this.instance(type, name, declared, instanceKey);
        if ('unknown' in expansion) {
          instance.conditional = expansion.unknown;
          const condition = conditionText(declared.block.body);
          if (condition) instance.condition = `${this.options.address}|${condition}`;
        }
        into.push(instance);
      }
    }
    for (const name of this.calls.keys()) {
      const children = this.childModules(name);
      if (!('unknown' in children)) for (const child of children.values()) child.collect(into);
    }
  }

  private instance(type: string, name: string, declared: Declared, key: InstanceKey): TfInstance {
    this.instanceKey = key;
    const references = new Map<string, TfReference[]>();
    const values = this.evaluateBody(declared.block.body, declared.file, [], references, new Map());
    this.instanceKey = {};
    const instance: TfInstance = {
      address: this.instanceAddress(`${type}.${name}`, key),
      type,
      name,
      module: this.options.address,
      values,
      references,
      file: declared.file,
      position: declared.block.at,
    };
    if (key.index !== undefined) instance.index = key.index;
    const skips = skipComments(declared);
    if (skips.length > 0) instance.skips = skips;
    const foreign = foreignSkipComments(declared);
    if (foreign.length > 0) instance.foreignSkips = foreign;
    return instance;
  }

  /** Attributes and nested blocks of a body, recording each attribute's references by path. */
  private evaluateBody(body: Body, file: string, path: (string | number)[], references: Map<string, TfReference[]>, locals: ReadonlyMap<string, Value>): ValueObject {
    const values: ValueObject = {};
    for (const item of body.attributes) {
      if (path.length === 0 && META_ARGUMENTS.has(item.name)) continue;
      const found: TfReference[] = [];
      this.recorder = (reference) => addReference(found, reference);
      const value = this.evaluateSafely(item.expr, file, locals);
      this.recorder = undefined;
      values[item.name] = value;
      // Cached locals and module outputs record nothing the second time: their values still carry the reference.
      forEachReference(value, (reference) => addReference(found, reference));
      if (found.length > 0) references.set(pathKey([...path, item.name]), found);
    }
    for (const block of body.blocks) {
      if (path.length === 0 && META_ARGUMENTS.has(block.type)) continue;
      if (block.type === 'dynamic') {
        this.dynamicBlock(block, file, path, values, references, locals);
        continue;
      }
      const list = Array.isArray(values[block.type]) ? (values[block.type] as Value[]) : [];
      list.push(this.evaluateBody(block.body, file, [...path, block.type, list.length], references, locals));
      values[block.type] = list;
    }
    return values;
  }

  /** `dynamic "ingress" { for_each = ...; content { ... } }` becomes `ingress` blocks. */
  private dynamicBlock(block: Block, file: string, path: (string | number)[], values: ValueObject, references: Map<string, TfReference[]>, locals: ReadonlyMap<string, Value>): void {
    const label = block.labels[0] ?? 'dynamic';
    const forEach = attribute(block.body, 'for_each');
    const iteratorAttribute = attribute(block.body, 'iterator');
    const iterator = iteratorAttribute?.expr.kind === 'variable' ? iteratorAttribute.expr.name : label;
    const content = block.body.blocks.find((child) => child.type === 'content');
    if (!forEach || !content) return;
    const collection = this.evaluateSafely(forEach.expr, file, locals);
    if (isUnknown(collection)) {
      // The collection may be empty: then there is no block at all.
      values[label] = unknown(`dynamic "${label}" blocks over ${collection.reason}`, undefined, true);
      return;
    }
    const list = Array.isArray(values[label]) ? (values[label] as Value[]) : [];
    let items: [Value, Value][];
    try {
      items = entries(collection);
    } catch (error) {
      this.warn(file, forEach.at.line, `dynamic "${label}": ${(error as Error).message}`);
      values[label] = unknown(`dynamic "${label}" blocks`, undefined, true);
      return;
    }
    for (const [key, value] of items) {
      const inner = new Map(locals);
      inner.set(iterator, { key, value });
      list.push(this.evaluateBody(content.body, file, [...path, label, list.length], references, inner));
    }
    values[label] = list;
  }
}

function forEachReference(value: Value, visit: (reference: UnknownReference) => void): void {
  if (isUnknown(value)) {
    if (value.ref) visit(value.ref);
  } else if (Array.isArray(value)) value.forEach((item) => forEachReference(item, visit));
  else if (isObject(value)) Object.values(value).forEach((item) => forEachReference(item, visit));
}

/** Keeps one reference per address, the one naming an attribute when there is one. */
function addReference(found: TfReference[], reference: UnknownReference): void {
  const existing = found.find((item) => item.address === reference.resource);
  if (existing) {
    if (!existing.attribute && reference.attribute) existing.attribute = reference.attribute;
    return;
  }
  const added: TfReference = { address: reference.resource };
  if (reference.attribute) added.attribute = reference.attribute;
  found.push(added);
}

const SKIP_COMMENT = /tosei:skip=([A-Z0-9_]+)(?:[ \t]+(.*))?/;
// checkov: `checkov:skip=CKV_AWS_18:the reason`; tfsec and trivy: `tfsec:ignore:ID`, `trivy:ignore:ID`
// (an `:exp:DATE` suffix and further ids on the line are theirs to read).
const CHECKOV_COMMENT = /checkov:skip=([A-Za-z0-9_]+)(?::([^\n]*))?/g;
const IGNORE_COMMENT = /\b(tfsec|trivy):ignore:([A-Za-z0-9-]+)/g;

/** `# tosei:skip=RULE_ID reason` on the line above a resource block or inside it. */
function skipComments(declared: Declared): { id: string; reason: string }[] {
  const start = declared.block.at.line - 1;
  const skips: { id: string; reason: string }[] = [];
  for (const comment of declared.comments) {
    if (comment.line < start || comment.line > declared.block.endLine) continue;
    const match = SKIP_COMMENT.exec(comment.text);
    if (match) skips.push({ id: match[1] as string, reason: (match[2] ?? '').replace(/\*\/\s*$/, '').trim() });
  }
  return skips;
}

/** Other scanners' suppression comments, in the same place as `tosei:skip`. */
function foreignSkipComments(declared: Declared): ForeignSkip[] {
  const start = declared.block.at.line - 1;
  const skips: ForeignSkip[] = [];
  for (const comment of declared.comments) {
    if (comment.line < start || comment.line > declared.block.endLine) continue;
    for (const match of comment.text.matchAll(CHECKOV_COMMENT)) skips.push({ tool: 'checkov', id: match[1] as string, reason: (match[2] ?? '').replace(/\*\/\s*$/, '').trim() });
    for (const match of comment.text.matchAll(IGNORE_COMMENT)) skips.push({ tool: match[1] as 'tfsec' | 'trivy', id: match[2] as string, reason: '' });
  }
  return skips;
}
