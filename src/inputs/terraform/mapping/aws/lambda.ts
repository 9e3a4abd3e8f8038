import { compact } from '../context.js';
import { isUnknown } from '../../../../model/unknown.js';
import type { ServiceMappings } from './shared.js';

/** Lambda: `aws` provider types and their CloudFormation shape. */
export const mappings: ServiceMappings = {
  resources: {
    aws_lambda_function: {
      cloudFormationType: 'AWS::Lambda::Function',
      properties: (context) => {
        const vpc = context.blockOrUnknown('vpc_config');
        const deadLetter = context.blockOrUnknown('dead_letter_config');
        const tracing = context.block('tracing_config');
        return compact({
          FunctionName: context.get('function_name'),
          Runtime: context.get('runtime'),
          Role: context.link('role'),
          Timeout: context.get('timeout'),
          MemorySize: context.get('memory_size'),
          PackageType: context.get('package_type'),
          KmsKeyArn: context.link('kms_key_arn'),
          VpcConfig: isUnknown(vpc) ? vpc : vpc ? compact({ SubnetIds: context.links('vpc_config.0.subnet_ids'), SecurityGroupIds: context.links('vpc_config.0.security_group_ids') }) : undefined,
          DeadLetterConfig: isUnknown(deadLetter) ? deadLetter : deadLetter ? compact({ TargetArn: context.link('dead_letter_config.0.target_arn') }) : undefined,
          TracingConfig: tracing ? compact({ Mode: context.get('tracing_config.0.mode') }) : undefined,
        });
      },
    },
    aws_lambda_permission: {
      cloudFormationType: 'AWS::Lambda::Permission',
      properties: (context) =>
        compact({
          FunctionName: context.link('function_name'),
          Action: context.get('action'),
          Principal: context.get('principal'),
          SourceArn: context.link('source_arn'),
          SourceAccount: context.get('source_account'),
          PrincipalOrgID: context.get('principal_org_id'),
          EventSourceToken: context.get('event_source_token'),
          FunctionUrlAuthType: context.get('function_url_auth_type'),
        }),
    },
    aws_lambda_function_url: {
      cloudFormationType: 'AWS::Lambda::Url',
      properties: (context) =>
        compact({
          TargetFunctionArn: context.link('function_name'),
          Qualifier: context.get('qualifier'),
          AuthType: context.get('authorization_type'),
        }),
    },
  },
};
