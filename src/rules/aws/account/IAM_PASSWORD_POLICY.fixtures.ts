import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const STRONG = `resource "aws_iam_account_password_policy" "strict" {
  minimum_password_length        = 14
  require_lowercase_characters   = true
  require_uppercase_characters   = true
  require_numbers                = true
  require_symbols                = true
  password_reuse_prevention      = 24
  max_password_age               = 90
  allow_users_to_change_password = true
}
`;

const strongPlan = {
  minimum_password_length: 16,
  require_lowercase_characters: true,
  require_uppercase_characters: true,
  require_numbers: true,
  require_symbols: true,
  password_reuse_prevention: 24,
  max_password_age: 60,
  allow_users_to_change_password: true,
  hard_expiry: false,
};

export default [
  {
    name: 'hcl: a policy meeting every default requirement',
    hcl: STRONG,
    expect: { '(account)': { status: 'COMPLIANT', messageId: 'meets' } },
  },
  {
    name: 'hcl: a short policy with no symbols, no reuse prevention and no expiry',
    hcl: `resource "aws_iam_account_password_policy" "weak" {
  minimum_password_length      = 8
  require_lowercase_characters = true
  require_uppercase_characters = true
  require_numbers              = true
}
`,
    expect: { '(account)': { status: 'NON_COMPLIANT', messageId: 'tooShort', messageIncludes: '8 characters' } },
  },
  {
    name: 'hcl: the provider defaults (no attribute set) fail every requirement',
    hcl: 'resource "aws_iam_account_password_policy" "bare" {}\n',
    expect: { '(account)': { status: 'NON_COMPLIANT', messageId: 'flagOff' } },
  },
  {
    name: 'hcl: lower requirements from the parameters',
    params: { MinimumPasswordLength: 8, PasswordReusePrevention: 5, MaxPasswordAge: 365, RequireSymbols: false },
    hcl: `resource "aws_iam_account_password_policy" "team" {
  minimum_password_length      = 10
  require_lowercase_characters = true
  require_uppercase_characters = true
  require_numbers              = true
  password_reuse_prevention    = 5
  max_password_age             = 180
}
`,
    expect: { '(account)': 'COMPLIANT' },
  },
  {
    name: 'hcl: a configuration that declares only EBS encryption by default says nothing about the password policy',
    hcl: 'resource "aws_ebs_encryption_by_default" "on" {\n  enabled = true\n}\n',
    expect: { '(account)': { status: 'NOT_APPLICABLE', messageId: 'undeclared' } },
  },
  {
    name: 'hcl: a length from a variable without a value is not known',
    hcl: `variable "length" {
  type = number
}

resource "aws_iam_account_password_policy" "strict" {
  minimum_password_length      = var.length
  require_lowercase_characters = true
  require_uppercase_characters = true
  require_numbers              = true
  require_symbols              = true
  password_reuse_prevention    = 24
  max_password_age             = 90
}
`,
    expect: { '(account)': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' } },
  },
  {
    name: 'plan: a strong policy created, then one whose expiry is too long',
    plan: { format_version: '1.2', resource_changes: [created('aws_iam_account_password_policy.strict', strongPlan)] },
    expect: { '(account)': { status: 'COMPLIANT', messageId: 'meets' } },
  },
  {
    name: 'plan: passwords that live a year',
    plan: { format_version: '1.2', resource_changes: [created('aws_iam_account_password_policy.strict', { ...strongPlan, max_password_age: 365 })] },
    expect: { '(account)': { status: 'NON_COMPLIANT', messageId: 'expiryTooLong', path: ['PasswordPolicy', 'MaxPasswordAge'] } },
  },
  {
    name: 'plan: deleting the password policy leaves the account with none',
    plan: {
      format_version: '1.2',
      resource_changes: [{ ...created('aws_iam_account_password_policy.strict', strongPlan), change: { actions: ['delete'], before: strongPlan, after: null, after_unknown: {} } }],
    },
    expect: { '(account)': { status: 'NON_COMPLIANT', messageId: 'noPolicy' } },
  },
] satisfies RuleCase[];
