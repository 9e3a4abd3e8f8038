import { compact, type MappingContext } from '../context.js';
import type { Properties } from '../../../../model/value.js';
import { ifConfigured, unlessComputed, type ServiceMappings } from './shared.js';

/** A DocumentDB or Neptune cluster: the storage encryption attributes both providers share. */
function cluster(context: MappingContext, keyAttribute: string): Properties {
  return compact({
    DBClusterIdentifier: context.get('cluster_identifier'),
    StorageEncrypted: context.get('storage_encrypted'),
    // Optional and computed: unknown in a plan when not configured, which means the AWS managed key.
    KmsKeyId: ifConfigured(context, keyAttribute, context.link(keyAttribute)),
    // A restored cluster inherits its encryption.
    SnapshotIdentifier: unlessComputed(context.link('snapshot_identifier'), context),
  });
}

/** DocumentDB, Neptune and DMS: `aws` provider types and their CloudFormation shape. */
export const mappings: ServiceMappings = {
  resources: {
    aws_docdb_cluster: { cloudFormationType: 'AWS::DocDB::DBCluster', properties: (context) => cluster(context, 'kms_key_id') },
    aws_neptune_cluster: { cloudFormationType: 'AWS::Neptune::DBCluster', properties: (context) => cluster(context, 'kms_key_arn') },
    aws_dms_replication_instance: {
      cloudFormationType: 'AWS::DMS::ReplicationInstance',
      properties: (context) =>
        compact({
          ReplicationInstanceIdentifier: context.get('replication_instance_id'),
          ReplicationInstanceClass: context.get('replication_instance_class'),
          // Optional and computed: not sent when unset, so DMS's default (public) applies.
          PubliclyAccessible: ifConfigured(context, 'publicly_accessible', context.get('publicly_accessible')),
        }),
    },
  },
};
