import { enableFlagFix } from './shared.js';

export const fix = enableFlagFix({
  ruleId: 'ENCRYPTED_VOLUMES',
  property: 'Encrypted',
  messageIds: ['notEncrypted'],
  otherwise: 'the KMS key of an encrypted volume is a choice for you',
  replacement(resource) {
    if (resource.type === 'AWS::EC2::Instance') return `changing a block device mapping replaces instance ${resource.id}`;
    if (resource.type === 'AWS::EC2::Volume') return `an existing volume is not encrypted in place: ${resource.id} must be replaced (copy its data through an encrypted snapshot)`;
    return undefined; // A launch template gets a new version; running instances keep their volumes.
  },
});
