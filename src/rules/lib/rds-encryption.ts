import type { ResourceGraph } from '../../model/graph.js';
import type { PropertyPath, Resource } from '../../model/resource.js';
import { isUnknown } from '../../model/unknown.js';
import type { Verdict } from '../types.js';
import { misnamedKey } from './encryption.js';
import { kmsKeyMatches } from './kms.js';
import { booleanSetting } from './settings.js';
import { engineOf, findRdsResource, isClusterMemberEngine, RDS_IDENTIFIER_OF, RDS_TYPE_NAMES, valueText } from './rds.js';

/**
 * Whether the storage behind an RDS resource is encrypted at rest: its own flag, its Aurora
 * cluster's (an Aurora instance has no storage of its own), or its source's when it inherits
 * (a read replica, a restore, a snapshot of an instance or a copy of a snapshot). Shared by
 * RDS_STORAGE_ENCRYPTED, RDS_CLUSTER_ENCRYPTED_AT_REST and RDS_SNAPSHOT_ENCRYPTED.
 */

export type EncryptionMessageId = 'encrypted' | 'alwaysEncrypted' | 'notEncrypted' | 'defaultKey' | 'wrongKey' | 'unknownEncrypted' | 'unknownKey' | 'inherited';

/** Message templates of the encryption verdicts; `{{subject}}` names the resource and where its storage comes from. */
export const ENCRYPTION_MESSAGES: Readonly<Record<EncryptionMessageId, string>> = {
  encrypted: '{{subject}} is encrypted at rest.',
  alwaysEncrypted: '{{subject}} is an Aurora Serverless v1 cluster, whose storage is always encrypted.',
  notEncrypted: '{{subject}} is not encrypted at rest ({{flag}} is {{actual}}).',
  defaultKey: '{{subject}} is encrypted with the AWS managed key aws/rds, not with {{expected}}.',
  wrongKey: '{{subject}} is encrypted with {{actual}}, not with {{expected}}.',
  unknownEncrypted: 'Whether {{subject}} is encrypted is not known before deployment ({{reason}}).',
  unknownKey: 'The KMS key of {{subject}} is not known before deployment ({{reason}}).',
  inherited: 'The encryption of {{subject}} comes from {{source}} ({{property}}), which this input does not define.',
};

/** The flag that says a type's storage is encrypted (`Encrypted` on a DB snapshot, as RDS names it). */
const FLAG_OF: Readonly<Record<string, string>> = {
  'AWS::RDS::DBInstance': 'StorageEncrypted',
  'AWS::RDS::DBCluster': 'StorageEncrypted',
  'AWS::RDS::GlobalCluster': 'StorageEncrypted',
  'AWS::RDS::DBSnapshot': 'Encrypted',
  'AWS::RDS::DBClusterSnapshot': 'StorageEncrypted',
};

/** Properties whose source (snapshot, source instance or cluster) decides encryption when the flag does not. */
const INHERITED_FROM: Readonly<Record<string, readonly string[]>> = {
  'AWS::RDS::DBInstance': ['SourceDBInstanceIdentifier', 'SourceDBClusterIdentifier', 'DBSnapshotIdentifier', 'DBClusterSnapshotIdentifier', 'SourceDBInstanceAutomatedBackupsArn', 'SourceDbiResourceId'],
  'AWS::RDS::DBCluster': ['SourceDBClusterIdentifier', 'SnapshotIdentifier', 'ReplicationSourceIdentifier', 'GlobalClusterIdentifier'],
  'AWS::RDS::GlobalCluster': ['SourceDBClusterIdentifier'],
  // A copy comes from its source snapshot; a snapshot from the instance or cluster it is taken of.
  'AWS::RDS::DBSnapshot': ['SourceDBSnapshotIdentifier', 'DBInstanceIdentifier'],
  'AWS::RDS::DBClusterSnapshot': ['SourceDBClusterSnapshotIdentifier', 'DBClusterIdentifier'],
};

/** How messages say what a snapshot's source is to it (storage that inherits otherwise "comes from" its source). */
const RELATION_OF: Readonly<Record<string, string>> = {
  DBInstanceIdentifier: 'which is a snapshot of',
  DBClusterIdentifier: 'which is a snapshot of',
  SourceDBSnapshotIdentifier: 'which is a copy of',
  SourceDBClusterSnapshotIdentifier: 'which is a copy of',
};

/** Snapshots: the flag is never written by the user, only reported, so a known value is the truth. */
const SNAPSHOT_TYPES = new Set(['AWS::RDS::DBSnapshot', 'AWS::RDS::DBClusterSnapshot']);

interface Outcome {
  status: Verdict['status'];
  messageId: EncryptionMessageId;
  data: Record<string, string>;
  path: PropertyPath;
}

/**
 * The encryption verdict for an RDS instance, cluster or snapshot, optionally requiring a KMS key
 * (`kmsKeyId`). The verdict's `subject` names the resource and, when another resource decided,
 * the chain that led there ("DB instance Writer, whose storage belongs to DB cluster Orders").
 */
export function storageEncryptionVerdict(resource: Resource, graph: ResourceGraph, kmsKeyId?: string): Verdict<EncryptionMessageId> {
  const { outcome, link } = evaluate(resource, graph, kmsKeyId, [resource.id]);
  const subject = `${RDS_TYPE_NAMES[resource.type] ?? resource.type} ${resource.id}`;
  const { holder, ...rest } = outcome.data;
  const data = { ...rest, subject: holder ? `${subject}, ${holder},` : subject };
  return { status: outcome.status, messageId: outcome.messageId, data, path: link ?? outcome.path };
}

/**
 * Decides the encryption of the storage behind `resource`: its own, its Aurora cluster's, or
 * its source's when it inherits. `link` is the property of `resource` that led elsewhere.
 */
function evaluate(resource: Resource, graph: ResourceGraph, kmsKeyId: string | undefined, seen: string[]): { outcome: Outcome; link?: PropertyPath } {
  const properties = resource.properties;
  if (resource.type === 'AWS::RDS::DBInstance' && properties.DBClusterIdentifier !== undefined) {
    return follow(resource, 'DBClusterIdentifier', 'AWS::RDS::DBCluster', 'whose storage belongs to', graph, kmsKeyId, seen);
  }
  if (resource.type === 'AWS::RDS::DBInstance' && isClusterMemberEngine(engineOf(resource))) {
    // Aurora (and DocumentDB, Neptune) instances have no storage of their own; RDS ignores their StorageEncrypted.
    return { outcome: { status: 'INSUFFICIENT_DATA', messageId: 'inherited', data: { source: 'its DB cluster', property: 'DBClusterIdentifier' }, path: ['Engine'] } };
  }
  if (resource.type === 'AWS::RDS::DBCluster' && typeof properties.EngineMode === 'string' && properties.EngineMode.toLowerCase() === 'serverless') {
    return { outcome: checkKey(resource, graph, kmsKeyId, { status: 'COMPLIANT', messageId: 'alwaysEncrypted', data: {}, path: ['EngineMode'] }) };
  }
  const flag = FLAG_OF[resource.type] ?? 'StorageEncrypted';
  const written = properties[flag];
  const encrypted = booleanSetting(resource, [flag]);
  if (isUnknown(encrypted)) return { outcome: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncrypted', data: { reason: encrypted.reason }, path: [flag] } };
  const snapshot = SNAPSHOT_TYPES.has(resource.type);
  if (encrypted !== true && !(snapshot && encrypted === false)) {
    // A snapshot copy made with a key is encrypted with it, whatever its source.
    if (snapshot && properties.KmsKeyId !== undefined && properties.KmsKeyId !== null && properties.KmsKeyId !== '') {
      return { outcome: checkKey(resource, graph, kmsKeyId, { status: 'COMPLIANT', messageId: 'encrypted', data: {}, path: ['KmsKeyId'] }) };
    }
    const source = (INHERITED_FROM[resource.type] ?? []).find((name) => properties[name] !== undefined);
    if (source !== undefined) return follow(resource, source, undefined, RELATION_OF[source] ?? 'whose storage comes from', graph, kmsKeyId, seen);
    const actual = written === undefined || written === null ? 'not set (default false)' : JSON.stringify(written);
    return { outcome: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', data: { actual, flag }, path: written === undefined || written === null ? [] : [flag] } };
  }
  if (encrypted === false) return { outcome: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', data: { actual: JSON.stringify(written), flag }, path: [flag] } };
  return { outcome: checkKey(resource, graph, kmsKeyId, { status: 'COMPLIANT', messageId: 'encrypted', data: {}, path: [flag] }) };
}

/** With a required key, the key of encrypted storage must match it. */
function checkKey(resource: Resource, graph: ResourceGraph, kmsKeyId: string | undefined, ifMatching: Outcome): Outcome {
  const key = resource.properties.KmsKeyId;
  // Text that names no key (a placeholder, a bare name) is one RDS refuses: the encryption it claims is not known.
  const misnamed = misnamedKey(resource, key, graph);
  if (misnamed) return { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey', data: { reason: misnamed.reason }, path: ['KmsKeyId'] };
  if (kmsKeyId === undefined) return ifMatching;
  const source = (INHERITED_FROM[resource.type] ?? []).find((name) => resource.properties[name] !== undefined);
  if (key === undefined && source !== undefined) {
    return { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey', data: { reason: `the key comes from the source named by ${source}` }, path: [source] };
  }
  if (key === undefined) return { status: 'NON_COMPLIANT', messageId: 'defaultKey', data: { expected: kmsKeyId }, path: ifMatching.path };
  const matches = kmsKeyMatches(key, [kmsKeyId]);
  if (isUnknown(matches)) return { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey', data: { reason: matches.reason }, path: ['KmsKeyId'] };
  if (!matches) return { status: 'NON_COMPLIANT', messageId: 'wrongKey', data: { actual: valueText(key), expected: kmsKeyId }, path: ['KmsKeyId'] };
  return ifMatching;
}

/** Follows `property` of `resource` to the RDS resource it names and judges that one's storage. */
function follow(
  resource: Resource,
  property: string,
  expectedType: string | undefined,
  relation: string,
  graph: ResourceGraph,
  kmsKeyId: string | undefined,
  seen: string[],
): { outcome: Outcome; link: PropertyPath } {
  const value = resource.properties[property];
  const link = [property];
  const target = findRdsResource(value, expectedType ? [expectedType] : Object.keys(FLAG_OF), graph);
  if (target && !seen.includes(target.id) && RDS_IDENTIFIER_OF[target.type] && FLAG_OF[target.type]) {
    const { outcome } = evaluate(target, graph, kmsKeyId, [...seen, target.id]);
    const holder = `${relation} ${RDS_TYPE_NAMES[target.type]} ${target.id}`;
    const data = { ...outcome.data, holder: outcome.data.holder ? `${holder}, ${outcome.data.holder}` : holder };
    return { outcome: { ...outcome, data }, link };
  }
  if (isUnknown(value) && !value.ref) {
    return { outcome: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncrypted', data: { reason: value.reason }, path: link }, link };
  }
  const source = isUnknown(value) ? (value.ref?.resource ?? value.reason) : valueText(value);
  return { outcome: { status: 'INSUFFICIENT_DATA', messageId: 'inherited', data: { source, property }, path: link }, link };
}
