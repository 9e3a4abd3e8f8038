import { buildConfigurationItem, FIXTURE_ACCOUNT, FIXTURE_REGION, type ItemOverrides } from '../../config-fixtures.js';

/**
 * A DynamoDB table item as Config records it (DescribeTable in camelCase, RDK example_ci): on
 * demand, AWS owned key, point-in-time recovery off unless `fields` and `pitr` say otherwise (`unrecorded`: no continuous backups blob);
 * `without` names keys Config did not record.
 */
export function tableItem(name: string, fields: Record<string, unknown> = {}, pitr: 'ENABLED' | 'DISABLED' | 'unrecorded' = 'DISABLED', without: readonly string[] = [], overrides: ItemOverrides = {}): Record<string, unknown> {
  const configuration: Record<string, unknown> = {
    tableName: name,
    tableStatus: 'ACTIVE',
    tableArn: `arn:aws:dynamodb:${FIXTURE_REGION}:${FIXTURE_ACCOUNT}:table/${name}`,
    tableId: `${name}-0a1b2c3d`,
    attributeDefinitions: [{ attributeName: 'id', attributeType: 'S' }],
    keySchema: [{ attributeName: 'id', keyType: 'HASH' }],
    provisionedThroughput: { numberOfDecreasesToday: 0, readCapacityUnits: 0, writeCapacityUnits: 0 },
    billingModeSummary: { billingMode: 'PAY_PER_REQUEST', lastUpdateToPayPerRequestDateTime: 1642087688890 },
    deletionProtectionEnabled: false,
    ...fields,
  };
  for (const key of without) delete configuration[key];
  return buildConfigurationItem('AWS::DynamoDB::Table', configuration, {
    resourceId: name,
    resourceName: name,
    ARN: configuration.tableArn as string,
    supplementaryConfiguration: pitr === 'unrecorded' ? { Tags: [] } : { ContinuousBackupsDescription: { continuousBackupsStatus: 'ENABLED', pointInTimeRecoveryDescription: { pointInTimeRecoveryStatus: pitr } }, Tags: [] },
    ...overrides,
  });
}

/** A scalable target as DescribeScalableTargets reports it, wrapped as an item. */
export function scalableTargetItem(resourceId: string, dimension: string, min = 5, max = 100): Record<string, unknown> {
  const id = `${resourceId}|${dimension}`;
  return buildConfigurationItem('AWS::ApplicationAutoScaling::ScalableTarget', { serviceNamespace: 'dynamodb', resourceId, scalableDimension: dimension, minCapacity: min, maxCapacity: max, roleARN: `arn:aws:iam::${FIXTURE_ACCOUNT}:role/aws-service-role/dynamodb.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_DynamoDBTable` }, { resourceId: id, resourceName: id });
}

/** A target tracking policy as DescribeScalingPolicies reports it, wrapped as an item. */
export function scalingPolicyItem(resourceId: string, dimension: string, targetValue = 70): Record<string, unknown> {
  const metric = dimension.includes('Read') ? 'DynamoDBReadCapacityUtilization' : 'DynamoDBWriteCapacityUtilization';
  const id = `policy|${resourceId}|${dimension}`;
  return buildConfigurationItem(
    'AWS::ApplicationAutoScaling::ScalingPolicy',
    { policyName: `${metric}:${resourceId}`, serviceNamespace: 'dynamodb', resourceId, scalableDimension: dimension, policyType: 'TargetTrackingScaling', targetTrackingScalingPolicyConfiguration: { targetValue, predefinedMetricSpecification: { predefinedMetricType: metric } } },
    { resourceId: id, resourceName: id },
  );
}

/** A DAX cluster as DescribeClusters reports it (the periodic rule's wrapped item). */
export function daxClusterItem(name: string, fields: Record<string, unknown> = {}, without: readonly string[] = []): Record<string, unknown> {
  const configuration: Record<string, unknown> = {
    clusterName: name,
    clusterArn: `arn:aws:dax:${FIXTURE_REGION}:${FIXTURE_ACCOUNT}:cache/${name}`,
    nodeType: 'dax.t3.small',
    status: 'available',
    totalNodes: 3,
    sSEDescription: { status: 'DISABLED' },
    clusterEndpointEncryptionType: 'NONE',
    ...fields,
  };
  for (const key of without) delete configuration[key];
  return buildConfigurationItem('AWS::DAX::Cluster', configuration, { resourceId: name, resourceName: name, ARN: configuration.clusterArn as string });
}
