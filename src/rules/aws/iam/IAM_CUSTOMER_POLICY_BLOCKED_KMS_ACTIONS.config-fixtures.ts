import { managedPolicyItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'config: decryption on every key, and on one key',
    params: { blockedActionsPatterns: 'kms:Decrypt,kms:ReEncryptFrom' },
    items: [
      managedPolicyItem('anykey', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['kms:Decrypt', 'kms:Encrypt'], Resource: ['*'] }] }),
      managedPolicyItem('onekey', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab' }] }),
    ],
    expect: {
      ANPAANYKEY: { status: 'NON_COMPLIANT', messageId: 'blocked' },
      ANPAONEKEY: 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
