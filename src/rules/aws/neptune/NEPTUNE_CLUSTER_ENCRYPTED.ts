import { defineRule } from '../../define.js';
import { ENGINE_CLUSTER_MESSAGES, judgeEngineClusterEncryption } from '../../lib/encryption.js';

const CLUSTER = 'Resources:\n  Graph:\n    Type: AWS::Neptune::DBCluster\n    Properties:\n      DBClusterIdentifier: graph\n      IamAuthEnabled: true\n';

export default defineRule<{ KmsKeyArns?: string[] }>({
  meta: {
    id: 'NEPTUNE_CLUSTER_ENCRYPTED',
    title: 'Neptune clusters are encrypted at rest',
    description:
      'Checks that an Amazon Neptune DB cluster encrypts its storage (StorageEncrypted; off when unset, or inherited from the snapshot a cluster is restored from) and, when KmsKeyArns is given, with one of those AWS KMS keys (KmsKeyId; the AWS managed key aws/rds when unset). AWS Config records Neptune clusters as AWS::RDS::DBCluster with engine neptune; other RDS clusters are not applicable.',
    severity: 'medium',
    resourceTypes: ['AWS::Neptune::DBCluster', 'AWS::RDS::DBCluster'],
    managedRule: 'neptune-cluster-encrypted',
    frameworks: { FSBP: ['Neptune.1'], 'NIST-800-53-r5': ['CA-9(1)', 'CM-3(6)', 'SC-13', 'SC-28', 'SC-28(1)', 'SC-7(10)', 'SI-7(6)'] },
    parameters: {
      KmsKeyArns: { type: 'string-list', description: 'ARNs of the KMS keys clusters may be encrypted with (any key when absent).' },
    },
    messages: ENGINE_CLUSTER_MESSAGES,
    remediation: 'Set `StorageEncrypted: true` (and `KmsKeyId` to an allowed key) when creating the cluster; an existing cluster is encrypted by restoring a snapshot into a new encrypted cluster.',
    examples: {
      noncompliant: [{ cloudformation: CLUSTER }],
      compliant: [{ cloudformation: `${CLUSTER}      StorageEncrypted: true\n` }],
    },
  },
  check(cluster, { params, graph }) {
    return judgeEngineClusterEncryption(cluster, 'neptune', 'Amazon Neptune', params.KmsKeyArns, graph);
  },
});
