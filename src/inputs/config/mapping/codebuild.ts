import { compact } from '../../terraform/mapping/context.js';
import { isUnknown } from '../../../model/unknown.js';
import type { Value } from '../../../model/value.js';
import { pascalKeys, type ItemMapping } from './shared.js';

/** BatchGetProjects gives `source` as one object; Config items have been seen with it in a one-item list (RDK example_ci/AWS_CodeBuild_Project.json). */
function single(value: Value): Value {
  return Array.isArray(value) && value.length === 1 ? (value[0] as Value) : value;
}

/** CodeBuild: Config records projects in the describe API's camelCase. */
export const itemMappings: Readonly<Record<string, ItemMapping>> = {
  'AWS::CodeBuild::Project': {
    cloudFormationType: 'AWS::CodeBuild::Project',
    properties(context) {
      const recorded = (path: string): Value => {
        const value = context.recorded(path);
        return isUnknown(value) ? value : pascalKeys(single(value));
      };
      return compact({
        Name: context.optional('name') ?? context.name,
        Source: recorded('source'),
        SecondarySources: context.optional('secondarySources') === undefined ? undefined : pascalKeys(context.optional('secondarySources') as Value),
        Environment: recorded('environment'),
        // CodeBuild reports logsConfig for every project (CloudWatch Logs ENABLED, S3 DISABLED by default).
        LogsConfig: recorded('logsConfig'),
      });
    },
  },
};
