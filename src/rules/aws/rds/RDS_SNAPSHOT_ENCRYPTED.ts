import { defineRule } from '../../define.js';
import { ENCRYPTION_MESSAGES, storageEncryptionVerdict, type EncryptionMessageId } from '../../lib/rds-encryption.js';

export default defineRule<Record<string, never>, EncryptionMessageId>({
  meta: {
    id: 'RDS_SNAPSHOT_ENCRYPTED',
    title: 'RDS snapshots are encrypted',
    description:
      'Checks that an Amazon RDS DB snapshot or DB cluster snapshot is encrypted. RDS reports it (Encrypted, StorageEncrypted); a snapshot Terraform creates is judged by the instance or cluster it is taken of, a copy by its KMS key or its source snapshot, when those are in the input.',
    severity: 'medium',
    resourceTypes: ['AWS::RDS::DBSnapshot', 'AWS::RDS::DBClusterSnapshot'],
    outsideCloudFormation: true,
    managedRule: 'rds-snapshot-encrypted',
    frameworks: { FSBP: ['RDS.4'], 'NIST-800-53-r5': ['CA-9(1)', 'CM-3(6)', 'SC-13', 'SC-28', 'SC-28(1)', 'SC-7(10)', 'SI-7(6)'] },
    related: [
      { type: 'AWS::RDS::DBInstance', relation: 'references', property: 'DBInstanceIdentifier' },
      { type: 'AWS::RDS::DBCluster', relation: 'references', property: 'DBClusterIdentifier' },
      { type: 'AWS::RDS::DBSnapshot', relation: 'references', property: 'SourceDBSnapshotIdentifier' },
    ],
    messages: ENCRYPTION_MESSAGES,
    remediation:
      'Copy the snapshot with a KMS key (`aws rds copy-db-snapshot --kms-key-id`, Terraform `aws_db_snapshot_copy` with `kms_key_id`), delete the unencrypted one, and encrypt the source instance or cluster so that its next snapshots are encrypted.',
  },
  check(snapshot, { graph }) {
    return storageEncryptionVerdict(snapshot, graph);
  },
});
