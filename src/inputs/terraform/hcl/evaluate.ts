import { isUnknown, unknown, unknownJson, type Unknown, type UnknownReference } from '../../../model/unknown.js';
import { containsUnknown, firstUnknown, isObject, type Value, type ValueObject } from '../../../model/value.js';
import { callFunction, FunctionError } from './functions.js';
import { decodeJsonTemplate } from '../../json-template.js';
import type { Expr, SplatStep, TemplatePart } from './syntax.js';

/** An expression Terraform itself would reject (a missing attribute, a bad index, a type error). */
export class EvaluationError extends Error {}

/** What the evaluator asks its module about: the roots of traversals (`var`, `local`, resources, ...). */
export interface EvaluationScope {
  /**
   * Resolves a traversal root and as many of the following steps as it owns (e.g. `var.x`
   * consumes one step, `aws_vpc.main` one, `module.vpc[0].out` three). Returns undefined for
   * an unknown root name.
   */
  root(name: string, steps: readonly TraversalStep[], evaluate: (expr: Expr) => Value): { value: Value; consumed: number } | undefined;
  /** Called with every resource reference met while evaluating. */
  onReference?(reference: UnknownReference): void;
  /** A resource attribute the configuration sets to a constant (`bucket = "logs"`): known before apply. */
  constantAttribute?(address: string, name: string): Value | undefined;
}

export type TraversalStep = { kind: 'getattr'; name: string } | { kind: 'index'; key: Expr };

/**
 * Evaluates HCL expressions the way `terraform plan` would before apply: whatever depends
 * on a resource attribute, a data source or a missing input is `Unknown`; references to
 * resources are Unknowns that point at the resource.
 */
export class Evaluator {
  constructor(private readonly scope: EvaluationScope) {}

  evaluate(expr: Expr, locals: ReadonlyMap<string, Value> = new Map()): Value {
    switch (expr.kind) {
      case 'literal':
        return expr.value;
      case 'template':
        return this.template(expr.parts, locals);
      case 'tuple':
        return expr.items.map((item) => this.evaluate(item, locals));
      case 'object': {
        const object: ValueObject = {};
        for (const item of expr.items) {
          const key = this.evaluate(item.key, locals);
          if (isUnknown(key)) return unknown(`object key ${key.reason}`);
          if (typeof key !== 'string' && typeof key !== 'number' && typeof key !== 'boolean') throw new EvaluationError('object keys must be strings');
          setOwn(object, String(key), this.evaluate(item.value, locals));
        }
        return object;
      }
      case 'variable':
      case 'getattr':
      case 'index':
        return this.traversal(expr, locals);
      case 'splat':
        return this.splat(expr.source, expr.steps, locals);
      case 'call':
        return this.call(expr, locals);
      case 'conditional': {
        const condition = this.evaluate(expr.condition, locals);
        if (isUnknown(condition)) {
          const then = this.evaluate(expr.then, locals);
          const otherwise = this.evaluate(expr.otherwise, locals);
          if (!containsUnknown(then) && JSON.stringify(then) === JSON.stringify(otherwise)) return then;
          return unknown(`condition ${condition.reason}`, undefined, then === null || otherwise === null);
        }
        return this.evaluate(toBool(condition, 'condition') ? expr.then : expr.otherwise, locals);
      }
      case 'unary': {
        const operand = this.evaluate(expr.operand, locals);
        if (isUnknown(operand)) return unknown(`${expr.operator}${operand.reason}`);
        return expr.operator === '!' ? !toBool(operand, '!') : -toNumber(operand, '-');
      }
      case 'binary':
        return this.binary(expr.operator, this.evaluate(expr.left, locals), this.evaluate(expr.right, locals));
      case 'for':
        return this.forExpression(expr, locals);
    }
  }

  private template(parts: readonly TemplatePart[], locals: ReadonlyMap<string, Value>): Value {
    if (parts.length === 1 && parts[0]?.kind === 'interpolation') {
      // "${x}" alone is x itself, with its type (and its reference) kept.
      return this.evaluate(parts[0].expr, locals);
    }
    const pieces = parts.map((part) => this.templatePart(part, locals));
    const firstUnknownPiece = pieces.find(isUnknown);
    if (!firstUnknownPiece) return pieces.join('');
    const reason = `a string built from ${firstUnknownPiece.reason}`;
    // A JSON document written around unknown interpolations (a heredoc policy) keeps its literal parts.
    const json = decodeJsonTemplate(pieces);
    return json === undefined ? unknown(reason) : unknownJson(reason, json);
  }

  private templatePart(part: TemplatePart, locals: ReadonlyMap<string, Value>): string | Unknown {
    switch (part.kind) {
      case 'text':
        return part.text;
      case 'interpolation': {
        const value = this.evaluate(part.expr, locals);
        if (isUnknown(value)) return value;
        if (value === null) throw new EvaluationError('a null value can not be interpolated');
        if (typeof value === 'object') throw new EvaluationError('a list or object can not be interpolated');
        return String(value);
      }
      case 'if': {
        const condition = this.evaluate(part.condition, locals);
        if (isUnknown(condition)) return condition;
        return this.joinParts(toBool(condition, 'if') ? part.then : part.otherwise, locals);
      }
      case 'for': {
        const collection = this.evaluate(part.collection, locals);
        if (isUnknown(collection)) return collection;
        let text = '';
        for (const [key, value] of entries(collection)) {
          const inner = new Map(locals);
          inner.set(part.valueVar, value);
          if (part.keyVar) inner.set(part.keyVar, key);
          const piece = this.joinParts(part.body, inner);
          if (isUnknown(piece)) return piece;
          text += piece;
        }
        return text;
      }
    }
  }

  private joinParts(parts: readonly TemplatePart[], locals: ReadonlyMap<string, Value>): string | Unknown {
    let text = '';
    for (const part of parts) {
      const piece = this.templatePart(part, locals);
      if (isUnknown(piece)) return piece;
      text += piece;
    }
    return text;
  }

  /** `a.b[c].d`: flattened to a root and steps so the scope can own the first few. */
  private traversal(expr: Expr, locals: ReadonlyMap<string, Value>): Value {
    const steps: TraversalStep[] = [];
    let current = expr;
    while (current.kind === 'getattr' || current.kind === 'index') {
      steps.unshift(current.kind === 'getattr' ? { kind: 'getattr', name: current.name } : { kind: 'index', key: current.key });
      current = current.target;
    }
    let value: Value;
    let rest: readonly TraversalStep[];
    if (current.kind === 'variable') {
      if (locals.has(current.name)) {
        value = locals.get(current.name) as Value;
        rest = steps;
      } else {
        const resolved = this.scope.root(current.name, steps, (inner) => this.evaluate(inner, locals));
        if (!resolved) throw new EvaluationError(`unknown name "${current.name}"`);
        value = resolved.value;
        rest = steps.slice(resolved.consumed);
      }
    } else {
      value = this.evaluate(current, locals);
      rest = steps;
    }
    for (const step of rest) value = this.step(value, step, locals);
    return value;
  }

  private step(value: Value, step: TraversalStep | SplatStep, locals: ReadonlyMap<string, Value>): Value {
    if (step.kind === 'getattr') return getAttribute(value, step.name, this.scope);
    const key = this.evaluate(step.key, locals);
    return index(value, key, this.scope);
  }

  private splat(sourceExpr: Expr, steps: readonly SplatStep[], locals: ReadonlyMap<string, Value>): Value {
    const source = this.evaluate(sourceExpr, locals);
    if (source === null) return [];
    if (isUnknown(source) && !source.ref) return source;
    const items = Array.isArray(source) ? source : isObject(source) && !isUnknown(source) ? [source] : [source];
    return items.map((item) => steps.reduce<Value>((value, step) => this.step(value, step, locals), item));
  }

  private call(expr: Extract<Expr, { kind: 'call' }>, locals: ReadonlyMap<string, Value>): Value {
    if (expr.name === 'try') {
      for (const argument of expr.args) {
        try {
          return this.evaluate(argument, locals);
        } catch (error) {
          if (!(error instanceof EvaluationError || error instanceof FunctionError)) throw error;
        }
      }
      throw new EvaluationError('try: no argument could be evaluated');
    }
    if (expr.name === 'can') {
      try {
        const value = this.evaluate(expr.args[0] ?? { kind: 'literal', value: null, at: expr.at }, locals);
        return isUnknown(value) ? unknown(`can(${value.reason})`) : true;
      } catch (error) {
        if (error instanceof EvaluationError || error instanceof FunctionError) return false;
        throw error;
      }
    }
    let args = expr.args.map((argument) => this.evaluate(argument, locals));
    if (expr.expandFinal) {
      const last = args[args.length - 1];
      if (isUnknown(last)) return unknown(`${expr.name}(...) of ${last.reason}`);
      if (!Array.isArray(last)) throw new EvaluationError(`${expr.name}: the argument before ... must be a list`);
      args = [...args.slice(0, -1), ...last];
    }
    return callFunction(expr.name, args);
  }

  private binary(operator: string, left: Value, right: Value): Value {
    if (operator === '==' || operator === '!=') {
      if (containsUnknown(left) || containsUnknown(right)) return unknown(`comparison with ${(firstUnknown(left) ?? firstUnknown(right))?.reason}`);
      const equal = JSON.stringify(left) === JSON.stringify(right);
      return operator === '==' ? equal : !equal;
    }
    if (operator === '&&' || operator === '||') {
      // Terraform does not short-circuit, but a decided side decides: false && x is false.
      const decisive = operator === '||';
      const sides = [left, right];
      if (sides.some((side) => side === decisive)) return decisive;
      const undecided = sides.find(isUnknown);
      if (undecided) return unknown(`${operator} of ${undecided.reason}`);
      return toBool(left, operator) === decisive || toBool(right, operator) === decisive ? decisive : !decisive;
    }
    if (isUnknown(left)) return unknown(`arithmetic on ${left.reason}`);
    if (isUnknown(right)) return unknown(`arithmetic on ${right.reason}`);
    const a = toNumber(left, operator);
    const b = toNumber(right, operator);
    switch (operator) {
      case '+':
        return a + b;
      case '-':
        return a - b;
      case '*':
        return a * b;
      case '/':
        if (b === 0) throw new EvaluationError('division by zero');
        return a / b;
      case '%':
        if (b === 0) throw new EvaluationError('modulo by zero');
        return a % b;
      case '<':
        return a < b;
      case '<=':
        return a <= b;
      case '>':
        return a > b;
      case '>=':
        return a >= b;
      default:
        throw new EvaluationError(`unknown operator ${operator}`);
    }
  }

  private forExpression(expr: Extract<Expr, { kind: 'for' }>, locals: ReadonlyMap<string, Value>): Value {
    const collection = this.evaluate(expr.collection, locals);
    if (isUnknown(collection)) return unknown(`for expression over ${collection.reason}`);
    const tuple: Value[] = [];
    const object: ValueObject = {};
    const groups = new Map<string, Value[]>();
    for (const [key, value] of entries(collection)) {
      const inner = new Map(locals);
      inner.set(expr.valueVar, value);
      if (expr.keyVar) inner.set(expr.keyVar, key);
      if (expr.condition) {
        const keep = this.evaluate(expr.condition, inner);
        if (isUnknown(keep)) return unknown(`for expression filter ${keep.reason}`);
        if (!toBool(keep, 'for filter')) continue;
      }
      const item = this.evaluate(expr.value, inner);
      if (!expr.object) {
        tuple.push(item);
        continue;
      }
      const itemKey = this.evaluate(expr.key as Expr, inner);
      if (isUnknown(itemKey)) return unknown(`for expression key ${itemKey.reason}`);
      const name = String(itemKey);
      if (expr.group) {
        const group = groups.get(name) ?? [];
        group.push(item);
        groups.set(name, group);
      } else {
        if (Object.prototype.hasOwnProperty.call(object, name)) throw new EvaluationError(`duplicate key "${name}" in for expression (use ... to group)`);
        setOwn(object, name, item);
      }
    }
    if (!expr.object) return tuple;
    for (const [name, group] of groups) setOwn(object, name, group);
    return object;
  }
}

/** Key/value pairs of a list (index keys) or a map (sorted keys, as Terraform iterates). */
export function entries(collection: Value): [Value, Value][] {
  if (Array.isArray(collection)) return collection.map((value, position) => [position, value]);
  if (isObject(collection)) return Object.keys(collection).sort().map((key) => [key, collection[key] as Value]);
  if (collection === null) throw new EvaluationError('can not iterate over null');
  throw new EvaluationError('can only iterate over a list, set or map');
}

function getAttribute(value: Value, name: string, scope: EvaluationScope): Value {
  if (isUnknown(value)) {
    if (value.ref && value.ref.attribute === undefined) {
      const reference = { resource: value.ref.resource, attribute: name };
      scope.onReference?.(reference);
      const constant = scope.constantAttribute?.(value.ref.resource, name);
      if (constant !== undefined) return constant;
      return unknown(`${value.ref.resource}.${name} (${isDataSource(value.ref.resource) ? 'read at plan time' : 'known after apply'})`, reference);
    }
    return unknown(value.reason);
  }
  if (isObject(value)) {
    if (!Object.prototype.hasOwnProperty.call(value, name)) throw new EvaluationError(`unsupported attribute "${name}"`);
    return value[name] as Value;
  }
  if (value === null) throw new EvaluationError(`attempt to get attribute "${name}" from null`);
  throw new EvaluationError(`can not get attribute "${name}" of a ${Array.isArray(value) ? 'list' : typeof value}`);
}

/** `data.aws_vpc.main`, `module.net.data.aws_vpc.main`: an address of a data source. */
export function isDataSource(address: string): boolean {
  return address.startsWith('data.') || address.includes('.data.');
}

function index(value: Value, key: Value, scope: EvaluationScope): Value {
  // An instance of a resource whose instances are not known (`aws_iam_role.this[0]` under an unknown count) is the one checked.
  if (isUnknown(value) && value.ref && value.ref.attribute === undefined) return value;
  if (isUnknown(key)) return unknown(`index ${key.reason}`);
  if (isUnknown(value)) return getAttribute(value, String(key), scope);
  if (Array.isArray(value)) {
    const position = typeof key === 'number' ? key : Number(key);
    if (!Number.isInteger(position) || position < 0 || position >= value.length) throw new EvaluationError(`index ${String(key)} out of range`);
    return value[position] as Value;
  }
  if (isObject(value)) {
    const name = String(key);
    if (!Object.prototype.hasOwnProperty.call(value, name)) throw new EvaluationError(`no element with key "${name}"`);
    return value[name] as Value;
  }
  throw new EvaluationError('only lists and maps can be indexed');
}

export function toBool(value: Value, context: string): boolean {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  throw new EvaluationError(`${context}: expected a bool`);
}

function toNumber(value: Value, context: string): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) return Number(value);
  throw new EvaluationError(`${context}: expected a number`);
}

/** Sets a key as an own property, safe for `__proto__`. */
function setOwn(object: ValueObject, key: string, value: Value): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}
