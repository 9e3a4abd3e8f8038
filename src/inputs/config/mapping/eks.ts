import { compact } from '../../terraform/mapping/context.js';
import { isUnknown } from '../../../model/unknown.js';
import { type Value, type ValueObject } from '../../../model/value.js';
import { pascalKeys, type ItemMapping } from './shared.js';

/** EKS: Config resource types and their CloudFormation shape. */
export const itemMappings: Readonly<Record<string, ItemMapping>> = {
  'AWS::EKS::Cluster': {
    cloudFormationType: 'AWS::EKS::Cluster',
    properties: (context) => {
      const vpc = context.recorded('ResourcesVpcConfig');
      return compact({
        Name: context.optional('Name') ?? context.name,
        RoleArn: context.optional('RoleArn'),
        Version: context.optional('Version'),
        ResourcesVpcConfig: isUnknown(vpc) ? vpc : { ...(pascalKeys(vpc) as ValueObject), EndpointPublicAccess: context.recorded('ResourcesVpcConfig.EndpointPublicAccess') },
        // DescribeCluster omits encryptionConfig for a cluster without envelope encryption (RDK example_ci/AWS_EKS_Cluster.json).
        EncryptionConfig: context.optional('EncryptionConfig'),
        Logging: context.optional('Logging') === undefined ? undefined : pascalKeys(context.optional('Logging') as Value),
      });
    },
  },
};
