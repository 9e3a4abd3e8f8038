import { defineRule } from '../../define.js';
import { kmsKeyMatches } from '../../lib/kms.js';
import type { Verdict } from '../../types.js';
import type { ResourceGraph } from '../../../model/graph.js';
import type { PropertyPath, Resource } from '../../../model/resource.js';
import { isUnknown } from '../../../model/unknown.js';
import { toBoolean, type Value } from '../../../model/value.js';

type MessageId = 'encrypted' | 'alwaysEncrypted' | 'notEncrypted' | 'defaultKey' | 'wrongKey' | 'unknownEncrypted' | 'unknownKey' | 'inherited';

interface Params {
  kmsKeyId?: string;
}

/** Properties whose source (snapshot, source instance or cluster) decides encryption when StorageEncrypted is not set. */
const INHERITED_FROM: Record<string, readonly string[]> = {
  'AWS::RDS::DBInstance': ['SourceDBInstanceIdentifier', 'SourceDBClusterIdentifier', 'DBSnapshotIdentifier', 'DBClusterSnapshotIdentifier', 'SourceDBInstanceAutomatedBackupsArn', 'SourceDbiResourceId'],
  'AWS::RDS::DBCluster': ['SourceDBClusterIdentifier', 'SnapshotIdentifier', 'ReplicationSourceIdentifier', 'GlobalClusterIdentifier'],
  'AWS::RDS::GlobalCluster': ['SourceDBClusterIdentifier'],
};
/** Resource types whose encryption another RDS resource can inherit, and the property that names them. */
const IDENTIFIER_OF: Record<string, string> = {
  'AWS::RDS::DBInstance': 'DBInstanceIdentifier',
  'AWS::RDS::DBCluster': 'DBClusterIdentifier',
  'AWS::RDS::GlobalCluster': 'GlobalClusterIdentifier',
};
const TYPE_NAMES: Record<string, string> = {
  'AWS::RDS::DBInstance': 'DB instance',
  'AWS::RDS::DBCluster': 'DB cluster',
  'AWS::RDS::GlobalCluster': 'global cluster',
};

interface Outcome {
  status: Verdict['status'];
  messageId: MessageId;
  data: Record<string, string>;
  path: PropertyPath;
}

export default defineRule<Params, MessageId>({
  meta: {
    id: 'RDS_STORAGE_ENCRYPTED',
    title: 'RDS databases encrypt their storage',
    description:
      'Checks that the storage of an Amazon RDS DB instance or DB cluster is encrypted at rest, optionally with a given KMS key. An Aurora DB instance is judged by the encryption of its DB cluster, a replica or restore by its source when that source is in the template.',
    severity: 'high',
    resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
    managedRule: 'rds-storage-encrypted',
    frameworks: { FSBP: ['RDS.3'], 'CIS-v1.4.0': ['2.3.1'], 'CIS-v3.0.0': ['2.3.1'], 'CIS-v5.0.0': ['2.2.1'], 'NIST-800-53-r5': ['CA-9(1)', 'CM-3(6)', 'SC-13', 'SC-28', 'SC-28(1)', 'SC-7(10)', 'SI-7(6)'] },
    parameters: {
      kmsKeyId: { type: 'string', description: 'KMS key id or ARN the storage must be encrypted with (any key when absent).' },
    },
    messages: {
      encrypted: '{{subject}} is encrypted at rest.',
      alwaysEncrypted: '{{subject}} is an Aurora Serverless v1 cluster, whose storage is always encrypted.',
      notEncrypted: '{{subject}} is not encrypted at rest (StorageEncrypted is {{actual}}).',
      defaultKey: '{{subject}} is encrypted with the AWS managed key aws/rds, not with {{expected}}.',
      wrongKey: '{{subject}} is encrypted with {{actual}}, not with {{expected}}.',
      unknownEncrypted: 'Whether {{subject}} is encrypted is not known before deployment ({{reason}}).',
      unknownKey: 'The KMS key of {{subject}} is not known before deployment ({{reason}}).',
      inherited: 'The encryption of {{subject}} comes from {{source}} ({{property}}), which this template does not define.',
    },
    remediation:
      'Set `StorageEncrypted: true` (and `KmsKeyId` to the required key) on the DB instance, or on the DB cluster of an Aurora instance; existing storage must be restored from an encrypted snapshot copy.',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  Database:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      DBInstanceClass: db.t4g.micro\n      AllocatedStorage: "20"\n      MasterUsername: app\n      ManageMasterUserPassword: true\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Database:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      DBInstanceClass: db.t4g.micro\n      AllocatedStorage: "20"\n      MasterUsername: app\n      ManageMasterUserPassword: true\n      StorageEncrypted: true\n',
        },
      ],
    },
  },
  check(resource, { params, graph }) {
    const { outcome, link } = evaluate(resource, graph, params, [resource.id]);
    const subject = `${TYPE_NAMES[resource.type] ?? resource.type} ${resource.id}`;
    const { holder, ...rest } = outcome.data;
    const data = { ...rest, subject: holder ? `${subject}, whose storage ${holder},` : subject };
    return { status: outcome.status, messageId: outcome.messageId, data, path: link ?? outcome.path };
  },
});

/**
 * Decides the encryption of the storage behind `resource`: its own, its Aurora cluster's, or
 * its source's when it inherits. `link` is the property of `resource` that led elsewhere.
 */
function evaluate(resource: Resource, graph: ResourceGraph, params: Params, seen: string[]): { outcome: Outcome; link?: PropertyPath } {
  const properties = resource.properties;
  if (resource.type === 'AWS::RDS::DBInstance' && properties.DBClusterIdentifier !== undefined) {
    return follow(resource, 'DBClusterIdentifier', 'AWS::RDS::DBCluster', 'belongs to', graph, params, seen);
  }
  if (resource.type === 'AWS::RDS::DBCluster' && typeof properties.EngineMode === 'string' && properties.EngineMode.toLowerCase() === 'serverless') {
    return { outcome: checkKey(resource, params, { status: 'COMPLIANT', messageId: 'alwaysEncrypted', data: {}, path: ['EngineMode'] }) };
  }
  const written = properties.StorageEncrypted;
  const encrypted = toBoolean(written);
  if (isUnknown(encrypted)) return { outcome: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncrypted', data: { reason: encrypted.reason }, path: ['StorageEncrypted'] } };
  if (encrypted !== true) {
    const source = (INHERITED_FROM[resource.type] ?? []).find((name) => properties[name] !== undefined);
    if (source !== undefined) return follow(resource, source, undefined, 'comes from', graph, params, seen);
    const actual = written === undefined ? 'not set (default false)' : String(written);
    return { outcome: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', data: { actual }, path: written === undefined ? [] : ['StorageEncrypted'] } };
  }
  return { outcome: checkKey(resource, params, { status: 'COMPLIANT', messageId: 'encrypted', data: {}, path: ['StorageEncrypted'] }) };
}

/** With the kmsKeyId parameter, the key of encrypted storage must match it. */
function checkKey(resource: Resource, params: Params, ifMatching: Outcome): Outcome {
  if (params.kmsKeyId === undefined) return ifMatching;
  const key = resource.properties.KmsKeyId;
  const source = (INHERITED_FROM[resource.type] ?? []).find((name) => resource.properties[name] !== undefined);
  if (key === undefined && source !== undefined) {
    return { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey', data: { reason: `the key comes from the source named by ${source}` }, path: [source] };
  }
  if (key === undefined) return { status: 'NON_COMPLIANT', messageId: 'defaultKey', data: { expected: params.kmsKeyId }, path: ifMatching.path };
  const matches = kmsKeyMatches(key, [params.kmsKeyId]);
  if (isUnknown(matches)) return { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey', data: { reason: matches.reason }, path: ['KmsKeyId'] };
  if (!matches) return { status: 'NON_COMPLIANT', messageId: 'wrongKey', data: { actual: String(key), expected: params.kmsKeyId }, path: ['KmsKeyId'] };
  return ifMatching;
}

/** Follows `property` of `resource` to the RDS resource it names and judges that one's storage. */
function follow(
  resource: Resource,
  property: string,
  expectedType: string | undefined,
  relation: string,
  graph: ResourceGraph,
  params: Params,
  seen: string[],
): { outcome: Outcome; link: PropertyPath } {
  const value = resource.properties[property];
  const link = [property];
  const target = findTarget(value, expectedType, graph);
  if (target && !seen.includes(target.id) && IDENTIFIER_OF[target.type]) {
    const { outcome } = evaluate(target, graph, params, [...seen, target.id]);
    const holder = `${relation} ${TYPE_NAMES[target.type]} ${target.id}`;
    const data = { ...outcome.data, holder: outcome.data.holder ? `${holder}, whose storage ${outcome.data.holder}` : holder };
    return { outcome: { ...outcome, data }, link };
  }
  if (isUnknown(value) && !value.ref) {
    return { outcome: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncrypted', data: { reason: value.reason }, path: link }, link };
  }
  const source = isUnknown(value) ? (value.ref?.resource ?? value.reason) : String(value);
  return { outcome: { status: 'INSUFFICIENT_DATA', messageId: 'inherited', data: { source, property }, path: link }, link };
}

/** The RDS resource of this template a value names: through a Ref/GetAtt, or by its literal identifier. */
function findTarget(value: Value | undefined, expectedType: string | undefined, graph: ResourceGraph): Resource | undefined {
  const referenced = graph.target(value);
  if (referenced) return referenced;
  if (typeof value !== 'string') return undefined;
  const name = value.toLowerCase();
  const types = expectedType ? [expectedType] : Object.keys(IDENTIFIER_OF);
  for (const type of types) {
    const property = IDENTIFIER_OF[type] as string;
    const found = graph.ofType(type).find((candidate) => {
      const identifier = candidate.properties[property];
      return typeof identifier === 'string' && (identifier.toLowerCase() === name || name.endsWith(`:${identifier.toLowerCase()}`));
    });
    if (found) return found;
  }
  return undefined;
}
