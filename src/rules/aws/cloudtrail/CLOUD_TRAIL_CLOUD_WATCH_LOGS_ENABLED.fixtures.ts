import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const TEMPLATE = `
Conditions:
  Stream: !Equals [!Ref AWS::Region, eu-west-1]
Resources:
  TrailLogs:
    Type: AWS::Logs::LogGroup
    Properties:
      RetentionInDays: 365
  ToGroup:
    Type: AWS::CloudTrail::Trail
    Properties:
      S3BucketName: audit
      IsLogging: true
      CloudWatchLogsLogGroupArn: !GetAtt TrailLogs.Arn
      CloudWatchLogsRoleArn: arn:aws:iam::123456789012:role/cloudtrail-to-logs
  Unset:
    Type: AWS::CloudTrail::Trail
    Properties:
      S3BucketName: audit
      IsLogging: true
  Maybe:
    Type: AWS::CloudTrail::Trail
    Properties:
      S3BucketName: audit
      IsLogging: true
      CloudWatchLogsLogGroupArn: !If [Stream, !GetAtt TrailLogs.Arn, !Ref AWS::NoValue]
`;

export default [
  {
    name: 'a log group created alongside, none, and one from an undecidable condition',
    template: TEMPLATE,
    expect: {
      ToGroup: { status: 'COMPLIANT', path: ['CloudWatchLogsLogGroupArn'] },
      Unset: { status: 'NON_COMPLIANT', messageId: 'noLogGroup', path: [] },
      Maybe: { status: 'INSUFFICIENT_DATA', messageId: 'unknownLogGroup' },
    },
  },
  {
    name: 'expectedDeliveryWindowAge: the delivery age is the deployed trail\'s; no log group still fails',
    params: { expectedDeliveryWindowAge: 24 },
    template: TEMPLATE,
    expect: {
      ToGroup: { status: 'INSUFFICIENT_DATA', messageId: 'deliveryUnknown' },
      Unset: { status: 'NON_COMPLIANT', messageId: 'noLogGroup' },
      Maybe: { status: 'INSUFFICIENT_DATA', messageId: 'unknownLogGroup' },
    },
  },
  {
    name: 'hcl: the log group ARN with its ":*" suffix, and none',
    hcl: `
resource "aws_cloudwatch_log_group" "trail" {
  name = "cloudtrail"
}

resource "aws_cloudtrail" "streamed" {
  name                       = "streamed"
  s3_bucket_name             = "audit"
  cloud_watch_logs_group_arn = "\${aws_cloudwatch_log_group.trail.arn}:*"
  cloud_watch_logs_role_arn  = "arn:aws:iam::123456789012:role/cloudtrail-to-logs"
}

resource "aws_cloudtrail" "plain" {
  name           = "plain"
  s3_bucket_name = "audit"
}
`,
    expect: {
      'aws_cloudtrail.streamed': 'COMPLIANT',
      'aws_cloudtrail.plain': { status: 'NON_COMPLIANT', messageId: 'noLogGroup' },
    },
  },
  {
    name: 'plan: a literal log group ARN, none, and a log group created in the same apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_cloudtrail.streamed', { name: 'streamed', s3_bucket_name: 'audit', cloud_watch_logs_group_arn: 'arn:aws:logs:us-east-1:123456789012:log-group:cloudtrail:*' }),
        created('aws_cloudtrail.plain', { name: 'plain', s3_bucket_name: 'audit', cloud_watch_logs_group_arn: null }),
        created('aws_cloudtrail.later', { name: 'later', s3_bucket_name: 'audit' }, { cloud_watch_logs_group_arn: true }),
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_cloudtrail.later', mode: 'managed', type: 'aws_cloudtrail', name: 'later', provider_config_key: 'aws', expressions: { cloud_watch_logs_group_arn: { references: ['aws_cloudwatch_log_group.trail.arn', 'aws_cloudwatch_log_group.trail'] } } },
          ],
        },
      },
    },
    expect: {
      'aws_cloudtrail.streamed': 'COMPLIANT',
      'aws_cloudtrail.plain': { status: 'NON_COMPLIANT', messageId: 'noLogGroup' },
      'aws_cloudtrail.later': 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
