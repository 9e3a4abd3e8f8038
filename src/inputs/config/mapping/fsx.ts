import { compact } from '../../terraform/mapping/context.js';
import { type ItemMapping } from './shared.js';

/** FSx: Config resource types and their CloudFormation shape. */
export const itemMappings: Readonly<Record<string, ItemMapping>> = {
  'AWS::FSx::FileSystem': {
    cloudFormationType: 'AWS::FSx::FileSystem',
    properties: (context) => compact({ FileSystemType: context.optional('FileSystemType', 'fileSystemType') ?? context.recorded('FileSystemType') }),
  },
};
