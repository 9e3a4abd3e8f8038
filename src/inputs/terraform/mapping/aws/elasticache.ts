import { compact } from '../context.js';
import { ifConfigured, unlessComputed, type ServiceMappings } from './shared.js';

/** ElastiCache: `aws` provider types and their CloudFormation shape. */
export const mappings: ServiceMappings = {
  resources: {
    aws_elasticache_replication_group: {
      cloudFormationType: 'AWS::ElastiCache::ReplicationGroup',
      properties: (context) =>
        compact({
          ReplicationGroupId: context.get('replication_group_id'),
          AtRestEncryptionEnabled: context.get('at_rest_encryption_enabled'),
          // Optional and computed: unknown in a plan when not configured, which means not set.
          TransitEncryptionEnabled: ifConfigured(context, 'transit_encryption_enabled', context.get('transit_encryption_enabled')),
          KmsKeyId: context.link('kms_key_id'),
          Engine: context.get('engine'),
          EngineVersion: ifConfigured(context, 'engine_version', context.get('engine_version')),
          AuthToken: context.get('auth_token'),
          UserGroupIds: context.links('user_group_ids'),
          AutomaticFailoverEnabled: context.get('automatic_failover_enabled'),
          MultiAZEnabled: context.get('multi_az_enabled'),
          SnapshotRetentionLimit: ifConfigured(context, 'snapshot_retention_limit', context.get('snapshot_retention_limit')),
          CacheSubnetGroupName: ifConfigured(context, 'subnet_group_name', context.link('subnet_group_name')),
          AutoMinorVersionUpgrade: context.get('auto_minor_version_upgrade'),
          SnapshotName: unlessComputed(context.get('snapshot_name'), context),
        }),
    },
    aws_elasticache_cluster: {
      cloudFormationType: 'AWS::ElastiCache::CacheCluster',
      properties: (context) =>
        compact({
          ClusterName: context.get('cluster_id'),
          // A cluster joining a replication group takes its engine and settings from the group.
          Engine: ifConfigured(context, 'engine', context.get('engine')),
          EngineVersion: ifConfigured(context, 'engine_version', context.get('engine_version')),
          CacheNodeType: context.get('node_type'),
          NumCacheNodes: context.get('num_cache_nodes'),
          // The provider's auto_minor_version_upgrade is a string, "true" unless configured.
          AutoMinorVersionUpgrade: context.get('auto_minor_version_upgrade'),
          SnapshotRetentionLimit: ifConfigured(context, 'snapshot_retention_limit', context.get('snapshot_retention_limit')),
          CacheSubnetGroupName: ifConfigured(context, 'subnet_group_name', context.link('subnet_group_name')),
          TransitEncryptionEnabled: ifConfigured(context, 'transit_encryption_enabled', context.get('transit_encryption_enabled')),
        }),
    },
    aws_elasticache_subnet_group: {
      cloudFormationType: 'AWS::ElastiCache::SubnetGroup',
      properties: (context) => compact({ CacheSubnetGroupName: context.get('name'), Description: context.get('description'), SubnetIds: context.links('subnet_ids') }),
    },
  },
};
