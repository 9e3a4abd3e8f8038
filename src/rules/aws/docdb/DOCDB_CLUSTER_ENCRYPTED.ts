import { defineRule } from '../../define.js';
import { ENGINE_CLUSTER_MESSAGES, judgeEngineClusterEncryption } from '../../lib/encryption.js';

const CLUSTER = 'Resources:\n  Catalog:\n    Type: AWS::DocDB::DBCluster\n    Properties:\n      MasterUsername: catalog_admin\n      MasterUserPassword: "{{resolve:secretsmanager:catalog-admin:SecretString:password}}"\n';

export default defineRule<{ kmsKeyArns?: string[] }>({
  meta: {
    id: 'DOCDB_CLUSTER_ENCRYPTED',
    title: 'DocumentDB clusters are encrypted at rest',
    description:
      'Checks that an Amazon DocumentDB cluster encrypts its storage (StorageEncrypted; off when unset, or inherited from the snapshot a cluster is restored from) and, when kmsKeyArns is given, with one of those AWS KMS keys (KmsKeyId; the AWS managed key aws/rds when unset). AWS Config records DocumentDB clusters as AWS::RDS::DBCluster with engine docdb; other RDS clusters are not applicable.',
    severity: 'medium',
    resourceTypes: ['AWS::DocDB::DBCluster', 'AWS::RDS::DBCluster'],
    managedRule: 'docdb-cluster-encrypted',
    frameworks: { FSBP: ['DocumentDB.1'], 'NIST-800-53-r5': ['CA-9(1)', 'CM-3(6)', 'SC-13', 'SC-28', 'SC-28(1)', 'SC-7(10)', 'SI-7(6)'] },
    parameters: {
      kmsKeyArns: { type: 'string-list', description: 'ARNs of the KMS keys clusters may be encrypted with (any key when absent).' },
    },
    messages: ENGINE_CLUSTER_MESSAGES,
    remediation: 'Set `StorageEncrypted: true` (and `KmsKeyId` to an allowed key) when creating the cluster; an existing cluster is encrypted by restoring a snapshot into a new encrypted cluster.',
    examples: {
      noncompliant: [{ cloudformation: CLUSTER }],
      compliant: [{ cloudformation: `${CLUSTER}      StorageEncrypted: true\n` }],
    },
  },
  check(cluster, { params, graph }) {
    return judgeEngineClusterEncryption(cluster, 'docdb', 'Amazon DocumentDB', params.kmsKeyArns, graph);
  },
});
