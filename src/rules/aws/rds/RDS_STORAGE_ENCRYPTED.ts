import { defineRule } from '../../define.js';
import { ENCRYPTION_MESSAGES, storageEncryptionVerdict, type EncryptionMessageId } from '../../lib/rds-encryption.js';

interface Params {
  kmsKeyId?: string;
}

export default defineRule<Params, EncryptionMessageId>({
  meta: {
    id: 'RDS_STORAGE_ENCRYPTED',
    title: 'RDS databases encrypt their storage',
    description:
      'Checks that the storage of an Amazon RDS DB instance or DB cluster is encrypted at rest, optionally with a given KMS key. An Aurora DB instance is judged by the encryption of its DB cluster, a replica or restore by its source when that source is in the template.',
    severity: 'high',
    resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
    related: [
      { type: 'AWS::RDS::DBCluster', relation: 'references', property: 'DBClusterIdentifier' },
      { type: 'AWS::RDS::DBInstance', relation: 'references', property: 'SourceDBInstanceIdentifier' },
      { type: 'AWS::RDS::DBSnapshot', relation: 'references', property: 'DBSnapshotIdentifier' },
      { type: 'AWS::RDS::DBClusterSnapshot', relation: 'references', property: 'DBClusterSnapshotIdentifier' },
    ],
    managedRule: 'rds-storage-encrypted',
    frameworks: {
      FSBP: ['RDS.3'],
      'CIS-v1.4.0': ['2.3.1'],
      'CIS-v3.0.0': ['2.3.1'],
      'CIS-v5.0.0': ['2.2.1'],
      'NIST-800-53-r5': ['CA-9(1)', 'CM-3(6)', 'SC-13', 'SC-28', 'SC-28(1)', 'SC-7(10)', 'SI-7(6)'],
      'PCI-DSS-v3.2.1': ['3.4', '8.2.1'],
    },
    parameters: {
      kmsKeyId: { type: 'string', description: 'KMS key id or ARN the storage must be encrypted with (any key when absent).' },
    },
    messages: ENCRYPTION_MESSAGES,
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
    return storageEncryptionVerdict(resource, graph, params.kmsKeyId);
  },
});
