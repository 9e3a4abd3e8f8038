/**
 * The root user's credentials as the account's `observed.Root` holds them (IAM GetAccountSummary
 * and ListVirtualMFADevices, see `live/account.ts`): `MfaActive`, `AccessKeysPresent`, `VirtualMfa`,
 * `CredentialsPresent` (any password, access key, signing certificate or MFA device).
 */
import type { Resource } from '../../model/resource.js';
import { isUnknown } from '../../model/unknown.js';
import { isObject, type Value } from '../../model/value.js';

export type RootFact = { known: true; value: boolean } | { known: false; reason: string };

export function rootFact(account: Resource, name: 'MfaActive' | 'AccessKeysPresent' | 'VirtualMfa' | 'CredentialsPresent'): RootFact {
  const root: Value | undefined = account.observed?.Root;
  if (root === undefined) return { known: false, reason: "the root user's credentials were not read" };
  if (isUnknown(root)) return { known: false, reason: root.reason };
  if (!isObject(root)) return { known: false, reason: `malformed: the root user's facts are ${JSON.stringify(root)}` };
  const value = root[name];
  if (isUnknown(value)) return { known: false, reason: value.reason };
  if (value === undefined || value === null) return { known: false, reason: `${name} was not reported` };
  return typeof value === 'boolean' ? { known: true, value } : { known: false, reason: `malformed: ${name} is ${JSON.stringify(value)}` };
}
