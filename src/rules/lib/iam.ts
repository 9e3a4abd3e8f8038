import type { ResourceGraph } from '../../model/graph.js';
import type { PropertyPath, Resource } from '../../model/resource.js';
import { isUnknown, unknown, type Unknown } from '../../model/unknown.js';
import { insufficientData } from '../define.js';
import type { Verdict } from '../types.js';
import { existence } from './certainty.js';
import { isObject, type Value } from '../../model/value.js';
import type { Statement } from './policy.js';
import { byLiteral, firstNamed, inGraphOrder } from './lookup.js';

/** How a principal (user, role, group) is named and referred to in IAM resources. */
interface PrincipalShape {
  /** Property of `AWS::IAM::Policy` / `AWS::IAM::ManagedPolicy` that lists such principals. */
  listProperty: 'Users' | 'Roles' | 'Groups';
  /** The principal's own name property; also the property of its single-principal inline policy resource. */
  nameProperty: 'UserName' | 'RoleName' | 'GroupName';
  /** The separate inline policy resource for this kind of principal. */
  inlinePolicyType: string;
}

const PRINCIPALS: Record<string, PrincipalShape> = {
  'AWS::IAM::User': { listProperty: 'Users', nameProperty: 'UserName', inlinePolicyType: 'AWS::IAM::UserPolicy' },
  'AWS::IAM::Role': { listProperty: 'Roles', nameProperty: 'RoleName', inlinePolicyType: 'AWS::IAM::RolePolicy' },
  'AWS::IAM::Group': { listProperty: 'Groups', nameProperty: 'GroupName', inlinePolicyType: 'AWS::IAM::GroupPolicy' },
};

/** Policy resources that attach one document to several principals through `Users`/`Roles`/`Groups`. */
const SHARED_POLICY_TYPES = ['AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy'] as const;

/** One policy attached to a principal. */
export interface PolicyAttachment {
  /**
   * `inline`: an entry of the principal's own `Policies`; `managedArn`: an entry of its
   * `ManagedPolicyArns`; `policyResource`: a separate `AWS::IAM::Policy`, `AWS::IAM::ManagedPolicy`
   * or `AWS::IAM::UserPolicy`/`RolePolicy`/`GroupPolicy` that names the principal.
   */
  kind: 'inline' | 'managedArn' | 'policyResource';
  /** The resource that declares the attachment: the principal itself, or the policy resource. */
  declaredBy: Resource;
  /** Path of the attachment inside `declaredBy`. */
  path: PropertyPath;
  /** A readable name: policy name, ARN, or logical id. */
  name: string;
  /** `managedArn` only: the ARN as written (a string, or an Unknown). */
  arn?: Value;
  /** `managedArn` only: the template's managed policy the ARN refers to (`!Ref MyManagedPolicy`). */
  target?: Resource;
  /**
   * Set when it is not known whether this attachment exists or what it is: an unresolved list, an
   * entry behind an undecidable `Fn::If`, an ARN or policy entry that is not known before deployment.
   */
  unknown?: Unknown;
  /**
   * Set (with `unknown`) when the attachment may not exist at all: a list that is not known (it may
   * be empty), an entry that may be `AWS::NoValue`, a policy resource under an undecidable
   * `Condition:` or one whose `Users`/`Roles`/`Groups` may not name the principal. Without it the
   * attachment exists, even when `unknown` says its policy is known only at deployment.
   */
  uncertain?: Unknown;
}

/** True for `AWS::IAM::User`, `AWS::IAM::Role` and `AWS::IAM::Group`. */
export function isPrincipal(resource: Resource): boolean {
  return resource.type in PRINCIPALS;
}

/**
 * Every policy attached to a user, role or group: its inline `Policies`, its `ManagedPolicyArns`,
 * and the `AWS::IAM::Policy` / `AWS::IAM::ManagedPolicy` resources that list it in
 * `Users`/`Roles`/`Groups`, plus `AWS::IAM::UserPolicy`/`RolePolicy`/`GroupPolicy` resources that
 * name it. A policy resource refers to the principal with a `Ref` or with its literal name.
 * References the template can not trace (e.g. `Fn::ImportValue` entries in a policy's `Users`)
 * are not attributed to any principal.
 */
export function principalPolicies(principal: Resource, graph: ResourceGraph): PolicyAttachment[] {
  const shape = PRINCIPALS[principal.type];
  if (!shape) return [];
  return [...inlinePolicies(principal), ...managedPolicyArns(principal, graph), ...policyResources(principal, shape, graph)];
}

function inlinePolicies(principal: Resource): PolicyAttachment[] {
  const policies = principal.properties.Policies;
  if (isUnknown(policies)) return [{ kind: 'inline', declaredBy: principal, path: ['Policies'], name: 'Policies', unknown: policies, uncertain: policies }];
  if (!Array.isArray(policies)) return [];
  const found: PolicyAttachment[] = [];
  policies.forEach((entry, index) => {
    const path = ['Policies', index];
    if (isUnknown(entry)) found.push({ kind: 'inline', declaredBy: principal, path, name: `Policies[${index}]`, ...unknownEntry(entry) });
    else if (isObject(entry)) found.push({ kind: 'inline', declaredBy: principal, path, name: typeof entry.PolicyName === 'string' ? entry.PolicyName : `Policies[${index}]` });
  });
  return found;
}

/**
 * The entries of the principal's own `ManagedPolicyArns` only: for a rule that judges the managed
 * policies a template does not declare, without reading every policy resource of the graph.
 */
export function managedPolicyArns(principal: Resource, graph: ResourceGraph): PolicyAttachment[] {
  const arns = principal.properties.ManagedPolicyArns;
  if (isUnknown(arns)) return [{ kind: 'managedArn', declaredBy: principal, path: ['ManagedPolicyArns'], name: 'ManagedPolicyArns', arn: arns, unknown: arns, uncertain: arns }];
  if (!Array.isArray(arns)) return [];
  const found: PolicyAttachment[] = [];
  arns.forEach((arn, index) => {
    const path = ['ManagedPolicyArns', index];
    if (typeof arn === 'string') {
      found.push({ kind: 'managedArn', declaredBy: principal, path, name: arn, arn });
      return;
    }
    if (!isUnknown(arn)) return;
    const target = graph.target(arn);
    if (target?.type === 'AWS::IAM::ManagedPolicy') found.push({ kind: 'managedArn', declaredBy: principal, path, name: target.id, arn, target });
    else found.push({ kind: 'managedArn', declaredBy: principal, path, name: `ManagedPolicyArns[${index}]`, arn, ...unknownEntry(arn) });
  });
  return found;
}

/** An entry that is not known: it exists unless it may be `AWS::NoValue`. */
function unknownEntry(entry: Unknown): { unknown: Unknown; uncertain?: Unknown } {
  return entry.mayBeAbsent ? { unknown: entry, uncertain: entry } : { unknown: entry };
}

/** A policy resource under an undecidable `Condition:` may not exist: its attachment is uncertain. */
function ifCreated(attachment: PolicyAttachment): PolicyAttachment {
  const exists = existence(attachment.declaredBy);
  if (exists === true || attachment.uncertain) return attachment;
  return { ...attachment, unknown: attachment.unknown ?? exists, uncertain: exists };
}

function policyResources(principal: Resource, shape: PrincipalShape, graph: ResourceGraph): PolicyAttachment[] {
  const name = principal.properties[shape.nameProperty];
  const literalName = typeof name === 'string' ? name : undefined;
  const found: PolicyAttachment[] = [];
  // Policies that refer to the principal, and those naming it literally (an index per graph).
  const candidates = (type: string, property: string): Resource[] => {
    const named = literalName === undefined ? [] : (byLiteral(graph, type, property).get(literalName) ?? []);
    return inGraphOrder(graph, [...graph.referrers(principal.id, type, property), ...named]);
  };
  for (const type of SHARED_POLICY_TYPES) {
    for (const policy of candidates(type, shape.listProperty)) {
      const attachment = listAttachment(graph, policy, shape.listProperty, principal.id, literalName);
      if (attachment) found.push(attachment);
    }
  }
  for (const policy of candidates(shape.inlinePolicyType, shape.nameProperty)) {
    const value = policy.properties[shape.nameProperty];
    const base = { kind: 'policyResource' as const, declaredBy: policy, path: [shape.nameProperty], name: policyName(policy) };
    if (refersTo(value, principal.id, literalName)) found.push(base);
    else if (isUnknown(value) && !value.ref && refersByEdge(graph, policy, shape.nameProperty, principal.id)) found.push({ ...base, unknown: value, uncertain: value });
  }
  return found.map(ifCreated);
}

/** How a policy resource's `Users`/`Roles`/`Groups` list names the principal, if it does. */
function listAttachment(graph: ResourceGraph, policy: Resource, property: string, principalId: string, literalName: string | undefined): PolicyAttachment | undefined {
  const list = policy.properties[property];
  const base = { kind: 'policyResource' as const, declaredBy: policy, name: policyName(policy) };
  if (isUnknown(list)) {
    // Only a list that mentioned the principal somewhere (an edge) may attach it.
    return refersByEdge(graph, policy, property, principalId) ? { ...base, path: [property], unknown: list, uncertain: list } : undefined;
  }
  if (!Array.isArray(list)) return undefined;
  let uncertain: PolicyAttachment | undefined;
  for (const [index, item] of list.entries()) {
    if (refersTo(item, principalId, literalName)) return { ...base, path: [property, index] };
    if (isUnknown(item) && !item.ref && refersByEdge(graph, policy, property, principalId)) uncertain ??= { ...base, path: [property, index], unknown: item, uncertain: item };
  }
  return uncertain;
}

/** Whether the resource's `property` refers to the principal somewhere (a graph edge), even inside an undecided `Fn::If`. */
function refersByEdge(graph: ResourceGraph, policy: Resource, property: string, principalId: string): boolean {
  return graph.referrers(principalId, policy.type, property).includes(policy);
}

/** Whether a value names the principal: a `Ref`/`GetAtt` to it, or its literal name. */
function refersTo(value: Value | undefined, principalId: string, literalName: string | undefined): boolean {
  if (isUnknown(value)) return value.ref?.resource === principalId;
  return literalName !== undefined && value === literalName;
}

function policyName(policy: Resource): string {
  const name = policy.properties.ManagedPolicyName ?? policy.properties.PolicyName;
  return typeof name === 'string' ? `${name} (${policy.id})` : policy.id;
}

/**
 * A role or user of the template that uses this managed policy as its permissions boundary: by
 * `Ref`/`Fn::GetAtt`/`Fn::Sub` to it, or by an ARN ending in the policy's path and name. One that
 * certainly exists is preferred to one created only under an undecidable condition.
 */
export function boundaryUser(policy: Resource, graph: ResourceGraph): Resource | undefined {
  if (policy.type !== 'AWS::IAM::ManagedPolicy') return undefined;
  const users = [...graph.referrers(policy.id, 'AWS::IAM::Role', 'PermissionsBoundary'), ...graph.referrers(policy.id, 'AWS::IAM::User', 'PermissionsBoundary')];
  const name = policy.properties.ManagedPolicyName;
  if (typeof name === 'string') {
    const policyPath = typeof policy.properties.Path === 'string' ? policy.properties.Path : '/';
    users.push(...(boundariesByPolicyPath(graph).get(`:policy${policyPath}${name}`) ?? []));
  }
  return users.find((principal) => principal.conditional === undefined) ?? users[0];
}

/**
 * How many roles and users use a deployed managed policy as their permissions boundary, as AWS
 * Config records it (`permissionsBoundaryUsageCount`; an Unknown when it did not); undefined for a
 * policy of a template or plan, whose users are found by `boundaryUser`.
 */
export function recordedBoundaryUse(policy: Resource): number | Unknown | undefined {
  const count = policy.observed?.PermissionsBoundaryUsageCount;
  if (count === undefined || isUnknown(count)) return count;
  return typeof count === 'number' && count >= 0 ? count : unknown(`malformed: permissionsBoundaryUsageCount is ${JSON.stringify(count)}`);
}

/** What a deployed policy whose boundary use is not recorded fails is not known: it may be a boundary, which is not checked. */
export function unlessRecordedBoundary<M extends string>(verdicts: readonly Verdict<M>[], use: number | Unknown | undefined, messageId: M): Verdict<M>[] {
  if (!isUnknown(use)) return [...verdicts];
  return verdicts.map((verdict) => (verdict.status === 'NON_COMPLIANT' ? insufficientData(messageId, { principal: 'a role or user', reason: use.reason }, verdict.path) : verdict));
}

/** Roles, then users, by the `:policy/path/name` end of a literal boundary ARN (once per graph). */
function boundariesByPolicyPath(graph: ResourceGraph): ReadonlyMap<string, readonly Resource[]> {
  return graph.memo('iam:boundaries-by-policy-path', () => {
    const index = new Map<string, Resource[]>();
    for (const principal of [...graph.ofType('AWS::IAM::Role'), ...graph.ofType('AWS::IAM::User')]) {
      const boundary = principal.properties.PermissionsBoundary;
      const at = typeof boundary === 'string' && boundary.startsWith('arn:') ? boundary.indexOf(':policy/') : -1;
      if (at < 0) continue;
      const key = (boundary as string).slice(at);
      const list = index.get(key);
      if (list) list.push(principal);
      else index.set(key, [principal]);
    }
    return index;
  });
}

/**
 * The verdicts of a managed policy whose permissions-boundary use is not certain (`boundaryOf` is
 * created only under an undecidable condition): a violation becomes INSUFFICIENT_DATA `messageId`
 * (data `principal`, `reason`), since a boundary would not be judged.
 */
export function unlessBoundary<M extends string>(verdicts: readonly Verdict<M>[], boundaryOf: Resource | undefined, messageId: M): Verdict<M>[] {
  const exists = boundaryOf ? existence(boundaryOf) : true;
  if (exists === true || !boundaryOf) return [...verdicts];
  return verdicts.map((verdict) => (verdict.status === 'NON_COMPLIANT' ? insufficientData(messageId, { principal: boundaryOf.id, reason: exists.reason }, verdict.path) : verdict));
}

/** A short label for a statement in messages: its Sid, else its position. */
export function statementLabel(statement: Statement): string {
  const sid = statement.raw.Sid;
  if (typeof sid === 'string' && sid !== '') return `statement "${sid}"`;
  const index = statement.path[statement.path.length - 1];
  return typeof index === 'number' ? `statement ${index + 1}` : 'its statement';
}

/** The resource types that declare permission policy documents (what `declaredPolicyDocuments` reads). */
export const POLICY_DECLARING_TYPES: readonly string[] = [
  'AWS::IAM::ManagedPolicy',
  'AWS::IAM::Policy',
  'AWS::IAM::RolePolicy',
  'AWS::IAM::UserPolicy',
  'AWS::IAM::GroupPolicy',
  'AWS::IAM::Role',
  'AWS::IAM::User',
  'AWS::IAM::Group',
];

/** A permission policy document a resource declares itself. */
export interface DeclaredDocument {
  /** Lower-case label for messages: `policy admin (AdminPolicy)`, `inline policy ops of OpsRole`. */
  label: string;
  /** The document (object, JSON string, or Unknown). */
  document: Value | undefined;
  /** Path of the document inside the resource. */
  path: PropertyPath;
}

/**
 * The permission policy documents a resource declares itself: `PolicyDocument` of
 * `AWS::IAM::Policy`, `AWS::IAM::ManagedPolicy` and `AWS::IAM::UserPolicy`/`RolePolicy`/`GroupPolicy`,
 * and the inline `Policies` of users, roles and groups. A role's `AssumeRolePolicyDocument` is a trust
 * policy, not a permission policy, and is not returned.
 */
export function declaredPolicyDocuments(resource: Resource): DeclaredDocument[] {
  if (!isPrincipal(resource)) {
    return [{ label: `policy ${policyName(resource)}`, document: resource.properties.PolicyDocument, path: ['PolicyDocument'] }];
  }
  const policies = resource.properties.Policies;
  if (isUnknown(policies)) return [{ label: `the inline policies of ${resource.id}`, document: policies, path: ['Policies'] }];
  if (!Array.isArray(policies)) return [];
  const documents: DeclaredDocument[] = [];
  policies.forEach((entry, index) => {
    if (isUnknown(entry)) documents.push({ label: `inline policy ${index + 1} of ${resource.id}`, document: entry, path: ['Policies', index] });
    else if (isObject(entry)) {
      const name = typeof entry.PolicyName === 'string' ? entry.PolicyName : String(index + 1);
      documents.push({ label: `inline policy ${name} of ${resource.id}`, document: entry.PolicyDocument, path: ['Policies', index, 'PolicyDocument'] });
    }
  });
  return documents;
}

/** One group a user belongs to. */
export interface GroupMembership {
  /** The group resource, when the template declares it. */
  group?: Resource;
  /** The group's name as written, when it is a literal name of a group outside the template. */
  name?: string;
  /**
   * Set when the group is not known before deployment, or whether the user is in it: a `Groups`
   * list or entry that is not known, an `AWS::IAM::UserToGroupAddition` under an undecidable
   * `Condition:` or whose `Users` may not name the user.
   */
  unknown?: Unknown;
  /** The resource declaring the membership (the user, or an `AWS::IAM::UserToGroupAddition`) and where. */
  declaredBy: Resource;
  path: PropertyPath;
}

/**
 * The groups a user belongs to: its own `Groups` list and `AWS::IAM::UserToGroupAddition`
 * resources that list it (by `Ref` or by its literal `UserName`). A group named literally is
 * looked up by `GroupName` among the template's groups.
 */
export function userGroups(user: Resource, graph: ResourceGraph): GroupMembership[] {
  const memberships: GroupMembership[] = [];
  const resolveGroup = (value: Value | undefined, declaredBy: Resource, path: PropertyPath): void => {
    if (isUnknown(value)) {
      const target = graph.target(value);
      if (target && target.type === 'AWS::IAM::Group') memberships.push({ group: target, declaredBy, path });
      else memberships.push({ unknown: value, declaredBy, path });
    } else if (typeof value === 'string') {
      const group = firstNamed(graph, 'AWS::IAM::Group', 'GroupName', value);
      memberships.push(group ? { group, declaredBy, path } : { name: value, declaredBy, path });
    }
  };
  const groups = user.properties.Groups;
  if (isUnknown(groups)) memberships.push({ unknown: groups, declaredBy: user, path: ['Groups'] });
  else if (Array.isArray(groups)) groups.forEach((group, index) => resolveGroup(group, user, ['Groups', index]));
  const userName = typeof user.properties.UserName === 'string' ? user.properties.UserName : undefined;
  const named = userName === undefined ? [] : (byLiteral(graph, 'AWS::IAM::UserToGroupAddition', 'Users').get(userName) ?? []);
  for (const addition of inGraphOrder(graph, [...graph.referrers(user.id, 'AWS::IAM::UserToGroupAddition', 'Users'), ...named])) {
    const found = listAttachment(graph, addition, 'Users', user.id, userName);
    if (!found) continue;
    const attachment = ifCreated(found);
    if (attachment.unknown) memberships.push({ unknown: attachment.unknown, declaredBy: addition, path: attachment.path });
    else resolveGroup(addition.properties.GroupName, addition, ['GroupName']);
  }
  return memberships;
}
