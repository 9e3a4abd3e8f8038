import { buildConfigurationItem, FIXTURE_ACCOUNT, FIXTURE_REGION } from '../../config-fixtures.js';

/** An RDS cluster item as Config records it (DescribeDBClusters in camelCase, RDK example_ci): DocumentDB, Neptune and Aurora clusters alike. */
export function dbClusterItem(id: string, engine: string, fields: Record<string, unknown> = {}, without: readonly string[] = []): Record<string, unknown> {
  const configuration: Record<string, unknown> = {
    dbclusterIdentifier: id,
    engine,
    status: 'available',
    storageEncrypted: false,
    multiAZ: false,
    deletionProtection: false,
    dbclusterArn: `arn:aws:rds:${FIXTURE_REGION}:${FIXTURE_ACCOUNT}:cluster:${id}`,
    dbClusterResourceId: `cluster-${id.toUpperCase()}`,
    ...fields,
  };
  for (const key of without) delete configuration[key];
  return buildConfigurationItem('AWS::RDS::DBCluster', configuration, { resourceId: `cluster-${id.toUpperCase()}`, resourceName: id, ARN: configuration.dbclusterArn as string });
}
