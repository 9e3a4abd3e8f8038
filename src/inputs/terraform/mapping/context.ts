import { isUnknown, unknown, type Unknown } from '../../../model/unknown.js';
import { isObject, type Properties, type Value, type ValueObject } from '../../../model/value.js';
import { pathKey, type TfInstance, type TfReference } from '../instance.js';
import type { Malformed } from '../../shapes/index.js';

/**
 * What a mapping function sees of one Terraform instance: its values (after, or before for the
 * previous state) and the references of its expressions.
 */
export class MappingContext {
  /**
   * Values of the wrong shape met while mapping (text where a block is, a block list holding
   * text): the mapping can not read them, so the adapter marks the resource malformed.
   */
  readonly malformed: Malformed[] = [];

  constructor(
    readonly instance: TfInstance,
    readonly values: ValueObject,
  ) {}

  /** An attribute value by path (`vpc_config.0.subnet_ids`); undefined when absent or null. */
  get(path: string): Value | undefined {
    let current: Value | undefined = this.values;
    const segments = path.split('.');
    for (const [index, segment] of segments.entries()) {
      if (current === undefined || current === null) return undefined;
      if (isUnknown(current)) return current;
      if (Array.isArray(current)) current = current[Number(segment)];
      else if (isObject(current)) current = current[segment];
      else return this.wrong(segments.slice(0, index).join('.'), 'a block or a list', current);
    }
    return current === null ? undefined : current;
  }

  private wrong(path: string, expected: string, value: Value): undefined {
    this.malformed.push({ path: path.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment)), expected, value });
    return undefined;
  }

  /**
   * Like `get`, but an attribute a plan shows as unknown although the configuration does not
   * set it (an optional, provider-computed attribute such as a bucket's `policy`) is absent.
   */
  getConfigured(path: string): Value | undefined {
    const value = this.get(path);
    const top = path.split('.')[0] as string;
    if (isUnknown(value) && this.instance.configured && !this.instance.configured.has(top)) return undefined;
    return value;
  }

  /** A nested block: Terraform gives blocks as lists; `max_items = 1` blocks are one-item lists. */
  block(path: string): ValueObject | undefined {
    const value = this.get(path);
    if (Array.isArray(value)) {
      const [first] = value;
      if (isObject(first)) return first;
      if (first !== undefined && first !== null && !isUnknown(first)) this.wrong(`${path}.0`, 'a block', first);
      return undefined;
    }
    // Plan JSON writes every block as a list; an object there is not a block the provider wrote.
    if (isObject(value)) return this.instance.action === undefined ? value : this.wrong(path, 'a list of blocks', value);
    if (value !== undefined && !isUnknown(value)) this.wrong(path, 'a block', value);
    return undefined;
  }

  /** A number attribute (`uid`): a number, or text holding one; a value of another type is malformed. */
  number(path: string): Value | undefined {
    const value = this.get(path);
    if (value === undefined || isUnknown(value) || typeof value === 'number') return value;
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return value;
    return this.wrong(path, 'a number', value);
  }

  /** A list or set of text (`shared_accounts`); a value of another type, or an element that is not text, is malformed. */
  texts(path: string): Value | undefined {
    const value = this.get(path);
    if (value === undefined || isUnknown(value)) return value;
    if (!Array.isArray(value)) return this.wrong(path, 'a list of text', value);
    value.forEach((item, index) => {
      if (item !== null && !isUnknown(item) && typeof item !== 'string') this.wrong(`${path}.${index}`, 'text', item);
    });
    return value;
  }

  /**
   * A nested block, absent, or unknown when the configuration writes it but its content is not
   * known here (a `dynamic` block over a collection not known before deployment), never taken for
   * absent. A plan shows some computed blocks unknown though the configuration does not write them.
   */
  blockOrUnknown(path: string): ValueObject | Unknown | undefined {
    const raw = this.get(path);
    if (isUnknown(raw)) return this.instance.action === undefined || this.instance.configured?.has(path) ? raw : undefined;
    return this.block(path);
  }

  /** All instances of a repeated nested block. */
  blocks(path: string): ValueObject[] {
    const value = this.get(path);
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        if (item !== null && !isObject(item) && !isUnknown(item)) this.wrong(`${path}.${index}`, 'a block', item);
      });
      return value.filter(isObject);
    }
    if (isObject(value)) return this.instance.action === undefined ? [value] : (this.wrong(path, 'a list of blocks', value) ?? []);
    if (value !== undefined && !isUnknown(value)) this.wrong(path, 'a list of blocks', value);
    return [];
  }

  /** References of an attribute's expression. */
  references(path: string | (string | number)[]): TfReference[] {
    return this.instance.references.get(typeof path === 'string' ? path : pathKey(path)) ?? [];
  }

  /**
   * An attribute that links to another resource (`vpc_id`, `bucket`, `policy_arn`): when the
   * configuration refers to a resource, the value is that reference (even when the plan
   * already knows the id), so rules can follow it as in a template.
   */
  link(path: string): Value | undefined {
    const [reference] = this.references(path);
    const value = this.get(path);
    // The reference may sit in a branch that is not taken (`var.on ? aws_kms_key.k.arn : null`):
    // a value that may be null is a link that may be absent.
    if (reference && this.instance.references.get(path)?.length === 1) return refValue(reference, isUnknown(value) && value.mayBeAbsent);
    return value;
  }

  /** `link` for an attribute Terraform types as one string (an id, a name, an ARN): any other value is malformed. */
  stringLink(path: string): Value | undefined {
    const value = this.get(path);
    if (value !== undefined && typeof value !== 'string' && !isUnknown(value)) return this.wrong(path, 'a string', value);
    return this.link(path);
  }

  /** A list attribute of links (`vpc_security_group_ids`); each element keeps its reference. */
  links(path: string): Value | undefined {
    const value = this.get(path);
    const references = this.references(path);
    if (isUnknown(value) && value.mayBeAbsent) return value;
    if (isUnknown(value)) return references.length > 0 ? references.map((reference) => refValue(reference)) : value;
    if (!Array.isArray(value)) return references.length > 0 ? references.map((reference) => refValue(reference)) : value;
    if (references.length === 0) return value;
    // The configuration lists which resources the elements come from, not which element is which:
    // elements the plan knows stay as they are unless every element is a reference.
    if (references.length === value.length || value.every((item) => item === null || isUnknown(item))) return references.map((reference) => refValue(reference));
    return [...value.filter((item) => !isUnknown(item) && item !== null), ...references.map((reference) => refValue(reference))];
  }
}

export function refValue(reference: TfReference, mayBeAbsent = false): Value {
  const description = reference.attribute ? `${reference.address}.${reference.attribute}` : reference.address;
  return unknown(`${description} (a reference)`, reference.attribute ? { resource: reference.address, attribute: reference.attribute } : { resource: reference.address }, mayBeAbsent);
}

/** Drops undefined entries so absent Terraform attributes are absent properties. */
export function compact(properties: Record<string, Value | undefined>): Properties {
  const result: Properties = {};
  for (const [key, value] of Object.entries(properties)) if (value !== undefined) result[key] = value;
  return result;
}

/**
 * A JSON document attribute (`policy`, `assume_role_policy`): parsed when it is known text; a text
 * not known as a whole whose structure is (`jsonencode` with a reference inside) is that structure.
 */
export function jsonDocument(value: Value | undefined): Value | undefined {
  if (isUnknown(value) && value.json !== undefined) return value.json;
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as Value;
  } catch {
    return unknown('the policy is not valid JSON');
  }
}
