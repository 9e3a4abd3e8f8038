import { compact } from '../../terraform/mapping/context.js';
import { type ItemMapping } from './shared.js';

/** ElastiCache: Config resource types and their CloudFormation shape. */
export const itemMappings: Readonly<Record<string, ItemMapping>> = {
  // ElastiCache (Config items, or the describe output the periodic rule wraps as items): camelCase describe shape.
  'AWS::ElastiCache::ReplicationGroup': {
    cloudFormationType: 'AWS::ElastiCache::ReplicationGroup',
    properties: (context) =>
      compact({
        ReplicationGroupId: context.optional('replicationGroupId') ?? context.name,
        ReplicationGroupDescription: context.optional('description'),
        AtRestEncryptionEnabled: context.recorded('atRestEncryptionEnabled'),
        TransitEncryptionEnabled: context.optional('transitEncryptionEnabled'),
        KmsKeyId: context.optional('kmsKeyId'),
        CacheNodeType: context.optional('cacheNodeType'),
      }),
  },
  'AWS::ElastiCache::CacheCluster': {
    cloudFormationType: 'AWS::ElastiCache::CacheCluster',
    properties: (context) =>
      compact({
        ClusterName: context.optional('cacheClusterId') ?? context.name,
        Engine: context.recorded('engine'),
        CacheNodeType: context.optional('cacheNodeType'),
        NumCacheNodes: context.optional('numCacheNodes'),
        TransitEncryptionEnabled: context.optional('transitEncryptionEnabled'),
      }),
    // CloudFormation's CacheCluster has no at-rest encryption property; the live cluster reports it.
    observed: (context) =>
      compact({ AtRestEncryptionEnabled: context.recorded('atRestEncryptionEnabled'), ReplicationGroupId: context.optional('replicationGroupId') }),
  },
};
