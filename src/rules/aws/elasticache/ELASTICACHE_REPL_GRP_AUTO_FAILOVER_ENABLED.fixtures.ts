import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const GROUP = `
    Type: AWS::ElastiCache::ReplicationGroup
    Properties:
      ReplicationGroupDescription: sessions
      Engine: redis
      CacheNodeType: cache.t4g.small
      NumCacheClusters: 2`;

export default [
  {
    name: 'automatic failover on, off, unset, from a parameter, and malformed',
    template: `
Parameters:
  Failover: { Type: String }
Resources:
  Enabled:${GROUP}
      AutomaticFailoverEnabled: true
  Disabled:${GROUP}
      AutomaticFailoverEnabled: false
  Defaulted:${GROUP}
  FromParameter:${GROUP}
      AutomaticFailoverEnabled: !Ref Failover
  Malformed:${GROUP}
      AutomaticFailoverEnabled: enabled
`,
    expect: {
      Enabled: { status: 'COMPLIANT', path: ['AutomaticFailoverEnabled'] },
      Disabled: { status: 'NON_COMPLIANT', messageId: 'disabled', path: ['AutomaticFailoverEnabled'] },
      Defaulted: { status: 'NON_COMPLIANT', messageId: 'disabled', path: [] },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownFailover' },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknownFailover', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: automatic_failover_enabled true and unset',
    hcl: `
resource "aws_elasticache_replication_group" "ha" {
  replication_group_id       = "ha"
  description                = "ha"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  multi_az_enabled           = true
}

resource "aws_elasticache_replication_group" "single" {
  replication_group_id = "single"
  description          = "single"
  node_type            = "cache.t4g.small"
  num_cache_clusters   = 1
}
`,
    expect: {
      'aws_elasticache_replication_group.ha': 'COMPLIANT',
      'aws_elasticache_replication_group.single': { status: 'NON_COMPLIANT', messageId: 'disabled' },
    },
  },
  {
    name: 'plan: on, off, and known after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_elasticache_replication_group.on', { replication_group_id: 'on', automatic_failover_enabled: true }, { arn: true }),
        created('aws_elasticache_replication_group.off', { replication_group_id: 'off', automatic_failover_enabled: false }, { arn: true }),
        created('aws_elasticache_replication_group.later', { replication_group_id: 'later' }, { arn: true, automatic_failover_enabled: true }),
      ],
    },
    expect: {
      'aws_elasticache_replication_group.on': 'COMPLIANT',
      'aws_elasticache_replication_group.off': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_elasticache_replication_group.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownFailover' },
    },
  },
] satisfies RuleCase[];
