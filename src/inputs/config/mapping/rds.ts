import { compact } from '../../terraform/mapping/context.js';
import { type ItemMapping } from './shared.js';

/** RDS and Aurora: Config resource types and their CloudFormation shape. */
export const itemMappings: Readonly<Record<string, ItemMapping>> = {
  'AWS::RDS::DBInstance': {
    cloudFormationType: 'AWS::RDS::DBInstance',
    properties: (context) =>
      compact({
        DBInstanceIdentifier: context.optional('dBInstanceIdentifier', 'dbInstanceIdentifier'),
        DBClusterIdentifier: context.optional('dBClusterIdentifier', 'dbClusterIdentifier'),
        Engine: context.optional('engine'),
        StorageEncrypted: context.optional('storageEncrypted') ?? context.recorded('storageEncrypted'),
        KmsKeyId: context.optional('kmsKeyId'),
      }),
  },
  'AWS::RDS::DBCluster': {
    cloudFormationType: 'AWS::RDS::DBCluster',
    properties: (context) =>
      compact({
        DBClusterIdentifier: context.optional('dbclusterIdentifier', 'dBClusterIdentifier', 'dbClusterIdentifier'),
        Engine: context.optional('engine'),
        EngineMode: context.optional('engineMode'),
        StorageEncrypted: context.optional('storageEncrypted') ?? context.recorded('storageEncrypted'),
        KmsKeyId: context.optional('kmsKeyId'),
      }),
  },
};
