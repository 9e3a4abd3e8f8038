import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'validation on, off, unset, as a string, from a parameter without a default, and malformed',
    template: `
Parameters:
  Validate:
    Type: String
Resources:
  Validated:
    Type: AWS::CloudTrail::Trail
    Properties:
      S3BucketName: audit
      IsLogging: true
      EnableLogFileValidation: true
  NotValidated:
    Type: AWS::CloudTrail::Trail
    Properties:
      S3BucketName: audit
      IsLogging: true
      EnableLogFileValidation: false
  Unset:
    Type: AWS::CloudTrail::Trail
    Properties:
      S3BucketName: audit
      IsLogging: true
  AsText:
    Type: AWS::CloudTrail::Trail
    Properties:
      S3BucketName: audit
      IsLogging: true
      EnableLogFileValidation: 'True'
  FromParameter:
    Type: AWS::CloudTrail::Trail
    Properties:
      S3BucketName: audit
      IsLogging: true
      EnableLogFileValidation: !Ref Validate
  Malformed:
    Type: AWS::CloudTrail::Trail
    Properties:
      S3BucketName: audit
      IsLogging: true
      EnableLogFileValidation: yes please
`,
    expect: {
      Validated: { status: 'COMPLIANT', path: ['EnableLogFileValidation'] },
      NotValidated: { status: 'NON_COMPLIANT', messageId: 'disabled', path: ['EnableLogFileValidation'] },
      Unset: { status: 'NON_COMPLIANT', messageId: 'disabled', path: [] },
      AsText: 'COMPLIANT',
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownValidation' },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknownValidation', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: enable_log_file_validation set and left out',
    hcl: `
resource "aws_cloudtrail" "validated" {
  name                       = "validated"
  s3_bucket_name             = "audit"
  enable_log_file_validation = true
}

resource "aws_cloudtrail" "default" {
  name           = "default"
  s3_bucket_name = "audit"
}
`,
    expect: {
      'aws_cloudtrail.validated': 'COMPLIANT',
      'aws_cloudtrail.default': { status: 'NON_COMPLIANT', messageId: 'disabled' },
    },
  },
  {
    name: 'plan: validation true, the provider default false, and a variable known after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_cloudtrail.validated', { name: 'validated', s3_bucket_name: 'audit', enable_log_file_validation: true }),
        created('aws_cloudtrail.default', { name: 'default', s3_bucket_name: 'audit', enable_log_file_validation: false }),
        created('aws_cloudtrail.later', { name: 'later', s3_bucket_name: 'audit' }, { enable_log_file_validation: true }),
      ],
    },
    expect: {
      'aws_cloudtrail.validated': 'COMPLIANT',
      'aws_cloudtrail.default': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_cloudtrail.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownValidation' },
    },
  },
] satisfies RuleCase[];
