import { compact, type MappingContext } from '../context.js';
import { isUnknown, unknown } from '../../../../model/unknown.js';
import type { Value } from '../../../../model/value.js';
import { ifConfigured, unlessComputed, type ServiceMappings } from './shared.js';

/**
 * `encrypted`: the provider's default was false before v6.0 and true from v6.0, but an unset or
 * false value was never sent, so Redshift's own default (encrypted) applies. A plan's value for an
 * attribute the configuration does not set is that provider default: not set.
 */
function encrypted(context: MappingContext): Value | undefined {
  if (context.instance.configured && !context.instance.configured.has('encrypted')) return undefined;
  return context.get('encrypted');
}

/**
 * `publicly_accessible`: the provider sends its default, true before v6.0 and false from v6.0. A
 * plan shows the value sent; in HCL an unset value depends on the provider version.
 */
function publiclyAccessible(context: MappingContext): Value | undefined {
  const value = context.get('publicly_accessible');
  if (value !== undefined || context.instance.action !== undefined) return value;
  return unknown('publicly_accessible is not set: the aws provider defaults it to true before v6.0 and to false from v6.0');
}

/** Redshift: `aws` provider types and their CloudFormation shape. */
export const mappings: ServiceMappings = {
  resources: {
    aws_redshift_cluster: {
      cloudFormationType: 'AWS::Redshift::Cluster',
      properties: (context) =>
        compact({
          ClusterIdentifier: context.get('cluster_identifier'),
          ClusterType: context.get('cluster_type'),
          NodeType: context.get('node_type'),
          NumberOfNodes: context.get('number_of_nodes'),
          DBName: context.get('database_name'),
          MasterUsername: context.get('master_username'),
          PubliclyAccessible: publiclyAccessible(context),
          Encrypted: encrypted(context),
          // Optional and computed: unknown in a plan when not configured, which means not set.
          KmsKeyId: ifConfigured(context, 'kms_key_id', context.link('kms_key_id')),
          EnhancedVpcRouting: ifConfigured(context, 'enhanced_vpc_routing', context.get('enhanced_vpc_routing')),
          PreferredMaintenanceWindow: ifConfigured(context, 'preferred_maintenance_window', context.get('preferred_maintenance_window')),
          ClusterParameterGroupName: ifConfigured(context, 'cluster_parameter_group_name', context.link('cluster_parameter_group_name')),
          ClusterSubnetGroupName: ifConfigured(context, 'cluster_subnet_group_name', context.link('cluster_subnet_group_name')),
          VpcSecurityGroupIds: ifConfigured(context, 'vpc_security_group_ids', context.links('vpc_security_group_ids')),
          AutomatedSnapshotRetentionPeriod: context.get('automated_snapshot_retention_period'),
          AllowVersionUpgrade: context.get('allow_version_upgrade'),
          SnapshotIdentifier: unlessComputed(context.link('snapshot_identifier'), context),
        }),
    },
    aws_redshift_parameter_group: {
      cloudFormationType: 'AWS::Redshift::ClusterParameterGroup',
      properties(context) {
        const raw = context.get('parameter');
        return compact({
          ParameterGroupName: context.get('name'),
          ParameterGroupFamily: context.get('family'),
          Description: context.get('description'),
          Parameters: isUnknown(raw) ? raw : context.blocks('parameter').map((block) => compact({ ParameterName: block.name ?? undefined, ParameterValue: block.value ?? undefined })),
        });
      },
    },
  },
};
