import { enableFlagFix } from './shared.js';

export const fix = enableFlagFix({
  ruleId: 'ELASTICACHE_REPL_GRP_ENCRYPTED_AT_REST',
  property: 'AtRestEncryptionEnabled',
  messageIds: ['notEncrypted'],
  otherwise: 'the KMS key of an encrypted replication group is a choice for you',
  replacement: (group) => `AtRestEncryptionEnabled can not change on an existing replication group: CloudFormation replaces ${group.id} (its data is not copied)`,
});
