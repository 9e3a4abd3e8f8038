import { buildConfigurationItem, FIXTURE_ACCOUNT, FIXTURE_REGION } from '../../config-fixtures.js';

/**
 * Auto Scaling items in the shapes Config records them (the Config RDK's example items): a launch
 * configuration that sets no public address or metadata options (DescribeLaunchConfigurations
 * leaves out what is not set), and a group in one zone launched from a launch configuration with
 * EC2 health checks and no load balancer. `fields` override; `without` names keys not recorded.
 */
export function launchConfigurationItem(name: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  const arn = `arn:aws:autoscaling:${FIXTURE_REGION}:${FIXTURE_ACCOUNT}:launchConfiguration:0b0c1f22-7a4c-4d9e-a5c9-2f0d1e3b4a5c:launchConfigurationName/${name}`;
  const configuration = {
    launchConfigurationName: name,
    launchConfigurationARN: arn,
    imageId: 'ami-0abcdef1234567890',
    keyName: '',
    securityGroups: ['sg-0a1b2c3d4e5f60001'],
    classicLinkVPCSecurityGroups: [],
    userData: '',
    instanceType: 't3.micro',
    kernelId: '',
    ramdiskId: '',
    blockDeviceMappings: [],
    instanceMonitoring: { enabled: false },
    createdTime: 1645469670080,
    ebsOptimized: false,
    ...fields,
  };
  return buildConfigurationItem('AWS::AutoScaling::LaunchConfiguration', configuration, { resourceId: arn, resourceName: name, ARN: arn });
}

export function groupArn(name: string): string {
  return `arn:aws:autoscaling:${FIXTURE_REGION}:${FIXTURE_ACCOUNT}:autoScalingGroup:5f1d7b0e-3c1a-4e5b-9f2a-6d8c7b9a0e1f:autoScalingGroupName/${name}`;
}

export function groupItem(name: string, fields: Record<string, unknown> = {}, without: readonly string[] = []): Record<string, unknown> {
  const arn = groupArn(name);
  const configuration: Record<string, unknown> = {
    autoScalingGroupName: name,
    autoScalingGroupARN: arn,
    launchConfigurationName: 'web',
    minSize: 1,
    maxSize: 2,
    desiredCapacity: 1,
    defaultCooldown: 300,
    availabilityZones: ['us-east-1a'],
    loadBalancerNames: [],
    targetGroupARNs: [],
    healthCheckType: 'EC2',
    healthCheckGracePeriod: 300,
    instances: [],
    suspendedProcesses: [],
    enabledMetrics: [],
    tags: [],
    terminationPolicies: ['Default'],
    newInstancesProtectedFromScaleIn: false,
    capacityRebalance: false,
    vpczoneIdentifier: 'subnet-0a1b2c3d4e5f60001',
    ...fields,
  };
  for (const key of without) delete configuration[key];
  return buildConfigurationItem('AWS::AutoScaling::AutoScalingGroup', configuration, { resourceId: arn, resourceName: name, ARN: arn, supplementaryConfiguration: { LifeCycleHooks: [] } });
}
