import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const METRIC = `      MetricName: Errors
      Namespace: AWS/Lambda
      Statistic: Sum
      Period: 60
      EvaluationPeriods: 1
      Threshold: 1
      ComparisonOperator: GreaterThanOrEqualToThreshold`;

export default [
  {
    name: 'ActionsEnabled unset, true, false, "false", from a parameter without default, and malformed',
    template: `
Parameters:
  Enabled: { Type: String }
Resources:
  Default:
    Type: AWS::CloudWatch::Alarm
    Properties:
${METRIC}
  Enabled:
    Type: AWS::CloudWatch::Alarm
    Properties:
${METRIC}
      ActionsEnabled: true
  Disabled:
    Type: AWS::CloudWatch::Alarm
    Properties:
${METRIC}
      ActionsEnabled: false
  DisabledText:
    Type: AWS::CloudWatch::Alarm
    Properties:
${METRIC}
      ActionsEnabled: 'false'
  FromParameter:
    Type: AWS::CloudWatch::Alarm
    Properties:
${METRIC}
      ActionsEnabled: !Ref Enabled
  Malformed:
    Type: AWS::CloudWatch::Alarm
    Properties:
${METRIC}
      ActionsEnabled: sometimes
`,
    expect: {
      Default: { status: 'COMPLIANT', path: [] },
      Enabled: { status: 'COMPLIANT', path: ['ActionsEnabled'] },
      Disabled: { status: 'NON_COMPLIANT', messageId: 'disabled', path: ['ActionsEnabled'] },
      DisabledText: { status: 'NON_COMPLIANT', messageId: 'disabled' },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEnabled' },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEnabled', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: actions_enabled false and unset',
    hcl: `
resource "aws_cloudwatch_metric_alarm" "muted" {
  alarm_name          = "muted"
  metric_name         = "Errors"
  namespace           = "AWS/Lambda"
  statistic           = "Sum"
  period              = 60
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  actions_enabled     = false
}

resource "aws_cloudwatch_metric_alarm" "live" {
  alarm_name          = "live"
  metric_name         = "Errors"
  namespace           = "AWS/Lambda"
  statistic           = "Sum"
  period              = 60
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
}
`,
    expect: {
      'aws_cloudwatch_metric_alarm.muted': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_cloudwatch_metric_alarm.live': 'COMPLIANT',
    },
  },
  {
    name: 'plan: actions enabled, disabled, and known after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_cloudwatch_metric_alarm.live', { alarm_name: 'live', metric_name: 'Errors', namespace: 'AWS/Lambda', actions_enabled: true }, { arn: true, id: true }),
        created('aws_cloudwatch_metric_alarm.muted', { alarm_name: 'muted', metric_name: 'Errors', namespace: 'AWS/Lambda', actions_enabled: false }, { arn: true, id: true }),
        created('aws_cloudwatch_metric_alarm.later', { alarm_name: 'later', metric_name: 'Errors', namespace: 'AWS/Lambda' }, { arn: true, id: true, actions_enabled: true }),
      ],
    },
    expect: {
      'aws_cloudwatch_metric_alarm.live': 'COMPLIANT',
      'aws_cloudwatch_metric_alarm.muted': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_cloudwatch_metric_alarm.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEnabled' },
    },
  },
] satisfies RuleCase[];
