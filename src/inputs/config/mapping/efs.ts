import { compact } from '../../terraform/mapping/context.js';
import { type ItemMapping } from './shared.js';

/** EFS: Config resource types and their CloudFormation shape. */
export const itemMappings: Readonly<Record<string, ItemMapping>> = {
  'AWS::EFS::FileSystem': {
    cloudFormationType: 'AWS::EFS::FileSystem',
    properties: (context) => compact({ Encrypted: context.optional('Encrypted', 'encrypted') ?? context.recorded('Encrypted'), KmsKeyId: context.optional('KmsKeyId', 'kmsKeyId'), PerformanceMode: context.optional('PerformanceMode') }),
  },
  // DescribeAccessPoints always reports RootDirectory (Path / when not chosen); PosixUser only when set.
  'AWS::EFS::AccessPoint': {
    cloudFormationType: 'AWS::EFS::AccessPoint',
    properties: (context) => compact({ FileSystemId: context.optional('FileSystemId'), RootDirectory: context.recorded('RootDirectory'), PosixUser: context.optional('PosixUser') }),
  },
};
