import { compact } from '../context.js';
import { type ServiceMappings } from './shared.js';

/** SageMaker: `aws` provider types and their CloudFormation shape. */
export const mappings: ServiceMappings = {
  resources: {
    aws_sagemaker_notebook_instance: {
      cloudFormationType: 'AWS::SageMaker::NotebookInstance',
      properties: (context) =>
        compact({
          NotebookInstanceName: context.get('name'),
          InstanceType: context.get('instance_type'),
          RoleArn: context.link('role_arn'),
          SubnetId: context.link('subnet_id'),
          SecurityGroupIds: context.links('security_groups'),
          KmsKeyId: context.link('kms_key_id'),
          // Both default to Enabled, in the provider as in CloudFormation.
          DirectInternetAccess: context.get('direct_internet_access'),
          RootAccess: context.get('root_access'),
        }),
    },
  },
};
