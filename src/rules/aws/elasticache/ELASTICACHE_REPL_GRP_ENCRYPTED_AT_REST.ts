import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { misnamedKey } from '../../lib/encryption.js';
import { kmsKeyMatches } from '../../lib/kms.js';
import { isUnknown } from '../../../model/unknown.js';
import { toBoolean } from '../../../model/value.js';

export default defineRule<{ approvedKMSKeyIds?: string[] }>({
  meta: {
    id: 'ELASTICACHE_REPL_GRP_ENCRYPTED_AT_REST',
    title: 'ElastiCache replication groups are encrypted at rest',
    description:
      'Checks that an Amazon ElastiCache replication group encrypts its data at rest, optionally with one of the approved KMS keys. At-rest encryption covers the disks used for swap and the backups in Amazon S3.',
    severity: 'medium',
    resourceTypes: ['AWS::ElastiCache::ReplicationGroup'],
    managedRule: 'elasticache-repl-grp-encrypted-at-rest',
    frameworks: { FSBP: ['ElastiCache.4'], 'NIST-800-53-r5': ['CA-9(1)', 'CM-3(6)', 'SC-13', 'SC-28', 'SC-28(1)', 'SC-7(10)', 'SI-7(6)'] },
    parameters: {
      approvedKMSKeyIds: { type: 'string-list', description: 'KMS key ids or ARNs approved for ElastiCache (any key when absent).' },
    },
    messages: {
      encrypted: 'Replication group {{id}} is encrypted at rest.',
      notEncrypted: 'Replication group {{id}} is not encrypted at rest (AtRestEncryptionEnabled is {{actual}}).',
      defaultKey: 'Replication group {{id}} is encrypted with the default ElastiCache key, not with an approved key ({{approved}}).',
      unapprovedKey: 'Replication group {{id}} is encrypted with {{actual}}, which is not an approved key ({{approved}}).',
      unknownEncryption: 'Whether replication group {{id}} is encrypted at rest is not known before deployment ({{reason}}).',
      unknownKey: 'The KMS key of replication group {{id}} is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `AtRestEncryptionEnabled: true` (and `KmsKeyId` to an approved key) on the replication group; an existing group must be replaced.',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  Cache:\n    Type: AWS::ElastiCache::ReplicationGroup\n    Properties:\n      ReplicationGroupDescription: sessions\n      Engine: redis\n      CacheNodeType: cache.t4g.small\n      NumCacheClusters: 2\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Cache:\n    Type: AWS::ElastiCache::ReplicationGroup\n    Properties:\n      ReplicationGroupDescription: sessions\n      Engine: redis\n      CacheNodeType: cache.t4g.small\n      NumCacheClusters: 2\n      AtRestEncryptionEnabled: true\n',
        },
      ],
    },
  },
  check(group, { params, graph }) {
    const written = group.properties.AtRestEncryptionEnabled;
    const enabled = toBoolean(written);
    if (isUnknown(enabled)) return insufficientData('unknownEncryption', { reason: enabled.reason }, ['AtRestEncryptionEnabled']);
    if (enabled !== true) {
      return nonCompliant('notEncrypted', { actual: written === undefined ? 'not set (default false)' : String(written) }, written === undefined ? [] : ['AtRestEncryptionEnabled']);
    }
    const misnamed = misnamedKey(group, group.properties.KmsKeyId, graph);
    if (misnamed) return insufficientData('unknownKey', { reason: misnamed.reason }, ['KmsKeyId']);
    const approved = params.approvedKMSKeyIds ?? [];
    if (approved.length > 0) {
      const key = group.properties.KmsKeyId;
      const approvedText = approved.join(', ');
      if (key === undefined) return nonCompliant('defaultKey', { approved: approvedText }, ['AtRestEncryptionEnabled']);
      const matches = kmsKeyMatches(key, approved);
      if (isUnknown(matches)) return insufficientData('unknownKey', { reason: matches.reason }, ['KmsKeyId']);
      if (!matches) return nonCompliant('unapprovedKey', { actual: String(key), approved: approvedText }, ['KmsKeyId']);
    }
    return compliant('encrypted', {}, ['AtRestEncryptionEnabled']);
  },
});
