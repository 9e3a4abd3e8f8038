import { defineRule } from '../../define.js';
import { ENCRYPTION_MESSAGES, storageEncryptionVerdict, type EncryptionMessageId } from '../../lib/rds-encryption.js';

export default defineRule<Record<string, never>, EncryptionMessageId>({
  meta: {
    id: 'RDS_CLUSTER_ENCRYPTED_AT_REST',
    title: 'RDS DB clusters are encrypted at rest',
    description:
      'Checks that the storage of an Amazon RDS DB cluster (Aurora or Multi-AZ DB cluster) is encrypted at rest (StorageEncrypted, false by default). An Aurora Serverless v1 cluster is always encrypted; a clone, restore or replica is judged by its source when that source is in the input.',
    severity: 'medium',
    resourceTypes: ['AWS::RDS::DBCluster'],
    managedRule: 'rds-cluster-encrypted-at-rest',
    frameworks: { FSBP: ['RDS.27'] },
    related: [{ type: 'AWS::RDS::DBCluster', relation: 'references', property: 'SourceDBClusterIdentifier' }],
    messages: ENCRYPTION_MESSAGES,
    remediation:
      'Set `StorageEncrypted: true` (and `KmsKeyId` if you need your own key) on the DB cluster (Terraform: `storage_encrypted = true`); an existing cluster must be restored from an encrypted snapshot copy.',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  Cluster:\n    Type: AWS::RDS::DBCluster\n    Properties:\n      Engine: aurora-postgresql\n      MasterUsername: orders_admin\n      ManageMasterUserPassword: true\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Cluster:\n    Type: AWS::RDS::DBCluster\n    Properties:\n      Engine: aurora-postgresql\n      MasterUsername: orders_admin\n      ManageMasterUserPassword: true\n      StorageEncrypted: true\n',
        },
      ],
    },
  },
  check(cluster, { graph }) {
    return storageEncryptionVerdict(cluster, graph);
  },
});
