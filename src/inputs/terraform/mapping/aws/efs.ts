import { compact } from '../context.js';
import { computedBlock, type ServiceMappings } from './shared.js';

/** EFS: `aws` provider types and their CloudFormation shape. */
export const mappings: ServiceMappings = {
  resources: {
    aws_efs_file_system: {
      cloudFormationType: 'AWS::EFS::FileSystem',
      properties: (context) => compact({ Encrypted: context.get('encrypted'), KmsKeyId: context.link('kms_key_id') }),
    },
    aws_efs_access_point: {
      cloudFormationType: 'AWS::EFS::AccessPoint',
      properties: (context) =>
        compact({
          FileSystemId: context.link('file_system_id'),
          RootDirectory: computedBlock(context, 'root_directory', (block) => compact({ Path: block.path ?? undefined })),
          PosixUser: computedBlock(context, 'posix_user', (block) => compact({ Uid: context.number('posix_user.0.uid'), Gid: context.number('posix_user.0.gid'), SecondaryGids: block.secondary_gids ?? undefined })),
        }),
    },
  },
};
