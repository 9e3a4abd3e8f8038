import { buildConfigurationItem, FIXTURE_ACCOUNT, FIXTURE_REGION } from '../../config-fixtures.js';

/**
 * An ECS task definition item as Config records it (CloudFormation's names; RDK
 * example_ci/AWS_ECS_TaskDefinition.json): revision 1 of `family`, ACTIVE, awsvpc, with the given
 * containers filled out with the empty lists DescribeTaskDefinition reports.
 */
export function taskDefinitionItem(family: string, containers: readonly Record<string, unknown>[], fields: Record<string, unknown> = {}): Record<string, unknown> {
  const arn = `arn:aws:ecs:${FIXTURE_REGION}:${FIXTURE_ACCOUNT}:task-definition/${family}:1`;
  const definitions = containers.map((container) => ({ Image: 'public.ecr.aws/nginx/nginx:1.27', Cpu: 0, Essential: true, PortMappings: [], Environment: [], EnvironmentFiles: [], MountPoints: [], VolumesFrom: [], Secrets: [], ...container }));
  return buildConfigurationItem(
    'AWS::ECS::TaskDefinition',
    { ContainerDefinitions: definitions, Cpu: '256', Memory: '512', Family: family, NetworkMode: 'awsvpc', RequiresCompatibilities: ['FARGATE'], Status: 'ACTIVE', TaskDefinitionArn: arn, Volumes: [], Tags: [], ...fields },
    { resourceId: arn, resourceName: `${family}:1`, ARN: arn },
  );
}

/** The resource id `taskDefinitionItem` gives `family`. */
export const taskDefinitionId = (family: string): string => `arn:aws:ecs:${FIXTURE_REGION}:${FIXTURE_ACCOUNT}:task-definition/${family}:1`;
