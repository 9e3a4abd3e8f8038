import type { ScanProblem } from '../../model/evaluation.js';
import type { Edge, PropertyPath } from '../../model/resource.js';
import type { Unknown } from '../../model/unknown.js';
import { isUnknown, unknown, unknownBuiltString, unknownJson } from '../../model/unknown.js';
import { decodeJsonTemplate } from '../json-template.js';
import { containsUnknown, isObject, type Value, type ValueObject } from '../../model/value.js';

/** Values a user gives for a deployment: `--parameters`, `--region`, `--account-id`. */
export interface TemplateInputs {
  parameters?: Record<string, string>;
  region?: string;
  accountId?: string;
  /**
   * The values were chosen at deploy time and are not given (a hook's raw stack template):
   * a parameter without a value in `parameters` is unknown, its `Default` is not assumed.
   */
  deployTimeParameters?: boolean;
}

/** Marker for `Ref: AWS::NoValue`: the property is removed. */
const NO_VALUE = Symbol('AWS::NoValue');
type Resolved = Value | typeof NO_VALUE;

/** `{{resolve:ssm:...}}` anywhere in a string: CloudFormation fills it in at deploy time. */
const DYNAMIC_REFERENCE = /\{\{resolve:[^}]+\}\}/;

/**
 * Resolves intrinsic functions against a template's parameters, mappings and conditions.
 * Whatever can not be decided at scan time (`Fn::GetAtt`, `Fn::ImportValue`, a parameter
 * without a value, an undecidable condition) becomes `Unknown`; references to resources
 * become graph edges.
 */
/** How the reason of a `Ref` to a name the template does not declare ends. */
const UNDECLARED = ' is undefined';
/** A part whose reason ends in a `Ref` to an undeclared name, however deep it is wrapped. */
const UNDECLARED_REF = new RegExp(`\\bRef \\S+${UNDECLARED}$`);

export class IntrinsicResolver {
  private readonly parameterValues = new Map<string, Value>();
  private readonly conditionValues = new Map<string, boolean | Unknown>();
  private readonly conditionsInProgress = new Set<string>();
  private readonly mappings: ValueObject;
  private readonly conditions: ValueObject;
  private readonly resourceIds: Set<string>;

  constructor(
    template: ValueObject,
    private readonly inputs: TemplateInputs,
    private readonly file: string,
    private readonly problems: ScanProblem[],
  ) {
    this.mappings = isObject(template.Mappings) ? template.Mappings : {};
    this.conditions = isObject(template.Conditions) ? template.Conditions : {};
    this.resourceIds = new Set(isObject(template.Resources) ? Object.keys(template.Resources) : []);
    const parameters = isObject(template.Parameters) ? template.Parameters : {};
    for (const [name, declaration] of Object.entries(parameters)) {
      this.parameterValues.set(name, this.parameterValue(name, isObject(declaration) ? declaration : {}));
    }
  }

  private parameterValue(name: string, declaration: ValueObject): Value {
    const type = typeof declaration.Type === 'string' ? declaration.Type : 'String';
    if (type.startsWith('AWS::SSM::Parameter::Value')) {
      return unknown(`parameter ${name} is read from SSM at deploy time`);
    }
    const given = this.inputs.parameters?.[name];
    if (given === undefined && this.inputs.deployTimeParameters) return unknown(`parameter ${name} is set at deploy time`);
    const raw = given ?? declaration.Default;
    if (raw === undefined || raw === null || isUnknown(raw) || (typeof raw === 'object')) {
      return unknown(`parameter ${name} has no value`);
    }
    const text = String(raw);
    if (type.startsWith('List<') || type === 'CommaDelimitedList') {
      return text === '' ? [] : text.split(',').map((item) => item.trim());
    }
    return typeof raw === 'number' || typeof raw === 'boolean' ? raw : text;
  }

  /** Whether a named condition holds; `Unknown` when it can not be decided at scan time. */
  condition(name: string): boolean | Unknown {
    const cached = this.conditionValues.get(name);
    if (cached !== undefined) return cached;
    if (this.conditionsInProgress.has(name)) return unknown(`condition ${name} is circular`);
    const declaration = this.conditions[name];
    if (declaration === undefined) {
      this.problems.push({ level: 'warning', file: this.file, message: `condition "${name}" is not declared` });
      return unknown(`condition ${name} is not declared`);
    }
    this.conditionsInProgress.add(name);
    const value = this.evaluateCondition(declaration, []);
    this.conditionsInProgress.delete(name);
    this.conditionValues.set(name, value);
    return value;
  }

  private evaluateCondition(value: Value, edges: Edge[]): boolean | Unknown {
    const resolved = this.resolveValue(value, new Walk('', edges, undefined, undefined, []));
    if (resolved === NO_VALUE) return unknown('condition resolves to AWS::NoValue');
    if (isUnknown(resolved)) return resolved;
    if (typeof resolved === 'boolean') return resolved;
    if (resolved === 'true' || resolved === 'false') return resolved === 'true';
    return unknown('condition is not a boolean');
  }

  /**
   * Resolves a resource's properties. `from` is the resource's logical id, for edges.
   * Returns undefined when the value resolves to `AWS::NoValue`.
   */
  resolve(value: Value, from: string, edges: Edge[], path: PropertyPath = []): Value | undefined {
    const resolved = this.resolveValue(value, new Walk(from, edges, undefined, undefined, path));
    return resolved === NO_VALUE ? undefined : resolved;
  }

  private resolveValue(value: Value, at: Walk): Resolved {
    if (value === null || typeof value !== 'object') return resolveScalar(value);
    if (Array.isArray(value)) {
      const items: Value[] = [];
      for (let index = 0; index < value.length; index++) {
        if (!(index in value)) continue; // as forEach: holes are skipped
        const resolved = this.resolveChild(value[index] as Value, at, index);
        if (resolved !== NO_VALUE) items.push(resolved);
      }
      return items;
    }
    if (isObject(value)) {
      const keys = Object.keys(value);
      if (keys.length === 1) {
        const key = keys[0] as string;
        if (key === 'Ref' || key === 'Condition' || key.startsWith('Fn::')) {
          return this.intrinsic(key, value[key] as Value, at);
        }
      }
      const object: ValueObject = {};
      for (const key of keys) {
        const resolved = this.resolveChild(value[key] as Value, at, key);
        if (resolved !== NO_VALUE) object[key] = resolved;
      }
      return object;
    }
    return value;
  }

  /** A child value; only an object or a list needs a place of its own on the path (most values are text). */
  private resolveChild(value: Value, at: Walk, segment: string | number): Resolved {
    return value === null || typeof value !== 'object' ? resolveScalar(value) : this.resolveValue(value, at.child(segment));
  }

  /** An intrinsic's result; a string it builds may itself be a dynamic reference (`!Sub '{{resolve:ssm:${P}}}'`). */
  private intrinsic(name: string, argument: Value, at: Walk): Resolved {
    const result = this.intrinsicValue(name, argument, at);
    if (typeof result === 'string' && DYNAMIC_REFERENCE.test(result)) return unknown(`dynamic reference ${result}`);
    return result;
  }

  private intrinsicValue(name: string, argument: Value, at: Walk): Resolved {
    switch (name) {
      case 'Ref':
        return this.ref(argument, at);
      case 'Condition':
        return typeof argument === 'string' ? this.condition(argument) : unknown('Condition needs a name');
      case 'Fn::GetAtt':
        return this.getAtt(argument, at);
      case 'Fn::Sub':
        return this.sub(argument, at);
      case 'Fn::Join':
        return this.join(argument, at);
      case 'Fn::Select':
        return this.select(argument, at);
      case 'Fn::Split':
        return this.split(argument, at);
      case 'Fn::FindInMap':
        return this.findInMap(argument, at);
      case 'Fn::If':
        return this.if(argument, at);
      case 'Fn::Equals':
        return this.equals(argument, at);
      case 'Fn::And':
      case 'Fn::Or':
        return this.logical(name, argument, at);
      case 'Fn::Not': {
        const [operand] = Array.isArray(argument) ? argument : [argument];
        const value = this.evaluateCondition(operand as Value, at.edges);
        return isUnknown(value) ? value : !value;
      }
      case 'Fn::Base64': {
        const text = this.resolveValue(argument, at);
        return typeof text === 'string' ? Buffer.from(text, 'utf8').toString('base64') : unknown('Fn::Base64 of an unknown value');
      }
      case 'Fn::Length': {
        const list = this.resolveValue(argument, at);
        return Array.isArray(list) ? list.length : unknown('Fn::Length of an unknown list');
      }
      case 'Fn::ToJsonString': {
        const resolved = this.resolveValue(argument, at);
        return resolved === NO_VALUE || containsUnknown(resolved) ? unknown('Fn::ToJsonString of an unknown value') : JSON.stringify(resolved);
      }
      case 'Fn::GetAZs':
        this.resolveValue(argument, at);
        return unknown('Fn::GetAZs is known at deploy time');
      case 'Fn::Cidr':
        this.resolveValue(argument, at);
        return unknown('Fn::Cidr is computed at deploy time');
      case 'Fn::ImportValue':
        this.resolveValue(argument, at);
        return unknown('Fn::ImportValue is read from another stack');
      case 'Fn::Transform':
        return unknown('Fn::Transform runs a macro at deploy time');
      default:
        return unknown(`${name} is not supported`);
    }
  }

  private ref(argument: Value, at: Walk): Resolved {
    if (typeof argument !== 'string') return unknown('Ref needs a name');
    if (this.parameterValues.has(argument)) return this.parameterValues.get(argument) as Value;
    if (this.resourceIds.has(argument)) {
      at.edges.push({ from: at.from, to: argument, kind: 'Ref', path: at.path() });
      return unknown(`Ref ${argument}`, { resource: argument });
    }
    const pseudo = this.pseudoParameter(argument);
    if (pseudo !== undefined) return pseudo;
    this.problems.push({ level: 'warning', file: this.file, message: `Ref to "${argument}", which is neither a parameter nor a resource` });
    return unknown(`Ref ${argument}${UNDECLARED}`);
  }

  private pseudoParameter(name: string): Resolved | undefined {
    const region = this.inputs.region;
    switch (name) {
      case 'AWS::NoValue':
        return NO_VALUE;
      case 'AWS::Region':
        return region ?? unknown('AWS::Region (give --region)');
      case 'AWS::AccountId':
        return this.inputs.accountId ?? unknown('AWS::AccountId (give --account-id)');
      case 'AWS::Partition':
        if (!region) return unknown('AWS::Partition (give --region)');
        return region.startsWith('cn-') ? 'aws-cn' : region.startsWith('us-gov-') ? 'aws-us-gov' : 'aws';
      case 'AWS::URLSuffix':
        if (!region) return unknown('AWS::URLSuffix (give --region)');
        return region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
      case 'AWS::StackName':
      case 'AWS::StackId':
      case 'AWS::NotificationARNs':
        return unknown(`${name} is known at deploy time`);
      default:
        return undefined;
    }
  }

  private getAtt(argument: Value, at: Walk): Resolved {
    let target: Value | undefined;
    let attribute: Value | undefined;
    if (typeof argument === 'string') {
      const dot = argument.indexOf('.');
      target = dot < 0 ? argument : argument.slice(0, dot);
      attribute = dot < 0 ? undefined : argument.slice(dot + 1);
    } else if (Array.isArray(argument)) {
      target = argument[0];
      const rawAttribute = argument.slice(1);
      const resolved = rawAttribute.map((item) => this.resolveValue(item, at));
      attribute = resolved.every((item) => typeof item === 'string') ? (resolved as string[]).join('.') : undefined;
    }
    if (typeof target !== 'string') return unknown('Fn::GetAtt needs a resource name');
    const reason = `Fn::GetAtt ${target}${typeof attribute === 'string' ? `.${attribute}` : ''}`;
    if (!this.resourceIds.has(target)) return unknown(`${reason}: no such resource`);
    const edge: Edge = { from: at.from, to: target, kind: 'GetAtt', path: at.path() };
    if (typeof attribute === 'string') edge.attribute = attribute;
    at.edges.push(edge);
    return unknown(reason, typeof attribute === 'string' ? { resource: target, attribute } : { resource: target });
  }

  private sub(argument: Value, at: Walk): Resolved {
    let template: Value | undefined = argument;
    let variables: ValueObject = {};
    if (Array.isArray(argument)) {
      template = argument[0];
      variables = isObject(argument[1]) ? argument[1] : {};
    }
    if (typeof template !== 'string') return unknown('Fn::Sub needs a string');
    const pieces: Value[] = [];
    let lastIndex = 0;
    let onlyVariable: Resolved | undefined;
    const pattern = /\$\{([^}]*)\}/g;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(template)) !== null) {
      pieces.push(template.slice(lastIndex, match.index));
      lastIndex = match.index + match[0].length;
      const name = (match[1] ?? '').trim();
      if (name.startsWith('!')) {
        pieces.push(`\${${name.slice(1)}}`);
        continue;
      }
      let resolved: Resolved;
      if (Object.prototype.hasOwnProperty.call(variables, name)) {
        resolved = this.resolveValue(variables[name] as Value, at);
      } else if (name.includes('.') && !name.startsWith('AWS::')) {
        resolved = this.getAtt(name, at);
      } else {
        resolved = this.ref(name, at);
      }
      if (match[0].length === template.length) onlyVariable = resolved;
      pieces.push(resolved === NO_VALUE ? '' : resolved);
    }
    pieces.push(template.slice(lastIndex));
    if (onlyVariable !== undefined && isUnknown(onlyVariable)) return onlyVariable;
    const firstUnknownPiece = pieces.find(isUnknown);
    if (pieces.some((piece) => typeof piece === 'object' && piece !== null && !isUnknown(piece))) return unknownBuiltString(`Fn::Sub "${template}" inserts a list`, { broken: false });
    if (firstUnknownPiece) {
      const reason = `Fn::Sub "${template}" uses ${firstUnknownPiece.reason}`;
      const built = { template, broken: UNDECLARED_REF.test(firstUnknownPiece.reason) };
      // A JSON document (a policy) written around unknown values keeps its literal parts.
      const json = decodeJsonTemplate(pieces.map((piece) => (isUnknown(piece) ? piece : String(piece))));
      return json === undefined ? unknownBuiltString(reason, built) : unknownJson(reason, json, built);
    }
    return pieces.map(String).join('');
  }

  private join(argument: Value, at: Walk): Resolved {
    if (!Array.isArray(argument) || argument.length !== 2) return unknown('Fn::Join needs [delimiter, list]');
    const delimiter = this.resolveValue(argument[0] as Value, at);
    const list = this.resolveValue(argument[1] as Value, at);
    if (typeof delimiter !== 'string' || !Array.isArray(list)) return unknown('Fn::Join of an unknown list');
    const unknownItem = list.find(isUnknown);
    if (unknownItem) return unknownBuiltString(`Fn::Join uses ${unknownItem.reason}`, { broken: UNDECLARED_REF.test(unknownItem.reason) });
    if (list.some((item) => typeof item === 'object' && item !== null)) return unknown('Fn::Join of a non-scalar item');
    return list.map(String).join(delimiter);
  }

  private select(argument: Value, at: Walk): Resolved {
    if (!Array.isArray(argument) || argument.length !== 2) return unknown('Fn::Select needs [index, list]');
    const index = this.resolveValue(argument[0] as Value, at);
    const list = this.resolveValue(argument[1] as Value, at);
    const position = typeof index === 'number' ? index : typeof index === 'string' ? Number(index) : Number.NaN;
    if (isUnknown(list)) return unknown(`Fn::Select from ${list.reason}`);
    if (!Array.isArray(list) || !Number.isInteger(position)) return unknown('Fn::Select of an unknown index or list');
    const item = list[position];
    return item === undefined ? unknown(`Fn::Select index ${position} is out of range`) : item;
  }

  private split(argument: Value, at: Walk): Resolved {
    if (!Array.isArray(argument) || argument.length !== 2) return unknown('Fn::Split needs [delimiter, string]');
    const delimiter = this.resolveValue(argument[0] as Value, at);
    const text = this.resolveValue(argument[1] as Value, at);
    if (typeof delimiter !== 'string' || typeof text !== 'string') return unknown('Fn::Split of an unknown string');
    return text.split(delimiter);
  }

  private findInMap(argument: Value, at: Walk): Resolved {
    if (!Array.isArray(argument) || argument.length < 3) return unknown('Fn::FindInMap needs [map, key, key]');
    const keys = argument.slice(0, 3).map((key) => this.resolveValue(key, at));
    const options = isObject(argument[3]) ? argument[3] : undefined;
    const fallback = (): Resolved => (options && 'DefaultValue' in options ? this.resolveValue(options.DefaultValue as Value, at) : undefined) ?? unknown(`Fn::FindInMap ${keys.map(String).join('/')} not found`);
    const unknownKey = keys.find(isUnknown);
    if (unknownKey) return unknown(`Fn::FindInMap with ${unknownKey.reason}`);
    if (!keys.every((key) => typeof key === 'string' || typeof key === 'number')) return unknown('Fn::FindInMap key is not a string');
    const [mapName, topKey, secondKey] = keys.map(String) as [string, string, string];
    const map = this.mappings[mapName];
    const top = isObject(map) ? map[topKey] : undefined;
    const found = isObject(top) ? top[secondKey] : undefined;
    if (found === undefined) return fallback();
    return this.resolveValue(found, at);
  }

  private if(argument: Value, at: Walk): Resolved {
    if (!Array.isArray(argument) || argument.length !== 3 || typeof argument[0] !== 'string') {
      return unknown('Fn::If needs [condition, then, else]');
    }
    const decided = this.condition(argument[0]);
    if (decided === true) return this.resolveValue(argument[1] as Value, at.copy());
    if (decided === false) return this.resolveValue(argument[2] as Value, at);
    // Undecidable: resolve both branches for their references; equal branches decide anyway.
    const whenTrue = this.resolveValue(argument[1] as Value, at);
    const whenFalse = this.resolveValue(argument[2] as Value, at);
    if (!containsUnknownResolved(whenTrue) && JSON.stringify(whenTrue) === JSON.stringify(whenFalse) && whenTrue !== NO_VALUE) return whenTrue;
    const mayBeAbsent = whenTrue === NO_VALUE || whenFalse === NO_VALUE;
    return unknown(`Fn::If on condition ${argument[0]} (${decided.reason})`, undefined, mayBeAbsent);
  }

  private equals(argument: Value, at: Walk): boolean | Unknown {
    if (!Array.isArray(argument) || argument.length !== 2) return unknown('Fn::Equals needs two values');
    const left = this.resolveValue(argument[0] as Value, at);
    const right = this.resolveValue(argument[1] as Value, at);
    if (left === NO_VALUE || right === NO_VALUE) return unknown('Fn::Equals of AWS::NoValue');
    if (containsUnknown(left)) return unknown(`Fn::Equals uses ${(left as Unknown).reason ?? 'an unknown value'}`);
    if (containsUnknown(right)) return unknown(`Fn::Equals uses ${(right as Unknown).reason ?? 'an unknown value'}`);
    return comparable(left) === comparable(right);
  }

  private logical(name: 'Fn::And' | 'Fn::Or', argument: Value, at: Walk): boolean | Unknown {
    const operands = Array.isArray(argument) ? argument : [];
    const decisive = name === 'Fn::Or';
    let undecided: Unknown | undefined;
    for (const operand of operands) {
      const value = this.evaluateCondition(operand, at.edges);
      if (isUnknown(value)) undecided ??= value;
      else if (value === decisive) return decisive;
    }
    return undecided ?? !decisive;
  }
}

/**
 * Where the resolver stands: the resource, its edges and the property path. The path is built
 * only when an edge needs it (most values never do), from the parent's path and this segment.
 */
class Walk {
  constructor(
    readonly from: string,
    readonly edges: Edge[],
    private readonly parent: Walk | undefined,
    private readonly segment: string | number | undefined,
    private built: PropertyPath | undefined,
  ) {}

  child(segment: string | number): Walk {
    return new Walk(this.from, this.edges, this, segment, undefined);
  }

  /** The same place, with a path array of its own. */
  copy(): Walk {
    return new Walk(this.from, this.edges, undefined, undefined, [...this.path()]);
  }

  path(): PropertyPath {
    if (this.built === undefined) this.built = [...(this.parent?.path() ?? []), this.segment as string | number];
    return this.built;
  }
}

/** A scalar as it is, unless it is text holding a dynamic reference, which CloudFormation fills in at deploy time. */
function resolveScalar(value: Value): Resolved {
  if (typeof value === 'string' && value.includes('{{resolve:') && DYNAMIC_REFERENCE.test(value)) return unknown(`dynamic reference ${value}`);
  return value;
}

function comparable(value: Value): string {
  return typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function containsUnknownResolved(value: Resolved): boolean {
  return value !== NO_VALUE && containsUnknown(value);
}
