import type { ResourceGraph } from '../../model/graph.js';
import type { PropertyPath, Resource } from '../../model/resource.js';
import { isUnknown, type Unknown } from '../../model/unknown.js';
import { isObject, toBoolean, toList, type Value } from '../../model/value.js';
import { compliant, insufficientData, nonCompliant } from '../define.js';
import type { Verdict } from '../types.js';
import { existence } from './certainty.js';
import { actionsCover, isAllow, policyStatements, resourceStatementIsPublic, someConditionPair, type Statement } from './policy.js';
import { bucketPolicies } from './s3-bucket-policies.js';
import { allOf } from './tristate.js';

/**
 * Whether a bucket lets everyone read or write, as the Config rules s3-bucket-public-read-prohibited
 * and s3-bucket-public-write-prohibited judge it: through its ACL unless the bucket's public access
 * block ignores public ACLs (or ACLs are disabled by BucketOwnerEnforced), and through its bucket
 * policy unless the block restricts public buckets. The account-level block is not part of a
 * template or plan and is taken as not set, as the Config rules do.
 */
export type Access = 'read' | 'write';

/** Actions a public grant of each kind gives; a statement whose action patterns match one grants it. */
const ACTIONS: Readonly<Record<Access, readonly string[]>> = {
  read: ['s3:GetObject', 's3:GetObjectVersion', 's3:ListBucket', 's3:ListBucketVersions'],
  write: [
    's3:PutObject', 's3:DeleteObject', 's3:DeleteObjectVersion', 's3:PutObjectAcl', 's3:PutObjectVersionAcl', 's3:PutBucketAcl',
    's3:PutBucketPolicy', 's3:DeleteBucketPolicy', 's3:DeleteBucket', 's3:RestoreObject', 's3:AbortMultipartUpload',
  ],
};

/** Canned ACLs granting everyone (AllUsers) or every AWS account (AuthenticatedUsers) access. */
const PUBLIC_ACLS: Readonly<Record<Access, readonly string[]>> = {
  read: ['PublicRead', 'PublicReadWrite', 'AuthenticatedRead'],
  write: ['PublicReadWrite'],
};
const CANNED_ACLS = ['Private', 'PublicRead', 'PublicReadWrite', 'AuthenticatedRead', 'LogDeliveryWrite', 'BucketOwnerRead', 'BucketOwnerFullControl', 'AwsExecRead'];

/**
 * Condition keys that tie a statement to fixed principals or networks; with a fixed value and a
 * positive operator they make the statement non-public (S3's "fixed values" rule).
 */
const RESTRICTING_KEYS = new Set([
  'aws:sourcearn', 'aws:sourcevpc', 'aws:sourcevpce', 'aws:sourceaccount', 'aws:sourceowner', 'aws:sourceip', 'aws:principalorgid',
  'aws:principalorgpaths', 'aws:principalaccount', 'aws:principalarn', 'aws:userid', 's3:dataaccesspointarn', 's3:dataaccesspointaccount',
]);
const OPEN_NETWORKS = new Set(['0.0.0.0/0', '::/0']);

export const PUBLIC_ACCESS_MESSAGES = {
  notPublic: 'Bucket {{id}} does not grant public {{access}} access through its ACL or bucket policy.',
  publicAcl: 'Bucket {{id}} grants public {{access}} access with its ACL ({{acl}}), and its public access block does not ignore public ACLs.',
  publicPolicy: 'The bucket policy {{policy}} of bucket {{id}} allows everyone {{access}} access, and its public access block does not restrict public buckets.',
  unknownAcl: 'Whether the ACL of bucket {{id}} grants public {{access}} access is not known before deployment ({{reason}}).',
  unknownPolicy: 'Whether a bucket policy grants public {{access}} access to bucket {{id}} is not known before deployment ({{reason}}).',
} as const;

export type PublicAccessMessage = keyof typeof PUBLIC_ACCESS_MESSAGES;

export function judgePublicAccess(bucket: Resource, graph: ResourceGraph, access: Access): Verdict<PublicAccessMessage>[] {
  const block = bucket.properties.PublicAccessBlockConfiguration;
  const acl = aclAspect(bucket, access, flag(block, 'IgnorePublicAcls'));
  const policy = policyAspect(bucket, graph, access, flag(block, 'RestrictPublicBuckets'));
  const verdicts: Verdict<PublicAccessMessage>[] = [];
  if (acl.public === true) verdicts.push(nonCompliant('publicAcl', { access, acl: acl.acl }, ['AccessControl']));
  if (policy.public === true) verdicts.push(nonCompliant('publicPolicy', { access, policy: policy.policy }, []));
  if (verdicts.length > 0) return verdicts;
  if (isUnknown(acl.public)) verdicts.push(insufficientData('unknownAcl', { access, reason: acl.public.reason }, acl.path));
  if (isUnknown(policy.public)) verdicts.push(insufficientData('unknownPolicy', { access, reason: policy.public.reason }, policy.path));
  return verdicts.length > 0 ? verdicts : [compliant('notPublic', { access }, [])];
}

/** A public access block flag: true only when set to true; an unknown block or flag is unknown. */
function flag(block: Value | undefined, name: string): boolean | Unknown {
  if (isUnknown(block)) return block;
  if (!isObject(block)) return false;
  return toBoolean(block[name]) ?? false;
}

const not = (value: boolean | Unknown): boolean | Unknown => (isUnknown(value) ? value : !value);

function aclAspect(bucket: Resource, access: Access, ignored: boolean | Unknown): { public: boolean | Unknown; acl: string; path: PropertyPath } {
  const acl = bucket.properties.AccessControl;
  const path = ['AccessControl'];
  // With BucketOwnerEnforced, S3 disables ACLs: a bucket ACL grants nothing.
  const disabled = ownerEnforced(bucket.properties.OwnershipControls);
  if (disabled === true) return { public: false, acl: '', path };
  let granted: boolean | Unknown;
  if (acl === undefined || acl === null) granted = false;
  else if (isUnknown(acl)) granted = acl;
  else if (typeof acl === 'string' && CANNED_ACLS.includes(acl)) granted = PUBLIC_ACLS[access].includes(acl);
  // A value that is not a canned ACL is malformed: never taken for private.
  else granted = true;
  return { public: allOf([granted, not(ignored), not(disabled)]), acl: typeof acl === 'string' ? acl : 'not a canned ACL', path };
}

/** Whether the bucket's OwnershipControls disable ACLs (BucketOwnerEnforced). */
export function ownerEnforced(controls: Value | undefined): boolean | Unknown {
  if (isUnknown(controls)) return controls;
  if (!isObject(controls)) return false;
  const rules = toList(controls.Rules);
  if (isUnknown(rules)) return rules;
  let undecided: Unknown | undefined;
  for (const rule of rules) {
    if (isUnknown(rule)) undecided ??= rule;
    else if (isObject(rule)) {
      if (isUnknown(rule.ObjectOwnership)) undecided ??= rule.ObjectOwnership;
      else if (rule.ObjectOwnership === 'BucketOwnerEnforced') return true;
    }
  }
  return undecided ?? false;
}

function policyAspect(bucket: Resource, graph: ResourceGraph, access: Access, restricted: boolean | Unknown): { public: boolean | Unknown; policy: string; path: PropertyPath } {
  let undecided: Unknown | undefined;
  // A policy on a bucket the input does not declare (or whose name is unresolved) is judged on
  // that partial bucket, whose public access block is unknown.
  for (const policy of bucketPolicies(bucket, graph)) {
    const result = allOf([grantsPublicly(policy, access), existence(policy), not(restricted)]);
    if (result === true) return { public: true, policy: policy.id, path: [] };
    if (isUnknown(result)) undecided ??= result;
  }
  return { public: undecided ?? false, policy: '', path: [] };
}

/** Whether one of the policy's statements allows everyone the access. */
function grantsPublicly(policy: Resource, access: Access): boolean | Unknown {
  const statements = policyStatements(policy.properties.PolicyDocument, ['PolicyDocument']);
  if (isUnknown(statements)) return statements;
  let undecided: Unknown | undefined;
  for (const statement of statements) {
    const grants = statementGrants(statement, access);
    if (grants === true) return true;
    if (isUnknown(grants)) undecided ??= grants;
  }
  return undecided ?? false;
}

function statementGrants(statement: Statement, access: Access): boolean | Unknown {
  const everyone = resourceStatementIsPublic(statement);
  return allOf([isAllow(statement), everyone, coversAny(statement, ACTIONS[access]), not(conditionRestricts(statement.condition))]);
}

function coversAny(statement: Statement, actions: readonly string[]): boolean | Unknown {
  if (statement.actions !== undefined) {
    let undecided: Unknown | undefined;
    for (const action of actions) {
      const covers = actionsCover(statement.actions, action);
      if (covers === true) return true;
      if (isUnknown(covers)) undecided ??= covers;
    }
    return undecided ?? false;
  }
  if (statement.notActions === undefined) return false;
  // NotAction: every action but those listed.
  let undecided: Unknown | undefined;
  for (const action of actions) {
    const excluded = actionsCover(statement.notActions, action);
    if (excluded === false) return true;
    if (isUnknown(excluded)) undecided ??= excluded;
  }
  return undecided ?? false;
}

/** Whether a condition pins the statement to fixed principals or networks (a positive operator, fixed values). */
function conditionRestricts(condition: Value | undefined): boolean | Unknown {
  return someConditionPair(condition, (operator, key, value) => {
    if (!RESTRICTING_KEYS.has(key.toLowerCase())) return false;
    // Negated operators, IfExists and Null checks pass for requests without the key.
    if (/Not|IfExists$|^Null$/.test(operator)) return false;
    const values = toList(value);
    if (isUnknown(values)) return values;
    if (values.length === 0) return false;
    let undecided: Unknown | undefined;
    for (const item of values) {
      if (isUnknown(item)) undecided ??= item;
      else if (typeof item !== 'string' || /[*?]|\$\{/.test(item) || OPEN_NETWORKS.has(item)) return false;
    }
    return undecided ?? true;
  });
}
