/**
 * `{{ Param }}`, `{{ Step.Output }}` and `{{ global:REGION }}` in step inputs (automation-variables.md).
 * A string that is exactly one reference takes the referenced value with its type (a StringList stays
 * a list, an Integer a number); a reference inside a longer string is rendered as text. A list item
 * that is exactly a reference to a list is spliced into the list (`InstanceIds: ["{{ Ids }}"]`).
 */

const REFERENCE = /\{\{\s*([A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)?|global:[A-Z_]+|automation:[A-Z_]+)\s*\}\}/g;
const WHOLE = /^\{\{\s*([A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)?|global:[A-Z_]+|automation:[A-Z_]+)\s*\}\}$/;

/** Every reference in a value (strings anywhere inside objects and lists), in order. */
export function referencesIn(value: unknown): string[] {
  const found: string[] = [];
  const visit = (item: unknown): void => {
    if (typeof item === 'string') for (const match of item.matchAll(REFERENCE)) found.push(match[1] as string);
    else if (Array.isArray(item)) item.forEach(visit);
    else if (item !== null && typeof item === 'object') Object.values(item).forEach(visit);
  };
  visit(value);
  return found;
}

/** Looks a reference up; throws when it has no value (e.g. an output a selector did not find). */
export type Lookup = (reference: string) => unknown;

export function interpolate(value: unknown, lookup: Lookup): unknown {
  if (typeof value === 'string') {
    const whole = WHOLE.exec(value);
    if (whole) return lookup(whole[1] as string);
    return value.replace(REFERENCE, (_match, reference: string) => render(lookup(reference)));
  }
  if (Array.isArray(value)) {
    const result: unknown[] = [];
    for (const item of value) {
      const resolved = interpolate(item, lookup);
      if (typeof item === 'string' && WHOLE.test(item) && Array.isArray(resolved)) result.push(...resolved);
      else result.push(resolved);
    }
    return result;
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, interpolate(item, lookup)]));
  }
  return value;
}

/** A value inside a longer string: scalars as text, lists and maps as JSON. */
function render(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
