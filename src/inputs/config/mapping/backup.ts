import { type ItemMapping } from './shared.js';

/** AWS Backup: Config resource types (already named as CloudFormation names them) and their CloudFormation shape. */
export const itemMappings: Readonly<Record<string, ItemMapping>> = {
  'AWS::Backup::BackupPlan': {
    cloudFormationType: 'AWS::Backup::BackupPlan',
    properties: (context) => ({ BackupPlan: context.recorded('BackupPlan') }),
  },
  // DescribeReplicationInstances (already PascalCase in the item).
  'AWS::DMS::ReplicationInstance': {
    cloudFormationType: 'AWS::DMS::ReplicationInstance',
    properties: (context) => ({
      ReplicationInstanceIdentifier: context.optional('ReplicationInstanceIdentifier') ?? context.name,
      PubliclyAccessible: context.recorded('PubliclyAccessible'),
    }),
  },
};
