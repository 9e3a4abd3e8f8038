import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const ALL = { block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: true };

export default [
  {
    name: 'hcl: all four settings on',
    hcl: `resource "aws_s3_account_public_access_block" "all" {
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
`,
    expect: { '(account)': { status: 'COMPLIANT', messageId: 'blocked' } },
  },
  {
    name: 'hcl: only ACLs blocked (the others default to false)',
    hcl: 'resource "aws_s3_account_public_access_block" "acls" {\n  block_public_acls = true\n}\n',
    expect: { '(account)': { status: 'NON_COMPLIANT', messageId: 'flagOff', path: ['PublicAccessBlock', 'IgnorePublicAcls'] } },
  },
  {
    name: 'hcl: only ACLs blocked, and only ACL settings enforced by the parameters',
    params: { BlockPublicPolicy: 'False', RestrictPublicBuckets: 'False', IgnorePublicAcls: 'false' },
    hcl: 'resource "aws_s3_account_public_access_block" "acls" {\n  block_public_acls = true\n}\n',
    expect: { '(account)': 'COMPLIANT' },
  },
  {
    name: 'hcl: a configuration that declares only a trail says nothing about the account-level block',
    hcl: 'resource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = "logs"\n}\n',
    expect: { '(account)': { status: 'NOT_APPLICABLE', messageId: 'undeclared' } },
  },
  {
    name: 'plan: all four on, one known after apply',
    plan: { format_version: '1.2', resource_changes: [created('aws_s3_account_public_access_block.all', { ...ALL, restrict_public_buckets: null }, { restrict_public_buckets: true })] },
    expect: { '(account)': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' } },
  },
  {
    name: 'plan: all four on',
    plan: { format_version: '1.2', resource_changes: [created('aws_s3_account_public_access_block.all', ALL)] },
    expect: { '(account)': 'COMPLIANT' },
  },
  {
    name: 'plan: public policies allowed',
    plan: { format_version: '1.2', resource_changes: [created('aws_s3_account_public_access_block.all', { ...ALL, block_public_policy: false })] },
    expect: { '(account)': { status: 'NON_COMPLIANT', messageId: 'flagOff', messageIncludes: 'BlockPublicPolicy' } },
  },
] satisfies RuleCase[];
