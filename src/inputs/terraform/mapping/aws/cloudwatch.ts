import { isUnknown } from '../../../../model/unknown.js';
import type { Properties, Value, ValueObject } from '../../../../model/value.js';
import { compact } from '../context.js';
import { blockList, eachBlock, type ServiceMappings } from './shared.js';

/** Terraform's dimensions map → CloudFormation's `[{ Name, Value }]`. */
function dimensions(value: Value | undefined): Value | undefined {
  if (value === undefined || value === null || isUnknown(value) || typeof value !== 'object' || Array.isArray(value)) return value ?? undefined;
  return Object.entries(value).map(([name, dimension]) => ({ Name: name, Value: dimension }));
}

/** `metric_query` → `Metrics` (metric math or a metric of its own). */
function metricQuery(block: ValueObject): Properties {
  const [metric] = blockList(block.metric);
  return compact({
    Id: block.id ?? undefined,
    Expression: block.expression ?? undefined,
    Label: block.label ?? undefined,
    ReturnData: block.return_data ?? undefined,
    MetricStat: metric
      ? compact({
          Metric: compact({ MetricName: metric.metric_name ?? undefined, Namespace: metric.namespace ?? undefined, Dimensions: dimensions(metric.dimensions ?? undefined) }),
          Period: metric.period ?? undefined,
          Stat: metric.stat ?? undefined,
          Unit: metric.unit ?? undefined,
        })
      : undefined,
  });
}

/** CloudWatch and CloudWatch Logs: `aws` provider types and their CloudFormation shape. */
export const mappings: ServiceMappings = {
  resources: {
    aws_cloudwatch_log_group: {
      cloudFormationType: 'AWS::Logs::LogGroup',
      properties: (context) =>
        compact({
          LogGroupName: context.get('name'),
          RetentionInDays: context.get('retention_in_days'),
          KmsKeyId: context.link('kms_key_id') || undefined,
          LogGroupClass: context.get('log_group_class'),
        }),
    },
    aws_cloudwatch_log_metric_filter: {
      cloudFormationType: 'AWS::Logs::MetricFilter',
      properties: (context) =>
        compact({
          FilterName: context.get('name'),
          LogGroupName: context.link('log_group_name'),
          FilterPattern: context.get('pattern'),
          MetricTransformations: eachBlock(context, 'metric_transformation', (block) =>
            compact({
              MetricName: block.name ?? undefined,
              MetricNamespace: block.namespace ?? undefined,
              MetricValue: block.value ?? undefined,
              DefaultValue: block.default_value ?? undefined,
              Unit: block.unit ?? undefined,
              Dimensions: dimensions(block.dimensions ?? undefined),
            }),
          ),
        }),
    },
    aws_cloudwatch_metric_alarm: {
      cloudFormationType: 'AWS::CloudWatch::Alarm',
      properties: (context) =>
        compact({
          AlarmName: context.get('alarm_name'),
          AlarmDescription: context.get('alarm_description'),
          // A metric name not known here may be a metric filter's name (`aws_cloudwatch_log_metric_filter.x.id`): keep the reference.
          MetricName: isUnknown(context.get('metric_name')) ? context.link('metric_name') : context.get('metric_name'),
          Namespace: context.get('namespace'),
          Statistic: context.get('statistic'),
          ExtendedStatistic: context.get('extended_statistic'),
          Period: context.get('period'),
          EvaluationPeriods: context.get('evaluation_periods'),
          DatapointsToAlarm: context.get('datapoints_to_alarm'),
          Threshold: context.get('threshold'),
          ComparisonOperator: context.get('comparison_operator'),
          TreatMissingData: context.get('treat_missing_data'),
          Dimensions: dimensions(context.get('dimensions')),
          ActionsEnabled: context.get('actions_enabled'),
          AlarmActions: context.links('alarm_actions'),
          OKActions: context.links('ok_actions'),
          InsufficientDataActions: context.links('insufficient_data_actions'),
          Metrics: eachBlock(context, 'metric_query', metricQuery),
        }),
    },
  },
};
