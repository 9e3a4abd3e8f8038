import { compact } from '../../terraform/mapping/context.js';
import { type ItemMapping } from './shared.js';

/** SageMaker and Step Functions: Config records these types in CloudFormation's names (config-resource-schema). */
export const itemMappings: Readonly<Record<string, ItemMapping>> = {
  'AWS::SageMaker::NotebookInstance': {
    cloudFormationType: 'AWS::SageMaker::NotebookInstance',
    properties: (context) =>
      compact({
        NotebookInstanceName: context.optional('NotebookInstanceName') ?? context.name,
        InstanceType: context.optional('InstanceType'),
        SubnetId: context.optional('SubnetId'),
        // DescribeNotebookInstance always reports both settings.
        DirectInternetAccess: context.recorded('DirectInternetAccess'),
        RootAccess: context.recorded('RootAccess'),
      }),
  },
  'AWS::StepFunctions::StateMachine': {
    cloudFormationType: 'AWS::StepFunctions::StateMachine',
    properties: (context) =>
      compact({
        StateMachineName: context.optional('StateMachineName') ?? context.name,
        StateMachineType: context.optional('StateMachineType'),
        LoggingConfiguration: context.recorded('LoggingConfiguration'),
      }),
  },
};
