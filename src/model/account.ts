/**
 * The account is a resource: one `AWS::::Account` per account and region of a document, holding
 * the account-wide settings that rules judge (password policy, EBS encryption by default, the
 * account-level S3 public access block, AWS Organizations) and references to the resources that
 * switch account-wide services on (trails, GuardDuty detectors, Security Hub, Access Analyzer).
 *
 * Contract (what rules and the trail rules can count on):
 * - Type `AWS::::Account`. Settings are properties named in `ACCOUNT_SETTINGS`, each in the shape
 *   of the API that reads it (`PasswordPolicy` as GetAccountPasswordPolicy's `PasswordPolicy`,
 *   `PublicAccessBlock` as S3 Control's `PublicAccessBlockConfiguration`, `EbsEncryptionByDefault`
 *   a boolean, `Organization` as DescribeOrganization's). `null` (or `false` for the EBS flag) is
 *   "the account has none"; an `Unknown` is "not known" (not read, not resolvable).
 * - Members (`ACCOUNT_MEMBERS`): a list property per member type, each element a reference (an
 *   `Unknown` with `ref`, as a template's `Ref`) to a resource of the graph, with a `Reference`
 *   edge from the account at `[property, index]`; `graph.target(element)` is the member. Every
 *   member of the document's account and region is listed; a deleted one is not.
 * - Declaring inputs (templates, plans, HCL) say only what they declare: the account exists only
 *   when the input declares a setting or a member, it is `partial`, and every other setting or
 *   member list is `undeclared` (see `isUndeclared`): rules answer NOT_APPLICABLE there, never
 *   NON_COMPLIANT. Its id is `ACCOUNT_ID`; it is located where the fact a rule reads is declared.
 * - Deployed inputs (AWS Config items, the live scan) bring the account themselves (id: the
 *   account id); facts a source could not read are Unknown. A member list that is an array was
 *   read; its elements are the members the document holds.
 *
 * Where settings come from, as data: Terraform types that set one map to an `AWS::::Account`
 * fragment carrying it (`aws_iam_account_password_policy` → `PasswordPolicy`), as do Config's
 * `AWS::S3::AccountPublicAccessBlock` items; `completeAccounts` merges the fragments of an account
 * into one resource and links its members.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Edge, PropertyPath, Resource, SourcePosition } from './resource.js';
import { isUnknown, unknown, type Unknown } from './unknown.js';
import { isObject, type Properties, type Value } from './value.js';

export const ACCOUNT_TYPE = 'AWS::::Account';

/** The id of the account a declaring input (template, plan) builds: no logical id or address looks like it. */
export const ACCOUNT_ID = '(account)';

/** Account-wide settings, and what each becomes when the resource that set it is deleted. */
export const ACCOUNT_SETTINGS: Readonly<Record<string, Value>> = {
  PasswordPolicy: null,
  EbsEncryptionByDefault: false,
  PublicAccessBlock: null,
  Organization: null,
};

/** Resources that switch an account-wide service on, by the account property listing them. */
export const ACCOUNT_MEMBERS: readonly { property: string; type: string }[] = [
  { property: 'Trails', type: 'AWS::CloudTrail::Trail' },
  { property: 'GuardDutyDetectors', type: 'AWS::GuardDuty::Detector' },
  { property: 'SecurityHubs', type: 'AWS::SecurityHub::Hub' },
  { property: 'AccessAnalyzers', type: 'AWS::AccessAnalyzer::Analyzer' },
];

const MEMBER_PROPERTY = new Map(ACCOUNT_MEMBERS.map((member) => [member.type, member.property]));

/** Why an account setting is not known in a declaring input: the input does not declare it. */
export const UNDECLARED = 'this input does not declare it, and says nothing about the account';

/** True when `value` is an account fact the input does not declare (a declaring input's account). */
export function isUndeclared(value: Value | undefined): value is Unknown {
  return isUnknown(value) && value.mayBeAbsent && value.reason === UNDECLARED;
}

/** A reference to a member, as a template's `Ref` is. */
function memberRef(member: Resource): Unknown {
  return unknown(`${member.type} ${member.id} (a reference)`, { resource: member.id });
}

export interface AccountResult {
  /** The accounts made or completed. */
  accounts: Resource[];
  /** Fragments merged into an account, now gone from the map, by id. */
  merged: Map<string, Resource>;
  /** The edges from each account to its members. */
  edges: Edge[];
  /** Where each account fact was declared: account id → property → resource id. */
  origins: Map<string, Map<string, string>>;
}

/**
 * Completes the accounts of one document in place: merges `AWS::::Account` fragments of the same
 * account and region into the first, creates a declaring input's account when it declares a fact,
 * and lists each account's members. `deployed` documents (Config items, live reads) get no account
 * they did not bring.
 */
export function completeAccounts(resources: Map<string, Resource>, deployed: boolean): AccountResult {
  const result: AccountResult = { accounts: [], merged: new Map(), edges: [], origins: new Map() };
  const byKey = new Map<string, Resource>();
  const keyOf = (resource: Resource): string => (deployed ? `${resource.source.account ?? '?'}|${resource.source.region ?? '?'}` : '');
  const facts = new Map<string, Map<string, string>>();
  const deletedFragments = new Set<string>();

  // A deployed account read as such (it names its `AccountId`) is the account; fragments (an account public access block item) fill it.
  const fragments = [...resources.values()].filter((resource) => resource.type === ACCOUNT_TYPE);
  if (deployed) fragments.sort((a, b) => Number(b.properties.AccountId !== undefined) - Number(a.properties.AccountId !== undefined));
  for (const fragment of fragments) {
    const key = keyOf(fragment);
    let account = byKey.get(key);
    if (!account) {
      account = deployed ? fragment : newAccount(fragment);
      if (!deployed) resources.set(account.id, account);
      byKey.set(key, account);
      facts.set(account.id, new Map());
    }
    if (account !== fragment) {
      resources.delete(fragment.id);
      result.merged.set(fragment.id, fragment);
    }
    if (!deployed) mergeFragment(account, fragment, facts.get(account.id) as Map<string, string>, deletedFragments);
    else if (account !== fragment) mergeDeployed(account, fragment);
  }

  for (const resource of [...resources.values()]) {
    const property = MEMBER_PROPERTY.get(resource.type);
    if (property === undefined) continue;
    const key = keyOf(resource);
    let account = byKey.get(key);
    if (!account) {
      if (deployed) continue;
      account = newAccount(resource);
      resources.set(account.id, account);
      byKey.set(key, account);
      facts.set(account.id, new Map());
    }
    const origins = facts.get(account.id) as Map<string, string>;
    if (!deployed) {
      account.partial?.attachedBy.push(resource.id);
      inheritSkips(account, resource);
      if (!origins.has(property)) origins.set(property, resource.id);
    }
    if (resource.action === 'delete') {
      if (!Array.isArray(account.properties[property])) account.properties[property] = [];
      continue;
    }
    const list = account.properties[property];
    if (Array.isArray(list)) list.push(memberRef(resource));
    else if (!deployed || list === undefined) account.properties[property] = [memberRef(resource)];
  }

  for (const account of byKey.values()) {
    for (const { property } of ACCOUNT_MEMBERS) {
      const list = account.properties[property];
      if (!Array.isArray(list)) continue;
      list.forEach((element, index) => {
        if (isUnknown(element) && element.ref) result.edges.push({ from: account.id, to: element.ref.resource, kind: 'Reference', path: [property, index] });
      });
    }
    if (!deployed) settle(account, resources);
    result.accounts.push(account);
    result.origins.set(account.id, facts.get(account.id) ?? new Map());
  }
  return result;
}

/** A declaring input's account, first declared by `first`; every fact it does not declare is undeclared. */
function newAccount(first: Resource): Resource {
  const undeclared = unknown(UNDECLARED, undefined, true);
  const properties: Properties = {};
  for (const name of Object.keys(ACCOUNT_SETTINGS)) properties[name] = undeclared;
  for (const { property } of ACCOUNT_MEMBERS) properties[property] = undeclared;
  const source: Resource['source'] = { file: first.source.file, format: first.source.format };
  if (first.source.position) source.position = first.source.position;
  if (first.source.account) source.account = first.source.account;
  if (first.source.region) source.region = first.source.region;
  return {
    id: ACCOUNT_ID,
    type: ACCOUNT_TYPE,
    properties,
    source,
    partial: { reason: `the account: ${UNDECLARED}, except what its resources set`, attachedBy: [] },
  };
}

/** A declaring input's fragment (`aws_iam_account_password_policy`): its settings, or what deleting it leaves. */
function mergeFragment(account: Resource, fragment: Resource, origins: Map<string, string>, deleted: Set<string>): void {
  account.partial?.attachedBy.push(fragment.id);
  inheritSkips(account, fragment);
  for (const [name, value] of Object.entries(fragment.properties)) {
    if (!(name in ACCOUNT_SETTINGS)) continue;
    const first = origins.get(name);
    if (first !== undefined && !isUndeclared(account.properties[name])) {
      // A deleted declaration gives way to a living one; two living ones that differ leave the account with whichever is applied last, which the input does not say.
      if (fragment.action === 'delete') continue;
      if (!deleted.has(first)) {
        const current = account.properties[name];
        if (!isUnknown(current) && !isDeepStrictEqual(current, value)) {
          account.properties[name] = unknown(`${name} is declared by both ${first} and ${fragment.id}, with different values`);
        }
        continue;
      }
    }
    origins.set(name, fragment.id);
    if (fragment.action === 'delete') deleted.add(fragment.id);
    // A fragment that may not exist (an unknown count) leaves its setting unknown, not declared.
    if (fragment.conditional) account.properties[name] = unknown(`${name} is set by ${fragment.id}, which may not exist (${fragment.conditional})`, undefined, true);
    else if (fragment.unresolved) account.properties[name] = unknown(`${name}: ${fragment.unresolved}`);
    else account.properties[name] = fragment.action === 'delete' ? (ACCOUNT_SETTINGS[name] as Value) : value;
  }
}

/** A deployed fragment (Config's account public access block item) fills what the account did not read. */
function mergeDeployed(account: Resource, fragment: Resource): void {
  for (const [name, value] of Object.entries(fragment.properties)) {
    const current = account.properties[name];
    if (current === undefined || isUnknown(current)) account.properties[name] = value;
  }
}

/** The account's change: none when nothing that declares it changes. */
function settle(account: Resource, resources: Map<string, Resource>): void {
  const actions = (account.partial?.attachedBy ?? []).map((id) => resources.get(id)?.action).filter((action) => action !== undefined);
  if (actions.length === 0) return;
  account.action = actions.every((action) => action === 'no-op' || action === 'read') ? 'no-op' : 'update';
}

/** Suppressions written on a resource that declares an account fact apply to the account's rules. */
function inheritSkips(account: Resource, from: Resource): void {
  const tosei = from.metadata?.tosei;
  const skips = isObject(tosei) && Array.isArray(tosei.skip) ? tosei.skip : undefined;
  if (!skips || skips.length === 0) return;
  const own = account.metadata?.tosei;
  const existing = isObject(own) && Array.isArray(own.skip) ? own.skip : [];
  account.metadata = { ...account.metadata, tosei: { ...(isObject(own) ? own : {}), skip: [...existing, ...skips] } };
}

/**
 * A locator for the account: a path into a fact finds where the resource declaring that fact is
 * (in the account's own file), through the document's own locator.
 */
export function accountLocator(result: AccountResult, resources: ReadonlyMap<string, Resource>, locate: (resourceId: string, path: PropertyPath) => SourcePosition | undefined) {
  return (resourceId: string, path: PropertyPath): SourcePosition | undefined => {
    const origins = result.origins.get(resourceId);
    if (origins === undefined) return locate(resourceId, path);
    const account = resources.get(resourceId);
    const [fact, index, ...rest] = path;
    const memberId = typeof index === 'number' ? memberAt(account, String(fact), index) : undefined;
    const origin = memberId ?? (fact === undefined ? undefined : origins.get(String(fact)));
    const declaring = origin === undefined ? undefined : (resources.get(origin) ?? result.merged.get(origin));
    if (!declaring || declaring.source.file !== account?.source.file) return account?.source.position;
    // A member's own path (`Trails[0].KMSKeyId`) is its property path; a fragment is gone from the document: its start.
    if (memberId !== undefined) return locate(declaring.id, rest) ?? declaring.source.position;
    return declaring.source.position;
  };
}

function memberAt(account: Resource | undefined, property: string, index: number): string | undefined {
  const list = account?.properties[property];
  const element = Array.isArray(list) ? list[index] : undefined;
  return isUnknown(element) ? element.ref?.resource : undefined;
}
