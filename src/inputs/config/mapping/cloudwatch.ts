import { compact } from '../../terraform/mapping/context.js';
import type { ItemMapping } from './shared.js';

/** CloudWatch: Config resource types and their CloudFormation shape. */
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
};
