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
import { compliant, insufficientData, nonCompliant, notApplicable } from '../define.js';
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

/** Whether one member switches the service on: yes, no (with why), or not known (with why). */
export type MemberState = { on: true } | { on: false; why: string; path: (string | number)[] } | { on: 'unknown'; reason: string; path: (string | number)[] };

export interface ServiceMessages<M extends string> {
  on: M;
  none: M;
  off: M;
  undeclared: M;
  unknown: M;
}

/**
 * An account-wide service is on when one member of `property` certainly switches it on; none at
 * all, or only members that switch it off, is NON_COMPLIANT; a member that may not exist or whose
 * state is not known leaves it INSUFFICIENT_DATA. Paths point into the account's member list.
 */
export function judgeService<M extends string>(account: Resource, graph: ResourceGraph, property: string, state: (member: Resource) => MemberState, messages: ServiceMessages<M>): Verdict<M> {
  const fact = accountMembers(account, property, graph);
  if (fact.kind !== 'known') return undecided(fact, messages, [property]);
  let undecidedVerdict: Verdict<M> | undefined;
  let offVerdict: Verdict<M> | undefined;
  for (const { resource, index } of fact.value) {
    const judged = resource.unresolved ? { on: 'unknown' as const, reason: resource.unresolved, path: [] } : state(resource);
    if (judged.on === true && isCertain(resource)) return compliant(messages.on, { id: resource.id }, [property, index]);
    if (judged.on === true) undecidedVerdict ??= insufficientData(messages.unknown, { reason: `${resource.id} may not exist (${resource.conditional ?? ''})` }, [property, index]);
    else if (judged.on === 'unknown') undecidedVerdict ??= insufficientData(messages.unknown, { reason: `${resource.id}: ${judged.reason}` }, [property, index, ...judged.path]);
    else offVerdict ??= nonCompliant(messages.off, { id: resource.id, why: judged.why }, [property, index, ...judged.path]);
  }
  return undecidedVerdict ?? offVerdict ?? nonCompliant(messages.none, {}, [property]);
}
