/**
 * A user's credential facts (`observed.Credentials`, from the IAM credential report or the per-user
 * APIs, see `live/credential-report.ts`), for the live-only user rules.
 */
import type { Resource } from '../../model/resource.js';
import { isUnknown } from '../../model/unknown.js';
import { isObject, type ValueObject } from '../../model/value.js';

export type CredentialFacts = { known: true; facts: ValueObject } | { known: false; reason: string };

export function credentialFacts(user: Resource): CredentialFacts {
  const facts = user.observed?.Credentials;
  if (facts === undefined) return { known: false, reason: 'no credential report row for the user' };
  if (isUnknown(facts)) return { known: false, reason: facts.reason };
  if (!isObject(facts)) return { known: false, reason: 'malformed credential facts' };
  return { known: true, facts };
}
