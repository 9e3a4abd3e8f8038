import { compact, type MappingContext } from '../context.js';
import { isUnknown } from '../../../../model/unknown.js';
import type { Value, ValueObject } from '../../../../model/value.js';
import type { ServiceMappings } from './shared.js';

/** CodeBuild: `aws` provider types and their CloudFormation shape. */
export const mappings: ServiceMappings = {
  resources: {
    aws_codebuild_project: {
      cloudFormationType: 'AWS::CodeBuild::Project',
      properties(context) {
        const secondary = context.get('secondary_sources');
        return compact({
          Name: context.get('name'),
          ServiceRole: context.link('service_role'),
          Source: blockOrUnknown(context, 'source', source),
          SecondarySources: isUnknown(secondary) ? secondary : context.blocks('secondary_sources').map(source),
          Environment: blockOrUnknown(context, 'environment', (block) => {
            const variables = context.get('environment.0.environment_variable');
            return compact({
              ComputeType: block.compute_type ?? undefined,
              Image: block.image ?? undefined,
              Type: block.type ?? undefined,
              EnvironmentVariables:
                variables === undefined || isUnknown(variables)
                  ? variables
                  : context.blocks('environment.0.environment_variable').map((variable) => compact({ Name: variable.name ?? undefined, Value: variable.value ?? undefined, Type: variable.type ?? undefined })),
            });
          }),
          LogsConfig: blockOrUnknown(context, 'logs_config', () =>
            compact({
              CloudWatchLogs: blockOrUnknown(context, 'logs_config.0.cloudwatch_logs', (cloudWatch) => compact({ Status: cloudWatch.status ?? undefined, GroupName: cloudWatch.group_name || undefined, StreamName: cloudWatch.stream_name || undefined })),
              S3Logs: blockOrUnknown(context, 'logs_config.0.s3_logs', (s3) => compact({ Status: s3.status ?? undefined, Location: s3.location || undefined })),
            }),
          ),
        });
      },
    },
  },
};

function source(block: ValueObject): Value {
  return compact({ Type: block.type ?? undefined, Location: block.location ?? undefined, SourceIdentifier: block.source_identifier ?? undefined });
}

/** A `max_items = 1` block mapped by `map`; unknown as a whole stays unknown. */
function blockOrUnknown(context: MappingContext, attribute: string, map: (block: ValueObject) => Value): Value | undefined {
  const raw = context.get(attribute);
  if (isUnknown(raw)) return raw;
  const block = context.block(attribute);
  return block ? map(block) : undefined;
}
