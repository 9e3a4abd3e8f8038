import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'hcl: encryption by default on (enabled defaults to true)',
    hcl: 'resource "aws_ebs_encryption_by_default" "on" {}\n',
    expect: { '(account)': { status: 'COMPLIANT', messageId: 'enabled' } },
  },
  {
    name: 'hcl: encryption by default turned off',
    hcl: 'resource "aws_ebs_encryption_by_default" "off" {\n  enabled = false\n}\n',
    expect: { '(account)': { status: 'NON_COMPLIANT', messageId: 'disabled', path: ['EbsEncryptionByDefault'] } },
  },
  {
    name: 'hcl: a configuration that declares only the password policy says nothing about EBS encryption',
    hcl: 'resource "aws_iam_account_password_policy" "p" {\n  minimum_password_length = 14\n}\n',
    expect: { '(account)': { status: 'NOT_APPLICABLE', messageId: 'undeclared' } },
  },
  {
    name: 'hcl: a flag from a variable without a value is not known',
    hcl: 'variable "on" {\n  type = bool\n}\n\nresource "aws_ebs_encryption_by_default" "maybe" {\n  enabled = var.on\n}\n',
    expect: { '(account)': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' } },
  },
  {
    name: 'hcl: two declarations that disagree leave the setting unknown (the last applied wins)',
    hcl: 'resource "aws_ebs_encryption_by_default" "on" {}\n\nresource "aws_ebs_encryption_by_default" "off" {\n  enabled = false\n}\n',
    expect: { '(account)': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' } },
  },
  {
    name: 'hcl: two declarations that agree',
    hcl: 'resource "aws_ebs_encryption_by_default" "on" {}\n\nresource "aws_ebs_encryption_by_default" "also_on" {\n  enabled = true\n}\n',
    expect: { '(account)': 'COMPLIANT' },
  },
  {
    name: 'plan: one declaration destroyed while another turns it on',
    plan: {
      format_version: '1.2',
      resource_changes: [
        { ...created('aws_ebs_encryption_by_default.old', { enabled: false }), change: { actions: ['delete'], before: { enabled: false }, after: null, after_unknown: {} } },
        created('aws_ebs_encryption_by_default.on', { enabled: true }),
      ],
    },
    expect: { '(account)': 'COMPLIANT' },
  },
  {
    name: 'plan: turned on',
    plan: { format_version: '1.2', resource_changes: [created('aws_ebs_encryption_by_default.on', { enabled: true })] },
    expect: { '(account)': 'COMPLIANT' },
  },
  {
    name: 'plan: destroying the setting turns encryption by default off',
    plan: { format_version: '1.2', resource_changes: [{ ...created('aws_ebs_encryption_by_default.on', { enabled: true }), change: { actions: ['delete'], before: { enabled: true }, after: null, after_unknown: {} } }] },
    expect: { '(account)': { status: 'NON_COMPLIANT', messageId: 'disabled' } },
  },
] satisfies RuleCase[];
