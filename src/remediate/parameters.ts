import { isRecord, type Runbook, type RunbookParameter } from './document.js';

/**
 * Run-time parameter values, checked before the first step runs ("If a user inputs a value that
 * isn't allowed, the execution fails to start", protocols.md §D.2). Values arrive as strings from the
 * command line and as string lists from Config's StaticValue; they are coerced to the declared type.
 */

export class ParameterError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('; '));
    this.name = 'ParameterError';
  }
}

/** Patterns of the resource-populating types (populating-input-parameters.html). */
const TYPE_PATTERNS: Record<string, RegExp> = {
  'AWS::EC2::Instance::Id': /^m?i-([a-z0-9]{8}|[a-z0-9]{17})$/,
  'AWS::S3::Bucket::Name': /^[0-9a-z][a-z0-9\-.]{3,63}$/,
  'AWS::IAM::Role::Arn': /^arn:(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b):iam::[0-9]{12}:role\/.*$/,
};

export type ParameterValues = Record<string, unknown>;

/** Every parameter's value (given, else its default); throws ParameterError naming every problem. */
export function resolveRunbookParameters(runbook: Runbook, given: Readonly<Record<string, unknown>>): ParameterValues {
  const problems: string[] = [];
  const values: ParameterValues = {};
  for (const name of Object.keys(given)) {
    if (!(name in runbook.parameters)) problems.push(`${runbook.name} has no parameter ${name} (it takes ${Object.keys(runbook.parameters).join(', ') || 'none'})`);
  }
  for (const [name, parameter] of Object.entries(runbook.parameters)) {
    const supplied = given[name];
    if (supplied === undefined) {
      if (parameter.default === undefined) {
        problems.push(`parameter ${name} is required`);
        continue;
      }
      values[name] = parameter.default;
      continue;
    }
    const coerced = coerce(supplied, parameter);
    if ('error' in coerced) {
      problems.push(`parameter ${name}: ${coerced.error}`);
      continue;
    }
    const error = checkConstraints(coerced.value, parameter);
    if (error) problems.push(`parameter ${name}: ${error}`);
    else values[name] = coerced.value;
  }
  if (problems.length > 0) throw new ParameterError(problems);
  return values;
}

const isListType = (type: string): boolean => type === 'StringList' || type.startsWith('List<');

type Coerced = { value: unknown } | { error: string };

function coerce(value: unknown, parameter: RunbookParameter): Coerced {
  const type = parameter.type;
  // Config's StaticValue is a list of strings; a one-element list stands for a scalar.
  const scalarList = Array.isArray(value) && !isListType(type) && type !== 'MapList';
  if (scalarList && value.length !== 1) return { error: `expects one value, got ${value.length}` };
  const single: unknown = scalarList ? value[0] : value;
  switch (type) {
    case 'Integer':
      if (Number.isInteger(single)) return { value: single };
      if (typeof single === 'string' && /^-?\d+$/.test(single.trim())) return { value: Number(single.trim()) };
      return { error: `expects an integer, got ${JSON.stringify(single)}` };
    case 'Boolean':
      if (typeof single === 'boolean') return { value: single };
      if (typeof single === 'string' && /^(true|false)$/i.test(single.trim())) return { value: single.trim().toLowerCase() === 'true' };
      return { error: `expects true or false, got ${JSON.stringify(single)}` };
    case 'StringMap': {
      const parsed = typeof single === 'string' ? parseJson(single) : single;
      return isRecord(parsed) ? { value: parsed } : { error: 'expects a mapping (a JSON object)' };
    }
    case 'MapList': {
      const parsed = typeof value === 'string' ? parseJson(value) : value;
      return Array.isArray(parsed) && parsed.every(isRecord) ? { value: parsed } : { error: 'expects a list of mappings (a JSON array of objects)' };
    }
    default:
      if (isListType(type)) {
        const list = typeof value === 'string' ? [value] : value;
        return Array.isArray(list) && list.every((item) => typeof item === 'string') ? { value: list } : { error: 'expects a list of strings' };
      }
      if (typeof single === 'string') return { value: single };
      if (typeof single === 'number' || typeof single === 'boolean') return { value: String(single) };
      return { error: `expects a string, got ${JSON.stringify(single)}` };
  }
}

function checkConstraints(value: unknown, parameter: RunbookParameter): string | undefined {
  const items = Array.isArray(value) && isListType(parameter.type) ? value : [value];
  if (Array.isArray(value)) {
    if (parameter.minItems !== undefined && value.length < parameter.minItems) return `needs at least ${parameter.minItems} items`;
    if (parameter.maxItems !== undefined && value.length > parameter.maxItems) return `takes at most ${parameter.maxItems} items`;
  }
  const typePattern = TYPE_PATTERNS[parameter.type.replace(/^List<(.*)>$/, '$1')];
  const pattern = parameter.allowedPattern === undefined ? undefined : compiled(parameter.allowedPattern);
  for (const item of items) {
    if (parameter.allowedValues && !parameter.allowedValues.some((allowed) => String(allowed) === String(item))) {
      return `${JSON.stringify(item)} is not one of the allowed values (${parameter.allowedValues.map(String).join(', ')})`;
    }
    if (typeof item !== 'string') continue;
    if (parameter.minChars !== undefined && item.length < parameter.minChars) return `needs at least ${parameter.minChars} characters`;
    if (parameter.maxChars !== undefined && item.length > parameter.maxChars) return `takes at most ${parameter.maxChars} characters`;
    if (typePattern && !typePattern.test(item)) return `${JSON.stringify(item)} is not a valid ${parameter.type.replace(/^List<(.*)>$/, '$1')}`;
    if (pattern && !pattern.test(item)) return `${JSON.stringify(item)} does not match the allowed pattern ${parameter.allowedPattern}`;
  }
  return undefined;
}

const patterns = new Map<string, RegExp>();

/** Patterns compiled once: the same runbook runs for many resources. */
function compiled(pattern: string): RegExp {
  let regexp = patterns.get(pattern);
  if (!regexp) {
    regexp = new RegExp(pattern, 'u');
    patterns.set(pattern, regexp);
  }
  return regexp;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
