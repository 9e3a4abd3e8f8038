import { compact } from '../context.js';
import { isUnknown } from '../../../../model/unknown.js';
import { firstBlock, ifConfigured, list, type ServiceMappings } from './shared.js';

/** EKS: `aws` provider types and their CloudFormation shape. */
export const mappings: ServiceMappings = {
  resources: {
    aws_eks_cluster: {
      cloudFormationType: 'AWS::EKS::Cluster',
      properties(context) {
        const vpc = context.block('vpc_config');
        const logTypes = context.get('enabled_cluster_log_types');
        const encryption = context.get('encryption_config');
        return compact({
          Name: context.get('name'),
          Version: context.get('version'),
          EncryptionConfig: isUnknown(encryption)
            ? ifConfigured(context, 'encryption_config', encryption)
            : context.blocks('encryption_config').map((block, index) => {
                const provider = firstBlock(block.provider);
                const keyArn = provider ? context.link(`encryption_config.${index}.provider.0.key_arn`) : undefined;
                return compact({ Resources: block.resources ?? undefined, Provider: isUnknown(block.provider) ? block.provider : provider ? compact({ KeyArn: keyArn }) : undefined });
              }),
          ResourcesVpcConfig: vpc
            ? compact({
                // The provider's default for endpoint_public_access is true, as CloudFormation's.
                EndpointPublicAccess: vpc.endpoint_public_access ?? undefined,
                EndpointPrivateAccess: vpc.endpoint_private_access ?? undefined,
                PublicAccessCidrs: vpc.public_access_cidrs ?? undefined,
                SubnetIds: context.links('vpc_config.0.subnet_ids'),
                SecurityGroupIds: context.links('vpc_config.0.security_group_ids'),
              })
            : undefined,
          Logging:
            logTypes === undefined
              ? undefined
              : { ClusterLogging: { EnabledTypes: isUnknown(logTypes) ? logTypes : (list(logTypes) ?? []).map((type) => ({ Type: type })) } },
        });
      },
    },
  },
};
