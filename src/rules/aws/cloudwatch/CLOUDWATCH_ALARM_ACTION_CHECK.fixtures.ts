import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const TOPIC = 'arn:aws:sns:eu-west-1:111122223333:on-call';
const METRIC = `      MetricName: Errors
      Namespace: AWS/Lambda
      Statistic: Sum
      Period: 60
      EvaluationPeriods: 1
      Threshold: 1
      ComparisonOperator: GreaterThanOrEqualToThreshold`;

export default [
  {
    name: 'ALARM and INSUFFICIENT_DATA actions by default: both, one, none; a topic of the template; a list from a parameter without default',
    template: `
Parameters:
  Targets: { Type: CommaDelimitedList }
Resources:
  Topic:
    Type: AWS::SNS::Topic
  Both:
    Type: AWS::CloudWatch::Alarm
    Properties:
${METRIC}
      AlarmActions: [${TOPIC}]
      InsufficientDataActions: [!Ref Topic]
  AlarmOnly:
    Type: AWS::CloudWatch::Alarm
    Properties:
${METRIC}
      AlarmActions: [${TOPIC}]
  None:
    Type: AWS::CloudWatch::Alarm
    Properties:
${METRIC}
  FromParameter:
    Type: AWS::CloudWatch::Alarm
    Properties:
${METRIC}
      AlarmActions: !Ref Targets
      InsufficientDataActions: [${TOPIC}]
`,
    expect: {
      Both: { status: 'COMPLIANT', messageIncludes: 'ALARM, INSUFFICIENT_DATA' },
      AlarmOnly: { status: 'NON_COMPLIANT', messageId: 'noAction', messageIncludes: 'INSUFFICIENT_DATA' },
      None: { status: 'NON_COMPLIANT', messageId: 'noAction' },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownActions', path: ['AlarmActions'] },
    },
  },
  {
    name: 'okActionRequired, insufficientDataActionRequired false, and named actions',
    params: { okActionRequired: true, insufficientDataActionRequired: false, action1: TOPIC },
    template: `
Resources:
  Named:
    Type: AWS::CloudWatch::Alarm
    Properties:
${METRIC}
      AlarmActions: [${TOPIC}]
      OKActions: [${TOPIC}]
  NoOk:
    Type: AWS::CloudWatch::Alarm
    Properties:
${METRIC}
      AlarmActions: [${TOPIC}]
  Other:
    Type: AWS::CloudWatch::Alarm
    Properties:
${METRIC}
      AlarmActions: [arn:aws:sns:eu-west-1:111122223333:elsewhere]
      OKActions: [arn:aws:sns:eu-west-1:111122223333:elsewhere]
`,
    expect: {
      Named: 'COMPLIANT',
      NoOk: { status: 'NON_COMPLIANT', messageId: 'noAction', messageIncludes: 'OK state' },
      Other: { status: 'NON_COMPLIANT', messageId: 'noNamedAction' },
    },
  },
  {
    name: 'hcl: alarm and insufficient-data actions, and an alarm without actions',
    hcl: `
resource "aws_sns_topic" "on_call" {
  name = "on-call"
}

resource "aws_cloudwatch_metric_alarm" "errors" {
  alarm_name                = "errors"
  metric_name               = "Errors"
  namespace                 = "AWS/Lambda"
  statistic                 = "Sum"
  period                    = 60
  evaluation_periods        = 1
  threshold                 = 1
  comparison_operator       = "GreaterThanOrEqualToThreshold"
  alarm_actions             = [aws_sns_topic.on_call.arn]
  insufficient_data_actions = [aws_sns_topic.on_call.arn]
}

resource "aws_cloudwatch_metric_alarm" "silent" {
  alarm_name          = "silent"
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
      'aws_cloudwatch_metric_alarm.errors': 'COMPLIANT',
      'aws_cloudwatch_metric_alarm.silent': { status: 'NON_COMPLIANT', messageId: 'noAction' },
    },
  },
  {
    name: 'plan: actions known, none, and a topic known after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_cloudwatch_metric_alarm.known', { alarm_name: 'known', metric_name: 'Errors', namespace: 'AWS/Lambda', alarm_actions: [TOPIC], insufficient_data_actions: [TOPIC], ok_actions: [], actions_enabled: true }, { arn: true, id: true }),
        created('aws_cloudwatch_metric_alarm.silent', { alarm_name: 'silent', metric_name: 'Errors', namespace: 'AWS/Lambda', alarm_actions: [], insufficient_data_actions: [], ok_actions: [], actions_enabled: true }, { arn: true, id: true }),
        created('aws_cloudwatch_metric_alarm.later', { alarm_name: 'later', metric_name: 'Errors', namespace: 'AWS/Lambda', insufficient_data_actions: [TOPIC], ok_actions: [], actions_enabled: true }, { arn: true, id: true, alarm_actions: true }),
      ],
    },
    expect: {
      'aws_cloudwatch_metric_alarm.known': 'COMPLIANT',
      'aws_cloudwatch_metric_alarm.silent': { status: 'NON_COMPLIANT', messageId: 'noAction' },
      'aws_cloudwatch_metric_alarm.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownActions' },
    },
  },
] satisfies RuleCase[];
