import { compact } from '../context.js';
import type { ResourceMapping, ServiceMappings } from './shared.js';

function fsx(fileSystemType: string): ResourceMapping {
  return { cloudFormationType: 'AWS::FSx::FileSystem', properties: (context) => compact({ FileSystemType: fileSystemType, KmsKeyId: context.link('kms_key_id') }) };
}

/** FSx: `aws` provider types and their CloudFormation shape. */
export const mappings: ServiceMappings = {
  resources: {
    aws_fsx_windows_file_system: fsx('WINDOWS'),
    aws_fsx_lustre_file_system: fsx('LUSTRE'),
    aws_fsx_ontap_file_system: fsx('ONTAP'),
    aws_fsx_openzfs_file_system: fsx('OPENZFS'),
  },
};
