import type { ResourceGraph } from '../../model/graph.js';
import { noteMalformedRead } from '../../model/malformed.js';
import { describesDeployed, type PropertyPath, type Resource } from '../../model/resource.js';
import { isUnknown, unknown, type Unknown } from '../../model/unknown.js';
import type { Value } from '../../model/value.js';
import { compliant, insufficientData, nonCompliant, notApplicable } from '../define.js';
import type { Verdict } from '../types.js';
import { isSet } from './certainty.js';
import { kmsKeyMatches } from './kms.js';
import { booleanSetting } from './settings.js';

/**
 * Encryption at rest with AWS KMS, the judgement shared by the stores that encrypt with a KMS key
 * of the customer's choice or the service's AWS managed key (DynamoDB tables, SNS topics, Kinesis
 * streams, Secrets Manager secrets, DocumentDB and Neptune clusters): is the resource encrypted
 * with KMS, with which key, and is that key one the organisation expects. Each rule reads its
 * service's settings into a `KmsEncryption`; the verdict and its messages are the same for all.
 */

export interface KmsEncryption {
  /** What the resource is, capitalised, for the messages: `Table`, `Topic`, `Secret`. */
  noun: string;
  /** Whether the resource is encrypted with a KMS key at all. */
  encrypted: boolean | Unknown;
  /** The property that says so (`[]` when the service default decided). */
  encryptedPath: PropertyPath;
  /** Why it is not encrypted, for the message (e.g. `SSEEnabled is false`). */
  notEncryptedBecause: string;
  /** The key the resource names; undefined, null or '' when it names none. */
  key: Value | undefined;
  keyPath: PropertyPath;
  /** The AWS managed key the service uses when the resource names none, e.g. `alias/aws/dynamodb`. */
  serviceKey: string;
}

export interface KeyExpectation {
  /** Keys (ARNs, ids, aliases) the resource must be encrypted with; any key when empty or absent. */
  allowed?: readonly string[];
  /** Only a customer managed key passes: the service's AWS managed key (`alias/aws/...`) fails. */
  customerManaged?: boolean;
}

export const KMS_ENCRYPTION_MESSAGES = {
  encrypted: '{{noun}} {{id}} is encrypted at rest with AWS KMS key {{key}}.',
  notEncrypted: '{{noun}} {{id}} is not encrypted at rest with AWS KMS ({{reason}}).',
  awsManagedKey: '{{noun}} {{id}} is encrypted with the AWS managed key {{key}}, not with a customer managed key.',
  keyNotAllowed: '{{noun}} {{id}} is encrypted with {{key}}, which is not one of {{allowed}}.',
  unknownEncryption: 'Whether {{noun}} {{id}} is encrypted at rest with an expected AWS KMS key is not known before deployment ({{reason}}).',
} as const;

export type KmsEncryptionMessage = keyof typeof KMS_ENCRYPTION_MESSAGES;

const AWS_MANAGED_ALIAS = /^(arn:[a-z-]+:kms:[^:]*:[^:]*:)?alias\/aws\//;
const ALIAS = /^(arn:[a-z-]+:kms:[^:]*:[^:]*:)?alias\//;
/** The ways KMS names a key: key ARN or alias ARN, alias name, key id (a UUID, or `mrk-` and 32 hex digits for a multi-Region key). */
const KEY_IDENTIFIER = /^(arn:[a-z-]+:kms:[^:]*:[^:]*:(key|alias)\/.+|alias\/.+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$/i;
const KMS_TYPES = new Set(['AWS::KMS::Key', 'AWS::KMS::Alias', 'AWS::KMS::ReplicaKey']);

function named(key: Value | undefined): boolean {
  return key !== undefined && key !== null && key !== '';
}


/**
 * Whether a named key is customer managed. An `alias/aws/...` name is an AWS managed key; another
 * alias is the customer's (an alias can only point at a customer managed key). A key created among
 * the inputs is the customer's unless the inputs record who manages it (a Config item's
 * `keyManager`). A literal key id or ARN of a key that is not among the inputs is taken as customer
 * managed in a template or plan, where AWS managed keys are chosen by their alias; on a deployed
 * resource (`deployed`) AWS records the key's ARN whichever key it is, so a key that could not be
 * read (not recorded, access denied) is not known. Text that is none of KMS's ways to name a key
 * (`aws/secretsmanager` without `alias/`, a bare name) is malformed, so not known either.
 */
export function isCustomerManagedKey(key: Value, graph: ResourceGraph, deployed = false): boolean | Unknown {
  const target = graph.target(key);
  if (target && KMS_TYPES.has(target.type)) {
    if (target.type === 'AWS::KMS::Alias') return true;
    const manager = target.observed?.KeyManager;
    if (manager === 'AWS') return false;
    if (manager === 'CUSTOMER') return true;
    // A key created by the template or plan is the customer's; a deployed key must say who manages it.
    if (!describesDeployed(target.source.format)) return true;
    return unknown(`who manages key ${typeof key === 'string' ? key : target.id} is not recorded`);
  }
  if (isUnknown(key)) return unknown(`the key is ${key.reason}`);
  if (typeof key !== 'string') return unknown(`malformed: the key is ${JSON.stringify(key)}`);
  const name = key.trim();
  if (AWS_MANAGED_ALIAS.test(name)) return false;
  if (!KEY_IDENTIFIER.test(name)) return unknown(`malformed: ${JSON.stringify(name)} is not a KMS key id, key ARN, alias name or alias ARN`);
  if (!deployed || ALIAS.test(name)) return true;
  return unknown(`key ${name} could not be read, so whether it is customer managed is not known`);
}

/**
 * Text that is none of KMS's ways to name a key (a key id, key ARN, alias name or alias ARN) names no
 * key, so the encryption it claims is not known: the malformed reason, or undefined for a key name,
 * a reference to a key among the inputs, or a value not known yet.
 */
export function malformedKeyName(key: Value | undefined, graph: ResourceGraph): Unknown | undefined {
  if (typeof key !== 'string' || graph.target(key) || KEY_IDENTIFIER.test(key.trim())) return undefined;
  return unknown(`malformed: ${JSON.stringify(key)} is not a KMS key id, key ARN, alias name or alias ARN`);
}

/**
 * `malformedKeyName` for the key a resource names itself, noted as a malformed read of the running
 * rule (see `noteMalformedRead`), so no verdict of that rule on the resource passes on it. Only what
 * a user writes (a template, a plan) can misname a key: what AWS records (a Config item, a live scan)
 * names it its own way (`AWS_OWNED_KMS_KEY`). An empty text names no key at all and is left to the rule.
 */
export function misnamedKey(resource: Resource, key: Value | undefined, graph: ResourceGraph): Unknown | undefined {
  if (describesDeployed(resource.source.format) || (typeof key === 'string' && key.trim() === '')) return undefined;
  const misnamed = malformedKeyName(key, graph);
  if (misnamed) noteMalformedRead(misnamed);
  return misnamed;
}

/**
 * The verdict on a resource's KMS encryption. A part that fails decides whatever the others are
 * (an unencrypted resource is non-compliant even when its key is unknown); then an unknown part
 * makes it INSUFFICIENT_DATA.
 */
export function judgeKmsEncryption(state: KmsEncryption, expectation: KeyExpectation, graph: ResourceGraph, subject?: Resource): Verdict<KmsEncryptionMessage> {
  const noun = state.noun;
  if (state.encrypted === false) return nonCompliant('notEncrypted', { noun, reason: state.notEncryptedBecause }, state.encryptedPath);
  const hasKey = named(state.key);
  const keyLabel = hasKey ? (isUnknown(state.key) ? `(${state.key.reason})` : typeof state.key === 'string' ? state.key : JSON.stringify(state.key)) : state.serviceKey;
  const keyPath = hasKey ? state.keyPath : state.encryptedPath;
  let open: { reason: string; path: PropertyPath } | undefined;
  const misnamed = hasKey && !(subject && describesDeployed(subject.source.format)) ? malformedKeyName(state.key, graph) : undefined;
  if (misnamed) open = { reason: misnamed.reason, path: keyPath };
  if (expectation.customerManaged) {
    const customer = hasKey ? isCustomerManagedKey(state.key as Value, graph, subject !== undefined && describesDeployed(subject.source.format)) : false;
    if (customer === false) return nonCompliant('awsManagedKey', { noun, key: keyLabel }, keyPath);
    if (isUnknown(customer)) open ??= { reason: customer.reason, path: keyPath };
  }
  const allowed = expectation.allowed ?? [];
  if (allowed.length > 0) {
    const matches = kmsKeyMatches(hasKey ? state.key : state.serviceKey, allowed);
    if (matches === false) return nonCompliant('keyNotAllowed', { noun, key: keyLabel, allowed: allowed.join(', ') }, keyPath);
    if (isUnknown(matches)) open ??= { reason: matches.reason, path: keyPath };
  }
  if (isUnknown(state.encrypted)) return insufficientData('unknownEncryption', { noun, reason: state.encrypted.reason }, state.encryptedPath);
  if (open) return insufficientData('unknownEncryption', { noun, reason: open.reason }, open.path);
  return compliant('encrypted', { noun, key: keyLabel }, keyPath);
}

/**
 * A database cluster's storage encryption (`StorageEncrypted`, off when unset, with `KmsKeyId` or
 * the service's AWS managed key). A cluster restored from a snapshot or from another cluster
 * (`SnapshotIdentifier`, `SourceDBClusterIdentifier`) inherits its source's encryption unless it
 * turns encryption on: a restore takes no "off" (RestoreDBClusterFromSnapshot and
 * RestoreDBClusterToPointInTime have no StorageEncrypted), so only AWS can tell, as for an RDS
 * instance's replica or restore.
 */
export function clusterStorageEncryption(cluster: Resource, noun: string, serviceKey: string): KmsEncryption {
  const written = cluster.properties.StorageEncrypted;
  const setting = booleanSetting(cluster, ['StorageEncrypted']);
  const source = ['SnapshotIdentifier', 'SourceDBClusterIdentifier'].find((name) => isSet(cluster.properties[name]) !== false);
  const inherits = source !== undefined && setting !== true && !isUnknown(setting);
  const encrypted: boolean | Unknown = inherits ? unknown(`the cluster is restored from ${source} and inherits its encryption`) : (setting ?? false);
  return {
    noun,
    encrypted,
    encryptedPath: inherits ? [source] : written === undefined ? [] : ['StorageEncrypted'],
    notEncryptedBecause: written === undefined ? 'StorageEncrypted is not set, so storage is not encrypted' : 'StorageEncrypted is false',
    key: cluster.properties.KmsKeyId,
    keyPath: ['KmsKeyId'],
    serviceKey,
  };
}

export const ENGINE_CLUSTER_MESSAGES = { ...KMS_ENCRYPTION_MESSAGES, otherEngine: 'RDS cluster {{id}} runs {{engine}}, not {{product}}.' } as const;

/**
 * Storage encryption of a DocumentDB or Neptune cluster. CloudFormation and Terraform create them
 * as their own types; AWS Config records them as `AWS::RDS::DBCluster` with engine `docdb` or
 * `neptune`, so an RDS cluster of another engine (Aurora, RDS) is not applicable.
 */
export function judgeEngineClusterEncryption(cluster: Resource, engine: string, product: string, allowed: readonly string[] | undefined, graph: ResourceGraph): Verdict<keyof typeof ENGINE_CLUSTER_MESSAGES> {
  const recorded = cluster.properties.Engine;
  if (cluster.type === 'AWS::RDS::DBCluster' && !(typeof recorded === 'string' && recorded.toLowerCase() === engine)) {
    return notApplicable('otherEngine', { engine: typeof recorded === 'string' ? recorded : 'an engine that is not recorded', product }, ['Engine']);
  }
  return judgeKmsEncryption(clusterStorageEncryption(cluster, 'Cluster', 'alias/aws/rds'), allowed ? { allowed } : {}, graph);
}
