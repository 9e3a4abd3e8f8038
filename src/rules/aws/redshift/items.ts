import { buildConfigurationItem, FIXTURE_ACCOUNT, FIXTURE_REGION, type ItemOverrides } from '../../config-fixtures.js';

/**
 * A Redshift cluster item as Config records it (the describe output in camelCase, RDK example_ci):
 * a private, encrypted cluster in the default parameter group unless `fields` say otherwise;
 * `without` names keys Config did not record.
 */
export function redshiftClusterItem(id: string, fields: Record<string, unknown> = {}, without: readonly string[] = [], overrides: ItemOverrides = {}): Record<string, unknown> {
  const configuration: Record<string, unknown> = {
    clusterIdentifier: id,
    nodeType: 'ra3.xlplus',
    clusterStatus: 'available',
    masterUsername: 'warehouse_admin',
    dBName: 'analytics',
    endpoint: { address: `${id}.abc123.${FIXTURE_REGION}.redshift.amazonaws.com`, port: 5439 },
    automatedSnapshotRetentionPeriod: 1,
    manualSnapshotRetentionPeriod: -1,
    clusterSecurityGroups: [],
    vpcSecurityGroups: [{ vpcSecurityGroupId: 'sg-0a1b2c3d', status: 'active' }],
    clusterParameterGroups: [{ parameterGroupName: 'default.redshift-1.0', parameterApplyStatus: 'in-sync', clusterParameterStatusList: [] }],
    clusterSubnetGroupName: 'default',
    vpcId: 'vpc-0a1b2c3d',
    availabilityZone: `${FIXTURE_REGION}a`,
    preferredMaintenanceWindow: 'tue:10:00-tue:10:30',
    pendingModifiedValues: {},
    clusterVersion: '1.0',
    allowVersionUpgrade: true,
    numberOfNodes: 1,
    publiclyAccessible: false,
    encrypted: true,
    kmsKeyId: 'AWS_OWNED_KMS_KEY',
    enhancedVpcRouting: false,
    iamRoles: [],
    tags: [],
    ...fields,
  };
  for (const key of without) delete configuration[key];
  const parameterGroup = (configuration.clusterParameterGroups as { parameterGroupName?: string }[] | undefined)?.[0]?.parameterGroupName;
  return buildConfigurationItem('AWS::Redshift::Cluster', configuration, {
    resourceId: id,
    resourceName: id,
    ARN: `arn:aws:redshift:${FIXTURE_REGION}:${FIXTURE_ACCOUNT}:cluster:${id}`,
    relationships: [
      ...(parameterGroup ? [['AWS::Redshift::ClusterParameterGroup', parameterGroup, 'Is associated with ClusterParameterGroup', parameterGroup] as const] : []),
      ['AWS::Redshift::ClusterSubnetGroup', 'default', 'Is associated with ClusterSubnetGroup', 'default'],
      ['AWS::EC2::SecurityGroup', 'sg-0a1b2c3d', 'Is associated with SecurityGroup'],
      ['AWS::EC2::VPC', 'vpc-0a1b2c3d', 'Is associated with Vpc'],
    ],
    supplementaryConfiguration: { LoggingStatus: { loggingEnabled: false } },
    ...overrides,
  });
}

/** A cluster parameter group item: every parameter in the `Parameters` blob, require_ssl as given (engine default false). */
export function redshiftParameterGroupItem(name: string, requireSsl: string | undefined, overrides: ItemOverrides = {}): Record<string, unknown> {
  const parameter = (parameterName: string, parameterValue: string, source: string) => ({ parameterName, parameterValue, description: parameterName, source, dataType: 'boolean', allowedValues: 'true,false', applyType: 'static', isModifiable: true, minimumEngineVersion: null });
  const parameters = [
    parameter('enable_user_activity_logging', 'false', 'engine-default'),
    ...(requireSsl === undefined ? [] : [parameter('require_ssl', requireSsl, requireSsl === 'false' ? 'engine-default' : 'user')]),
    parameter('use_fips_ssl', 'false', 'engine-default'),
  ];
  return buildConfigurationItem(
    'AWS::Redshift::ClusterParameterGroup',
    { parameterGroupName: name, parameterGroupFamily: 'redshift-1.0', description: name, tags: [] },
    { resourceId: name, resourceName: name, ARN: `arn:aws:redshift:${FIXTURE_REGION}:${FIXTURE_ACCOUNT}:parametergroup:${name}`, supplementaryConfiguration: { Parameters: parameters }, ...overrides },
  );
}
