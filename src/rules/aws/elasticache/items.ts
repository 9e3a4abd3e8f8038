import { buildConfigurationItem, FIXTURE_ACCOUNT, FIXTURE_REGION } from '../../config-fixtures.js';

/**
 * ElastiCache items as the periodic rule wraps the describe output (camelCase): a Redis 7.1
 * replication group without AUTH, failover or backups, and a stand-alone Redis cluster in the
 * default subnet group, unless `fields` say otherwise; `without` names keys that were not reported.
 */
export function replicationGroupItem(id: string, fields: Record<string, unknown> = {}, without: readonly string[] = []): Record<string, unknown> {
  const configuration: Record<string, unknown> = {
    replicationGroupId: id,
    description: id,
    status: 'available',
    engine: 'redis',
    engineVersion: '7.1',
    memberClusters: [`${id}-001`, `${id}-002`],
    automaticFailover: 'disabled',
    multiAZ: 'disabled',
    clusterEnabled: false,
    cacheNodeType: 'cache.t4g.small',
    authTokenEnabled: false,
    transitEncryptionEnabled: false,
    atRestEncryptionEnabled: true,
    snapshotRetentionLimit: 0,
    arn: `arn:aws:elasticache:${FIXTURE_REGION}:${FIXTURE_ACCOUNT}:replicationgroup:${id}`,
    ...fields,
  };
  for (const key of without) delete configuration[key];
  return buildConfigurationItem('AWS::ElastiCache::ReplicationGroup', configuration, { resourceId: id, resourceName: id, ARN: configuration.arn as string });
}

export function cacheClusterItem(id: string, fields: Record<string, unknown> = {}, without: readonly string[] = []): Record<string, unknown> {
  const configuration: Record<string, unknown> = {
    cacheClusterId: id,
    cacheNodeType: 'cache.t4g.small',
    engine: 'redis',
    engineVersion: '7.1.0',
    cacheClusterStatus: 'available',
    numCacheNodes: 1,
    autoMinorVersionUpgrade: true,
    cacheSubnetGroupName: 'default',
    snapshotRetentionLimit: 0,
    transitEncryptionEnabled: false,
    atRestEncryptionEnabled: false,
    authTokenEnabled: false,
    arn: `arn:aws:elasticache:${FIXTURE_REGION}:${FIXTURE_ACCOUNT}:cluster:${id}`,
    ...fields,
  };
  for (const key of without) delete configuration[key];
  return buildConfigurationItem('AWS::ElastiCache::CacheCluster', configuration, { resourceId: id, resourceName: id, ARN: configuration.arn as string });
}
