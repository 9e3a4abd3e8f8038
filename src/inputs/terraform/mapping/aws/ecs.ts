import { compact, jsonDocument, type MappingContext } from '../context.js';
import { isUnknown, unknown } from '../../../../model/unknown.js';
import { isObject, type Value, type ValueObject } from '../../../../model/value.js';
import { ifConfigured, tagList, type ServiceMappings } from './shared.js';

/** ECS and ECR: `aws` provider types and their CloudFormation shape. */
export const mappings: ServiceMappings = {
  resources: {
    aws_ecs_task_definition: {
      cloudFormationType: 'AWS::ECS::TaskDefinition',
      properties: (context) =>
        compact({
          Family: context.get('family'),
          NetworkMode: context.get('network_mode'),
          PidMode: context.get('pid_mode'),
          IpcMode: context.get('ipc_mode'),
          Cpu: context.get('cpu'),
          Memory: context.get('memory'),
          RequiresCompatibilities: context.get('requires_compatibilities'),
          ExecutionRoleArn: context.link('execution_role_arn'),
          TaskRoleArn: context.link('task_role_arn'),
          ContainerDefinitions: containerDefinitions(context.get('container_definitions')),
        }),
    },
    aws_ecs_cluster: {
      cloudFormationType: 'AWS::ECS::Cluster',
      properties: (context) =>
        compact({
          ClusterName: context.get('name'),
          // `setting` is computed: a plan shows it unknown when the configuration leaves it out.
          ClusterSettings: ifConfigured(context, 'setting', clusterSettings(context)),
          Tags: tagList(context.get('tags')),
        }),
    },
    aws_ecs_service: {
      cloudFormationType: 'AWS::ECS::Service',
      properties(context) {
        const network = context.get('network_configuration');
        return compact({
          ServiceName: context.get('name'),
          Cluster: context.link('cluster'),
          TaskDefinition: context.link('task_definition'),
          LaunchType: context.get('launch_type'),
          NetworkConfiguration: isUnknown(network) ? network : awsvpcConfiguration(context),
        });
      },
    },
    aws_ecr_repository: {
      cloudFormationType: 'AWS::ECR::Repository',
      properties(context) {
        const scanning = context.get('image_scanning_configuration');
        const block = context.block('image_scanning_configuration');
        return compact({
          RepositoryName: context.get('name'),
          ImageTagMutability: context.get('image_tag_mutability'),
          ImageScanningConfiguration: isUnknown(scanning) ? ifConfigured(context, 'image_scanning_configuration', scanning) : block ? compact({ ScanOnPush: block.scan_on_push ?? undefined }) : undefined,
        });
      },
    },
    aws_ecr_registry_scanning_configuration: {
      cloudFormationType: 'AWS::ECR::RegistryScanningConfiguration',
      properties(context) {
        const rules = context.get('rule');
        return compact({
          ScanType: context.get('scan_type'),
          Rules: isUnknown(rules)
            ? rules
            : context.blocks('rule').map((rule, index) =>
                compact({
                  ScanFrequency: rule.scan_frequency ?? undefined,
                  RepositoryFilters: isUnknown(rule.repository_filter)
                    ? rule.repository_filter
                    : context.blocks(`rule.${index}.repository_filter`).map((filter) => compact({ Filter: filter.filter ?? undefined, FilterType: filter.filter_type ?? undefined })),
                }),
              ),
        });
      },
    },
  },
  merges: {
    // CloudFormation keeps a repository's lifecycle policy inline (`LifecyclePolicy`).
    aws_ecr_lifecycle_policy: {
      ownerTypes: ['aws_ecr_repository'],
      owner: 'repository',
      ownerKey: 'name',
      merge(owner, context) {
        owner.LifecyclePolicy = compact({ LifecyclePolicyText: context.get('policy') });
      },
    },
  },
};

function clusterSettings(context: MappingContext): Value | undefined {
  const settings = context.get('setting');
  if (settings === undefined || isUnknown(settings)) return settings;
  return context.blocks('setting').map((setting) => compact({ Name: setting.name ?? undefined, Value: setting.value ?? undefined }));
}

/** `assign_public_ip` is a boolean in Terraform, `ENABLED`/`DISABLED` in CloudFormation. */
function awsvpcConfiguration(context: MappingContext): Value | undefined {
  const block = context.block('network_configuration');
  if (!block) return undefined;
  const assign = block.assign_public_ip;
  return {
    AwsvpcConfiguration: compact({
      Subnets: context.links('network_configuration.0.subnets'),
      SecurityGroups: context.links('network_configuration.0.security_groups'),
      AssignPublicIp: assign === undefined || assign === null ? undefined : typeof assign === 'boolean' ? (assign ? 'ENABLED' : 'DISABLED') : assign,
    }),
  };
}

/** The largest container definitions text read (ECS caps a whole task definition at 64 KiB). */
const MAX_DEFINITIONS_CHARS = 256 * 1024;
const MAX_DEFINITIONS_DEPTH = 32;

/**
 * `container_definitions` is a JSON text in the API's camelCase: parsed within bounds and turned
 * into CloudFormation's `ContainerDefinitions`. An unknown text stays unknown; one written with
 * `jsonencode` around an unknown value keeps its known parts.
 */
export function containerDefinitions(text: Value | undefined): Value | undefined {
  if (typeof text === 'string' && (text.length > MAX_DEFINITIONS_CHARS || nestingDepth(text) > MAX_DEFINITIONS_DEPTH)) {
    return unknown(`malformed: container_definitions is larger or deeper than Tosei reads (${MAX_DEFINITIONS_CHARS} characters, depth ${MAX_DEFINITIONS_DEPTH})`);
  }
  const parsed = jsonDocument(text);
  if (parsed === undefined || isUnknown(parsed)) return isUnknown(parsed) && typeof text === 'string' ? unknown('malformed: container_definitions is not valid JSON') : parsed;
  if (!Array.isArray(parsed)) return unknown('malformed: container_definitions is not a JSON list');
  return parsed.map((definition) => (isObject(definition) ? (pascalContainerKeys(definition) as ValueObject) : definition));
}

/** Maps whose keys are the user's own (labels, log driver options) keep them as written. */
const USER_KEYED = new Set(['dockerLabels', 'options']);

function pascalContainerKeys(value: Value): Value {
  if (Array.isArray(value)) return value.map(pascalContainerKeys);
  if (!isObject(value)) return value;
  const result: ValueObject = {};
  for (const [key, child] of Object.entries(value)) {
    if (child === null) continue;
    result[key.charAt(0).toUpperCase() + key.slice(1)] = USER_KEYED.has(key) ? child : pascalContainerKeys(child);
  }
  return result;
}

/** How deeply brackets nest in a JSON text, outside strings. */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '[' || char === '{') deepest = Math.max(deepest, ++depth);
    else if (char === ']' || char === '}') depth--;
  }
  return deepest;
}
