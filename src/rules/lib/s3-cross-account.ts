import { isUnknown, unknown, type Unknown } from '../../model/unknown.js';
import { isObject, toList, type Value } from '../../model/value.js';
import { actionsCover, type Statement } from './policy.js';

/**
 * Whether a statement's principals reach an account other than `own` (the bucket's account):
 * everyone (`*`, an Allow with NotPrincipal), or an AWS principal (account id or IAM ARN) of
 * another account. Service principals are not accounts. A principal whose account can not be
 * compared (no bucket account known, an unresolved value, a canonical user id) is Unknown.
 */
export function reachesOtherAccount(statement: Statement, own: string | undefined): boolean | Unknown {
  if (statement.notPrincipal !== undefined) return true;
  const principal = statement.principal;
  if (principal === undefined || principal === null) return false;
  if (isUnknown(principal)) return principal;
  if (principal === '*') return true;
  if (!isObject(principal)) return unknown('Principal is neither "*" nor an object');
  let undecided: Unknown | undefined;
  for (const [kind, value] of Object.entries(principal)) {
    const reaches = kindReaches(kind, value, own);
    if (reaches === true) return true;
    if (isUnknown(reaches)) undecided ??= reaches;
  }
  return undecided ?? false;
}

function kindReaches(kind: string, value: Value, own: string | undefined): boolean | Unknown {
  if (kind === 'Service') return false;
  if (kind === 'Federated') return false;
  if (kind === 'CanonicalUser') return unknown('a CanonicalUser principal can not be matched to an account');
  if (kind !== 'AWS') return unknown(`principal kind ${kind} is not known`);
  const items = toList(value);
  if (isUnknown(items)) return items;
  let undecided: Unknown | undefined;
  for (const item of items) {
    const reaches = awsPrincipalReaches(item, own);
    if (reaches === true) return true;
    if (isUnknown(reaches)) undecided ??= reaches;
  }
  return undecided ?? false;
}

function awsPrincipalReaches(item: Value, own: string | undefined): boolean | Unknown {
  if (isUnknown(item)) return item;
  if (item === '*') return true;
  const account = typeof item === 'string' ? accountOf(item) : undefined;
  if (account === undefined) return unknown(`principal ${JSON.stringify(item)} names no account`);
  if (own === undefined) return unknown(`the bucket's account is not known, so principal account ${account} can not be compared (give --account-id)`);
  return account !== own;
}

/** The account of an AWS principal: a 12-digit id or an IAM / STS ARN. */
function accountOf(principal: string): string | undefined {
  if (/^\d{12}$/.test(principal)) return principal;
  return /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(principal)?.[1];
}

/**
 * Whether the statement's actions may include an action matching one of the patterns. `Action`
 * patterns and the given patterns may both hold wildcards, so the test is whether the two
 * patterns share a matching action. With `NotAction` every action not excluded is allowed: a
 * pattern counts unless an excluded pattern surely covers it.
 */
export function allowsSomeAction(statement: Statement, patterns: readonly string[]): boolean | Unknown {
  if (statement.actions !== undefined) {
    if (isUnknown(statement.actions)) return statement.actions;
    let undecided: Unknown | undefined;
    for (const action of statement.actions) {
      if (isUnknown(action)) undecided ??= action;
      else if (typeof action === 'string' && patterns.some((pattern) => patternsOverlap(action, pattern))) return true;
    }
    return undecided ?? false;
  }
  if (statement.notActions === undefined) return false;
  if (isUnknown(statement.notActions)) return statement.notActions;
  const excluded = statement.notActions;
  let undecided: Unknown | undefined;
  for (const pattern of patterns) {
    // A literal action is excluded when a NotAction pattern matches it; a wildcard pattern only when `*` is.
    const covered = actionsCover(excluded, /[*?]/.test(pattern) ? '*' : pattern);
    if (covered === false) return true;
    if (isUnknown(covered)) undecided ??= covered;
  }
  return undecided ?? false;
}

/** Whether two IAM-style wildcard patterns (`*`, `?`) match a common text, case-insensitive. */
export function patternsOverlap(left: string, right: string): boolean {
  const a = left.toLowerCase();
  const b = right.toLowerCase();
  const seen = new Map<number, boolean>();
  const step = (i: number, j: number): boolean => {
    const key = i * (b.length + 1) + j;
    const known = seen.get(key);
    if (known !== undefined) return known;
    let result: boolean;
    if (i === a.length && j === b.length) result = true;
    else if (a[i] === '*') result = step(i + 1, j) || (j < b.length && step(i, j + 1));
    else if (b[j] === '*') result = step(i, j + 1) || (i < a.length && step(i + 1, j));
    else if (i === a.length || j === b.length) result = false;
    else result = (a[i] === b[j] || a[i] === '?' || b[j] === '?') && step(i + 1, j + 1);
    seen.set(key, result);
    return result;
  };
  return step(0, 0);
}
