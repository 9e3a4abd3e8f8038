import type { PropertyPath } from '../../model/resource.js';
import { isUnknown, unknown, type Unknown } from '../../model/unknown.js';
import { isObject, toBoolean, toList, type Value, type ValueObject } from '../../model/value.js';
import { wildcardMatch } from './wildcard.js';

/** One IAM / resource policy statement with list-valued fields normalised. */
export interface Statement {
  effect: string | Unknown;
  /** `Action` values; `undefined` when the statement uses `NotAction`. */
  actions: Value[] | Unknown | undefined;
  notActions: Value[] | Unknown | undefined;
  resources: Value[] | Unknown | undefined;
  notResources: Value[] | Unknown | undefined;
  /** `Principal` as written: `"*"`, `{ AWS: [...] }`, ... */
  principal: Value | undefined;
  notPrincipal: Value | undefined;
  condition: Value | undefined;
  raw: ValueObject;
  /** Path of the statement inside the policy document. */
  path: PropertyPath;
}

/**
 * Statements of a policy document. A document may arrive as an object or as a JSON string
 * (Terraform `jsonencode`, Config's URL-encoded documents decoded upstream).
 */
export function policyStatements(document: Value | undefined, basePath: PropertyPath = []): Statement[] | Unknown {
  if (document === undefined || document === null) return [];
  // A JSON text not known as a whole whose structure is: its literal parts still decide.
  if (isUnknown(document)) return document.json === undefined ? document : policyStatements(document.json, basePath);
  let parsed: Value = document;
  if (typeof document === 'string') {
    try {
      parsed = JSON.parse(document) as Value;
    } catch {
      return unknown('policy document is not JSON');
    }
  }
  if (!isObject(parsed)) return unknown('policy document is not an object');
  const statementValue = parsed.Statement;
  if (isUnknown(statementValue)) return statementValue;
  const list = statementValue === undefined ? [] : Array.isArray(statementValue) ? statementValue : [statementValue];
  const statements: Statement[] = [];
  list.forEach((entry, index) => {
    const path = Array.isArray(statementValue) ? [...basePath, 'Statement', index] : [...basePath, 'Statement'];
    if (isUnknown(entry)) {
      statements.push(unknownStatement(entry, path));
      return;
    }
    if (!isObject(entry)) return;
    statements.push({
      effect: isUnknown(entry.Effect) ? entry.Effect : String(entry.Effect ?? ''),
      actions: entry.Action === undefined ? undefined : toList(entry.Action),
      notActions: entry.NotAction === undefined ? undefined : toList(entry.NotAction),
      resources: entry.Resource === undefined ? undefined : toList(entry.Resource),
      notResources: entry.NotResource === undefined ? undefined : toList(entry.NotResource),
      principal: entry.Principal,
      notPrincipal: entry.NotPrincipal,
      condition: entry.Condition,
      raw: entry,
      path,
    });
  });
  return statements;
}

function unknownStatement(value: Unknown, path: PropertyPath): Statement {
  return {
    effect: value, actions: value, notActions: undefined, resources: value, notResources: undefined,
    principal: undefined, notPrincipal: undefined, condition: undefined, raw: {}, path,
  };
}

/** Whether a list of actions/resources contains a wildcard matching everything (`*`). Unknown if an item is. */
export function includesWildcard(values: Value[] | Unknown | undefined, wildcard = '*'): boolean | Unknown {
  if (values === undefined) return false;
  if (isUnknown(values)) return values;
  let unknownItem: Unknown | undefined;
  for (const value of values) {
    if (isUnknown(value)) unknownItem ??= value;
    else if (value === wildcard) return true;
  }
  return unknownItem ?? false;
}

/** Whether one of the action patterns (`s3:PutObject`, `s3:Put*`, `s3:*`, `*`) matches the action (case-insensitive); Unknown if an unknown pattern might. */
export function actionsCover(actions: Value[] | Unknown, action: string): boolean | Unknown {
  if (isUnknown(actions)) return actions;
  let unknownAction: Unknown | undefined;
  for (const pattern of actions) {
    if (isUnknown(pattern)) unknownAction ??= pattern;
    else if (typeof pattern === 'string' && wildcardMatch(pattern, action, true)) return true;
  }
  return unknownAction ?? false;
}

/** Whether a principal allows everyone: `"*"` or `{ AWS: "*" }` (also inside a list). */
export function principalIsPublic(principal: Value | undefined): boolean | Unknown {
  if (principal === undefined || principal === null) return false;
  if (isUnknown(principal)) return principal;
  if (principal === '*') return true;
  if (isObject(principal)) {
    const aws = principal.AWS;
    if (aws === undefined) return false;
    return includesWildcard(toList(aws));
  }
  return false;
}

/** Whether a statement is an Allow (Unknown when the effect is). */
export function isAllow(statement: Statement): boolean | Unknown {
  return isUnknown(statement.effect) ? statement.effect : statement.effect === 'Allow';
}

/**
 * Whether some `operator: { key: value }` pair of a statement's `Condition` passes `test`: true as
 * soon as one does, else the first Unknown met (an unresolved condition, operator block or test),
 * else false. Operators and keys are given as written.
 */
export function someConditionPair(condition: Value | undefined, test: (operator: string, key: string, value: Value) => boolean | Unknown): boolean | Unknown {
  if (condition === undefined || condition === null) return false;
  if (isUnknown(condition)) return condition;
  if (!isObject(condition)) return false;
  let undecided: Unknown | undefined;
  for (const [operator, block] of Object.entries(condition)) {
    if (isUnknown(block)) {
      undecided ??= block;
      continue;
    }
    if (!isObject(block)) continue;
    for (const [key, value] of Object.entries(block)) {
      const passes = test(operator, key, value);
      if (passes === true) return true;
      if (isUnknown(passes)) undecided ??= passes;
    }
  }
  return undecided ?? false;
}

/**
 * The only entry of a condition object (`{ operator: block }` or `{ key: values }`); false when
 * the value is not an object with exactly one entry.
 */
export function soleEntry(value: Value | undefined): [string, Value] | false {
  if (!isObject(value)) return false;
  const entries = Object.entries(value);
  return entries.length === 1 ? (entries[0] as [string, Value]) : false;
}

/**
 * Whether a statement's condition is `Bool` (or `BoolIfExists`) `aws:SecureTransport: false` and
 * nothing else: the TLS-only deny of bucket and queue policies; any other key would narrow it.
 */
export function insecureTransportOnly(condition: Value | undefined): boolean | Unknown {
  if (isUnknown(condition)) return condition;
  const test = soleEntry(condition);
  if (!test) return false;
  const [operator, block] = test;
  if (operator !== 'Bool' && operator !== 'BoolIfExists') return false;
  if (isUnknown(block)) return block;
  const pair = soleEntry(block);
  if (!pair) return false;
  const [key, value] = pair;
  if (key.toLowerCase() !== 'aws:securetransport') return false;
  const values = toList(value);
  if (isUnknown(values)) return values;
  if (values.length !== 1) return false;
  const flag = toBoolean(values[0]);
  if (isUnknown(flag)) return flag;
  return flag === false;
}
