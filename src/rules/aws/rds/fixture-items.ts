import { buildConfigurationItem, type ItemOverrides } from '../../config-fixtures.js';

/**
 * AWS Config items of RDS types for the rule fixtures, in the shape Config records: the describe
 * output in camelCase (RDK example_ci/AWS_RDS_*.json, config-resource-schema). Each builder
 * starts from a fully configured, compliant resource; a case changes the fields it is about
 * (`undefined` leaves a field out, as an item that did not record it).
 */

type Fields = Record<string, unknown>;

function withFields(base: Fields, fields: Fields): Fields {
  const merged: Fields = { ...base, ...fields };
  for (const [key, value] of Object.entries(merged)) if (value === undefined) delete merged[key];
  return merged;
}

/** An RDS for PostgreSQL instance that passes every instance rule. */
export function dbInstanceItem(id: string, fields: Fields = {}, overrides: ItemOverrides = {}): Record<string, unknown> {
  const configuration = withFields(
    {
      dBInstanceIdentifier: id,
      dBInstanceClass: 'db.m6g.large',
      engine: 'postgres',
      dBInstanceStatus: 'available',
      masterUsername: 'orders_admin',
      endpoint: { address: `${id}.cabcdefghijk.us-east-1.rds.amazonaws.com`, port: 5432, hostedZoneId: 'Z2R2ITUGPM61AM' },
      allocatedStorage: 100,
      instanceCreateTime: '2026-01-15T09:30:00.000Z',
      preferredBackupWindow: '03:00-03:30',
      backupRetentionPeriod: 7,
      dBSecurityGroups: [],
      vpcSecurityGroups: [{ vpcSecurityGroupId: 'sg-0a1b2c3d4e5f60718', status: 'active' }],
      dBParameterGroups: [{ dBParameterGroupName: 'orders-postgres16', parameterApplyStatus: 'in-sync' }],
      availabilityZone: 'us-east-1a',
      dBSubnetGroup: {
        dBSubnetGroupName: 'orders-private',
        dBSubnetGroupDescription: 'private subnets',
        vpcId: 'vpc-0a1b2c3d4e5f60718',
        subnetGroupStatus: 'Complete',
        subnets: [
          { subnetIdentifier: 'subnet-0a1b2c3d4e5f60718', subnetAvailabilityZone: { name: 'us-east-1a' }, subnetStatus: 'Active' },
          { subnetIdentifier: 'subnet-0f1e2d3c4b5a69788', subnetAvailabilityZone: { name: 'us-east-1b' }, subnetStatus: 'Active' },
        ],
      },
      preferredMaintenanceWindow: 'sun:05:00-sun:05:30',
      pendingModifiedValues: {},
      multiAZ: true,
      engineVersion: '16.4',
      autoMinorVersionUpgrade: true,
      readReplicaDBInstanceIdentifiers: [],
      readReplicaDBClusterIdentifiers: [],
      licenseModel: 'postgresql-license',
      optionGroupMemberships: [{ optionGroupName: 'default:postgres-16', status: 'in-sync' }],
      secondaryAvailabilityZone: 'us-east-1b',
      publiclyAccessible: false,
      statusInfos: [],
      storageType: 'gp3',
      dbInstancePort: 0,
      storageEncrypted: true,
      kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      dbiResourceId: `db-${id.toUpperCase()}`,
      cACertificateIdentifier: 'rds-ca-rsa2048-g1',
      domainMemberships: [],
      copyTagsToSnapshot: true,
      monitoringInterval: 60,
      enhancedMonitoringResourceArn: `arn:aws:logs:us-east-1:123456789012:log-group:RDSOSMetrics:log-stream:db-${id.toUpperCase()}`,
      monitoringRoleArn: 'arn:aws:iam::123456789012:role/rds-monitoring-role',
      dBInstanceArn: `arn:aws:rds:us-east-1:123456789012:db:${id}`,
      iAMDatabaseAuthenticationEnabled: true,
      performanceInsightsEnabled: false,
      enabledCloudwatchLogsExports: ['postgresql', 'upgrade'],
      processorFeatures: [],
      deletionProtection: true,
      associatedRoles: [],
      maxAllocatedStorage: 200,
      tagList: [],
    },
    fields,
  );
  return buildConfigurationItem('AWS::RDS::DBInstance', configuration, {
    resourceId: `db-${id.toUpperCase()}`,
    resourceName: id,
    ARN: `arn:aws:rds:us-east-1:123456789012:db:${id}`,
    supplementaryConfiguration: { Tags: [] },
    ...overrides,
  });
}

/** An Aurora PostgreSQL cluster that passes every cluster rule. */
export function dbClusterItem(id: string, fields: Fields = {}, overrides: ItemOverrides = {}): Record<string, unknown> {
  const configuration = withFields(
    {
      allocatedStorage: 1,
      availabilityZones: ['us-east-1a', 'us-east-1b', 'us-east-1c'],
      backupRetentionPeriod: 7,
      databaseName: 'orders',
      status: 'available',
      endpoint: `${id}.cluster-cabcdefghijk.us-east-1.rds.amazonaws.com`,
      readerEndpoint: `${id}.cluster-ro-cabcdefghijk.us-east-1.rds.amazonaws.com`,
      customEndpoints: [],
      multiAZ: true,
      engine: 'aurora-postgresql',
      engineVersion: '16.4',
      port: 5432,
      masterUsername: 'orders_admin',
      preferredBackupWindow: '03:00-03:30',
      preferredMaintenanceWindow: 'sun:05:00-sun:05:30',
      readReplicaIdentifiers: [],
      vpcSecurityGroups: [{ vpcSecurityGroupId: 'sg-0a1b2c3d4e5f60718', status: 'active' }],
      hostedZoneId: 'Z2R2ITUGPM61AM',
      storageEncrypted: true,
      kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      dbClusterResourceId: `cluster-${id.toUpperCase()}`,
      associatedRoles: [],
      clusterCreateTime: 1768469400000,
      enabledCloudwatchLogsExports: ['postgresql'],
      engineMode: 'provisioned',
      deletionProtection: true,
      httpEndpointEnabled: false,
      activityStreamStatus: 'stopped',
      copyTagsToSnapshot: true,
      crossAccountClone: false,
      domainMemberships: [],
      tagList: [],
      autoMinorVersionUpgrade: true,
      backtrackWindow: 0,
      dbclusterIdentifier: id,
      iamdatabaseAuthenticationEnabled: true,
      dbsubnetGroup: 'orders-private',
      dbclusterOptionGroupMemberships: [],
      dbclusterParameterGroup: 'default.aurora-postgresql16',
      dbclusterMembers: [
        { isClusterWriter: true, promotionTier: 1, dbinstanceIdentifier: `${id}-writer`, clusterWriter: true, dbclusterParameterGroupStatus: 'in-sync' },
        { isClusterWriter: false, promotionTier: 1, dbinstanceIdentifier: `${id}-reader`, clusterWriter: false, dbclusterParameterGroupStatus: 'in-sync' },
      ],
      dbclusterArn: `arn:aws:rds:us-east-1:123456789012:cluster:${id}`,
    },
    fields,
  );
  return buildConfigurationItem('AWS::RDS::DBCluster', configuration, {
    resourceId: `cluster-${id.toUpperCase()}`,
    resourceName: id,
    ARN: `arn:aws:rds:us-east-1:123456789012:cluster:${id}`,
    supplementaryConfiguration: { Tags: [] },
    ...overrides,
  });
}

/** A manual DB snapshot, encrypted and not shared. */
export function dbSnapshotItem(id: string, fields: Fields = {}, restore: string[] = [], overrides: ItemOverrides = {}): Record<string, unknown> {
  const configuration = withFields(
    {
      dBSnapshotIdentifier: id,
      dBInstanceIdentifier: 'orders',
      snapshotCreateTime: '2026-11-29T03:12:00.000Z',
      engine: 'postgres',
      allocatedStorage: 100,
      status: 'available',
      port: 5432,
      availabilityZone: 'us-east-1a',
      vpcId: 'vpc-0a1b2c3d4e5f60718',
      instanceCreateTime: '2026-01-15T09:30:00.000Z',
      masterUsername: 'orders_admin',
      engineVersion: '16.4',
      licenseModel: 'postgresql-license',
      snapshotType: 'manual',
      optionGroupName: 'default:postgres-16',
      percentProgress: 100,
      storageType: 'gp3',
      encrypted: true,
      kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      dBSnapshotArn: `arn:aws:rds:us-east-1:123456789012:snapshot:${id}`,
      iAMDatabaseAuthenticationEnabled: true,
      processorFeatures: [],
      dbiResourceId: 'db-ORDERS',
    },
    fields,
  );
  return buildConfigurationItem('AWS::RDS::DBSnapshot', configuration, {
    resourceId: id,
    resourceName: id,
    ARN: `arn:aws:rds:us-east-1:123456789012:snapshot:${id}`,
    relationships: [['AWS::EC2::VPC', 'vpc-0a1b2c3d4e5f60718', 'Is associated with Vpc']],
    supplementaryConfiguration: { DBSnapshotAttributes: [{ attributeName: 'restore', attributeValues: restore }], Tags: [] },
    ...overrides,
  });
}

/** A manual DB cluster snapshot, encrypted and not shared. */
export function dbClusterSnapshotItem(id: string, fields: Fields = {}, restore: string[] = [], overrides: ItemOverrides = {}): Record<string, unknown> {
  const configuration = withFields(
    {
      availabilityZones: ['us-east-1a', 'us-east-1b', 'us-east-1c'],
      snapshotCreateTime: 1780110720000,
      engine: 'aurora-postgresql',
      engineMode: 'provisioned',
      allocatedStorage: 1,
      status: 'available',
      port: 0,
      vpcId: 'vpc-0a1b2c3d4e5f60718',
      clusterCreateTime: 1768469400000,
      masterUsername: 'orders_admin',
      engineVersion: '16.4',
      licenseModel: 'aurora-postgresql',
      snapshotType: 'manual',
      percentProgress: 100,
      storageEncrypted: true,
      kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      tagList: [],
      iamdatabaseAuthenticationEnabled: true,
      dbclusterSnapshotArn: `arn:aws:rds:us-east-1:123456789012:cluster-snapshot:${id}`,
      dbclusterIdentifier: 'orders',
      dbclusterSnapshotIdentifier: id,
    },
    fields,
  );
  return buildConfigurationItem('AWS::RDS::DBClusterSnapshot', configuration, {
    resourceId: id,
    resourceName: id,
    ARN: `arn:aws:rds:us-east-1:123456789012:cluster-snapshot:${id}`,
    relationships: [['AWS::EC2::VPC', 'vpc-0a1b2c3d4e5f60718', 'Is associated with '], ['AWS::RDS::DBCluster', 'cluster-ORDERS', 'Is associated with ', 'orders']],
    supplementaryConfiguration: { DBClusterSnapshotAttributes: [{ attributeName: 'restore', attributeValues: restore }], Tags: [] },
    ...overrides,
  });
}
