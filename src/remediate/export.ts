import type { AnyRule, ParameterValue } from '../rules/types.js';
import { defaultConfiguration, type RemediationConfiguration } from './configuration.js';
import { BUILTIN_RUNBOOKS, builtinRunbookDocument, builtinRunbookFor, type BuiltinRunbook } from './runbooks/index.js';

/**
 * `tosei export config`: a CloudFormation template that hands the selected rules to AWS Config —
 * the managed rule where the Tosei rule is one, else the Tosei Config-rule Lambda — with each
 * built-in runbook as an `AWS::SSM::Document`, its `AWS::Config::RemediationConfiguration`, and the
 * least-privilege roles they need (protocols.md §D.1 form). What the seed articles wrote by hand.
 */

/** Managed rules Config runs on a schedule only (detective-anchors §5): they take no Scope. */
export const PERIODIC_MANAGED_RULES = new Set([
  'VPC_FLOW_LOGS_ENABLED',
  'IAM_USER_UNUSED_CREDENTIALS_CHECK',
  'EC2_EBS_ENCRYPTION_BY_DEFAULT',
  'IAM_PASSWORD_POLICY',
  // AWS Config's pages give these trigger type Periodic: the account's or IAM's facts, not an item's change.
  'SECURITYHUB_ENABLED',
  'IAM_ROOT_ACCESS_KEY_CHECK',
  'ROOT_ACCOUNT_MFA_ENABLED',
  'ROOT_ACCOUNT_HARDWARE_MFA_ENABLED',
  'MFA_ENABLED_FOR_IAM_CONSOLE_ACCESS',
  'IAM_USER_MFA_ENABLED',
  'ACCESS_KEYS_ROTATED',
  'SSM_DOCUMENT_NOT_PUBLIC',
  'ACCOUNT_PART_OF_ORGANIZATIONS',
  'SERVICE_VPC_ENDPOINT_ENABLED',
]);

/** The log group the flow-logs runbook writes to by default; the delivery role may write only there. */
const FLOW_LOG_GROUP = '/tosei/vpc-flow-logs';

export interface ExportOptions {
  /** Rule parameters to pass (names as in AWS Config), over the rules' defaults. */
  parameters?: Record<string, Record<string, ParameterValue>>;
  /** Generator name and version, for the description. */
  generator?: string;
}

type Template = Record<string, unknown> & { Resources: Record<string, Record<string, unknown>>; Parameters: Record<string, Record<string, unknown>> };

export function exportConfigTemplate(rules: readonly AnyRule[], options: ExportOptions = {}): Template {
  const template: Template = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: `AWS Config rules${rules.some((rule) => builtinRunbookFor(rule.meta.id)) ? ', remediation runbooks and their roles' : ''} for ${rules.length} Tosei rule${rules.length === 1 ? '' : 's'} (${options.generator ?? 'tosei export config'}).`,
    Parameters: {},
    Resources: {},
  };
  const resources = template.Resources;
  const custom = rules.filter((rule) => !rule.meta.managedRule);
  if (custom.length > 0) {
    template.Parameters.ToseiRuleFunctionArn = {
      Type: 'String',
      Description: 'ARN of the Tosei Config-rule Lambda function (it runs the rule named by the toseiRule rule parameter).',
      AllowedPattern: '^arn:aws[a-zA-Z-]*:lambda:[a-z0-9-]+:\\d{12}:function:[A-Za-z0-9-_]+(:[A-Za-z0-9-_$]+)?$',
    };
    resources.ToseiRuleFunctionConfigPermission = {
      Type: 'AWS::Lambda::Permission',
      Properties: {
        Action: 'lambda:InvokeFunction',
        FunctionName: { Ref: 'ToseiRuleFunctionArn' },
        Principal: 'config.amazonaws.com',
        SourceAccount: { Ref: 'AWS::AccountId' },
      },
    };
  }
  const remediated = rules.filter((rule) => remediationFor(rule) !== undefined);
  if (remediated.length > 0) {
    template.Parameters.AutomaticRemediation = {
      Type: 'String',
      Description: 'Whether Config runs the remediations by itself (true) or waits for someone to start them (false).',
      AllowedValues: ['true', 'false'],
      Default: 'false',
    };
  }

  const runbooksUsed = new Set<BuiltinRunbook>();
  for (const rule of rules) {
    const id = rule.meta.id;
    const logicalId = `${pascal(id)}Rule`;
    const parameters = inputParameters(rule, options.parameters?.[id]);
    const managed = rule.meta.managedRule !== undefined;
    const periodic = managed ? PERIODIC_MANAGED_RULES.has(id) : rule.meta.liveOnly === true;
    resources[logicalId] = {
      Type: 'AWS::Config::ConfigRule',
      ...(managed ? {} : { DependsOn: 'ToseiRuleFunctionConfigPermission' }),
      Properties: {
        ConfigRuleName: managed ? (rule.meta.managedRule as string) : `tosei-${id.toLowerCase().replaceAll('_', '-')}`,
        Description: rule.meta.title,
        ...(managed && periodic ? {} : { Scope: { ComplianceResourceTypes: [...rule.meta.resourceTypes] } }),
        ...(managed && periodic ? { MaximumExecutionFrequency: 'TwentyFour_Hours' } : {}),
        ...(managed
          ? { Source: { Owner: 'AWS', SourceIdentifier: id } }
          : {
              Source: {
                Owner: 'CUSTOM_LAMBDA',
                SourceIdentifier: { Ref: 'ToseiRuleFunctionArn' },
                SourceDetails: [
                  { EventSource: 'aws.config', MessageType: 'ConfigurationItemChangeNotification' },
                  { EventSource: 'aws.config', MessageType: 'OversizedConfigurationItemChangeNotification' },
                  ...(periodic ? [{ EventSource: 'aws.config', MessageType: 'ScheduledNotification', MaximumExecutionFrequency: 'TwentyFour_Hours' }] : []),
                ],
              },
            }),
        ...(managed
          ? Object.keys(parameters).length > 0
            ? { InputParameters: parameters }
            : {}
          : { InputParameters: { toseiRule: id, ...parameters } }),
      },
    };
    const remediation = remediationFor(rule);
    if (!remediation) continue;
    const { builtin, configuration } = remediation;
    runbooksUsed.add(builtin);
    const documentId = pascal(builtin.name);
    const remediationParameters: Record<string, unknown> = {
      AutomationAssumeRole: { StaticValue: { Values: [{ 'Fn::GetAtt': [`${documentId}Role`, 'Arn'] }] } },
    };
    for (const [name, value] of Object.entries(configuration.Parameters)) remediationParameters[name] = value;
    if (builtin.name === 'tosei-enable-vpc-flow-logs') {
      remediationParameters.DeliverLogsPermissionArn = { StaticValue: { Values: [{ 'Fn::GetAtt': ['ToseiFlowLogsDeliveryRole', 'Arn'] }] } };
    }
    resources[`${pascal(id)}Remediation`] = {
      Type: 'AWS::Config::RemediationConfiguration',
      Properties: {
        ConfigRuleName: { Ref: logicalId },
        TargetType: 'SSM_DOCUMENT',
        TargetId: { Ref: documentId },
        ResourceType: configuration.ResourceType ?? builtin.resourceType,
        Parameters: remediationParameters,
        Automatic: { Ref: 'AutomaticRemediation' },
        MaximumAutomaticAttempts: configuration.MaximumAutomaticAttempts,
        RetryAttemptSeconds: configuration.RetryAttemptSeconds,
        ExecutionControls: configuration.ExecutionControls,
      },
    };
  }

  for (const builtin of BUILTIN_RUNBOOKS.filter((candidate) => runbooksUsed.has(candidate))) addRunbook(resources, builtin);
  if (runbooksUsed.size === 0) delete template.Parameters.AutomaticRemediation;
  if (Object.keys(template.Parameters).length === 0) delete (template as Record<string, unknown>).Parameters;
  return template;
}

/**
 * The remediation a rule gets in the export: its built-in runbook with the default configuration,
 * unless the runbook would still need a value no configuration can give (then none).
 */
function remediationFor(rule: AnyRule): { builtin: BuiltinRunbook; configuration: RemediationConfiguration } | undefined {
  const builtin = builtinRunbookFor(rule.meta.id);
  const configuration = defaultConfiguration(rule.meta.id);
  if (!builtin || !configuration) return undefined;
  const runbook = builtinRunbookDocument(builtin);
  const supplied = new Set([...Object.keys(configuration.Parameters), 'AutomationAssumeRole', ...(builtin.name === 'tosei-enable-vpc-flow-logs' ? ['DeliverLogsPermissionArn'] : [])]);
  const missing = Object.entries(runbook.parameters).filter(([name, parameter]) => parameter.default === undefined && !supplied.has(name));
  return missing.length === 0 ? { builtin, configuration } : undefined;
}

/**
 * Text as a tag value: at most 256 characters of letters, digits, spaces and `_ . : / = + - @`
 * (the pattern SSM and CloudFormation enforce; an apostrophe or a parenthesis fails the deployment).
 */
export function tagValue(text: string): string {
  return text
    .replace(/[,;]/g, ' -')
    .replace(/[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 256)
    .trim();
}

function addRunbook(resources: Template['Resources'], builtin: BuiltinRunbook): void {
  const documentId = pascal(builtin.name);
  const runbook = builtinRunbookDocument(builtin);
  resources[documentId] = {
    Type: 'AWS::SSM::Document',
    Properties: {
      DocumentType: 'Automation',
      DocumentFormat: 'YAML',
      Content: runbook.content,
      Tags: [{ Key: 'tosei:changes', Value: tagValue(builtin.changes) }],
    },
  };
  const statements: Record<string, unknown>[] = builtin.permissions.map((permission) => ({
    Effect: 'Allow',
    Action: [...permission.actions],
    Resource: permission.resource.includes('${') ? { 'Fn::Sub': permission.resource } : permission.resource,
  }));
  if (builtin.name === 'tosei-enable-vpc-flow-logs') {
    statements.push({
      Effect: 'Allow',
      Action: 'iam:PassRole',
      Resource: { 'Fn::GetAtt': ['ToseiFlowLogsDeliveryRole', 'Arn'] },
      Condition: { StringEquals: { 'iam:PassedToService': 'vpc-flow-logs.amazonaws.com' } },
    });
    addFlowLogsDeliveryRole(resources);
  }
  // One policy both grants and bounds the role: nothing attached later can widen it.
  resources[`${documentId}Permissions`] = {
    Type: 'AWS::IAM::ManagedPolicy',
    Properties: {
      Description: `What the ${builtin.name} runbook may do: ${builtin.changes}`.slice(0, 1000),
      PolicyDocument: { Version: '2012-10-17', Statement: statements },
    },
  };
  resources[`${documentId}Role`] = {
    Type: 'AWS::IAM::Role',
    Properties: {
      Description: `Assumed by SSM Automation to run ${builtin.name}`,
      AssumeRolePolicyDocument: serviceTrust('ssm.amazonaws.com'),
      ManagedPolicyArns: [{ Ref: `${documentId}Permissions` }],
      PermissionsBoundary: { Ref: `${documentId}Permissions` },
    },
  };
}

function addFlowLogsDeliveryRole(resources: Template['Resources']): void {
  resources.ToseiFlowLogsDeliveryPermissions = {
    Type: 'AWS::IAM::ManagedPolicy',
    Properties: {
      Description: `Lets VPC flow logs write to the ${FLOW_LOG_GROUP} log group.`,
      PolicyDocument: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: ['logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogGroups', 'logs:DescribeLogStreams'],
            Resource: { 'Fn::Sub': `arn:\${AWS::Partition}:logs:\${AWS::Region}:\${AWS::AccountId}:log-group:${FLOW_LOG_GROUP}:*` },
          },
        ],
      },
    },
  };
  resources.ToseiFlowLogsDeliveryRole = {
    Type: 'AWS::IAM::Role',
    Properties: {
      Description: 'Assumed by VPC flow logs to deliver to CloudWatch Logs',
      AssumeRolePolicyDocument: serviceTrust('vpc-flow-logs.amazonaws.com'),
      ManagedPolicyArns: [{ Ref: 'ToseiFlowLogsDeliveryPermissions' }],
      PermissionsBoundary: { Ref: 'ToseiFlowLogsDeliveryPermissions' },
    },
  };
}

/** Trust for one service principal, from this account only (confused-deputy guard). */
function serviceTrust(service: string): Record<string, unknown> {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Service: service },
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
      },
    ],
  };
}

/** The rule's parameters as Config takes them: strings, lists comma-separated; defaults included (the API supplies none). */
export function inputParameters(rule: AnyRule, given: Record<string, ParameterValue> | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, schema] of Object.entries(rule.meta.parameters ?? {})) {
    const value = given?.[name] ?? schema.default;
    if (value === undefined) continue;
    result[name] = Array.isArray(value) ? value.join(',') : String(value);
  }
  return result;
}

/** `VPC_FLOW_LOGS_ENABLED` → `VpcFlowLogsEnabled`; `tosei-enable-vpc-flow-logs` → `ToseiEnableVpcFlowLogs`. */
export function pascal(text: string): string {
  return text
    .split(/[-_]/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1).toLowerCase())
    .join('');
}
