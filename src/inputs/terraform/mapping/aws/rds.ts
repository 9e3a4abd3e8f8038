import type { Value } from '../../../../model/value.js';
import { compact, type MappingContext } from '../context.js';
import { ifConfigured, unlessComputed, type ServiceMappings } from './shared.js';

/**
 * A snapshot's `shared_accounts` as RDS reports sharing: the `restore` attribute and its values
 * (`all` makes the snapshot public). Not set: Terraform does not share it.
 */
function restoreAttributes(context: MappingContext): Value | undefined {
  const accounts = ifConfigured(context, 'shared_accounts', context.texts('shared_accounts'));
  if (accounts === undefined) return undefined;
  return [{ AttributeName: 'restore', AttributeValues: accounts }];
}

/** An optional, provider-computed attribute: a plan's unknown value for an unset one is the provider's (not set). */
const configured = (context: MappingContext, path: string): Value | undefined => ifConfigured(context, path, context.get(path));

/**
 * RDS and Aurora: `aws` provider types and their CloudFormation shape. Provider defaults that
 * differ from CloudFormation's are written out (`publicly_accessible` is false unless set, where
 * CloudFormation's default depends on the VPC); DB snapshots, which CloudFormation can not
 * create, take the shape RDS describes them in (`Encrypted`, `DBSnapshotAttributes`).
 */
export const mappings: ServiceMappings = {
  resources: {
    aws_db_instance: {
      cloudFormationType: 'AWS::RDS::DBInstance',
      properties: (context) =>
        compact({
          DBInstanceIdentifier: context.get('identifier'),
          StorageEncrypted: context.get('storage_encrypted'),
          KmsKeyId: context.link('kms_key_id'),
          Engine: configured(context, 'engine'),
          // No DBClusterIdentifier: aws_db_instance takes no cluster_identifier (an Aurora instance is an aws_rds_cluster_instance), so one written here makes no cluster member.
          PubliclyAccessible: context.get('publicly_accessible') ?? false,
          MultiAZ: configured(context, 'multi_az'),
          AvailabilityZone: configured(context, 'availability_zone'),
          AutoMinorVersionUpgrade: context.get('auto_minor_version_upgrade'),
          BackupRetentionPeriod: configured(context, 'backup_retention_period'),
          PreferredBackupWindow: configured(context, 'backup_window'),
          DeletionProtection: context.get('deletion_protection'),
          EnableIAMDatabaseAuthentication: context.get('iam_database_authentication_enabled'),
          EnableCloudwatchLogsExports: context.get('enabled_cloudwatch_logs_exports'),
          MonitoringInterval: context.get('monitoring_interval'),
          MasterUsername: configured(context, 'username'),
          // A read replica or a restore inherits its encryption (and engine, master user) from its source.
          SourceDBInstanceIdentifier: unlessComputed(context.link('replicate_source_db'), context),
          DBSnapshotIdentifier: unlessComputed(context.link('snapshot_identifier'), context),
        }),
    },
    aws_rds_cluster_instance: {
      cloudFormationType: 'AWS::RDS::DBInstance',
      properties: (context) =>
        compact({
          DBInstanceIdentifier: context.get('identifier'),
          DBClusterIdentifier: context.link('cluster_identifier'),
          Engine: context.get('engine'),
          DBInstanceClass: context.get('instance_class'),
          PubliclyAccessible: context.get('publicly_accessible') ?? false,
          AvailabilityZone: configured(context, 'availability_zone'),
          AutoMinorVersionUpgrade: context.get('auto_minor_version_upgrade'),
          MonitoringInterval: context.get('monitoring_interval'),
        }),
    },
    aws_rds_cluster: {
      cloudFormationType: 'AWS::RDS::DBCluster',
      properties: (context) =>
        compact({
          DBClusterIdentifier: context.get('cluster_identifier'),
          StorageEncrypted: context.get('storage_encrypted'),
          KmsKeyId: context.link('kms_key_id'),
          Engine: context.get('engine'),
          EngineMode: context.get('engine_mode'),
          DBClusterInstanceClass: context.get('db_cluster_instance_class'),
          AvailabilityZones: configured(context, 'availability_zones'),
          BacktrackWindow: context.get('backtrack_window'),
          BackupRetentionPeriod: configured(context, 'backup_retention_period'),
          PreferredBackupWindow: configured(context, 'preferred_backup_window'),
          DeletionProtection: context.get('deletion_protection'),
          EnableIAMDatabaseAuthentication: context.get('iam_database_authentication_enabled'),
          EnableCloudwatchLogsExports: context.get('enabled_cloudwatch_logs_exports'),
          MasterUsername: configured(context, 'master_username'),
          SnapshotIdentifier: unlessComputed(context.link('snapshot_identifier'), context),
          ReplicationSourceIdentifier: unlessComputed(context.link('replication_source_identifier'), context),
          GlobalClusterIdentifier: unlessComputed(context.link('global_cluster_identifier'), context),
        }),
    },
    aws_db_snapshot: {
      cloudFormationType: 'AWS::RDS::DBSnapshot',
      properties: (context) =>
        compact({
          DBSnapshotIdentifier: context.get('db_snapshot_identifier'),
          DBInstanceIdentifier: context.link('db_instance_identifier'),
          // Reported by RDS from the instance: known for a snapshot that exists, else after apply.
          Encrypted: unlessComputed(context.get('encrypted'), context),
          KmsKeyId: unlessComputed(context.link('kms_key_id'), context),
          DBSnapshotAttributes: restoreAttributes(context),
        }),
    },
    aws_db_snapshot_copy: {
      cloudFormationType: 'AWS::RDS::DBSnapshot',
      properties: (context) =>
        compact({
          DBSnapshotIdentifier: context.get('target_db_snapshot_identifier'),
          SourceDBSnapshotIdentifier: context.link('source_db_snapshot_identifier'),
          Encrypted: unlessComputed(context.get('encrypted'), context),
          // A copy made with a key is encrypted with it.
          KmsKeyId: configured(context, 'kms_key_id') === undefined ? undefined : context.link('kms_key_id'),
          DBSnapshotAttributes: restoreAttributes(context),
        }),
    },
    aws_db_cluster_snapshot: {
      cloudFormationType: 'AWS::RDS::DBClusterSnapshot',
      properties: (context) =>
        compact({
          DBClusterSnapshotIdentifier: context.get('db_cluster_snapshot_identifier'),
          DBClusterIdentifier: context.link('db_cluster_identifier'),
          StorageEncrypted: unlessComputed(context.get('storage_encrypted'), context),
          KmsKeyId: unlessComputed(context.link('kms_key_id'), context),
          DBClusterSnapshotAttributes: restoreAttributes(context),
        }),
    },
  },
};
