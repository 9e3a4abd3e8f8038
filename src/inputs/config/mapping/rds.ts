import { isUnknown } from '../../../model/unknown.js';
import { isObject, type Value } from '../../../model/value.js';
import { compact } from '../../terraform/mapping/context.js';
import { type ItemContext, type ItemMapping } from './shared.js';

/**
 * A setting Config records under one of several spellings (the describe output's camelCase
 * differs between RDS types: `iAMDatabaseAuthenticationEnabled` on instances,
 * `iamdatabaseAuthenticationEnabled` on clusters); Unknown when none was recorded.
 */
function recordedAs(context: ItemContext, ...paths: string[]): Value {
  return context.optional(...paths) ?? context.recorded(paths[0] as string);
}

/** A snapshot's attributes (supplementary `DBSnapshotAttributes`) in RDS's shape: `[{ AttributeName, AttributeValues }]`. */
function snapshotAttributes(context: ItemContext, key: string): Value | undefined {
  const attributes = context.supplementary(key);
  if (attributes === undefined || isUnknown(attributes)) return attributes;
  if (!Array.isArray(attributes)) return attributes;
  return attributes.map((attribute) =>
    isObject(attribute) ? compact({ AttributeName: attribute.attributeName ?? undefined, AttributeValues: attribute.attributeValues ?? undefined }) : attribute,
  );
}

/** The Availability Zones of a cluster (`availabilityZones`, a list of names or of `{ value }`). */
function availabilityZones(context: ItemContext): Value | undefined {
  const zones = context.optional('availabilityZones');
  if (!Array.isArray(zones)) return zones;
  return zones.map((zone) => (isObject(zone) && typeof zone.value === 'string' ? zone.value : zone));
}

/**
 * RDS and Aurora: Config resource types and their CloudFormation shape. Config records RDS in
 * the describe output's camelCase (RDK example_ci/AWS_RDS_*.json; config-resource-schema).
 * A setting a rule decides by is `recorded` (absent: Unknown, never a default).
 */
export const itemMappings: Readonly<Record<string, ItemMapping>> = {
  'AWS::RDS::DBInstance': {
    cloudFormationType: 'AWS::RDS::DBInstance',
    properties: (context) =>
      compact({
        DBInstanceIdentifier: context.optional('dBInstanceIdentifier', 'dbInstanceIdentifier'),
        DBClusterIdentifier: context.optional('dBClusterIdentifier', 'dbClusterIdentifier'),
        Engine: recordedAs(context, 'engine'),
        StorageEncrypted: context.optional('storageEncrypted') ?? context.recorded('storageEncrypted'),
        KmsKeyId: context.optional('kmsKeyId'),
        PubliclyAccessible: context.recorded('publiclyAccessible'),
        MultiAZ: recordedAs(context, 'multiAZ', 'multiAz'),
        AvailabilityZone: context.optional('availabilityZone'),
        AutoMinorVersionUpgrade: context.recorded('autoMinorVersionUpgrade'),
        BackupRetentionPeriod: context.recorded('backupRetentionPeriod'),
        PreferredBackupWindow: context.optional('preferredBackupWindow'),
        DeletionProtection: context.recorded('deletionProtection'),
        EnableIAMDatabaseAuthentication: recordedAs(context, 'iAMDatabaseAuthenticationEnabled', 'iamDatabaseAuthenticationEnabled', 'iamdatabaseAuthenticationEnabled'),
        EnableCloudwatchLogsExports: context.recorded('enabledCloudwatchLogsExports'),
        MonitoringInterval: context.recorded('monitoringInterval'),
        MasterUsername: context.recorded('masterUsername'),
        DBSubnetGroupName: context.optional('dBSubnetGroup.dBSubnetGroupName', 'dbSubnetGroup.dbSubnetGroupName'),
      }),
    // The state AWS Config's rules evaluate in; the replica source, which CloudFormation's model
    // writes as SourceDBInstanceIdentifier only to create a replica; and, for a cluster member,
    // that RDS reports the cluster's settings (backups, IAM authentication, master user) on it.
    observed: (context) =>
      compact({
        DBInstanceStatus: context.optional('dBInstanceStatus', 'dbInstanceStatus'),
        ReadReplicaSourceDBInstanceIdentifier: context.optional('readReplicaSourceDBInstanceIdentifier'),
        ReportsClusterSettings: context.optional('dBClusterIdentifier', 'dbClusterIdentifier') === undefined ? undefined : true,
      }),
  },
  'AWS::RDS::DBCluster': {
    cloudFormationType: 'AWS::RDS::DBCluster',
    properties: (context) =>
      compact({
        DBClusterIdentifier: context.optional('dbclusterIdentifier', 'dBClusterIdentifier', 'dbClusterIdentifier'),
        Engine: recordedAs(context, 'engine'),
        EngineMode: context.optional('engineMode'),
        DBClusterInstanceClass: context.optional('dbclusterInstanceClass', 'dBClusterInstanceClass', 'dbClusterInstanceClass'),
        StorageEncrypted: context.optional('storageEncrypted') ?? context.recorded('storageEncrypted'),
        KmsKeyId: context.optional('kmsKeyId'),
        AvailabilityZones: availabilityZones(context),
        BacktrackWindow: context.recorded('backtrackWindow'),
        BackupRetentionPeriod: context.recorded('backupRetentionPeriod'),
        PreferredBackupWindow: context.optional('preferredBackupWindow'),
        DeletionProtection: context.recorded('deletionProtection'),
        EnableIAMDatabaseAuthentication: recordedAs(context, 'iamdatabaseAuthenticationEnabled', 'iAMDatabaseAuthenticationEnabled', 'iamDatabaseAuthenticationEnabled'),
        EnableCloudwatchLogsExports: context.recorded('enabledCloudwatchLogsExports'),
        MasterUsername: context.recorded('masterUsername'),
      }),
    // CloudFormation's cluster has no Multi-AZ property (its instances' zones decide); RDS reports it.
    observed: (context) => compact({ MultiAZ: recordedAs(context, 'multiAZ', 'multiAz') }),
  },
  // RDS snapshots: CloudFormation can not create them; their shape is the one RDS describes them in.
  'AWS::RDS::DBSnapshot': {
    cloudFormationType: 'AWS::RDS::DBSnapshot',
    properties: (context) =>
      compact({
        DBSnapshotIdentifier: context.optional('dBSnapshotIdentifier', 'dbSnapshotIdentifier') ?? context.name,
        DBInstanceIdentifier: context.optional('dBInstanceIdentifier', 'dbInstanceIdentifier'),
        SnapshotType: context.optional('snapshotType'),
        Engine: context.optional('engine'),
        Encrypted: context.recorded('encrypted'),
        KmsKeyId: context.optional('kmsKeyId'),
        DBSnapshotAttributes: snapshotAttributes(context, 'DBSnapshotAttributes'),
      }),
  },
  'AWS::RDS::DBClusterSnapshot': {
    cloudFormationType: 'AWS::RDS::DBClusterSnapshot',
    properties: (context) =>
      compact({
        DBClusterSnapshotIdentifier: context.optional('dbclusterSnapshotIdentifier', 'dBClusterSnapshotIdentifier', 'dbClusterSnapshotIdentifier') ?? context.name,
        DBClusterIdentifier: context.optional('dbclusterIdentifier', 'dBClusterIdentifier', 'dbClusterIdentifier'),
        SnapshotType: context.optional('snapshotType'),
        Engine: context.optional('engine'),
        StorageEncrypted: context.recorded('storageEncrypted'),
        KmsKeyId: context.optional('kmsKeyId'),
        DBClusterSnapshotAttributes: snapshotAttributes(context, 'DBClusterSnapshotAttributes'),
      }),
  },
};
