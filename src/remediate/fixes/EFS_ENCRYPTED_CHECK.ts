import { enableFlagFix } from './shared.js';

export const fix = enableFlagFix({
  ruleId: 'EFS_ENCRYPTED_CHECK',
  property: 'Encrypted',
  messageIds: ['notEncrypted'],
  otherwise: 'the KMS key of an encrypted file system is a choice for you',
  replacement: (fileSystem) => `Encrypted can not change on an existing file system: CloudFormation replaces ${fileSystem.id} (a new, empty file system)`,
});
