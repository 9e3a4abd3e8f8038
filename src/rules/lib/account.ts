/**
 * How account rules read the `AWS::::Account` resource (see `model/account.ts`): a setting or a
 * member list is undeclared (a template that does not declare it: NOT_APPLICABLE), unknown
 * (INSUFFICIENT_DATA), or known — `null` for "the account has none".
 */
import { isUndeclared } from '../../model/account.js';
import type { ResourceGraph } from '../../model/graph.js';
import type { Resource } from '../../model/resource.js';
import { isUnknown } from '../../model/unknown.js';
import type { Value } from '../../model/value.js';
import { insufficientData, notApplicable } from '../define.js';
import type { Verdict } from '../types.js';

export type AccountFact<T> = { kind: 'undeclared' } | { kind: 'unknown'; reason: string } | { kind: 'known'; value: T };

/** An account setting (`PasswordPolicy`, `EbsEncryptionByDefault`, …). */
export function accountSetting(account: Resource, property: string): AccountFact<Value> {
  const value = account.properties[property];
  if (isUndeclared(value)) return { kind: 'undeclared' };
  if (isUnknown(value)) return { kind: 'unknown', reason: value.reason };
  if (value === undefined) return { kind: 'unknown', reason: `the account's ${property} was not read` };
  return { kind: 'known', value };
}

/** A member of the account, and where the account lists it. */
export interface AccountMember {
  resource: Resource;
  index: number;
}

/**
 * The members of an account list (`Trails`, `GuardDutyDetectors`, …) found in the graph. An element
 * that names no resource of the graph makes the whole list unknown: the member may be the one asked for.
 */
export function accountMembers(account: Resource, property: string, graph: ResourceGraph): AccountFact<AccountMember[]> {
  const value = account.properties[property];
  if (isUndeclared(value)) return { kind: 'undeclared' };
  if (isUnknown(value)) return { kind: 'unknown', reason: value.reason };
  if (!Array.isArray(value)) return { kind: 'unknown', reason: value === undefined ? `the account's ${property} were not read` : `malformed: the account's ${property} is not a list` };
  const members: AccountMember[] = [];
  for (const [index, element] of value.entries()) {
    const resource = graph.target(element);
    if (!resource) return { kind: 'unknown', reason: `${property}[${index}] is not among the resources read` };
    members.push({ resource, index });
  }
  return { kind: 'known', value: members };
}

/** The verdict for a fact that does not decide: undeclared (NOT_APPLICABLE) or unknown (INSUFFICIENT_DATA). */
export function undecided<M extends string>(fact: { kind: 'undeclared' } | { kind: 'unknown'; reason: string }, messages: { undeclared: M; unknown: M }, path: (string | number)[]): Verdict<M> {
  return fact.kind === 'undeclared' ? notApplicable(messages.undeclared, {}, []) : insufficientData(messages.unknown, { reason: fact.reason }, path);
}

/** A member that may not exist (an undecidable condition, an unknown count) can not make the account compliant. */
export function isCertain(member: Resource): boolean {
  return member.conditional === undefined && member.unresolved === undefined;
}
