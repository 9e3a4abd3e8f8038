import { accountItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'config: the root user as GetAccountSummary and ListVirtualMFADevices describe it',
    items: [accountItem({ root: { mfaActive: true, accessKeysPresent: false, virtualMfa: false } })],
    expect: { '123456789012': { status: 'COMPLIANT', messageId: 'hardware' } },
  },
  {
    name: 'config: the root user failing the check',
    items: [accountItem({ root: { mfaActive: true, accessKeysPresent: false, virtualMfa: true } })],
    expect: { '123456789012': { status: 'NON_COMPLIANT', messageId: 'virtual' } },
  },
  {
    name: 'config: a root user without MFA that has a password (AWS Config: NON_COMPLIANT)',
    items: [accountItem({ root: { mfaActive: false, accessKeysPresent: false, virtualMfa: false, credentialsPresent: true } })],
    expect: { '123456789012': { status: 'NON_COMPLIANT', messageId: 'noMfa' } },
  },
  {
    name: 'config: a root user without any credential, removed by central root access management (AWS Config: NOT_APPLICABLE)',
    items: [accountItem({ root: { mfaActive: false, accessKeysPresent: false, virtualMfa: false, credentialsPresent: false } })],
    expect: { '123456789012': { status: 'NOT_APPLICABLE', messageId: 'noCredentials' } },
  },
  {
    name: 'config: no MFA, and whether the root user has credentials at all is not reported',
    items: [accountItem({ root: { mfaActive: false, accessKeysPresent: false, virtualMfa: false } })],
    expect: { '123456789012': { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'CredentialsPresent was not reported' } },
  },
  {
    name: 'config: GetAccountSummary denied',
    items: [accountItem({ unreadable: { root: 'access denied (AccessDenied)' } })],
    expect: { '123456789012': { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'AccessDenied' } },
  },
  {
    name: 'hcl: a configuration can not say anything about the root user',
    hcl: 'resource "aws_iam_account_password_policy" "p" {\n  minimum_password_length = 14\n}\n',
    expect: { '(account)': 'NOT_APPLICABLE' },
  },
] satisfies RuleCase[];
