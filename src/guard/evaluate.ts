// Evaluates Guard rules against one data document with cfn-guard 3.x semantics
// (shared/reference/iac-anchors.md §4.6); the real binary is the oracle (test/guard-differential.test.ts).
import { basename } from 'node:path';
import { DEFAULT_RULE_NAME, GuardRange, GuardRegex, type BinaryOperator, type Block, type Clause, type Conjunction, type Expression, type GuardRule, type GuardRuleFile, type LetBinding, type Query, type QueryPart, type UnaryOperator } from './ast.js';
import { GuardEvalError, callFunction } from './functions.js';
import { KEY_CASES, type KeyCase } from './key-cases.js';
import { isFloat, isInt, isMapValue, isNumber, plainValue, resolved, show, type QueryResult, type Resolved } from './values.js';

export type GuardStatus = 'PASS' | 'FAIL' | 'SKIP';

export interface GuardFailure {
  /** Where in the data the failing value is (`/Resources/Bucket/Properties/X`), or how far the query got. */
  path: string;
  /** What went wrong, generated. */
  message: string;
  /** The rule author's `<< >>` message, when the failing clause has one. */
  customMessage?: string;
  /** Where the failing clause is in the rule file. */
  clause: { line: number; column: number };
}

export interface GuardRuleResult {
  file: string;
  rule: string;
  status: GuardStatus;
  failures: GuardFailure[];
  /** An evaluation error (undefined variable, function error): the rule counts as FAIL. */
  error?: string;
  position: { line: number; column: number };
}

type Sink = GuardFailure[] | undefined;

class Scope {
  readonly cache = new Map<string, QueryResult[]>();
  private readonly lets: Map<string, LetBinding>;
  constructor(
    readonly parent: Scope | undefined,
    lets: readonly LetBinding[],
    readonly context: Resolved,
  ) {
    this.lets = new Map(lets.map((binding) => [binding.name, binding]));
  }
  lookup(name: string): { scope: Scope; binding?: LetBinding } | undefined {
    let scope: Scope | undefined;
    for (scope = this as Scope | undefined; scope; scope = scope.parent) {
      if (scope.cache.has(name)) return { scope };
      const binding = scope.lets.get(name);
      if (binding) return { scope, binding };
    }
    return undefined;
  }
}

const PASS: GuardStatus = 'PASS';
const FAIL: GuardStatus = 'FAIL';
const SKIP: GuardStatus = 'SKIP';

/** Combines the statuses of every value checked: all must pass, or with `some` one must. */
function combine(statuses: readonly GuardStatus[], some: boolean): GuardStatus {
  if (statuses.length === 0) return SKIP;
  if (some) return statuses.includes(PASS) ? PASS : statuses.includes(FAIL) ? FAIL : SKIP;
  return statuses.includes(FAIL) ? FAIL : statuses.includes(PASS) ? PASS : SKIP;
}

/** Evaluates every rule of one file against one document. */
export class GuardFileEvaluator {
  private readonly root: Resolved;
  private readonly fileScope: Scope;
  private readonly ruleResults = new Map<GuardRule, GuardRuleResult>();
  private readonly inProgress = new Set<GuardRule>();
  private readonly rulesByName = new Map<string, GuardRule[]>();

  constructor(
    private readonly ruleFile: GuardRuleFile,
    data: unknown,
  ) {
    this.root = resolved('', data);
    this.fileScope = new Scope(undefined, ruleFile.lets, this.root);
    for (const rule of ruleFile.rules) {
      const list = this.rulesByName.get(rule.name) ?? [];
      list.push(rule);
      this.rulesByName.set(rule.name, list);
    }
  }

  /** Results of the file's rules (parameterised rules are only evaluated where called). */
  evaluateAll(): GuardRuleResult[] {
    return this.ruleFile.rules.filter((rule) => !rule.parameters).map((rule) => this.evaluateRule(rule));
  }

  evaluateRule(rule: GuardRule): GuardRuleResult {
    const known = this.ruleResults.get(rule);
    if (known) return known;
    const result: GuardRuleResult = { file: rule.file, rule: reportedName(rule), status: SKIP, failures: [], position: rule.position };
    if (this.inProgress.has(rule)) throw new GuardEvalError(`rule ${rule.name} refers to itself`);
    this.inProgress.add(rule);
    try {
      const scope = new Scope(this.fileScope, rule.body.lets, this.root);
      const when = rule.conditions ? this.conjunction(rule.conditions, scope, this.root, undefined) : PASS;
      result.status = when === PASS ? this.conjunction(rule.body.clauses, scope, this.root, result.failures) : SKIP;
    } catch (error) {
      if (!(error instanceof GuardEvalError)) throw error;
      result.status = FAIL;
      result.error = error.message;
    } finally {
      this.inProgress.delete(rule);
    }
    this.ruleResults.set(rule, result);
    return result;
  }

  /** A rule referenced by name: every rule of that name must pass. */
  private namedRuleStatus(name: string): GuardStatus {
    const rules = (this.rulesByName.get(name) ?? []).filter((rule) => !rule.parameters);
    if (rules.length === 0) throw new GuardEvalError(`no rule named ${name}`);
    const statuses = rules.map((rule) => {
      const result = this.evaluateRule(rule);
      if (result.error) throw new GuardEvalError(result.error);
      return result.status;
    });
    return combine(statuses, false);
  }

  private conjunction(clauses: Conjunction, scope: Scope, context: Resolved, sink: Sink): GuardStatus {
    let failed = false;
    let passed = false;
    for (const disjunction of clauses) {
      const status = this.disjunction(disjunction, scope, context, sink);
      if (status === FAIL) failed = true;
      else if (status === PASS) passed = true;
    }
    return failed ? FAIL : passed ? PASS : SKIP;
  }

  private disjunction(clauses: Clause[], scope: Scope, context: Resolved, sink: Sink): GuardStatus {
    if (clauses.length === 1) return this.clause(clauses[0]!, scope, context, sink);
    const collected: GuardFailure[] | undefined = sink ? [] : undefined;
    let failed = false;
    for (const clause of clauses) {
      const status = this.clause(clause, scope, context, collected);
      if (status === PASS) return PASS;
      if (status === FAIL) failed = true;
    }
    if (failed && sink && collected) sink.push(...collected);
    return failed ? FAIL : SKIP;
  }

  private clause(clause: Clause, scope: Scope, context: Resolved, sink: Sink): GuardStatus {
    switch (clause.kind) {
      case 'unary':
        return this.unary(clause, scope, context, sink);
      case 'binary':
        return this.binary(clause, scope, context, sink);
      case 'ruleRef': {
        let holds = this.namedRuleStatus(clause.name) === PASS;
        if (clause.not) holds = !holds;
        if (!holds) this.record(sink, clause, context.path, `rule ${clause.name} ${clause.not ? 'passed' : 'did not pass'}`);
        return holds ? PASS : FAIL;
      }
      case 'ruleCall':
        return this.ruleCall(clause, scope, context, sink);
      case 'block':
        return this.block(clause.query, clause.some, clause.notEmpty, clause.body, scope, context, sink, clause);
      case 'when': {
        const when = this.conjunction(clause.conditions, scope, context, undefined);
        if (when !== PASS) return SKIP;
        return this.conjunction(clause.body.clauses, new Scope(scope, clause.body.lets, context), context, sink);
      }
      case 'typeBlock':
        return this.typeBlock(clause, scope, context, sink);
    }
  }

  private ruleCall(clause: Extract<Clause, { kind: 'ruleCall' }>, scope: Scope, context: Resolved, sink: Sink): GuardStatus {
    const rule = (this.rulesByName.get(clause.name) ?? []).find((candidate) => candidate.parameters);
    if (!rule?.parameters) throw new GuardEvalError(`no parameterised rule named ${clause.name}`);
    if (rule.parameters.length !== clause.args.length) throw new GuardEvalError(`rule ${clause.name} takes ${rule.parameters.length} arguments, got ${clause.args.length}`);
    const callScope = new Scope(this.fileScope, rule.body.lets, context);
    rule.parameters.forEach((parameter, index) => callScope.cache.set(parameter, this.expression(clause.args[index]!, scope, context)));
    if (rule.conditions && this.conjunction(rule.conditions, callScope, context, undefined) !== PASS) return SKIP;
    const collected: GuardFailure[] | undefined = sink ? [] : undefined;
    const status = this.conjunction(rule.body.clauses, callScope, context, collected);
    if (status === FAIL && sink && collected) {
      if (clause.message !== undefined) for (const failure of collected) failure.customMessage ??= clause.message;
      sink.push(...collected);
    }
    return status;
  }

  private typeBlock(clause: Extract<Clause, { kind: 'typeBlock' }>, scope: Scope, context: Resolved, sink: Sink): GuardStatus {
    const resources = isMapValue(this.root.value) ? this.root.value.Resources : undefined;
    // As cfn-guard: a type block over a document without Resources is an evaluation error.
    if (!isMapValue(resources) || Object.keys(resources).length === 0) throw new GuardEvalError(`cannot resolve the type block ${clause.type}: the document has no resources`);
    // The type block's `when` is evaluated once, where the block stands (not per resource).
    if (clause.conditions && this.conjunction(clause.conditions, scope, context, undefined) !== PASS) return SKIP;
    const statuses: GuardStatus[] = [];
    if (isMapValue(resources)) {
      for (const [id, resource] of Object.entries(resources)) {
        if (!isMapValue(resource) || resource.Type !== clause.type) continue;
        const value = resolved(`/Resources/${escapePointer(id)}`, resource);
        statuses.push(this.conjunction(clause.body.clauses, new Scope(scope, clause.body.lets, value), value, sink));
      }
    }
    return combine(statuses, false);
  }

  private block(query: Query, some: boolean, notEmpty: boolean, body: Block, scope: Scope, context: Resolved, sink: Sink, clause: Clause): GuardStatus {
    const results = this.query(query, scope, context);
    if (results.length === 0) {
      if (notEmpty) this.record(sink, clause, context.path, `${query.text} selected nothing`);
      return notEmpty ? FAIL : SKIP;
    }
    const statuses: GuardStatus[] = [];
    const collected: GuardFailure[] | undefined = sink && some ? [] : sink;
    for (const result of results) {
      if (!result.resolved) {
        this.record(collected, clause, result.path, result.reason);
        statuses.push(FAIL);
        continue;
      }
      statuses.push(this.conjunction(body.clauses, new Scope(scope, body.lets, result), result, collected));
    }
    const status = combine(statuses, some);
    if (some && status === FAIL && sink && collected) sink.push(...collected);
    return status;
  }

  private record(sink: Sink, clause: Clause, path: string, message: string): void {
    if (!sink) return;
    const failure: GuardFailure = { path, message, clause: clause.position };
    if ('message' in clause && clause.message !== undefined) failure.customMessage = clause.message;
    sink.push(failure);
  }

  // ---- values ----

  private variable(name: string, scope: Scope): QueryResult[] {
    const found = scope.lookup(name);
    if (!found) throw new GuardEvalError(`undefined variable %${name}`);
    const cached = found.scope.cache.get(name);
    if (cached) return cached;
    const binding = found.binding!;
    let results = this.expression(binding.value, found.scope, found.scope.context);
    if (binding.some) results = results.filter((result) => result.resolved);
    found.scope.cache.set(name, results);
    return results;
  }

  private expression(expression: Expression, scope: Scope, context: Resolved): QueryResult[] {
    switch (expression.kind) {
      case 'query':
        return this.query(expression.query, scope, context);
      case 'literal':
        return [resolved('', expression.value)];
      case 'call':
        return callFunction(
          expression.name,
          expression.args.map((arg) => this.expression(arg, scope, context)),
        );
    }
  }

  query(query: Query, scope: Scope, context: Resolved): QueryResult[] {
    const parts = query.parts;
    const first = parts[0]!;
    let current: QueryResult[];
    let start = 1;
    if (first.kind === 'variable') current = this.variable(first.name, scope);
    else if (first.kind === 'this') current = [context];
    else {
      current = [context];
      start = 0;
    }
    // The re-casing that found a key (see key-cases.ts) is the only one tried further down that path.
    let cases: Array<KeyCase | undefined> | undefined;
    for (let index = start; index < parts.length; index++) {
      const part = parts[index]!;
      const next: QueryResult[] = [];
      let nextCases: Array<KeyCase | undefined> | undefined = cases ? [] : undefined;
      const previous = index === 0 ? undefined : parts[index - 1]!.kind;
      for (let at = 0; at < current.length; at++) {
        const result = current[at]!;
        const keyCase = cases?.[at];
        const before = next.length;
        if (!result.resolved) next.push(result);
        else if (part.kind === 'key') {
          const found = lookupKey(result, part.name, keyCase);
          if (found.keyCase && !nextCases) nextCases = new Array<KeyCase | undefined>(next.length).fill(undefined);
          next.push(found.result);
          nextCases?.push(found.keyCase ?? keyCase);
          continue;
        } else this.step(part, result, previous, scope, next);
        if (nextCases) for (let added = before; added < next.length; added++) nextCases.push(keyCase);
      }
      current = next;
      cases = nextCases;
    }
    return current;
  }

  private step(part: QueryPart, current: Resolved, previous: QueryPart['kind'] | undefined, scope: Scope, out: QueryResult[]): void {
    const value = current.value;
    switch (part.kind) {
      case 'key':
        out.push(lookupKey(current, part.name, undefined).result);
        return;
      case 'variableKey':
        // As cfn-guard: the variable's strings (or lists of strings) are keys, looked up exactly;
        // any other value is an evaluation error.
        for (const key of this.variable(part.name, scope)) {
          if (!key.resolved) {
            out.push(unresolved(current, `the keys of %${part.name} did not resolve: ${key.reason}`));
            continue;
          }
          const names = Array.isArray(key.value) ? key.value : [key.value];
          for (const name of names) {
            if (typeof name !== 'string') throw new GuardEvalError(`%${part.name} gives ${show(name)}, not a key (a string), at ${key.path || '/'}`);
            if (!isMapValue(value)) out.push(unresolved(current, `could not find key ${name} (not a map)`));
            else if (Object.prototype.hasOwnProperty.call(value, name)) out.push(resolved(`${current.path}/${escapePointer(name)}`, value[name]));
            else out.push(unresolved(current, `could not find key ${name}`));
          }
        }
        return;
      case 'allValues':
      case 'bind':
        if (isMapValue(value)) {
          const keys = Object.keys(value);
          if (keys.length === 0) out.push(unresolved(current, 'the map is empty'));
          for (const key of keys) out.push(resolved(`${current.path}/${escapePointer(key)}`, value[key]));
        } else if (Array.isArray(value)) {
          if (value.length === 0) out.push(unresolved(current, 'the list is empty'));
          value.forEach((item, index) => out.push(resolved(`${current.path}/${index}`, item)));
        } else {
          out.push(current);
        }
        return;
      case 'allIndices':
        if (Array.isArray(value)) {
          if (value.length === 0) out.push(unresolved(current, 'the list is empty'));
          value.forEach((item, index) => out.push(resolved(`${current.path}/${index}`, item)));
        } else {
          out.push(current);
        }
        return;
      case 'index': {
        if (!Array.isArray(value)) {
          out.push(unresolved(current, `${show(value)} is not a list`));
          return;
        }
        const at = part.index < 0 ? value.length + part.index : part.index;
        if (at < 0 || at >= value.length) out.push(unresolved(current, `index ${part.index} is out of range`));
        else out.push(resolved(`${current.path}/${at}`, value[at]));
        return;
      }
      case 'filter': {
        // As cfn-guard 3.1.1: a list's elements are filtered; a map's values after a key, the map
        // itself after `.*`, `[*]` or a variable; a scalar is tested itself only after `[*]` or a
        // variable, and does not resolve otherwise.
        const candidates: Resolved[] = [];
        if (Array.isArray(value)) value.forEach((item, index) => candidates.push(resolved(`${current.path}/${index}`, item)));
        else if (isMapValue(value)) {
          if (previous === 'key' || previous === 'variableKey') for (const [key, item] of Object.entries(value)) candidates.push(resolved(`${current.path}/${escapePointer(key)}`, item));
          else if (previous === 'allValues' || previous === 'allIndices' || previous === 'bind' || previous === 'variable') candidates.push(current);
          // cfn-guard stops with an internal error here (exit 101): no verdict to give.
          else throw new GuardEvalError(`a filter applied to a map right after ${previous === 'index' ? 'an index' : previous === 'this' ? 'this' : 'another filter'} (at ${current.path || '/'}) is not supported`);
        } else if (previous === 'allIndices' || previous === 'bind' || previous === 'variable') candidates.push(current);
        else {
          out.push(unresolved(current, `a filter on ${show(value)}, neither a list nor a map,`));
          return;
        }
        for (const candidate of candidates) {
          if (this.conjunction(part.clauses, new Scope(scope, [], candidate), candidate, undefined) === PASS) out.push(candidate);
        }
        return;
      }
      case 'keysFilter': {
        if (!isMapValue(value)) {
          out.push(unresolved(current, `a keys filter on ${show(value)}, not a map,`));
          return;
        }
        const rhs = this.expression(part.rhs, scope, current);
        for (const [key, item] of Object.entries(value)) {
          const holds = compare(key, rhs.filter((item): item is Resolved => item.resolved), part.op);
          if (holds !== undefined && holds !== part.not) out.push(resolved(`${current.path}/${escapePointer(key)}`, item));
        }
        return;
      }
      case 'variable':
      case 'this':
        out.push(current);
        return;
    }
  }

  // ---- clauses ----

  private unary(clause: Extract<Clause, { kind: 'unary' }>, scope: Scope, context: Resolved, sink: Sink): GuardStatus {
    const lhs = this.expression(clause.lhs, scope, context);
    if (lhs.length === 0) {
      // cfn-guard: `%v empty` / `q[filter] empty` over nothing holds; any other check of nothing is SKIP.
      if (clause.operator !== 'empty' || !endsInSelection(clause.lhs)) return SKIP;
      const status = clause.not ? FAIL : PASS;
      if (status === FAIL) this.record(sink, clause, context.path, `${clause.text}: the query selected nothing`);
      return status;
    }
    // As cfn-guard: EMPTY of a variable or a filtered query asks of each result whether it was
    // selected at all, not whether the value is empty (`%v !empty` holds for ['', x]).
    const selection = clause.operator === 'empty' && endsInSelection(clause.lhs);
    const statuses: GuardStatus[] = [];
    const collected: Sink = sink && clause.some ? [] : sink;
    for (const result of lhs) {
      const holds = (selection ? !result.resolved : unaryHolds(clause.operator, result)) !== clause.not;
      statuses.push(holds ? PASS : FAIL);
      if (!holds) this.record(collected, clause, result.path, result.resolved ? `${clause.text} failed for ${show(result.value)}` : `${clause.text} failed: ${result.reason}`);
    }
    const status = combine(statuses, clause.some);
    if (clause.some && status === FAIL && sink && collected) sink.push(...collected);
    return status;
  }

  private binary(clause: Extract<Clause, { kind: 'binary' }>, scope: Scope, context: Resolved, sink: Sink): GuardStatus {
    const lhs = this.expression(clause.lhs, scope, context);
    const rhs = this.expression(clause.rhs, scope, context);
    if (lhs.length === 0 || rhs.length === 0) return SKIP;
    const rhsUnresolved = rhs.find((result) => !result.resolved);
    if (clause.operator === '==' && rhs.length > 1 && !rhsUnresolved && clause.rhs.kind === 'query') {
      // Several values on both sides compare as two lists; one value against several cannot be equal.
      const rightList = [resolved('', rhs.map((item) => (item as Resolved).value))];
      if (lhs.length > 1 && lhs.every((item) => item.resolved)) {
        const holds = compare(lhs.map((item) => (item as Resolved).value), rightList, '==');
        const passed = holds !== undefined && holds !== clause.not;
        if (!passed) this.record(sink, clause, context.path, `${clause.text} failed: ${show(lhs.map((item) => (item as Resolved).value))} vs ${show(rightList[0]!.value)}`);
        return passed ? PASS : FAIL;
      }
      return this.binaryEach(clause, lhs, rightList, sink);
    }
    if (rhsUnresolved) {
      const statuses = lhs.map(() => FAIL);
      for (const result of lhs) this.record(sink, clause, result.path, `${clause.text} failed: right-hand side ${rhsUnresolved.reason}`);
      return combine(statuses, clause.some);
    }
    return this.binaryEach(clause, lhs, rhs as Resolved[], sink);
  }

  private binaryEach(clause: Extract<Clause, { kind: 'binary' }>, lhs: QueryResult[], rhs: Resolved[], sink: Sink): GuardStatus {
    const statuses: GuardStatus[] = [];
    const collected: Sink = sink && clause.some ? [] : sink;
    for (const result of lhs) {
      if (!result.resolved) {
        statuses.push(FAIL);
        this.record(collected, clause, result.path, `${clause.text} failed: ${result.reason}`);
        continue;
      }
      const value = plainValue(result.value);
      const rhsIsScalar = rhs.length === 1 && !Array.isArray(plainValue(rhs[0]!.value));
      const eachPasses = (item: unknown): boolean => {
        const each = compare(item, rhs, clause.operator);
        return each !== undefined && each !== clause.not;
      };
      let passed: boolean;
      // `some` reaches into a list-valued left-hand side: one element satisfying the check is enough.
      if (clause.some && Array.isArray(value) && rhsIsScalar) passed = value.some(eachPasses);
      // As cfn-guard: a list against one value with == or != checks every element (`[] != 'x'` holds, `[x, y] != 'x'` does not).
      else if (clause.operator === '==' && Array.isArray(value) && rhsIsScalar) passed = value.every(eachPasses);
      // NOT IN of a list: no element may be in the right-hand values (an empty list is IN anything).
      else if (clause.operator === 'in' && clause.not && Array.isArray(value) && value.length > 0) passed = compare(value, rhs, 'in') === false && value.every(eachPasses);
      else {
        const holds = compare(result.value, rhs, clause.operator);
        passed = holds !== undefined && holds !== clause.not;
      }
      statuses.push(passed ? PASS : FAIL);
      if (!passed) {
        const expected = rhs.map((item) => show(item.value)).join(', ');
        this.record(collected, clause, result.path, `${clause.text} failed: value ${show(result.value)} ${clause.not ? 'matched' : 'did not match'} ${expected}`);
      }
    }
    const status = combine(statuses, clause.some);
    if (clause.some && status === FAIL && sink && collected) sink.push(...collected);
    return status;
  }
}

/** cfn-guard reports the implicit rule of bare clauses as `<file name>/default`. */
function reportedName(rule: GuardRule): string {
  return rule.name === DEFAULT_RULE_NAME ? `${basename(rule.file)}/${DEFAULT_RULE_NAME}` : rule.name;
}

/** The expression is a bare variable or a query ending in a filter: "nothing" is then an answer. */
function endsInSelection(expression: Expression): boolean {
  if (expression.kind !== 'query') return false;
  const parts = expression.query.parts;
  const last = parts[parts.length - 1]!;
  return (parts.length === 1 && last.kind === 'variable') || last.kind === 'filter' || last.kind === 'keysFilter';
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function unresolved(current: Resolved, reason: string): QueryResult {
  return { resolved: false, path: current.path, reason: `${reason} at ${current.path || '/'}` };
}

/**
 * `key` in a map: the key as written, else (as cfn-guard) re-cased — by `keyCase` when an earlier
 * key of the path was found re-cased, otherwise by the first of KEY_CASES the map holds.
 */
function lookupKey(current: Resolved, key: string, keyCase: KeyCase | undefined): { result: QueryResult; keyCase?: KeyCase } {
  const value = current.value;
  if (isMapValue(value)) {
    if (Object.prototype.hasOwnProperty.call(value, key)) return { result: resolved(`${current.path}/${escapePointer(key)}`, value[key]) };
    const spellings = recased(key);
    for (let at = 0; at < KEY_CASES.length; at++) {
      if (keyCase && KEY_CASES[at] !== keyCase) continue;
      const name = spellings[at]!;
      if (Object.prototype.hasOwnProperty.call(value, name)) return { result: resolved(`${current.path}/${escapePointer(name)}`, value[name]), keyCase: KEY_CASES[at] };
    }
    return { result: unresolved(current, `could not find key ${key}`) };
  }
  if (Array.isArray(value) && /^\d+$/.test(key)) {
    const index = Number(key);
    if (index < value.length) return { result: resolved(`${current.path}/${index}`, value[index]) };
  }
  return { result: unresolved(current, `could not find key ${key} (not a map)`) };
}

/** The spellings of a query key under KEY_CASES, computed once per key (rule keys are few). */
const RECASED = new Map<string, string[]>();
function recased(key: string): string[] {
  let spellings = RECASED.get(key);
  if (!spellings) {
    spellings = KEY_CASES.map((each) => each(key));
    RECASED.set(key, spellings);
  }
  return spellings;
}

function unaryHolds(operator: UnaryOperator, result: QueryResult): boolean {
  if (!result.resolved) return operator === 'empty';
  const value = result.value;
  switch (operator) {
    case 'exists':
      return true;
    case 'empty':
      if (Array.isArray(value)) return value.length === 0;
      if (isMapValue(value)) return Object.keys(value).length === 0;
      if (typeof value === 'string') return value.length === 0;
      if (typeof value === 'boolean') return false;
      // As cfn-guard: EMPTY on a number or null is an evaluation error, not a verdict.
      throw new GuardEvalError(`EMPTY is not defined for ${show(value)} at ${result.path || '/'}`);
    case 'is_string':
      return typeof value === 'string';
    case 'is_list':
      return Array.isArray(value);
    case 'is_struct':
      return isMapValue(value);
    case 'is_bool':
      return typeof value === 'boolean';
    case 'is_int':
      return isInt(value);
    case 'is_float':
      return isFloat(value);
    case 'is_null':
      return value === null;
  }
}

/** Equality of two values; undefined when they cannot be compared (different types). */
function equal(lhs: unknown, rhs: unknown): boolean | undefined {
  const a = plainValue(lhs);
  const b = plainValue(rhs);
  if (b instanceof GuardRegex) return typeof a === 'string' ? b.regex.test(a) : undefined;
  if (b instanceof GuardRange) return b.contains(a);
  if (a instanceof GuardRegex) return typeof b === 'string' ? a.regex.test(b) : undefined;
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    return a.every((item, index) => equal(item, b[index]) === true);
  }
  if (isMapValue(a) && isMapValue(b)) {
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && equal(a[key], b[key]) === true);
  }
  if (a === null || b === null) return a === b ? true : undefined;
  if (typeof a !== typeof b || Array.isArray(a) !== Array.isArray(b) || isMapValue(a) !== isMapValue(b)) return undefined;
  return a === b;
}

function ordered(lhs: unknown, rhs: unknown, operator: BinaryOperator): boolean | undefined {
  const a = plainValue(lhs);
  const b = plainValue(rhs);
  if (b instanceof GuardRange) return b.contains(a);
  if (!((isNumber(a) && isNumber(b)) || (typeof a === 'string' && typeof b === 'string'))) return undefined;
  const x = a as number | string;
  const y = b as number | string;
  switch (operator) {
    case '<':
      return x < y;
    case '<=':
      return x <= y;
    case '>':
      return x > y;
    case '>=':
      return x >= y;
    default:
      return undefined;
  }
}

/** All of `checks` must hold; undefined (not comparable) wins over false. */
function every(items: readonly unknown[], check: (item: unknown) => boolean | undefined): boolean | undefined {
  let result: boolean | undefined = true;
  for (const item of items) {
    const holds = check(item);
    if (holds === undefined) return undefined;
    if (!holds) result = false;
  }
  return result;
}

/**
 * One left-hand value against the right-hand values, per cfn-guard's operators (§4.4): a list
 * on the left checks each element against a scalar, `IN` is membership (a list must be a subset),
 * ordering operators hold against every right-hand value.
 */
export function compare(lhs: unknown, rhs: readonly Resolved[], operator: BinaryOperator): boolean | undefined {
  const left = plainValue(lhs);
  if (operator === 'in') {
    const only = rhs.length === 1 ? plainValue(rhs[0]!.value) : undefined;
    if (typeof only === 'string' && typeof left === 'string') return only.includes(left);
    if (only instanceof GuardRange) return Array.isArray(left) ? every(left, (item) => only.contains(plainValue(item))) : only.contains(left);
    const candidates = rhs.flatMap((item) => {
      const value = plainValue(item.value);
      return Array.isArray(value) ? value : [value];
    });
    const member = (item: unknown): boolean => candidates.some((candidate) => equal(item, candidate) === true);
    if (Array.isArray(left)) return member(left) || left.every(member);
    return member(left);
  }
  if (operator === '==') {
    if (rhs.length === 1) {
      const right = plainValue(rhs[0]!.value);
      if (Array.isArray(left) && !Array.isArray(right)) return every(left, (item) => equal(item, right));
      if (!Array.isArray(left) && Array.isArray(right)) return right.length === 1 ? equal(left, right[0]) : undefined;
      return equal(left, right);
    }
    return rhs.some((item) => equal(left, item.value) === true);
  }
  const rights = rhs.flatMap((item) => {
    const value = plainValue(item.value);
    return Array.isArray(value) ? value : [value];
  });
  return every(rights, (right) => (Array.isArray(left) ? every(left, (item) => ordered(item, right, operator)) : ordered(left, right, operator)));
}
