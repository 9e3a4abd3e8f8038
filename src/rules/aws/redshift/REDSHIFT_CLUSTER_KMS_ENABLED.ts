import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { misnamedKey } from '../../lib/encryption.js';
import { kmsKeyMatches } from '../../lib/kms.js';
import { booleanSetting } from '../../lib/settings.js';
import { isUnknown } from '../../../model/unknown.js';

export default defineRule<{ kmsKeyArns?: string[] }>({
  meta: {
    id: 'REDSHIFT_CLUSTER_KMS_ENABLED',
    title: 'Redshift clusters are encrypted at rest with KMS',
    description:
      'Checks that an Amazon Redshift cluster is encrypted at rest (Encrypted; true when unset, as Redshift encrypts new clusters by default) and, when kmsKeyArns is given, with one of those AWS KMS keys (KmsKeyId; an AWS owned key when unset).',
    severity: 'medium',
    resourceTypes: ['AWS::Redshift::Cluster'],
    managedRule: 'redshift-cluster-kms-enabled',
    frameworks: { FSBP: ['Redshift.10'] },
    parameters: {
      kmsKeyArns: { type: 'string-list', description: 'ARNs of the KMS keys clusters must be encrypted with (any encryption when absent).' },
    },
    messages: {
      encrypted: 'Cluster {{id}} is encrypted at rest{{key}}.',
      notEncrypted: 'Cluster {{id}} is not encrypted at rest (Encrypted is false).',
      ownedKey: 'Cluster {{id}} sets no KmsKeyId, so it is encrypted with an AWS owned key, not one of {{expected}}.',
      wrongKey: 'Cluster {{id}} is encrypted with {{actual}}, not one of {{expected}}.',
      unknownEncryption: 'Whether cluster {{id}} is encrypted with an expected key is not known before deployment ({{reason}}).',
    },
    remediation: 'Leave `Encrypted` unset or true and set `KmsKeyId` to the required customer managed key.',
    examples: {
      noncompliant: [{ cloudformation: 'Resources:\n  Warehouse:\n    Type: AWS::Redshift::Cluster\n    Properties:\n      ClusterType: single-node\n      NodeType: ra3.xlplus\n      DBName: analytics\n      MasterUsername: warehouse_admin\n      ManageMasterPassword: true\n      Encrypted: false\n' }],
      compliant: [
        {
          cloudformation:
            'Resources:\n  WarehouseKey:\n    Type: AWS::KMS::Key\n    Properties:\n      KeyPolicy: { Version: "2012-10-17", Statement: [] }\n  Warehouse:\n    Type: AWS::Redshift::Cluster\n    Properties:\n      ClusterType: single-node\n      NodeType: ra3.xlplus\n      DBName: analytics\n      MasterUsername: warehouse_admin\n      ManageMasterPassword: true\n      Encrypted: true\n      KmsKeyId: !Ref WarehouseKey\n',
        },
      ],
    },
  },
  check(cluster, { params, graph }) {
    const encrypted = booleanSetting(cluster, ['Encrypted'], true) ?? true;
    const encryptedPath = cluster.properties.Encrypted === undefined ? [] : ['Encrypted'];
    if (encrypted === false) return nonCompliant('notEncrypted', {}, encryptedPath);
    const key = cluster.properties.KmsKeyId;
    const misnamed = misnamedKey(cluster, key, graph);
    if (misnamed) return insufficientData('unknownEncryption', { reason: misnamed.reason }, ['KmsKeyId']);
    const expected = params.kmsKeyArns ?? [];
    if (expected.length === 0) {
      if (isUnknown(encrypted)) return insufficientData('unknownEncryption', { reason: encrypted.reason }, encryptedPath);
      return compliant('encrypted', { key: typeof key === 'string' ? ` with ${key}` : '' }, encryptedPath);
    }
    if (key === undefined || key === null || key === '') return nonCompliant('ownedKey', { expected: expected.join(', ') }, encryptedPath);
    const matches = kmsKeyMatches(key, expected);
    if (matches === false) return nonCompliant('wrongKey', { actual: String(key), expected: expected.join(', ') }, ['KmsKeyId']);
    if (isUnknown(matches)) return insufficientData('unknownEncryption', { reason: matches.reason }, ['KmsKeyId']);
    if (isUnknown(encrypted)) return insufficientData('unknownEncryption', { reason: encrypted.reason }, encryptedPath);
    return compliant('encrypted', { key: ` with ${String(key)}` }, ['KmsKeyId']);
  },
});
