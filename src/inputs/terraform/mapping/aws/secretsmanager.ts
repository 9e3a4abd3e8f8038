import { compact } from '../context.js';
import { type ServiceMappings } from './shared.js';

/** Secrets Manager: `aws` provider types and their CloudFormation shape. */
export const mappings: ServiceMappings = {
  resources: {
    aws_secretsmanager_secret: {
      cloudFormationType: 'AWS::SecretsManager::Secret',
      properties: (context) => compact({ Name: context.get('name'), Description: context.get('description'), KmsKeyId: context.link('kms_key_id') }),
    },
    // CloudFormation models rotation as its own AWS::SecretsManager::RotationSchedule, as Terraform does.
    aws_secretsmanager_secret_rotation: {
      cloudFormationType: 'AWS::SecretsManager::RotationSchedule',
      properties(context) {
        const rules = context.block('rotation_rules');
        return compact({
          SecretId: context.link('secret_id'),
          RotationLambdaARN: context.link('rotation_lambda_arn'),
          RotateImmediatelyOnUpdate: context.get('rotate_immediately'),
          RotationRules: rules
            ? compact({ AutomaticallyAfterDays: rules.automatically_after_days ?? undefined, ScheduleExpression: rules.schedule_expression || undefined, Duration: rules.duration || undefined })
            : context.get('rotation_rules'),
        });
      },
    },
  },
};
