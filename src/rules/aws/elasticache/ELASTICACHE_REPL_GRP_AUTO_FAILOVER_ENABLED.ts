import { defineRule } from '../../define.js';
import { booleanSetting, judge } from '../../lib/settings.js';
import { REPLICATION_GROUP } from './examples.js';

export default defineRule({
  meta: {
    id: 'ELASTICACHE_REPL_GRP_AUTO_FAILOVER_ENABLED',
    title: 'ElastiCache replication groups fail over automatically',
    description: 'Checks that an Amazon ElastiCache replication group has automatic failover enabled (AutomaticFailoverEnabled; off when unset), so a replica is promoted when the primary node fails.',
    severity: 'medium',
    resourceTypes: ['AWS::ElastiCache::ReplicationGroup'],
    managedRule: 'elasticache-repl-grp-auto-failover-enabled',
    frameworks: { FSBP: ['ElastiCache.3'], 'NIST-800-53-r5': ['CP-10', 'SC-36', 'SC-5(2)', 'SI-13(5)'] },
    messages: {
      enabled: 'Replication group {{id}} has automatic failover enabled.',
      disabled: 'Replication group {{id}} does not have automatic failover enabled (AutomaticFailoverEnabled is not true).',
      unknownFailover: 'Whether replication group {{id}} has automatic failover enabled is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `AutomaticFailoverEnabled: true` (the group needs at least one replica, and `MultiAZEnabled: true` is recommended).',
    examples: {
      noncompliant: [{ cloudformation: REPLICATION_GROUP }],
      compliant: [{ cloudformation: `${REPLICATION_GROUP}      AutomaticFailoverEnabled: true\n      MultiAZEnabled: true\n` }],
    },
  },
  check(group) {
    const enabled = booleanSetting(group, ['AutomaticFailoverEnabled'], false) ?? false;
    return judge(enabled, { pass: 'enabled', fail: 'disabled', unknown: 'unknownFailover' }, group.properties.AutomaticFailoverEnabled === undefined ? [] : ['AutomaticFailoverEnabled']);
  },
});
