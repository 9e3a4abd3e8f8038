import { isRecord } from './document.js';
import { interpolate } from './interpolate.js';

/** `aws:branch` conditions (automation-branch-condition.md), shared by the executor and the planner. */

/**
 * A value as Automation compares and prints it: booleans as `True`/`False` (its documents write
 * DesiredValues that way), objects as JSON.
 */
export function text(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}


/** Whether a choice's condition holds; `lookup` resolves `{{ references }}` (and may throw). */
export function evaluateCondition(condition: Record<string, unknown>, lookup: (reference: string) => unknown): boolean {
  if (Array.isArray(condition.And)) return condition.And.every((inner) => evaluateCondition(inner as Record<string, unknown>, lookup));
  if (Array.isArray(condition.Or)) return condition.Or.some((inner) => evaluateCondition(inner as Record<string, unknown>, lookup));
  if (isRecord(condition.Not)) return !evaluateCondition(condition.Not, lookup);
  const variable = interpolate(condition.Variable, lookup);
  const [operation, expected] = Object.entries(condition).find(([key]) => key !== 'Variable' && key !== 'NextStep') as [string, unknown];
  const actualText = Array.isArray(variable) ? '' : text(variable);
  const expectedText = text(expected);
  switch (operation) {
    case 'StringEquals':
      return actualText === expectedText;
    case 'EqualsIgnoreCase':
      return actualText.toLowerCase() === expectedText.toLowerCase();
    case 'StartsWith':
      return actualText.startsWith(expectedText);
    case 'EndsWith':
      return actualText.endsWith(expectedText);
    case 'Contains':
      return Array.isArray(variable) ? variable.map(text).includes(expectedText) : actualText.includes(expectedText);
    case 'BooleanEquals':
      return actualText.toLowerCase() === expectedText.toLowerCase();
    default: {
      const actual = Number(actualText);
      const target = Number(expectedText);
      if (Number.isNaN(actual) || Number.isNaN(target) || actualText.trim() === '') throw new Error(`${operation}: ${JSON.stringify(variable)} is not a number`);
      if (operation === 'NumericEquals') return actual === target;
      if (operation === 'NumericGreater') return actual > target;
      if (operation === 'NumericLesser') return actual < target;
      if (operation === 'NumericGreaterOrEquals') return actual >= target;
      return actual <= target;
    }
  }
}

