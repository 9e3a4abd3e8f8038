import { frameworkTitle, type FrameworkId } from '../frameworks/index.js';
import type { AnyRule, ParameterValue } from '../rules/types.js';
import { inputParameters, pascal, PERIODIC_MANAGED_RULES } from './export.js';

/**
 * `tosei export conformance-pack --framework ID`: an AWS Config conformance pack template with a
 * Config rule for every Tosei rule that decides a control of the framework — the managed rule
 * (AWS's identifier and parameters) where the Tosei rule is one, else the Tosei Config-rule
 * Lambda (deploy/config-rule.yaml). A pack holds only Config rules (and remediations): the
 * Lambda's invoke permission for config.amazonaws.com is granted outside it. Rule parameters are
 * pack parameters named as AWS's own packs name them (`AccessKeysRotatedParamMaxAccessKeyAge`),
 * so `ConformancePackInputParameters` can override them.
 */

/** AWS Config's limit of rules in one conformance pack. */
export const MAX_RULES_PER_PACK = 130;

type Template = Record<string, unknown> & { Parameters: Record<string, Record<string, unknown>>; Resources: Record<string, Record<string, unknown>> };

export function exportConformancePack(framework: FrameworkId, rules: readonly AnyRule[], options: { parameters?: Record<string, Record<string, ParameterValue>>; generator?: string } = {}): Template {
  const template: Template = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: `${frameworkTitle(framework)}: the AWS Config rules of ${rules.length} Tosei rules deciding its controls (${options.generator ?? 'tosei export conformance-pack'}).`,
    Parameters: {},
    Resources: {},
  };
  if (rules.some((rule) => !rule.meta.managedRule)) {
    template.Parameters.ToseiRuleFunctionArn = {
      Type: 'String',
      Description: 'ARN of the Tosei Config-rule Lambda function (deploy/config-rule.yaml); config.amazonaws.com must be allowed to invoke it.',
    };
  }
  for (const rule of rules) {
    const id = rule.meta.id;
    const managed = rule.meta.managedRule !== undefined;
    const name = managed ? (rule.meta.managedRule as string) : `tosei-${id.toLowerCase().replaceAll('_', '-')}`;
    const input: Record<string, unknown> = managed ? {} : { toseiRule: id };
    for (const [parameter, value] of Object.entries(inputParameters(rule, options.parameters?.[id]))) {
      const parameterId = `${pascal(name)}Param${parameter.charAt(0).toUpperCase()}${parameter.slice(1)}`;
      // A name that says "secret" or "password" is echoed by nothing (the validator asks for it; a
      // list of secret key names is no secret, but hiding it costs nothing).
      template.Parameters[parameterId] = { Type: 'String', Default: value, ...(/secret|password/i.test(parameterId) ? { NoEcho: true } : {}) };
      input[parameter] = { Ref: parameterId };
    }
    // Account-level rules (the account is not a type Config records) and the managed rules Config
    // runs on a schedule only take no scope; they run every 24 hours.
    const scope = rule.meta.resourceTypes.filter((type) => !type.startsWith('AWS::::'));
    const periodic = scope.length === 0 || (managed && PERIODIC_MANAGED_RULES.has(id)) || (!managed && rule.meta.liveOnly === true);
    const controls = rule.meta.frameworks?.[framework] ?? [];
    template.Resources[`${pascal(id)}Rule`] = {
      Type: 'AWS::Config::ConfigRule',
      Properties: {
        ConfigRuleName: name,
        Description: `${rule.meta.title} (${framework} ${controls.join(', ')})`.slice(0, 256),
        ...(scope.length > 0 && !(managed && periodic) ? { Scope: { ComplianceResourceTypes: scope } } : {}),
        ...(managed && periodic ? { MaximumExecutionFrequency: 'TwentyFour_Hours' } : {}),
        Source: managed
          ? { Owner: 'AWS', SourceIdentifier: id }
          : {
              Owner: 'CUSTOM_LAMBDA',
              SourceIdentifier: { Ref: 'ToseiRuleFunctionArn' },
              SourceDetails: [
                ...(scope.length > 0
                  ? [
                      { EventSource: 'aws.config', MessageType: 'ConfigurationItemChangeNotification' },
                      { EventSource: 'aws.config', MessageType: 'OversizedConfigurationItemChangeNotification' },
                    ]
                  : []),
                ...(periodic ? [{ EventSource: 'aws.config', MessageType: 'ScheduledNotification', MaximumExecutionFrequency: 'TwentyFour_Hours' }] : []),
              ],
            },
        ...(Object.keys(input).length > 0 ? { InputParameters: input } : {}),
      },
    };
  }
  if (Object.keys(template.Parameters).length === 0) delete (template as Record<string, unknown>).Parameters;
  return template;
}
