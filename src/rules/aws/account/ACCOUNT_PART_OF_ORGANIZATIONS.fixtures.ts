import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'plan: creating an organization does not show that this account is a member: live data decides',
    plan: { format_version: '1.2', resource_changes: [created('aws_organizations_organization.org', { feature_set: 'ALL' }, { id: true, arn: true, master_account_id: true })] },
    expect: {},
  },
  {
    name: 'hcl: a configuration that declares an account setting says nothing about the organization',
    hcl: 'resource "aws_iam_account_password_policy" "p" {\n  minimum_password_length = 14\n}\n',
    expect: { '(account)': 'NOT_APPLICABLE' },
  },
] satisfies RuleCase[];
