import { MALFORMED, noteMalformedRead } from '../../model/malformed.js';
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
 * (Terraform `jsonencode`, Config's URL-encoded documents decoded upstream). The adapters type a
 * document only as JSON, so its parts are checked here against AWS's IAM policy grammar: a part of
 * the wrong type (a `Statement` that is text, an `Effect` that is not "Allow" or "Deny", an `Action`
 * that is an object) becomes a malformed Unknown in its own place, and the running rule counts as
 * having read it (see `noteMalformedRead`): it can not pass on a document IAM would refuse.
 */
export function policyStatements(document: Value | undefined, basePath: PropertyPath = []): Statement[] | Unknown {
  if (document === undefined || document === null) return [];
  // A JSON text not known as a whole whose structure is: its literal parts still decide.
  if (isUnknown(document)) return document.json === undefined ? noted(document) : policyStatements(document.json, basePath);
  let parsed: Value = document;
  if (typeof document === 'string') {
    try {
      parsed = JSON.parse(document) as Value;
    } catch {
      return malformedPart(basePath, 'a JSON policy document', document);
    }
  }
  if (!isObject(parsed)) return malformedPart(basePath, 'a policy document (an object)', parsed);
  const statementValue = parsed.Statement;
  if (isUnknown(statementValue)) return noted(statementValue);
  // The grammar allows one statement object in place of the list.
  const list = Array.isArray(statementValue) ? statementValue : isObject(statementValue) ? [statementValue] : undefined;
  if (!list) return malformedPart([...basePath, 'Statement'], 'a statement or a list of statements', statementValue);
  return list.map((entry, index) => {
    const path = Array.isArray(statementValue) ? [...basePath, 'Statement', index] : [...basePath, 'Statement'];
    if (isUnknown(entry)) return unknownStatement(noted(entry), path);
    if (!isObject(entry)) return unknownStatement(malformedPart(path, 'a statement (an object)', entry), path);
    return readStatement(entry, path);
  });
}

/**
 * Statements of an identity-based (permission) policy: those of `policyStatements`, where IAM also
 * requires each statement to name `Resource` or `NotResource`. A statement naming neither would be
 * refused, so its resources are malformed (never "no resource"), and the running rule counts as
 * having read it even when it is a Deny. Trust and resource policies leave `Resource` out rightly:
 * they are read with `policyStatements`.
 */
export function identityPolicyStatements(document: Value | undefined, basePath: PropertyPath = []): Statement[] | Unknown {
  const statements = policyStatements(document, basePath);
  if (isUnknown(statements)) return statements;
  for (const statement of statements) {
    // A statement unknown as a whole (raw {}) already carries its unknown in place of its resources.
    if (statement.resources !== undefined || statement.notResources !== undefined) continue;
    statement.resources = malformedPart([...statement.path, 'Resource'], 'a Resource or NotResource in an identity-based policy', undefined);
  }
  return statements;
}

/**
 * A statement's parts, each checked against the grammar. A part's path is made only when the part
 * is malformed (its message names it): a policy's statements are read by many rules for each
 * resource, and almost every part is well formed.
 */
function readStatement(entry: ValueObject, path: PropertyPath): Statement {
  if (!absent(entry.Sid) && typeof entry.Sid !== 'string' && !isUnknown(entry.Sid)) malformedPart([...path, 'Sid'], 'a string', entry.Sid);
  return {
    effect: effectOf(entry.Effect, path, 'Effect'),
    actions: stringList(entry.Action, path, 'Action'),
    notActions: stringList(entry.NotAction, path, 'NotAction'),
    resources: stringList(entry.Resource, path, 'Resource'),
    notResources: stringList(entry.NotResource, path, 'NotResource'),
    principal: principalOf(entry.Principal, path, 'Principal'),
    notPrincipal: principalOf(entry.NotPrincipal, path, 'NotPrincipal'),
    condition: conditionOf(entry.Condition, path, 'Condition'),
    raw: entry,
    path,
  };
}

/** Absent, or `null` as a generated document (Terraform `jsonencode`) may write an unset part. */
function absent(value: Value | undefined): value is undefined | null {
  return value === undefined || value === null;
}

/** `Effect`, the part `key` of the statement at `parent`. */
function effectOf(value: Value | undefined, parent: PropertyPath, key: string): string | Unknown {
  if (isUnknown(value)) return noted(value);
  if (value === 'Allow' || value === 'Deny') return value;
  return malformedPart([...parent, key], '"Allow" or "Deny"', value);
}

/** `Action`, `Resource` and their negations (the part `key` of `parent`): one string or a list of strings. */
function stringList(value: Value | undefined, parent: PropertyPath, key: string): Value[] | Unknown | undefined {
  if (absent(value)) return undefined;
  // A string built by Fn::Sub or Fn::Join is one entry not known yet, as in a list, rather than a list not known;
  // one built over a Ref to an undeclared name builds nothing CloudFormation would deploy, and stays not known.
  if (isUnknown(value)) return value.built && !value.built.broken ? [noted(value)] : noted(value);
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value)) return malformedPart([...parent, key], 'a string or a list of strings', value);
  return value.map((item, index) => (isUnknown(item) ? noted(item) : typeof item === 'string' ? item : malformedPart([...parent, key, index], 'a string', item)));
}

/** `Principal` and `NotPrincipal` (the part `key` of `parent`): `"*"`, or a map from principal kind to one id or a list of ids. */
function principalOf(value: Value | undefined, parent: PropertyPath, key: string): Value | undefined {
  if (absent(value)) return undefined;
  if (isUnknown(value)) return noted(value);
  if (value === '*') return value;
  if (!isObject(value)) return malformedPart([...parent, key], '"*" or a map of principals', value);
  const path = [...parent, key];
  const principals: ValueObject = {};
  for (const [kind, ids] of Object.entries(value)) principals[kind] = typeof ids === 'string' ? ids : (stringList(ids, path, kind) ?? malformedPart([...path, kind], 'a string or a list of strings', ids));
  return principals;
}

/** `Condition` (the part `key` of `parent`): operator → condition key → one value or a list of values (text, numbers and booleans). */
function conditionOf(value: Value | undefined, parent: PropertyPath, key: string): Value | undefined {
  if (absent(value)) return undefined;
  if (isUnknown(value)) return noted(value);
  if (!isObject(value)) return malformedPart([...parent, key], 'a map of condition operators', value);
  // The usual condition is well formed and known throughout: taken as it is, with nothing to copy.
  if (plainCondition(value)) return value;
  const path = [...parent, key];
  const condition: ValueObject = {};
  for (const [operator, block] of Object.entries(value)) {
    const blockPath = [...path, operator];
    if (isUnknown(block)) condition[operator] = noted(block);
    else if (!isObject(block)) condition[operator] = malformedPart(blockPath, 'a map of condition keys', block);
    else condition[operator] = Object.fromEntries(Object.entries(block).map(([key, values]) => [key, conditionValues(values, [...blockPath, key])]));
  }
  return condition;
}

/** Every block a map, every value a string, number or boolean or a list of them: no part malformed or unknown. */
function plainCondition(condition: ValueObject): boolean {
  for (const block of Object.values(condition)) {
    if (!isObject(block)) return false;
    for (const values of Object.values(block)) {
      if (Array.isArray(values)) {
        for (const item of values) if (!isPlainConditionValue(item)) return false;
      } else if (!isPlainConditionValue(values)) return false;
    }
  }
  return true;
}

const isPlainConditionValue = (value: Value): boolean => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

function conditionValues(value: Value, path: PropertyPath): Value {
  if (isConditionValue(value)) return noted(value);
  if (!Array.isArray(value)) return malformedPart(path, 'a value or a list of values', value);
  return value.map((item, index) => (isConditionValue(item) ? noted(item) : malformedPart([...path, index], 'a string, number or boolean', item)));
}

function isConditionValue(value: Value): boolean {
  return isUnknown(value) || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** A part as it is; when it is one the adapter found malformed, a read of it by the running rule. */
function noted<T extends Value>(value: T): T {
  if (isUnknown(value)) noteMalformedRead(value);
  return value;
}

/** A wrong-typed part of a document: a malformed Unknown, and a read of it by the running rule. */
function malformedPart(path: PropertyPath, expected: string, value: Value | undefined): Unknown {
  const text = value === undefined ? 'absent' : `not ${JSON.stringify(value)}`;
  const part = unknown(`${MALFORMED}policy ${path.map(String).join('.') || 'document'} should be ${expected}, ${text.length > 64 ? `${text.slice(0, 61)}...` : text}`);
  noteMalformedRead(part);
  return part;
}

function unknownStatement(value: Unknown, path: PropertyPath): Statement {
  return {
    effect: value, actions: value, notActions: undefined, resources: value, notResources: undefined,
    principal: undefined, notPrincipal: undefined, condition: undefined, raw: {}, path,
  };
}

/**
 * Whether a list of actions/resources contains a wildcard matching everything (`*`). Unknown if an
 * item is, except a reference to a resource's ARN (`Fn::GetAtt Role.Arn`, `aws_iam_role.r.arn`):
 * whatever it resolves to is an ARN, never a bare wildcard.
 */
export function includesWildcard(values: Value[] | Unknown | undefined, wildcard = '*'): boolean | Unknown {
  if (values === undefined) return false;
  if (isUnknown(values)) return isArnReference(values) ? false : values;
  let unknownItem: Unknown | undefined;
  for (const value of values) {
    if (isUnknown(value)) {
      if (!isArnReference(value)) unknownItem ??= value;
    } else if (value === wildcard) return true;
  }
  return unknownItem ?? false;
}

function isArnReference(value: Unknown): boolean {
  return value.ref?.attribute?.toLowerCase() === 'arn';
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

/**
 * Whether a resource policy's statement speaks to everyone: an Allow with NotPrincipal (everyone but
 * those listed), else its Principal as principalIsPublic judges it. A resource policy's statement
 * must name one or the other (S3, SQS, SNS and KMS refuse it otherwise): one naming neither is
 * malformed, never "nobody".
 */
export function resourceStatementIsPublic(statement: Statement): boolean | Unknown {
  if (statement.notPrincipal !== undefined) return true;
  if (statement.principal !== undefined) return principalIsPublic(statement.principal);
  // A statement unknown as a whole says nothing of its principal either.
  if (isUnknown(statement.effect) && Object.keys(statement.raw).length === 0) return statement.effect;
  return malformedPart([...statement.path, 'Principal'], 'a Principal or NotPrincipal in a resource policy', undefined);
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
