import { compact } from '../context.js';
import { computedBlock, type ServiceMappings } from './shared.js';

/** Step Functions: `aws` provider types and their CloudFormation shape. */
export const mappings: ServiceMappings = {
  resources: {
    aws_sfn_state_machine: {
      cloudFormationType: 'AWS::StepFunctions::StateMachine',
      properties: (context) =>
        compact({
          StateMachineName: context.get('name'),
          StateMachineType: context.get('type'),
          RoleArn: context.link('role_arn'),
          // The provider computes the block (level OFF) when the configuration leaves it out.
          LoggingConfiguration: computedBlock(context, 'logging_configuration', (block) => {
            const destination = context.link('logging_configuration.0.log_destination');
            return compact({
              Level: block.level ?? undefined,
              IncludeExecutionData: block.include_execution_data ?? undefined,
              Destinations: destination === undefined || destination === '' ? undefined : [{ CloudWatchLogsLogGroup: { LogGroupArn: destination } }],
            });
          }),
        }),
    },
  },
};
