/** A Redis replication group and a stand-alone cluster as the rules' documented examples declare them, open for the setting each example adds. */
export const REPLICATION_GROUP =
  'Resources:\n  Sessions:\n    Type: AWS::ElastiCache::ReplicationGroup\n    Properties:\n      ReplicationGroupDescription: sessions\n      Engine: redis\n      EngineVersion: "7.1"\n      CacheNodeType: cache.t4g.small\n      NumCacheClusters: 2\n';
export const CACHE_CLUSTER = 'Resources:\n  Cache:\n    Type: AWS::ElastiCache::CacheCluster\n    Properties:\n      Engine: redis\n      CacheNodeType: cache.t4g.small\n      NumCacheNodes: 1\n';
