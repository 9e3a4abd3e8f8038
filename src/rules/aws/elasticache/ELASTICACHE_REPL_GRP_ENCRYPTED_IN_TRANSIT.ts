import { defineRule } from '../../define.js';
import { booleanSetting, judge } from '../../lib/settings.js';
import { REPLICATION_GROUP } from './examples.js';

export default defineRule({
  meta: {
    id: 'ELASTICACHE_REPL_GRP_ENCRYPTED_IN_TRANSIT',
    title: 'ElastiCache replication groups are encrypted in transit',
    description: 'Checks that an Amazon ElastiCache replication group encrypts the traffic to and between its nodes with TLS (TransitEncryptionEnabled; off when unset).',
    severity: 'medium',
    resourceTypes: ['AWS::ElastiCache::ReplicationGroup'],
    managedRule: 'elasticache-repl-grp-encrypted-in-transit',
    frameworks: { FSBP: ['ElastiCache.5'], 'NIST-800-53-r5': ['AC-17(2)', 'AC-4', 'IA-5(1)', 'SC-12(3)', 'SC-13', 'SC-23', 'SC-23(3)', 'SC-7(4)', 'SC-8', 'SC-8(1)', 'SC-8(2)', 'SI-7(6)'] },
    messages: {
      encrypted: 'Replication group {{id}} encrypts its traffic in transit.',
      notEncrypted: 'Replication group {{id}} does not encrypt its traffic in transit (TransitEncryptionEnabled is not true).',
      unknownEncryption: 'Whether replication group {{id}} encrypts its traffic in transit is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `TransitEncryptionEnabled: true` (with `TransitEncryptionMode: preferred` first for a running group, then `required`) and connect the clients with TLS.',
    examples: {
      noncompliant: [{ cloudformation: REPLICATION_GROUP }],
      compliant: [{ cloudformation: `${REPLICATION_GROUP}      TransitEncryptionEnabled: true\n` }],
    },
  },
  check(group) {
    const enabled = booleanSetting(group, ['TransitEncryptionEnabled'], false) ?? false;
    return judge(enabled, { pass: 'encrypted', fail: 'notEncrypted', unknown: 'unknownEncryption' }, group.properties.TransitEncryptionEnabled === undefined ? [] : ['TransitEncryptionEnabled']);
  },
});
