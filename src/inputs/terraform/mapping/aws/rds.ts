import { compact } from '../context.js';
import { unlessComputed, type ServiceMappings } from './shared.js';

/** RDS and Aurora: `aws` provider types and their CloudFormation shape. */
export const mappings: ServiceMappings = {
  resources: {
    aws_db_instance: {
      cloudFormationType: 'AWS::RDS::DBInstance',
      properties: (context) =>
        compact({
          DBInstanceIdentifier: context.get('identifier'),
          StorageEncrypted: context.get('storage_encrypted'),
          KmsKeyId: context.link('kms_key_id'),
          Engine: context.get('engine'),
          DBClusterIdentifier: context.link('cluster_identifier'),
          PubliclyAccessible: context.get('publicly_accessible'),
          // A read replica or a restore inherits its encryption from its source.
          SourceDBInstanceIdentifier: unlessComputed(context.link('replicate_source_db'), context),
          DBSnapshotIdentifier: unlessComputed(context.link('snapshot_identifier'), context),
        }),
    },
    aws_rds_cluster_instance: {
      cloudFormationType: 'AWS::RDS::DBInstance',
      properties: (context) =>
        compact({
          DBInstanceIdentifier: context.get('identifier'),
          DBClusterIdentifier: context.link('cluster_identifier'),
          Engine: context.get('engine'),
          DBInstanceClass: context.get('instance_class'),
          PubliclyAccessible: context.get('publicly_accessible'),
        }),
    },
    aws_rds_cluster: {
      cloudFormationType: 'AWS::RDS::DBCluster',
      properties: (context) =>
        compact({ StorageEncrypted: context.get('storage_encrypted'), KmsKeyId: context.link('kms_key_id'), Engine: context.get('engine'), EngineMode: context.get('engine_mode'), DBClusterIdentifier: context.get('cluster_identifier') }),
    },
  },
};
