import { compliant, defineRule, insufficientData, nonCompliant, notApplicable } from '../../define.js';
import { numberSetting, stringSetting } from '../../lib/settings.js';
import { clusterManagedSetting, isReadReplica } from '../../lib/rds.js';
import { isUnknown } from '../../../model/unknown.js';

type MessageId = 'enabled' | 'disabled' | 'wrongPeriod' | 'tooShort' | 'wrongWindow' | 'unknown' | 'readReplica';

interface Params {
  backupRetentionPeriod?: number;
  backupRetentionMinimum?: number;
  preferredBackupWindow?: string;
  checkReadReplicas?: boolean;
}

export default defineRule<Params, MessageId>({
  meta: {
    id: 'DB_INSTANCE_BACKUP_ENABLED',
    title: 'RDS DB instances have automated backups',
    description:
      'Checks that an Amazon RDS DB instance has automated backups: a BackupRetentionPeriod above 0 days (1 by default), optionally exactly backupRetentionPeriod days, at least backupRetentionMinimum days (Security Hub uses 7) and the backup window preferredBackupWindow. Read replicas are not applicable unless checkReadReplicas is true. An Aurora instance is judged by its DB cluster, which keeps the backups.',
    severity: 'medium',
    resourceTypes: ['AWS::RDS::DBInstance'],
    managedRule: 'db-instance-backup-enabled',
    frameworks: { FSBP: ['RDS.11'], 'NIST-800-53-r5': ['CP-10', 'CP-6', 'CP-6(1)', 'CP-6(2)', 'CP-9', 'SC-5(2)', 'SI-12', 'SI-13(5)'] },
    related: [{ type: 'AWS::RDS::DBCluster', relation: 'references', property: 'DBClusterIdentifier' }],
    parameters: {
      backupRetentionPeriod: { type: 'integer', minimum: 1, maximum: 35, description: 'The retention period, in days, backups must have (any above 0 when absent).' },
      backupRetentionMinimum: { type: 'integer', minimum: 1, maximum: 35, description: 'The least retention period, in days (none when absent; Security Hub uses 7).' },
      preferredBackupWindow: { type: 'string', description: 'The daily window backups must be taken in, e.g. `03:00-04:00` (UTC; any when absent).' },
      checkReadReplicas: { type: 'boolean', description: 'Evaluate read replicas too (they are not applicable when absent or false).' },
    },
    messages: {
      enabled: '{{subject}} keeps automated backups for {{retention}}.',
      disabled: '{{subject}} has no automated backups (BackupRetentionPeriod is {{actual}}).',
      wrongPeriod: '{{subject}} keeps automated backups for {{retention}}, not {{expected}} days.',
      tooShort: '{{subject}} keeps automated backups for {{retention}}, less than {{expected}} days.',
      wrongWindow: '{{subject}} takes backups in {{actual}}, not in {{expected}}.',
      unknown: 'Whether {{subject}} has the required automated backups is not known before deployment ({{reason}}).',
      readReplica: 'DB instance {{id}} is a read replica, which this rule evaluates only with checkReadReplicas.',
    },
    remediation:
      'Set `BackupRetentionPeriod` (1 to 35 days; at least 7 for Security Hub) and, if required, `PreferredBackupWindow` on the DB instance, or on the DB cluster of an Aurora instance (Terraform: `backup_retention_period`, `backup_window`).',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  Database:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      DBInstanceClass: db.t4g.micro\n      AllocatedStorage: "20"\n      MasterUsername: orders_admin\n      ManageMasterUserPassword: true\n      BackupRetentionPeriod: 0\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Database:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      DBInstanceClass: db.t4g.micro\n      AllocatedStorage: "20"\n      MasterUsername: orders_admin\n      ManageMasterUserPassword: true\n      BackupRetentionPeriod: 7\n',
        },
      ],
    },
  },
  check(instance, { params, graph }) {
    const replica = isReadReplica(instance);
    if (!params.checkReadReplicas) {
      if (replica === true) return notApplicable('readReplica', {}, ['SourceDBInstanceIdentifier']);
      if (isUnknown(replica)) return insufficientData('unknown', { subject: `DB instance ${instance.id}`, reason: replica.reason }, ['SourceDBInstanceIdentifier']);
    }
    const setting = clusterManagedSetting(instance, graph);
    if ('reason' in setting) return insufficientData('unknown', { subject: setting.subject, reason: setting.reason }, setting.path);
    const { resource, subject } = setting;
    const written = resource.properties.BackupRetentionPeriod;
    const path = setting.path ?? (written === undefined ? [] : ['BackupRetentionPeriod']);
    // RDS keeps backups for 1 day unless told otherwise; a replica's retention is not that default.
    if (written === undefined && replica !== false) return insufficientData('unknown', { subject, reason: 'the backup retention of a read replica that does not set BackupRetentionPeriod is not known before deployment' }, path);
    const days = numberSetting(resource, ['BackupRetentionPeriod'], 1) ?? 1;
    if (isUnknown(days)) return insufficientData('unknown', { subject, reason: days.reason }, path);
    // RDS refuses any other retention, so such a value says nothing about the backups the instance will have.
    if (!Number.isInteger(days) || days < 0 || days > 35) return insufficientData('unknown', { subject, reason: `malformed: BackupRetentionPeriod ${days} is not a whole number of days from 0 to 35, which RDS accepts` }, path);
    if (days <= 0) return nonCompliant('disabled', { subject, actual: JSON.stringify(written) }, path);
    const retention = days === 1 ? '1 day' : `${days} days`;
    if (params.backupRetentionPeriod !== undefined && days !== params.backupRetentionPeriod) return nonCompliant('wrongPeriod', { subject, retention, expected: params.backupRetentionPeriod }, path);
    if (params.backupRetentionMinimum !== undefined && days < params.backupRetentionMinimum) return nonCompliant('tooShort', { subject, retention, expected: params.backupRetentionMinimum }, path);
    if (params.preferredBackupWindow !== undefined) {
      const window = stringSetting(resource, ['PreferredBackupWindow']);
      const at = setting.path ?? (window === undefined ? [] : ['PreferredBackupWindow']);
      if (isUnknown(window)) return insufficientData('unknown', { subject, reason: window.reason }, at);
      if (window !== params.preferredBackupWindow) return nonCompliant('wrongWindow', { subject, actual: window ?? 'a window RDS chooses (PreferredBackupWindow is not set)', expected: params.preferredBackupWindow }, at);
    }
    return compliant('enabled', { subject, retention }, path);
  },
});
