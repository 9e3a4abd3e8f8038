import type { AnyRule, ParameterSchema, ParameterValue } from '../rules/types.js';
import { didYouMean } from '../text/suggest.js';

export type GivenParameters = Record<string, unknown>;

/**
 * Merges the given parameters over a rule's defaults and coerces them to the schema's type.
 * AWS Config hands every parameter over as a string, so strings are accepted for every type.
 * Throws an Error naming the rule and parameter when a value does not fit.
 */
export function resolveParameters(rule: AnyRule, given: GivenParameters = {}): Record<string, ParameterValue> {
  const schemas = rule.meta.parameters ?? {};
  const result: Record<string, ParameterValue> = {};
  for (const name of Object.keys(given)) {
    if (!(name in schemas)) {
      const known = Object.keys(schemas);
      throw new Error(`${rule.meta.id} has no parameter "${name}"${didYouMean(name, known)}${known.length ? ` (it has: ${known.join(', ')})` : ''}`);
    }
  }
  for (const [name, schema] of Object.entries(schemas)) {
    const raw = name in given ? given[name] : schema.default;
    if (raw === undefined || raw === null || raw === '') {
      result[name] = undefined;
      continue;
    }
    try {
      result[name] = coerce(raw, schema);
    } catch (error) {
      throw new Error(`${rule.meta.id}.${name}: ${(error as Error).message}`);
    }
  }
  return result;
}

const PORT_OR_RANGE = /^\d{1,5}(-\d{1,5})?$/;

function coerce(raw: unknown, schema: ParameterSchema): ParameterValue {
  switch (schema.type) {
    case 'string': {
      if (typeof raw !== 'string' && typeof raw !== 'number') throw new Error(`expected a string, got ${JSON.stringify(raw)}`);
      const text = String(raw);
      if (schema.enum && !schema.enum.includes(text)) throw new Error(`expected one of ${schema.enum.join(', ')}, got "${text}"`);
      return text;
    }
    case 'integer':
    case 'number': {
      const value = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : Number.NaN;
      if (Number.isNaN(value) || (schema.type === 'integer' && !Number.isInteger(value))) {
        throw new Error(`expected ${schema.type === 'integer' ? 'an integer' : 'a number'}, got ${JSON.stringify(raw)}`);
      }
      if (schema.minimum !== undefined && value < schema.minimum) throw new Error(`must be at least ${schema.minimum}`);
      if (schema.maximum !== undefined && value > schema.maximum) throw new Error(`must be at most ${schema.maximum}`);
      return value;
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return raw;
      if (typeof raw === 'string' && /^(true|false)$/i.test(raw)) return raw.toLowerCase() === 'true';
      throw new Error(`expected true or false, got ${JSON.stringify(raw)}`);
    }
    case 'string-list':
    case 'port-list': {
      const items = Array.isArray(raw) ? raw.map(String) : String(raw).split(',');
      const list = items.map((item) => item.trim()).filter((item) => item !== '');
      if (schema.type === 'port-list') {
        for (const item of list) {
          if (!PORT_OR_RANGE.test(item)) throw new Error(`"${item}" is not a port or a port range like 1024-2048`);
          const [from, to = from] = item.split('-').map(Number) as [number, number?];
          if (from > 65535 || (to as number) > 65535 || from > (to as number)) throw new Error(`"${item}" is not a valid port range`);
        }
      }
      return list;
    }
  }
}
