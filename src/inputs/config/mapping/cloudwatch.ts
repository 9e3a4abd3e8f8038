import { compact } from '../../terraform/mapping/context.js';
import { pascalKeys, type ItemMapping } from './shared.js';
import type { Properties } from '../../../model/value.js';

/** CloudWatch and CloudWatch Logs: Config resource types and their CloudFormation shape. */
export const itemMappings: Readonly<Record<string, ItemMapping>> = {
  'AWS::CloudWatch::Alarm': {
    cloudFormationType: 'AWS::CloudWatch::Alarm',
    properties: (context) =>
      compact({
        AlarmName: context.optional('alarmName') ?? context.name,
        AlarmDescription: context.optional('alarmDescription'),
        MetricName: context.optional('metricName'),
        Namespace: context.optional('namespace'),
        Statistic: context.optional('statistic'),
        Period: context.optional('period'),
        EvaluationPeriods: context.optional('evaluationPeriods'),
        Threshold: context.optional('threshold'),
        ComparisonOperator: context.optional('comparisonOperator'),
        // Config records what DescribeAlarms returns; an alarm's actions are always listed (empty when none).
        ActionsEnabled: context.recorded('actionsEnabled'),
        AlarmActions: context.recorded('alarmActions'),
        InsufficientDataActions: context.recorded('insufficientDataActions'),
        // Config spells it `okactions` (the RDK example item); DescribeAlarms `okActions`.
        OKActions: context.optional('okactions', 'okActions', 'OKActions') ?? context.recorded('okactions'),
      }),
  },
  // DescribeLogGroups names a group's settings as CloudFormation does (`kmsKeyId`, `retentionInDays`).
  'AWS::Logs::LogGroup': {
    cloudFormationType: 'AWS::Logs::LogGroup',
    properties: (context) => pascalKeys(context.configuration) as Properties,
  },
};
