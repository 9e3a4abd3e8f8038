import { compact } from '../context.js';
import { type ServiceMappings } from './shared.js';

/** ElastiCache: `aws` provider types and their CloudFormation shape. */
export const mappings: ServiceMappings = {
  resources: {
    aws_elasticache_replication_group: {
      cloudFormationType: 'AWS::ElastiCache::ReplicationGroup',
      properties: (context) =>
        compact({
          AtRestEncryptionEnabled: context.get('at_rest_encryption_enabled'),
          TransitEncryptionEnabled: context.get('transit_encryption_enabled'),
          KmsKeyId: context.link('kms_key_id'),
          Engine: context.get('engine'),
        }),
    },
  },
};
