import { compact } from '../../terraform/mapping/context.js';
import { isUnknown } from '../../../model/unknown.js';
import { isObject, type Value } from '../../../model/value.js';
import { type ItemMapping } from './shared.js';

/**
 * ECS and ECR: Config records these types in CloudFormation's names (config-resource-schema;
 * RDK example_ci/AWS_ECS_TaskDefinition.json, AWS_ECR_Repository.json).
 */
export const itemMappings: Readonly<Record<string, ItemMapping>> = {
  'AWS::ECS::TaskDefinition': {
    cloudFormationType: 'AWS::ECS::TaskDefinition',
    properties: (context) =>
      compact({
        Family: context.optional('Family'),
        // DescribeTaskDefinition reports the network mode it runs with; absent is ECS's default (bridge).
        NetworkMode: context.optional('NetworkMode'),
        PidMode: context.optional('PidMode'),
        IpcMode: context.optional('IpcMode'),
        RequiresCompatibilities: context.optional('RequiresCompatibilities'),
        ContainerDefinitions: context.recorded('ContainerDefinitions'),
      }),
    // ACTIVE or INACTIVE (deregistered): the managed rules judge active revisions.
    observed: (context) => compact({ Status: context.optional('Status') }),
  },
  'AWS::ECS::Cluster': {
    cloudFormationType: 'AWS::ECS::Cluster',
    properties: (context) => compact({ ClusterName: context.optional('ClusterName') ?? context.name, ClusterSettings: effectiveSettings(context.recorded('ClusterSettings')) }),
  },
  'AWS::ECS::Service': {
    cloudFormationType: 'AWS::ECS::Service',
    properties: (context) =>
      compact({
        ServiceName: context.optional('ServiceName') ?? context.name,
        Cluster: context.optional('Cluster'),
        TaskDefinition: context.optional('TaskDefinition'),
        LaunchType: context.optional('LaunchType'),
        NetworkConfiguration: context.optional('NetworkConfiguration'),
      }),
  },
  'AWS::ECR::Repository': {
    cloudFormationType: 'AWS::ECR::Repository',
    properties(context) {
      // Config records `LifecyclePolicy: {}` for a repository without one.
      const lifecycle = context.recorded('LifecyclePolicy');
      return compact({
        RepositoryName: context.optional('RepositoryName') ?? context.name,
        ImageTagMutability: context.recorded('ImageTagMutability'),
        ImageScanningConfiguration: context.recorded('ImageScanningConfiguration'),
        LifecyclePolicy: isUnknown(lifecycle) || (isObject(lifecycle) && lifecycle.LifecyclePolicyText !== undefined && lifecycle.LifecyclePolicyText !== null) ? lifecycle : undefined,
      });
    },
  },
};

/**
 * Config records the cluster's effective settings (DescribeClusters): a list without
 * containerInsights is a cluster without it, not one still to take the account default.
 */
function effectiveSettings(settings: Value): Value {
  if (!Array.isArray(settings) || settings.some((setting) => isObject(setting) && setting.Name === 'containerInsights')) return settings;
  return [...settings, { Name: 'containerInsights', Value: 'disabled' }];
}
