import { parseTemplateText } from '../inputs/cloudformation/yaml.js';
import { isRecord } from './document.js';
import { builtinRunbookFor } from './runbooks/index.js';

/**
 * AWS Config's RemediationConfiguration and remediation exceptions (protocols.md §D.1), in the API's
 * nested form, with the API's limits and defaults. One configuration per rule.
 */

export interface RemediationParameterValue {
  StaticValue?: { Values: string[] };
  ResourceValue?: { Value: 'RESOURCE_ID' };
}

export interface RemediationConfiguration {
  ConfigRuleName: string;
  TargetType: 'SSM_DOCUMENT';
  TargetId: string;
  TargetVersion?: string;
  ResourceType?: string;
  Parameters: Record<string, RemediationParameterValue>;
  Automatic: boolean;
  MaximumAutomaticAttempts: number;
  RetryAttemptSeconds: number;
  ExecutionControls: { SsmControls: { ConcurrentExecutionRatePercentage: number; ErrorPercentage: number } };
}

export interface RemediationException {
  ConfigRuleName: string;
  ResourceType: string;
  ResourceId: string;
  Message?: string;
  /** ISO-8601; the exception no longer applies after it. */
  ExpirationTime?: string;
}

export interface RemediationSettings {
  configurations: ReadonlyMap<string, RemediationConfiguration>;
  exceptions: readonly RemediationException[];
}

/** Config's documented defaults (PutRemediationConfigurations doc strings). */
export const REMEDIATION_DEFAULTS = {
  MaximumAutomaticAttempts: 5,
  RetryAttemptSeconds: 60,
  ConcurrentExecutionRatePercentage: 10,
  ErrorPercentage: 50,
} as const;

export class RemediationConfigError extends Error {}

/**
 * Reads a settings file: `{ RemediationConfigurations: [...], RemediationExceptions: [...] }` in YAML
 * or JSON (the bodies of PutRemediationConfigurations and PutRemediationExceptions, exceptions with
 * one `ResourceId` each). Throws RemediationConfigError naming the file, line and problem.
 */
export function parseRemediationSettings(text: string, file: string): RemediationSettings {
  const parsed = parseTemplateText(text, file);
  const error = parsed.problems.find((problem) => problem.level === 'error');
  if (error) throw new RemediationConfigError(`${file}${error.line === undefined ? '' : `:${error.line}`}: ${error.message}`);
  const root = parsed.value;
  const lineOf = (object: unknown): string => {
    const at = object !== null && typeof object === 'object' ? parsed.positions.get(object) : undefined;
    return at ? `${file}:${at.self.line}` : file;
  };
  if (!isRecord(root)) throw new RemediationConfigError(`${file}: expected a mapping with RemediationConfigurations and/or RemediationExceptions`);
  for (const key of Object.keys(root)) {
    if (key !== 'RemediationConfigurations' && key !== 'RemediationExceptions') throw new RemediationConfigError(`${lineOf(root)}: unknown key "${key}"`);
  }
  const configurations = new Map<string, RemediationConfiguration>();
  const list = root.RemediationConfigurations ?? [];
  if (!Array.isArray(list)) throw new RemediationConfigError(`${lineOf(root)}: RemediationConfigurations must be a list`);
  for (const raw of list) {
    let configuration: RemediationConfiguration;
    try {
      configuration = normalizeConfiguration(raw);
    } catch (error) {
      throw new RemediationConfigError(`${lineOf(raw)}: ${(error as Error).message}`);
    }
    if (configurations.has(configuration.ConfigRuleName)) throw new RemediationConfigError(`${lineOf(raw)}: a second configuration for ${configuration.ConfigRuleName} (Config allows one per rule)`);
    configurations.set(configuration.ConfigRuleName, configuration);
  }
  const exceptions: RemediationException[] = [];
  const rawExceptions = root.RemediationExceptions ?? [];
  if (!Array.isArray(rawExceptions)) throw new RemediationConfigError(`${lineOf(root)}: RemediationExceptions must be a list`);
  for (const raw of rawExceptions) {
    try {
      exceptions.push(normalizeException(raw));
    } catch (error) {
      throw new RemediationConfigError(`${lineOf(raw)}: ${(error as Error).message}`);
    }
  }
  return { configurations, exceptions };
}

/** Checks one configuration against the API's constraints and fills in Config's defaults. */
export function normalizeConfiguration(raw: unknown): RemediationConfiguration {
  if (!isRecord(raw)) throw new Error('a remediation configuration must be a mapping');
  const name = raw.ConfigRuleName;
  if (typeof name !== 'string' || name.length < 1 || name.length > 128 || !/\S/.test(name)) throw new Error('ConfigRuleName is required (1-128 characters)');
  const where = `configuration for ${name}`;
  if (raw.TargetType !== 'SSM_DOCUMENT') throw new Error(`${where}: TargetType must be SSM_DOCUMENT`);
  if (typeof raw.TargetId !== 'string' || raw.TargetId.length < 1 || raw.TargetId.length > 256) throw new Error(`${where}: TargetId (the SSM document name) is required (1-256 characters)`);
  const known = new Set(['ConfigRuleName', 'TargetType', 'TargetId', 'TargetVersion', 'ResourceType', 'Parameters', 'Automatic', 'MaximumAutomaticAttempts', 'RetryAttemptSeconds', 'ExecutionControls', 'Arn', 'CreatedByService']);
  for (const key of Object.keys(raw)) if (!known.has(key)) throw new Error(`${where}: unknown key "${key}"`);
  const parameters: Record<string, RemediationParameterValue> = {};
  const rawParameters = raw.Parameters ?? {};
  if (!isRecord(rawParameters)) throw new Error(`${where}: Parameters must be a mapping`);
  if (Object.keys(rawParameters).length > 25) throw new Error(`${where}: at most 25 Parameters`);
  let resourceParameters = 0;
  for (const [parameter, value] of Object.entries(rawParameters)) {
    if (!isRecord(value) || (value.StaticValue === undefined) === (value.ResourceValue === undefined)) {
      throw new Error(`${where}: parameter ${parameter} needs exactly one of StaticValue: {Values: [...]} and ResourceValue: {Value: RESOURCE_ID}`);
    }
    if (value.ResourceValue !== undefined) {
      if (!isRecord(value.ResourceValue) || value.ResourceValue.Value !== 'RESOURCE_ID') throw new Error(`${where}: parameter ${parameter}: ResourceValue.Value must be RESOURCE_ID`);
      resourceParameters++;
      parameters[parameter] = { ResourceValue: { Value: 'RESOURCE_ID' } };
      continue;
    }
    const values = isRecord(value.StaticValue) ? value.StaticValue.Values : undefined;
    if (!Array.isArray(values) || values.length > 25) throw new Error(`${where}: parameter ${parameter}: StaticValue.Values must be a list of at most 25 strings`);
    const strings = values.map((item) => (typeof item === 'number' || typeof item === 'boolean' ? String(item) : item));
    if (!strings.every((item) => typeof item === 'string' && item.length >= 1 && item.length <= 256)) throw new Error(`${where}: parameter ${parameter}: each StaticValue is a string of 1-256 characters`);
    parameters[parameter] = { StaticValue: { Values: strings as string[] } };
  }
  if (resourceParameters > 1) throw new Error(`${where}: only one parameter can take the RESOURCE_ID`);
  const integer = (key: string, minimum: number, maximum: number, fallback: number, value: unknown = raw[key]): number => {
    if (value === undefined) return fallback;
    if (!Number.isInteger(value) || (value as number) < minimum || (value as number) > maximum) throw new Error(`${where}: ${key} must be an integer from ${minimum} to ${maximum}`);
    return value as number;
  };
  const controls = isRecord(raw.ExecutionControls) && isRecord(raw.ExecutionControls.SsmControls) ? raw.ExecutionControls.SsmControls : {};
  if (raw.Automatic !== undefined && typeof raw.Automatic !== 'boolean') throw new Error(`${where}: Automatic must be true or false`);
  return {
    ConfigRuleName: name,
    TargetType: 'SSM_DOCUMENT',
    TargetId: raw.TargetId,
    ...(typeof raw.TargetVersion === 'string' ? { TargetVersion: raw.TargetVersion } : {}),
    ...(typeof raw.ResourceType === 'string' ? { ResourceType: raw.ResourceType } : {}),
    Parameters: parameters,
    Automatic: raw.Automatic === true,
    MaximumAutomaticAttempts: integer('MaximumAutomaticAttempts', 1, 25, REMEDIATION_DEFAULTS.MaximumAutomaticAttempts),
    RetryAttemptSeconds: integer('RetryAttemptSeconds', 1, 2_678_000, REMEDIATION_DEFAULTS.RetryAttemptSeconds),
    ExecutionControls: {
      SsmControls: {
        ConcurrentExecutionRatePercentage: integer('ConcurrentExecutionRatePercentage', 1, 100, REMEDIATION_DEFAULTS.ConcurrentExecutionRatePercentage, controls.ConcurrentExecutionRatePercentage),
        ErrorPercentage: integer('ErrorPercentage', 1, 100, REMEDIATION_DEFAULTS.ErrorPercentage, controls.ErrorPercentage),
      },
    },
  };
}

function normalizeException(raw: unknown): RemediationException {
  if (!isRecord(raw)) throw new Error('a remediation exception must be a mapping');
  for (const key of ['ConfigRuleName', 'ResourceType', 'ResourceId'] as const) {
    if (typeof raw[key] !== 'string' || raw[key] === '') throw new Error(`remediation exception: ${key} is required`);
  }
  if (raw.ExpirationTime !== undefined && Number.isNaN(Date.parse(String(raw.ExpirationTime)))) throw new Error('remediation exception: ExpirationTime is not a date');
  return {
    ConfigRuleName: raw.ConfigRuleName as string,
    ResourceType: raw.ResourceType as string,
    ResourceId: raw.ResourceId as string,
    ...(typeof raw.Message === 'string' ? { Message: raw.Message } : {}),
    ...(raw.ExpirationTime !== undefined ? { ExpirationTime: new Date(String(raw.ExpirationTime)).toISOString() } : {}),
  };
}

/** The configuration a rule gets when none is given: its built-in runbook, manual, Config's defaults. */
export function defaultConfiguration(ruleId: string): RemediationConfiguration | undefined {
  const builtin = builtinRunbookFor(ruleId);
  if (!builtin) return undefined;
  const parameters: Record<string, RemediationParameterValue> = {};
  if (builtin.resourceParameter) parameters[builtin.resourceParameter] = { ResourceValue: { Value: 'RESOURCE_ID' } };
  for (const [name, values] of Object.entries(builtin.fixes[ruleId] ?? {})) parameters[name] = { StaticValue: { Values: [...values] } };
  return normalizeConfiguration({
    ConfigRuleName: ruleId,
    TargetType: 'SSM_DOCUMENT',
    TargetId: builtin.name,
    TargetVersion: '1',
    ResourceType: builtin.resourceType,
    Parameters: parameters,
    Automatic: false,
  });
}

/** The runbook parameters of one execution: StaticValue lists, and the resource id for RESOURCE_ID. */
export function executionParameters(configuration: RemediationConfiguration, resourceId: string): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(configuration.Parameters)) {
    values[name] = value.ResourceValue ? resourceId : (value.StaticValue?.Values ?? []);
  }
  return values;
}

/** Whether an exception keeps remediation away from this resource at `now`. */
export function findException(exceptions: readonly RemediationException[], ruleId: string, resourceType: string, resourceId: string, now: number): RemediationException | undefined {
  return exceptions.find(
    (exception) =>
      exception.ConfigRuleName === ruleId &&
      exception.ResourceType === resourceType &&
      exception.ResourceId === resourceId &&
      (exception.ExpirationTime === undefined || Date.parse(exception.ExpirationTime) > now),
  );
}

/** How many executions may run at once, and how many may fail before the rest are not started (§D.1). */
export function executionLimits(configuration: RemediationConfiguration, resources: number): { concurrency: number; allowedErrors: number } {
  const { ConcurrentExecutionRatePercentage, ErrorPercentage } = configuration.ExecutionControls.SsmControls;
  // "if you set the ErrorPercentage to 40% for 10 non-compliant resources, then SSM stops running the
  // automations when the fifth error is received": 4 errors are allowed.
  return {
    concurrency: Math.max(1, Math.floor((resources * ConcurrentExecutionRatePercentage) / 100)),
    allowedErrors: Math.floor((resources * ErrorPercentage) / 100),
  };
}
