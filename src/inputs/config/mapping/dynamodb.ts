import { compact } from '../../terraform/mapping/context.js';
import { isUnknown, unknown } from '../../../model/unknown.js';
import { isObject, type Value } from '../../../model/value.js';
import { objects, type ItemContext, type ItemMapping } from './shared.js';

/** DescribeTable's SSEDescription as CloudFormation's SSESpecification; no description is the AWS owned key. */
function sseSpecification(context: ItemContext): Value | undefined {
  const description = context.optional('ssedescription', 'sSEDescription', 'sseDescription');
  if (description === undefined || isUnknown(description)) return description;
  if (!isObject(description)) return unknown(`malformed: the SSE description of ${context.item.resourceId} is ${JSON.stringify(description)}`);
  const status = description.status;
  const type = description.ssetype ?? description.sSEType ?? description.sseType;
  const enabled = status === 'ENABLED' || status === 'UPDATING' ? type === 'KMS' : status === 'DISABLED' || status === 'DISABLING' ? false : unknown(`the SSE status of ${context.item.resourceId} is ${JSON.stringify(status)}`);
  return compact({ SSEEnabled: enabled, SSEType: typeof type === 'string' ? type : undefined, KMSMasterKeyId: (description.kmsmasterKeyArn ?? description.kMSMasterKeyArn ?? description.kmsMasterKeyArn ?? undefined) as Value | undefined });
}

/** The ContinuousBackupsDescription blob as CloudFormation's PointInTimeRecoverySpecification. */
function pointInTimeRecovery(context: ItemContext): Value | undefined {
  const backups = context.supplementary('ContinuousBackupsDescription') ?? unknown(`AWS Config did not record the continuous backups of ${context.item.resourceId}`);
  if (isUnknown(backups)) return { PointInTimeRecoveryEnabled: backups };
  const parsed = typeof backups === 'string' ? safeJson(backups) : backups;
  const status = isObject(parsed) && isObject(parsed.pointInTimeRecoveryDescription) ? parsed.pointInTimeRecoveryDescription.pointInTimeRecoveryStatus : undefined;
  return { PointInTimeRecoveryEnabled: status === 'ENABLED' ? true : status === 'DISABLED' ? false : unknown(`AWS Config did not record the point-in-time recovery status of ${context.item.resourceId}`) };
}

function safeJson(text: string): Value {
  try {
    return JSON.parse(text) as Value;
  } catch {
    return unknown('malformed: the supplementary configuration is not JSON');
  }
}

/** DynamoDB, DAX and Application Auto Scaling: Config resource types (describe output in camelCase) and their CloudFormation shape. */
export const itemMappings: Readonly<Record<string, ItemMapping>> = {
  'AWS::DynamoDB::Table': {
    cloudFormationType: 'AWS::DynamoDB::Table',
    properties(context) {
      const indexes = context.optional('globalSecondaryIndexes');
      return compact({
        TableName: context.optional('tableName') ?? context.name,
        // Tables that were never on demand have no billing mode summary: provisioned.
        BillingMode: context.optional('billingModeSummary.billingMode'),
        GlobalSecondaryIndexes: Array.isArray(indexes) ? objects(indexes).map((index) => compact({ IndexName: index.indexName ?? undefined })) : indexes,
        SSESpecification: sseSpecification(context),
        PointInTimeRecoverySpecification: pointInTimeRecovery(context),
        DeletionProtectionEnabled: context.recorded('deletionProtectionEnabled'),
      });
    },
  },
  // The periodic rule's describe output (DescribeClusters) wrapped as items; Config does not record DAX.
  'AWS::DAX::Cluster': {
    cloudFormationType: 'AWS::DAX::Cluster',
    properties(context) {
      const sse = context.recorded('sSEDescription');
      const status = isObject(sse) ? sse.status : undefined;
      return compact({
        ClusterName: context.optional('clusterName') ?? context.name,
        NodeType: context.optional('nodeType'),
        SSESpecification: isUnknown(sse) ? sse : { SSEEnabled: status === 'ENABLED' || status === 'ENABLING' ? true : status === 'DISABLED' || status === 'DISABLING' ? false : unknown(`the SSE status of ${context.item.resourceId} is ${JSON.stringify(status)}`) },
        ClusterEndpointEncryptionType: context.recorded('clusterEndpointEncryptionType'),
      });
    },
  },
  // DescribeScalableTargets and DescribeScalingPolicies output, as the live inventory reads them.
  'AWS::ApplicationAutoScaling::ScalableTarget': {
    cloudFormationType: 'AWS::ApplicationAutoScaling::ScalableTarget',
    properties: (context) =>
      compact({
        ServiceNamespace: context.recorded('serviceNamespace'),
        ResourceId: context.recorded('resourceId'),
        ScalableDimension: context.recorded('scalableDimension'),
        MinCapacity: context.optional('minCapacity'),
        MaxCapacity: context.optional('maxCapacity'),
      }),
  },
  'AWS::ApplicationAutoScaling::ScalingPolicy': {
    cloudFormationType: 'AWS::ApplicationAutoScaling::ScalingPolicy',
    properties(context) {
      const tracking = context.optional('targetTrackingScalingPolicyConfiguration');
      const metric = isObject(tracking) ? tracking.predefinedMetricSpecification : undefined;
      return compact({
        PolicyName: context.optional('policyName'),
        PolicyType: context.optional('policyType'),
        ServiceNamespace: context.recorded('serviceNamespace'),
        ResourceId: context.recorded('resourceId'),
        ScalableDimension: context.recorded('scalableDimension'),
        TargetTrackingScalingPolicyConfiguration: isObject(tracking)
          ? compact({ TargetValue: tracking.targetValue ?? undefined, PredefinedMetricSpecification: isObject(metric) ? compact({ PredefinedMetricType: metric.predefinedMetricType ?? undefined }) : undefined })
          : undefined,
      });
    },
  },
};
