import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const NODE = `
      Engine: redis
      CacheNodeType: cache.t4g.small
      NumCacheNodes: 1`;

export default [
  {
    name: 'a subnet group created alongside, a named one, none (default), "default", an imported name, and a malformed value',
    template: `
Resources:
  CacheSubnets:
    Type: AWS::ElastiCache::SubnetGroup
    Properties:
      Description: private subnets
      SubnetIds: [subnet-0a1b2c3d, subnet-4e5f6a7b]
  Created:
    Type: AWS::ElastiCache::CacheCluster
    Properties:${NODE}
      CacheSubnetGroupName: !Ref CacheSubnets
  Named:
    Type: AWS::ElastiCache::CacheCluster
    Properties:${NODE}
      CacheSubnetGroupName: cache-private
  Unset:
    Type: AWS::ElastiCache::CacheCluster
    Properties:${NODE}
  Default:
    Type: AWS::ElastiCache::CacheCluster
    Properties:${NODE}
      CacheSubnetGroupName: default
  Imported:
    Type: AWS::ElastiCache::CacheCluster
    Properties:${NODE}
      CacheSubnetGroupName: !ImportValue cache-subnet-group
  Malformed:
    Type: AWS::ElastiCache::CacheCluster
    Properties:${NODE}
      CacheSubnetGroupName: [a, b]
`,
    expect: {
      Created: { status: 'COMPLIANT', path: ['CacheSubnetGroupName'] },
      Named: 'COMPLIANT',
      Unset: { status: 'NON_COMPLIANT', messageId: 'defaultGroup', path: [] },
      Default: { status: 'NON_COMPLIANT', messageId: 'defaultGroup', path: ['CacheSubnetGroupName'] },
      Imported: { status: 'INSUFFICIENT_DATA', messageId: 'unknownGroup' },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknownGroup', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: a cluster in an aws_elasticache_subnet_group, and one without',
    hcl: `
resource "aws_elasticache_subnet_group" "private" {
  name       = "cache-private"
  subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
}

resource "aws_elasticache_cluster" "placed" {
  cluster_id        = "placed"
  engine            = "redis"
  node_type         = "cache.t4g.small"
  num_cache_nodes   = 1
  subnet_group_name = aws_elasticache_subnet_group.private.name
}

resource "aws_elasticache_cluster" "default" {
  cluster_id      = "default"
  engine          = "redis"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 1
}
`,
    expect: {
      'aws_elasticache_cluster.placed': 'COMPLIANT',
      'aws_elasticache_cluster.default': { status: 'NON_COMPLIANT', messageId: 'defaultGroup' },
    },
  },
  {
    name: 'plan: a named group, the provider-computed group when none is configured (default), and a group created in the same plan',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_elasticache_cluster.named', { cluster_id: 'named', engine: 'redis', subnet_group_name: 'cache-private' }, { arn: true }),
        created('aws_elasticache_cluster.computed', { cluster_id: 'computed', engine: 'redis' }, { arn: true, subnet_group_name: true }),
        created('aws_elasticache_subnet_group.new', { name: 'cache-new', subnet_ids: ['subnet-0a1b2c3d'] }, { id: true }),
        created('aws_elasticache_cluster.linked', { cluster_id: 'linked', engine: 'redis', subnet_group_name: 'cache-new' }, { arn: true }),
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_elasticache_cluster.computed', mode: 'managed', type: 'aws_elasticache_cluster', name: 'computed', provider_config_key: 'aws', expressions: { cluster_id: { constant_value: 'computed' } } },
            { address: 'aws_elasticache_cluster.linked', mode: 'managed', type: 'aws_elasticache_cluster', name: 'linked', provider_config_key: 'aws', expressions: { cluster_id: { constant_value: 'linked' }, subnet_group_name: { references: ['aws_elasticache_subnet_group.new.name', 'aws_elasticache_subnet_group.new'] } } },
          ],
        },
      },
    },
    expect: {
      'aws_elasticache_cluster.named': 'COMPLIANT',
      'aws_elasticache_cluster.computed': { status: 'NON_COMPLIANT', messageId: 'defaultGroup' },
      'aws_elasticache_cluster.linked': 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
