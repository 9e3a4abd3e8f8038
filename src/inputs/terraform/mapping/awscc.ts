import { isUnknown } from '../../../model/unknown.js';
import { isObject, type Properties, type Value } from '../../../model/value.js';
import type { ResourceMapping } from './aws/index.js';
import { jsonDocument } from './context.js';
import names from './awscc-names.json' with { type: 'json' };

const TYPES: Record<string, string> = names.types;
const PROPERTY_NAMES: Record<string, Record<string, string>> = names.properties;

const flat = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '');
const pascal = (name: string): string => name.replace(/(^|_)([a-z0-9])/g, (_, __, letter: string) => letter.toUpperCase());

/**
 * `awscc_*` resources are CloudFormation resources under snake_case names: the type name and
 * every property name map mechanically, with the exact casing from the CloudFormation schema
 * (`sse_algorithm` → `SSEAlgorithm`).
 */
export function awsccMapping(type: string): ResourceMapping | undefined {
  const cloudFormationType = TYPES[type];
  if (!cloudFormationType) return undefined;
  const known = PROPERTY_NAMES[cloudFormationType] ?? {};
  const nameOf = (key: string): string => known[flat(key)] ?? pascal(key);
  const convert = (value: Value, key: string): Value => {
    if (Array.isArray(value)) return value.map((item) => convert(item, key));
    if (isObject(value)) {
      const object: Properties = {};
      for (const [childKey, child] of Object.entries(value)) if (child !== null) object[nameOf(childKey)] = convert(child, childKey);
      return object;
    }
    // Policy documents are JSON text in awscc and objects in CloudFormation.
    if (typeof value === 'string' && /policy_?document$/i.test(key) && value.trimStart().startsWith('{')) return jsonDocument(value) ?? value;
    return value;
  };
  return {
    cloudFormationType,
    properties(context) {
      const properties: Properties = {};
      for (const key of Object.keys(context.values)) {
        // awscc marks every optional computed attribute unknown in plans; unset ones are absent.
        const value = context.getConfigured(key);
        if (value === null || value === undefined || key === 'id') continue;
        // A scalar that refers to one resource becomes that reference, so rules can follow it.
        const refersToOne = context.references(key).length === 1 && (isUnknown(value) || typeof value !== 'object');
        // A list of scalars that refers to resources (`queues = [awscc_sqs_queue.q.queue_url]`, unknown
        // elements in a plan) keeps each reference, as `links()` does for the aws provider.
        const listOfLinks = Array.isArray(value) && context.references(key).length > 0 && value.every((item) => item === null || isUnknown(item) || typeof item !== 'object');
        properties[nameOf(key)] = convert((refersToOne ? context.link(key) : listOfLinks ? context.links(key) : value) ?? value, key);
      }
      return properties;
    },
  };
}
