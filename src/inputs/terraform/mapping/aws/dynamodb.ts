import { compact } from '../context.js';
import { isUnknown } from '../../../../model/unknown.js';
import type { Value } from '../../../../model/value.js';
import { computedBlock, ifConfigured, unlessComputed, type ServiceMappings } from './shared.js';

/** DynamoDB and DAX: `aws` provider types and their CloudFormation shape. */
export const mappings: ServiceMappings = {
  resources: {
    aws_dynamodb_table: {
      cloudFormationType: 'AWS::DynamoDB::Table',
      properties(context) {
        const indexes = context.get('global_secondary_index');
        return compact({
          TableName: context.get('name'),
          BillingMode: context.get('billing_mode'),
          ProvisionedThroughput: context.get('read_capacity') === undefined && context.get('write_capacity') === undefined ? undefined : compact({ ReadCapacityUnits: context.get('read_capacity'), WriteCapacityUnits: context.get('write_capacity') }),
          GlobalSecondaryIndexes: isUnknown(indexes) ? indexes : context.blocks('global_secondary_index').length === 0 ? undefined : context.blocks('global_secondary_index').map((block) => compact({ IndexName: block.name ?? undefined })),
          // `enabled` false (or no block) is DynamoDB's AWS owned key; true without a key ARN is aws/dynamodb.
          SSESpecification: computedBlock(context, 'server_side_encryption', (block) => compact({ SSEEnabled: block.enabled ?? undefined, SSEType: block.enabled === true ? 'KMS' : undefined, KMSMasterKeyId: unlessComputed(context.link('server_side_encryption.0.kms_key_arn'), context) || undefined })),
          PointInTimeRecoverySpecification: computedBlock(context, 'point_in_time_recovery', (block) => compact({ PointInTimeRecoveryEnabled: block.enabled ?? undefined })),
          DeletionProtectionEnabled: ifConfigured(context, 'deletion_protection_enabled', context.get('deletion_protection_enabled')),
        });
      },
    },
    aws_dax_cluster: {
      cloudFormationType: 'AWS::DAX::Cluster',
      properties: (context) =>
        compact({
          ClusterName: context.get('cluster_name'),
          NodeType: context.get('node_type'),
          ReplicationFactor: context.get('replication_factor'),
          SSESpecification: computedBlock(context, 'server_side_encryption', (block) => compact({ SSEEnabled: block.enabled ?? undefined })),
          ClusterEndpointEncryptionType: ifConfigured(context, 'cluster_endpoint_encryption_type', context.get('cluster_endpoint_encryption_type')),
        }),
    },
  },
};

/** Application Auto Scaling targets and policies (what scales a DynamoDB table's capacity). */
export const autoScalingMappings: ServiceMappings = {
  resources: {
    aws_appautoscaling_target: {
      cloudFormationType: 'AWS::ApplicationAutoScaling::ScalableTarget',
      properties: (context) =>
        compact({
          ServiceNamespace: context.get('service_namespace'),
          ResourceId: resourceId(context.get('resource_id'), context.link('resource_id')),
          ScalableDimension: context.get('scalable_dimension'),
          MinCapacity: context.get('min_capacity'),
          MaxCapacity: context.get('max_capacity'),
        }),
    },
    aws_appautoscaling_policy: {
      cloudFormationType: 'AWS::ApplicationAutoScaling::ScalingPolicy',
      properties(context) {
        const tracking = context.block('target_tracking_scaling_policy_configuration');
        const metric = tracking ? context.block('target_tracking_scaling_policy_configuration.0.predefined_metric_specification') : undefined;
        return compact({
          PolicyName: context.get('name'),
          PolicyType: context.get('policy_type'),
          ServiceNamespace: context.get('service_namespace'),
          // Usually `aws_appautoscaling_target.x.resource_id`: the reference finds the target.
          ResourceId: resourceId(context.get('resource_id'), context.link('resource_id')),
          ScalableDimension: context.get('scalable_dimension'),
          TargetTrackingScalingPolicyConfiguration: tracking
            ? compact({ TargetValue: tracking.target_value ?? undefined, PredefinedMetricSpecification: metric ? compact({ PredefinedMetricType: metric.predefined_metric_type ?? undefined }) : undefined })
            : undefined,
        });
      },
    },
  },
};

/** A known `table/<name>` keeps its text (it names the table); an unknown one keeps its reference. */
function resourceId(value: Value | undefined, linked: Value | undefined): Value | undefined {
  return isUnknown(value) ? linked : value;
}
