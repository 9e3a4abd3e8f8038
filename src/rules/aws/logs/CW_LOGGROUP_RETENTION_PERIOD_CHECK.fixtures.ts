import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'a year and more, thirty days, never expire, a parameter without default, a malformed value, and a count of days CloudWatch Logs does not offer',
    template: `
Parameters:
  Days: { Type: Number }
Resources:
  Year:
    Type: AWS::Logs::LogGroup
    Properties:
      RetentionInDays: 365
  Month:
    Type: AWS::Logs::LogGroup
    Properties:
      RetentionInDays: 30
  Forever:
    Type: AWS::Logs::LogGroup
  FromParameter:
    Type: AWS::Logs::LogGroup
    Properties:
      RetentionInDays: !Ref Days
  Malformed:
    Type: AWS::Logs::LogGroup
    Properties:
      RetentionInDays: a-year
  Unoffered:
    Type: AWS::Logs::LogGroup
    Properties:
      RetentionInDays: 1000
`,
    expect: {
      Year: { status: 'COMPLIANT', path: ['RetentionInDays'] },
      Month: { status: 'NON_COMPLIANT', messageId: 'tooShort', path: ['RetentionInDays'], messageIncludes: 'less than 365' },
      Forever: { status: 'COMPLIANT', messageIncludes: 'never expire' },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownRetention' },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknownRetention', messageIncludes: 'malformed' },
      Unoffered: { status: 'INSUFFICIENT_DATA', messageId: 'unknownRetention', path: ['RetentionInDays'], messageIncludes: 'not a retention CloudWatch Logs accepts' },
    },
  },
  {
    name: 'LogGroupNames and MinRetentionTime: a listed group, one not listed, and one whose name CloudFormation chooses',
    params: { LogGroupNames: '/app/api,/app/worker', MinRetentionTime: 90 },
    template: `
Resources:
  Api:
    Type: AWS::Logs::LogGroup
    Properties:
      LogGroupName: /app/api
      RetentionInDays: 60
  Worker:
    Type: AWS::Logs::LogGroup
    Properties:
      LogGroupName: /app/worker
      RetentionInDays: 90
  Other:
    Type: AWS::Logs::LogGroup
    Properties:
      LogGroupName: /other
      RetentionInDays: 1
  Unnamed:
    Type: AWS::Logs::LogGroup
    Properties:
      RetentionInDays: 1
`,
    expect: {
      Api: { status: 'NON_COMPLIANT', messageId: 'tooShort', messageIncludes: 'less than 90' },
      Worker: 'COMPLIANT',
      Other: { status: 'NOT_APPLICABLE', messageId: 'notListed' },
      Unnamed: { status: 'INSUFFICIENT_DATA', messageId: 'unknownRetention' },
    },
  },
  {
    name: 'hcl: retention_in_days 14, 400, 500 (not offered), and unset (0, never expire)',
    hcl: `
resource "aws_cloudwatch_log_group" "short" {
  name              = "/app/short"
  retention_in_days = 14
}

resource "aws_cloudwatch_log_group" "long" {
  name              = "/app/long"
  retention_in_days = 400
}

resource "aws_cloudwatch_log_group" "unoffered" {
  name              = "/app/unoffered"
  retention_in_days = 500
}

resource "aws_cloudwatch_log_group" "forever" {
  name = "/app/forever"
}
`,
    expect: {
      'aws_cloudwatch_log_group.short': { status: 'NON_COMPLIANT', messageId: 'tooShort' },
      'aws_cloudwatch_log_group.long': 'COMPLIANT',
      'aws_cloudwatch_log_group.unoffered': { status: 'INSUFFICIENT_DATA', messageId: 'unknownRetention', messageIncludes: 'malformed' },
      'aws_cloudwatch_log_group.forever': 'COMPLIANT',
    },
  },
  {
    name: 'plan: retention 7, 0 (never expire), 8675309 (not offered), and known only after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_cloudwatch_log_group.week', { name: '/app/week', retention_in_days: 7, skip_destroy: false }, { arn: true, id: true }),
        created('aws_cloudwatch_log_group.forever', { name: '/app/forever', retention_in_days: 0, skip_destroy: false }, { arn: true, id: true }),
        created('aws_cloudwatch_log_group.unoffered', { name: '/app/unoffered', retention_in_days: 8675309, skip_destroy: false }, { arn: true, id: true }),
        created('aws_cloudwatch_log_group.later', { name: '/app/later', skip_destroy: false }, { arn: true, id: true, retention_in_days: true }),
      ],
    },
    expect: {
      'aws_cloudwatch_log_group.week': { status: 'NON_COMPLIANT', messageId: 'tooShort' },
      'aws_cloudwatch_log_group.forever': 'COMPLIANT',
      'aws_cloudwatch_log_group.unoffered': { status: 'INSUFFICIENT_DATA', messageId: 'unknownRetention', messageIncludes: 'malformed' },
      'aws_cloudwatch_log_group.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownRetention' },
    },
  },
] satisfies RuleCase[];
