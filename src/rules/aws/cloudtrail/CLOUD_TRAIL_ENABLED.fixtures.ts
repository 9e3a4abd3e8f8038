import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';
import { trailYaml } from './items.js';

const ACCOUNT = '(account)';

export default [
  {
    name: 'a logging trail among stopped ones',
    template: `Resources:\n${trailYaml('Stopped', '      IsLogging: false\n')}${trailYaml('Logging', '      IsLogging: true\n')}`,
    expect: { [ACCOUNT]: { status: 'COMPLIANT', messageId: 'enabled', path: ['Trails', 1] } },
  },
  {
    name: 'only a stopped trail',
    template: `Resources:\n${trailYaml('Stopped', '      IsLogging: false\n')}`,
    expect: { [ACCOUNT]: { status: 'NON_COMPLIANT', messageId: 'notEnabled', path: ['Trails', 0, 'IsLogging'] } },
  },
  {
    name: 'a logging trail that exists only under an undecidable condition',
    template: `Conditions:\n  Audit: !Equals [!Ref AWS::Region, eu-west-1]\nResources:\n  Maybe:\n    Type: AWS::CloudTrail::Trail\n    Condition: Audit\n    Properties:\n      S3BucketName: audit\n      IsLogging: true\n`,
    expect: { [ACCOUNT]: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' } },
  },
  {
    name: 's3BucketName: the logging trail delivers elsewhere, then to the named bucket',
    params: { s3BucketName: 'org-audit' },
    template: `Resources:\n${trailYaml('Elsewhere', '      IsLogging: true\n')}`,
    expect: { [ACCOUNT]: { status: 'NON_COMPLIANT', messageId: 'notEnabled', messageIncludes: 'S3BucketName is not org-audit' } },
  },
  {
    name: 's3BucketName: a trail delivering to a bucket of the template named as asked',
    params: { s3BucketName: 'org-audit' },
    template: `Resources:\n  Audit:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: org-audit\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      S3BucketName: !Ref Audit\n      IsLogging: true\n`,
    expect: { [ACCOUNT]: 'COMPLIANT' },
  },
  {
    name: 'hcl: a trail with the provider default (logging)',
    hcl: `resource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = "audit"\n}\n`,
    expect: { [ACCOUNT]: 'COMPLIANT' },
  },
  {
    name: 'hcl: a trail with logging off',
    hcl: `resource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = "audit"\n  enable_logging = false\n}\n`,
    expect: { [ACCOUNT]: { status: 'NON_COMPLIANT', messageId: 'notEnabled' } },
  },
  {
    name: 'hcl: an account password policy declares the account, not its trails',
    hcl: `resource "aws_iam_account_password_policy" "strict" {\n  minimum_password_length = 14\n}\n`,
    expect: { [ACCOUNT]: { status: 'NOT_APPLICABLE', messageId: 'undeclared' } },
  },
  {
    name: 'plan: a logging trail',
    plan: { format_version: '1.2', terraform_version: '1.9.5', resource_changes: [created('aws_cloudtrail.main', { name: 'main', s3_bucket_name: 'audit', enable_logging: true })] },
    expect: { [ACCOUNT]: 'COMPLIANT' },
  },
  {
    name: 'plan: a stopped trail',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [created('aws_cloudtrail.stopped', { name: 'stopped', s3_bucket_name: 'audit', enable_logging: false })],
    },
    expect: { [ACCOUNT]: { status: 'NON_COMPLIANT', messageId: 'notEnabled' } },
  },
  {
    name: 'plan: logging known after apply',
    plan: { format_version: '1.2', terraform_version: '1.9.5', resource_changes: [created('aws_cloudtrail.later', { name: 'later', s3_bucket_name: 'audit' }, { enable_logging: true })] },
    expect: { [ACCOUNT]: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' } },
  },
] satisfies RuleCase[];
