import { iamRoleItem, iamUserItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'config: a role decrypting with every key inline, a user naming its key, and a user with managed policies only',
    params: { blockedActionsPatterns: 'kms:Decrypt,kms:ReEncryptFrom' },
    items: [
      iamRoleItem('worker', { inline: { decrypt: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['kms:ReEncryptFrom'], Resource: ['*'] }] } } }),
      iamUserItem('reader', { inline: { decrypt: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab' }] } } }),
      iamUserItem('managed', { managed: ['arn:aws:iam::aws:policy/AdministratorAccess'] }),
    ],
    expect: {
      AROAWORKER: { status: 'NON_COMPLIANT', messageId: 'blocked' },
      AIDAREADER: 'COMPLIANT',
      AIDAMANAGED: 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
