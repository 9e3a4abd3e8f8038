import { compact } from '../context.js';
import { type ServiceMappings } from './shared.js';

/** EFS: `aws` provider types and their CloudFormation shape. */
export const mappings: ServiceMappings = {
  resources: {
    aws_efs_file_system: {
      cloudFormationType: 'AWS::EFS::FileSystem',
      properties: (context) => compact({ Encrypted: context.get('encrypted'), KmsKeyId: context.link('kms_key_id') }),
    },
  },
};
