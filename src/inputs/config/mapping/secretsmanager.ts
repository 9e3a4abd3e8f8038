import { compact } from '../../terraform/mapping/context.js';
import { isUnknown } from '../../../model/unknown.js';
import { isObject } from '../../../model/value.js';
import { type ItemMapping } from './shared.js';

/** Secrets Manager: Config resource types (DescribeSecret's names) and their CloudFormation shape. */
export const itemMappings: Readonly<Record<string, ItemMapping>> = {
  'AWS::SecretsManager::Secret': {
    cloudFormationType: 'AWS::SecretsManager::Secret',
    properties: (context) => compact({ Name: context.optional('Name') ?? context.name, Description: context.optional('Description'), KmsKeyId: context.optional('KMSKeyId', 'KmsKeyId') }),
    // Rotation is a separate AWS::SecretsManager::RotationSchedule in CloudFormation: an enabled rotation becomes one.
    companions(context) {
      const enabled = context.recorded('RotationEnabled');
      if (enabled !== true) return [];
      const rules = context.optional('RotationRules');
      return [
        {
          suffix: 'rotation',
          type: 'AWS::SecretsManager::RotationSchedule',
          properties: compact({
            SecretId: context.item.ARN ?? context.item.resourceId,
            RotationLambdaARN: context.optional('RotationLambdaARN'),
            RotationRules: isObject(rules) ? compact({ AutomaticallyAfterDays: rules.AutomaticallyAfterDays ?? undefined, ScheduleExpression: rules.ScheduleExpression ?? undefined, Duration: rules.Duration ?? undefined }) : context.recorded('RotationRules'),
          }),
        },
      ];
    },
    // Whether rotation is on, when Config did not record it.
    observed(context) {
      const enabled = context.recorded('RotationEnabled');
      return compact({ RotationEnabled: isUnknown(enabled) ? enabled : undefined });
    },
  },
};
