import { accountItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

const strong = {
  minimumPasswordLength: 14,
  requireSymbols: true,
  requireNumbers: true,
  requireUppercaseCharacters: true,
  requireLowercaseCharacters: true,
  allowUsersToChangePassword: true,
  expirePasswords: true,
  maxPasswordAge: 90,
  passwordReusePrevention: 24,
  hardExpiry: false,
};

export default [
  {
    name: 'config: the account password policy as GetAccountPasswordPolicy answers it',
    items: [accountItem({ passwordPolicy: strong })],
    expect: { '123456789012': { status: 'COMPLIANT', messageId: 'meets' } },
  },
  {
    name: 'config: an account without a password policy (NoSuchEntity)',
    items: [accountItem({ passwordPolicy: null })],
    expect: { '123456789012': { status: 'NON_COMPLIANT', messageId: 'noPolicy' } },
  },
  {
    name: 'config: a policy without symbols',
    items: [accountItem({ passwordPolicy: { ...strong, requireSymbols: false } })],
    expect: { '123456789012': { status: 'NON_COMPLIANT', messageId: 'flagOff', messageIncludes: 'RequireSymbols' } },
  },
  {
    name: 'config: the policy could not be read',
    items: [accountItem({ unreadable: { passwordPolicy: 'AccessDenied: iam:GetAccountPasswordPolicy' } })],
    expect: { '123456789012': { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'AccessDenied' } },
  },
  {
    name: 'config: a length that is not a number is not judged',
    items: [accountItem({ passwordPolicy: { ...strong, minimumPasswordLength: 'fourteen' } })],
    expect: { '123456789012': { status: 'INSUFFICIENT_DATA', messageId: 'malformed' } },
  },
] satisfies RuleCase[];
