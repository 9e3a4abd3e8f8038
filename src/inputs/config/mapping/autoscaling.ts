import { compact } from '../../terraform/mapping/context.js';
import { isUnknown } from '../../../model/unknown.js';
import type { Value } from '../../../model/value.js';
import { pascalKeys, type ItemMapping } from './shared.js';

/** DescribeAutoScalingGroups' comma-separated subnet ids as CloudFormation's list. */
function subnets(value: Value): Value | undefined {
  if (isUnknown(value) || typeof value !== 'string') return value;
  const ids = value.split(',').map((id) => id.trim()).filter((id) => id !== '');
  return ids.length > 0 ? ids : undefined;
}

/** EC2 Auto Scaling: Config resource types and their CloudFormation shape. */
export const itemMappings: Readonly<Record<string, ItemMapping>> = {
  'AWS::AutoScaling::AutoScalingGroup': {
    cloudFormationType: 'AWS::AutoScaling::AutoScalingGroup',
    properties: (context) => {
      const template = context.optional('launchTemplate');
      const mixed = context.optional('mixedInstancesPolicy');
      return compact({
        AutoScalingGroupName: context.optional('autoScalingGroupName') ?? context.name,
        MinSize: context.optional('minSize'),
        MaxSize: context.optional('maxSize'),
        DesiredCapacity: context.optional('desiredCapacity'),
        AvailabilityZones: context.recorded('availabilityZones'),
        VPCZoneIdentifier: subnets(context.optional('vpczoneIdentifier', 'vPCZoneIdentifier') ?? ''),
        LaunchConfigurationName: context.optional('launchConfigurationName') || undefined,
        LaunchTemplate: template === undefined ? undefined : pascalKeys(template),
        MixedInstancesPolicy: mixed === undefined ? undefined : pascalKeys(mixed),
        HealthCheckType: context.recorded('healthCheckType'),
        LoadBalancerNames: context.recorded('loadBalancerNames'),
        TargetGroupARNs: context.recorded('targetGroupARNs'),
      });
    },
  },
  'AWS::AutoScaling::LaunchConfiguration': {
    cloudFormationType: 'AWS::AutoScaling::LaunchConfiguration',
    properties: (context) => {
      const metadata = context.optional('metadataOptions');
      return compact({
        LaunchConfigurationName: context.optional('launchConfigurationName') ?? context.name,
        ImageId: context.optional('imageId'),
        InstanceType: context.optional('instanceType'),
        // DescribeLaunchConfigurations leaves out what the configuration does not set.
        AssociatePublicIpAddress: context.optional('associatePublicIpAddress'),
        SecurityGroups: context.optional('securityGroups'),
        IamInstanceProfile: context.optional('iamInstanceProfile') || undefined,
        MetadataOptions: metadata === undefined ? undefined : pascalKeys(metadata),
      });
    },
  },
};
