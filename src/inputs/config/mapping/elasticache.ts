import { compact } from '../../terraform/mapping/context.js';
import { isUnknown } from '../../../model/unknown.js';
import type { Value } from '../../../model/value.js';
import { type ItemMapping } from './shared.js';

/** `enabled`/`disabled` (DescribeReplicationGroups' AutomaticFailover) as CloudFormation's boolean; a transition stays as text. */
function failoverEnabled(value: Value): Value {
  if (isUnknown(value)) return value;
  return value === 'enabled' ? true : value === 'disabled' ? false : value;
}

/** ElastiCache: Config resource types and their CloudFormation shape. */
export const itemMappings: Readonly<Record<string, ItemMapping>> = {
  // ElastiCache (Config items, or the describe output the periodic rule wraps as items): camelCase describe shape.
  'AWS::ElastiCache::ReplicationGroup': {
    cloudFormationType: 'AWS::ElastiCache::ReplicationGroup',
    properties: (context) =>
      compact({
        ReplicationGroupId: context.optional('replicationGroupId') ?? context.name,
        ReplicationGroupDescription: context.optional('description'),
        Engine: context.optional('engine'),
        // DescribeReplicationGroups does not report the engine version; an item without it leaves the version unknown.
        EngineVersion: context.recorded('engineVersion'),
        AtRestEncryptionEnabled: context.recorded('atRestEncryptionEnabled'),
        TransitEncryptionEnabled: context.recorded('transitEncryptionEnabled'),
        KmsKeyId: context.optional('kmsKeyId'),
        CacheNodeType: context.optional('cacheNodeType'),
        AutomaticFailoverEnabled: failoverEnabled(context.recorded('automaticFailover')),
        MultiAZEnabled: context.optional('multiAZ') === undefined ? undefined : context.optional('multiAZ') === 'enabled',
        SnapshotRetentionLimit: context.recorded('snapshotRetentionLimit'),
        UserGroupIds: context.optional('userGroupIds'),
      }),
    // The token itself is never reported, only whether there is one.
    observed: (context) => compact({ AuthTokenEnabled: context.recorded('authTokenEnabled') }),
  },
  'AWS::ElastiCache::CacheCluster': {
    cloudFormationType: 'AWS::ElastiCache::CacheCluster',
    properties: (context) =>
      compact({
        ClusterName: context.optional('cacheClusterId') ?? context.name,
        Engine: context.recorded('engine'),
        EngineVersion: context.optional('engineVersion'),
        CacheNodeType: context.optional('cacheNodeType'),
        NumCacheNodes: context.optional('numCacheNodes'),
        TransitEncryptionEnabled: context.optional('transitEncryptionEnabled'),
        AutoMinorVersionUpgrade: context.recorded('autoMinorVersionUpgrade'),
        SnapshotRetentionLimit: context.recorded('snapshotRetentionLimit'),
        CacheSubnetGroupName: context.recorded('cacheSubnetGroupName'),
      }),
    // CloudFormation's CacheCluster has no at-rest encryption property; the live cluster reports it.
    observed: (context) =>
      compact({ AtRestEncryptionEnabled: context.recorded('atRestEncryptionEnabled'), ReplicationGroupId: context.optional('replicationGroupId') }),
  },
};
