import { isUnknown } from '../../../../model/unknown.js';
import type { Value } from '../../../../model/value.js';
import { compact, type MappingContext } from '../context.js';
import { append, computedBlock, ifConfigured, type ServiceMappings } from './shared.js';

function launchTemplateSpecification(context: MappingContext, path: string): Value | undefined {
  const block = context.get(path);
  if (isUnknown(block)) return block;
  if (!context.block(path)) return undefined;
  return compact({ LaunchTemplateId: context.link(`${path}.0.id`) || undefined, LaunchTemplateName: context.link(`${path}.0.name`) || undefined, Version: context.get(`${path}.0.version`) });
}

function mixedInstancesPolicy(context: MappingContext): Value | undefined {
  const policy = context.get('mixed_instances_policy');
  if (isUnknown(policy)) return policy;
  if (!context.block('mixed_instances_policy')) return undefined;
  const path = 'mixed_instances_policy.0.launch_template.0.launch_template_specification';
  return { LaunchTemplate: compact({ LaunchTemplateSpecification: launchTemplateSpecification(context, path) }) };
}

/** EC2 Auto Scaling: groups and launch configurations; an attachment adds a load balancer or target group to its group. */
export const mappings: ServiceMappings = {
  resources: {
    aws_autoscaling_group: {
      cloudFormationType: 'AWS::AutoScaling::AutoScalingGroup',
      properties: (context) =>
        compact({
          AutoScalingGroupName: context.get('name'),
          MinSize: context.get('min_size'),
          MaxSize: context.get('max_size'),
          DesiredCapacity: context.get('desired_capacity'),
          // Optional and computed: a plan shows them unknown when the configuration leaves them out.
          AvailabilityZones: ifConfigured(context, 'availability_zones', context.get('availability_zones')),
          VPCZoneIdentifier: ifConfigured(context, 'vpc_zone_identifier', context.links('vpc_zone_identifier')),
          LaunchConfigurationName: context.link('launch_configuration') || undefined,
          LaunchTemplate: launchTemplateSpecification(context, 'launch_template'),
          MixedInstancesPolicy: mixedInstancesPolicy(context),
          // The provider's default, as the service's.
          HealthCheckType: context.get('health_check_type') ?? 'EC2',
          LoadBalancerNames: ifConfigured(context, 'load_balancers', context.links('load_balancers')),
          TargetGroupARNs: ifConfigured(context, 'target_group_arns', context.links('target_group_arns')),
        }),
    },
    aws_launch_configuration: {
      cloudFormationType: 'AWS::AutoScaling::LaunchConfiguration',
      properties: (context) =>
        compact({
          LaunchConfigurationName: context.get('name'),
          ImageId: context.get('image_id'),
          InstanceType: context.get('instance_type'),
          AssociatePublicIpAddress: context.get('associate_public_ip_address'),
          SecurityGroups: context.links('security_groups'),
          IamInstanceProfile: context.link('iam_instance_profile'),
          MetadataOptions: computedBlock(context, 'metadata_options', (block) =>
            compact({ HttpTokens: block.http_tokens || undefined, HttpEndpoint: block.http_endpoint || undefined, HttpPutResponseHopLimit: block.http_put_response_hop_limit ?? undefined }),
          ),
        }),
    },
  },
  merges: {
    aws_autoscaling_attachment: {
      ownerTypes: ['aws_autoscaling_group'],
      owner: 'autoscaling_group_name',
      ownerKey: 'name',
      merge(owner, context) {
        const classic = context.link('elb');
        const targetGroup = context.link('lb_target_group_arn');
        if (classic !== undefined) append(owner, 'LoadBalancerNames', classic);
        if (targetGroup !== undefined) append(owner, 'TargetGroupARNs', targetGroup);
      },
    },
  },
};
