import { parseTemplateText, type NodePositions } from '../inputs/cloudformation/yaml.js';
import { parseSelector } from './selector.js';
import { referencesIn } from './interpolate.js';

/**
 * SSM Automation documents, schema 0.3 (protocols.md §D.2): parsed from YAML or JSON and validated
 * completely before anything runs. Tosei runs a subset of the actions; a document using any other
 * action is refused here, naming the step, so nothing half-runs.
 */

export const SUPPORTED_ACTIONS = [
  'aws:executeAwsApi',
  'aws:assertAwsResourceProperty',
  'aws:waitForAwsResourceProperty',
  'aws:branch',
  'aws:sleep',
] as const;
export type Action = (typeof SUPPORTED_ACTIONS)[number];

export const PARAMETER_TYPES = [
  'String',
  'StringList',
  'Integer',
  'Boolean',
  'MapList',
  'StringMap',
  'AWS::EC2::Instance::Id',
  'List<AWS::EC2::Instance::Id>',
  'AWS::S3::Bucket::Name',
  'List<AWS::S3::Bucket::Name>',
  'AWS::IAM::Role::Arn',
  'List<AWS::IAM::Role::Arn>',
] as const;
export type ParameterType = (typeof PARAMETER_TYPES)[number];

export const OUTPUT_TYPES = ['String', 'Integer', 'Boolean', 'StringList', 'StringMap', 'MapList'] as const;
export type OutputType = (typeof OUTPUT_TYPES)[number];

/** `aws:branch` operations (automation-branch-condition.md). */
export const BRANCH_OPERATIONS = [
  'StringEquals',
  'EqualsIgnoreCase',
  'StartsWith',
  'EndsWith',
  'Contains',
  'NumericEquals',
  'NumericGreater',
  'NumericLesser',
  'NumericGreaterOrEquals',
  'NumericLesserOrEquals',
  'BooleanEquals',
] as const;

export interface RunbookParameter {
  type: ParameterType;
  description?: string;
  default?: unknown;
  allowedValues?: readonly unknown[];
  allowedPattern?: string;
  minItems?: number;
  maxItems?: number;
  minChars?: number;
  maxChars?: number;
}

export interface StepOutput {
  Name: string;
  Selector: string;
  Type: OutputType;
}

export type OnFailure = { kind: 'Abort' } | { kind: 'Continue' } | { kind: 'step'; step: string };

export interface Step {
  name: string;
  action: Action;
  description?: string;
  inputs: Record<string, unknown>;
  maxAttempts: number;
  /** Absent: the action's default (3600 s for a wait, 25 s per API call). */
  timeoutSeconds?: number;
  onFailure: OnFailure;
  isEnd: boolean;
  nextStep?: string;
  isCritical: boolean;
  outputs: StepOutput[];
  line?: number;
}

export interface Runbook {
  /** The document name (SSM's document name; Config's `TargetId`). */
  name: string;
  schemaVersion: '0.3';
  description?: string;
  assumeRole?: string;
  parameters: Record<string, RunbookParameter>;
  mainSteps: Step[];
  /** `stepName.OutputName` entries exposed as the execution's outputs. */
  outputs: string[];
  /** The document as written, for export as `AWS::SSM::Document` content. */
  content: Record<string, unknown>;
}

export interface DocumentProblem {
  line?: number;
  message: string;
}

export class RunbookError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly DocumentProblem[],
  ) {
    super(`${file}: invalid runbook:\n${problems.map((problem) => `  ${problem.line === undefined ? '' : `line ${problem.line}: `}${problem.message}`).join('\n')}`);
    this.name = 'RunbookError';
  }
}

/** Services whose APIs a runbook may call; the AWS caller decides, so the check is injected. */
export interface ServiceCatalog {
  /** Undefined when `service` is supported, else why not. */
  checkService(service: string): string | undefined;
}

/** Parses and validates a runbook; throws RunbookError listing every problem with its line. */
export function parseRunbook(text: string, file: string, options: { name?: string; services?: ServiceCatalog } = {}): Runbook {
  const parsed = parseTemplateText(text, file);
  const errors = parsed.problems.filter((problem) => problem.level === 'error');
  if (errors.length > 0) throw new RunbookError(file, errors.map((problem) => ({ ...(problem.line === undefined ? {} : { line: problem.line }), message: problem.message })));
  const name = options.name ?? file.replace(/^.*[\\/]/, '').replace(/\.(ya?ml|json)$/i, '');
  return validateRunbook(parsed.value, name, file, { positions: parsed.positions, ...(options.services ? { services: options.services } : {}) });
}

const STEP_NAME = /^[a-zA-Z0-9_]+$/;
const STEP_KEYS = new Set(['name', 'action', 'description', 'inputs', 'maxAttempts', 'timeoutSeconds', 'onFailure', 'onCancel', 'isEnd', 'nextStep', 'isCritical', 'outputs']);
const PARAMETER_KEYS = new Set(['type', 'description', 'default', 'allowedValues', 'allowedPattern', 'displayType', 'minItems', 'maxItems', 'minChars', 'maxChars']);
const TOP_KEYS = new Set(['schemaVersion', 'description', 'assumeRole', 'parameters', 'mainSteps', 'outputs', 'files']);
const GLOBALS = new Set(['global:ACCOUNT_ID', 'global:DATE', 'global:DATE_TIME', 'global:AWS_PARTITION', 'global:REGION', 'automation:EXECUTION_ID']);
/** SSM's limit for `aws:sleep` (7 days less a second). */
export const MAX_SLEEP_SECONDS = 604_799;

type Positions = WeakMap<object, NodePositions>;

/** Validates an already-parsed document (a YAML/JSON value); throws RunbookError. */
export function validateRunbook(raw: unknown, name: string, file = name, options: { positions?: Positions; services?: ServiceCatalog } = {}): Runbook {
  const problems: DocumentProblem[] = [];
  const positions = options.positions ?? new WeakMap();
  const lineOf = (object: unknown, key?: string | number): number | undefined => {
    if (object === null || typeof object !== 'object') return undefined;
    const at = positions.get(object);
    if (!at) return undefined;
    if (typeof key === 'string') return at.keys?.get(key)?.line ?? at.self.line;
    if (typeof key === 'number') return at.items?.[key]?.line ?? at.self.line;
    return at.self.line;
  };
  const problem = (message: string, object?: unknown, key?: string | number): void => {
    const line = lineOf(object, key);
    problems.push({ ...(line === undefined ? {} : { line }), message });
  };
  if (!isRecord(raw)) throw new RunbookError(file, [{ message: 'a runbook is a mapping with schemaVersion, parameters and mainSteps' }]);
  for (const key of Object.keys(raw)) if (!TOP_KEYS.has(key)) problem(`unknown top-level key "${key}"`, raw, key);
  if (String(raw.schemaVersion) !== '0.3') problem(`schemaVersion must be "0.3" (Automation), got ${JSON.stringify(raw.schemaVersion ?? null)}`, raw, 'schemaVersion');
  if (raw.files !== undefined) problem('"files" (script attachments for aws:executeScript) is not supported', raw, 'files');

  const parameters: Record<string, RunbookParameter> = {};
  if (raw.parameters !== undefined && !isRecord(raw.parameters)) problem('parameters must be a mapping', raw, 'parameters');
  for (const [parameterName, definition] of Object.entries(isRecord(raw.parameters) ? raw.parameters : {})) {
    const where = (key?: string): [unknown, string | undefined] => (key === undefined ? [raw.parameters, parameterName] : [definition, key]);
    if (!/^[A-Za-z0-9_]+$/.test(parameterName)) problem(`parameter name "${parameterName}" may only hold letters, digits and _`, ...where());
    if (!isRecord(definition)) {
      problem(`parameter ${parameterName} must be a mapping with a type`, ...where());
      continue;
    }
    for (const key of Object.keys(definition)) if (!PARAMETER_KEYS.has(key)) problem(`parameter ${parameterName}: unknown key "${key}"`, ...where(key));
    if (!PARAMETER_TYPES.includes(definition.type as ParameterType)) {
      problem(`parameter ${parameterName}: type must be one of ${PARAMETER_TYPES.join(', ')}, got ${JSON.stringify(definition.type ?? null)}`, ...where('type'));
      continue;
    }
    const parameter: RunbookParameter = { type: definition.type as ParameterType };
    if (typeof definition.description === 'string') parameter.description = definition.description;
    if (definition.allowedValues !== undefined) {
      if (!Array.isArray(definition.allowedValues) || definition.allowedValues.length === 0) problem(`parameter ${parameterName}: allowedValues must be a non-empty list`, ...where('allowedValues'));
      else parameter.allowedValues = definition.allowedValues;
    }
    if (definition.allowedPattern !== undefined) {
      if (typeof definition.allowedPattern !== 'string') problem(`parameter ${parameterName}: allowedPattern must be a string`, ...where('allowedPattern'));
      else {
        try {
          new RegExp(definition.allowedPattern, 'u');
          parameter.allowedPattern = definition.allowedPattern;
        } catch (error) {
          problem(`parameter ${parameterName}: allowedPattern is not a valid regular expression (${(error as Error).message})`, ...where('allowedPattern'));
        }
      }
    }
    for (const key of ['minItems', 'maxItems', 'minChars', 'maxChars'] as const) {
      const value = definition[key];
      if (value === undefined) continue;
      if (!Number.isInteger(value) || (value as number) < 0) problem(`parameter ${parameterName}: ${key} must be a non-negative integer`, ...where(key));
      else parameter[key] = value as number;
    }
    if (definition.default !== undefined) {
      if (typeof definition.default === 'string' && /\{\{\s*ssm:/.test(definition.default)) {
        problem(`parameter ${parameterName}: Parameter Store defaults ({{ssm:...}}) are not supported; pass the value instead`, ...where('default'));
      } else parameter.default = definition.default;
    }
    parameters[parameterName] = parameter;
  }
  // Defaults must themselves be valid values (checked once the definitions are known).
  for (const [parameterName, parameter] of Object.entries(parameters)) {
    if (parameter.default === undefined) continue;
    const definition = (raw.parameters as Record<string, unknown>)[parameterName];
    const error = checkDefault(parameter);
    if (error) problem(`parameter ${parameterName}: default ${error}`, definition, 'default');
  }

  const steps: Step[] = [];
  if (!Array.isArray(raw.mainSteps) || raw.mainSteps.length === 0) problem('mainSteps must be a non-empty list of steps', raw, 'mainSteps');
  const rawSteps: unknown[] = Array.isArray(raw.mainSteps) ? raw.mainSteps : [];
  const names = new Set<string>();
  for (const [index, rawStep] of rawSteps.entries()) {
    if (!isRecord(rawStep)) {
      problem(`mainSteps[${index}] must be a mapping`, rawSteps, index);
      continue;
    }
    const label = typeof rawStep.name === 'string' ? `step ${rawStep.name}` : `mainSteps[${index}]`;
    const at = (message: string, key?: string): void => problem(`${label}: ${message}`, rawStep, key);
    for (const key of Object.keys(rawStep)) if (!STEP_KEYS.has(key)) at(`unknown key "${key}"`, key);
    if (typeof rawStep.name !== 'string' || !STEP_NAME.test(rawStep.name)) at('name is required and may only hold letters, digits and _', 'name');
    else if (names.has(rawStep.name)) at('name is used by an earlier step; step names must be unique', 'name');
    else names.add(rawStep.name);
    if (!SUPPORTED_ACTIONS.includes(rawStep.action as Action)) {
      at(`action ${JSON.stringify(rawStep.action ?? null)} is not supported by Tosei (supported: ${SUPPORTED_ACTIONS.join(', ')})`, 'action');
      continue;
    }
    const inputs = rawStep.inputs;
    if (!isRecord(inputs)) {
      at('inputs must be a mapping', 'inputs');
      continue;
    }
    const step: Step = {
      name: String(rawStep.name),
      action: rawStep.action as Action,
      inputs,
      maxAttempts: 1,
      onFailure: { kind: 'Abort' },
      isEnd: false,
      isCritical: true,
      outputs: [],
    };
    const line = lineOf(rawStep);
    if (line !== undefined) step.line = line;
    if (typeof rawStep.description === 'string') step.description = rawStep.description;
    if (rawStep.maxAttempts !== undefined) {
      if (!Number.isInteger(rawStep.maxAttempts) || (rawStep.maxAttempts as number) < 1) at('maxAttempts must be an integer of at least 1', 'maxAttempts');
      else step.maxAttempts = rawStep.maxAttempts as number;
    }
    if (rawStep.timeoutSeconds !== undefined) {
      if (!Number.isInteger(rawStep.timeoutSeconds) || (rawStep.timeoutSeconds as number) < 1) at('timeoutSeconds must be an integer of at least 1', 'timeoutSeconds');
      else step.timeoutSeconds = rawStep.timeoutSeconds as number;
    }
    if (rawStep.onFailure !== undefined) {
      const value = rawStep.onFailure;
      if (value === 'Abort' || value === 'Continue') step.onFailure = { kind: value };
      else if (typeof value === 'string' && value.startsWith('step:')) step.onFailure = { kind: 'step', step: value.slice(5) };
      else at(`onFailure must be Abort, Continue or step:NAME, got ${JSON.stringify(value)}`, 'onFailure');
    }
    if (rawStep.onCancel !== undefined) at('onCancel is not supported (Tosei executions are not cancelled)', 'onCancel');
    if (rawStep.isEnd !== undefined) {
      if (typeof rawStep.isEnd !== 'boolean') at('isEnd must be true or false', 'isEnd');
      else step.isEnd = rawStep.isEnd;
    }
    if (rawStep.nextStep !== undefined) {
      if (typeof rawStep.nextStep !== 'string') at('nextStep must be a step name', 'nextStep');
      else step.nextStep = rawStep.nextStep;
    }
    // isCritical defaults to true, but to false with onFailure: Continue (automation-actions.md).
    step.isCritical = step.onFailure.kind !== 'Continue';
    if (rawStep.isCritical !== undefined) {
      if (typeof rawStep.isCritical !== 'boolean') at('isCritical must be true or false', 'isCritical');
      else step.isCritical = rawStep.isCritical;
    }
    if (rawStep.outputs !== undefined) {
      if (!Array.isArray(rawStep.outputs)) at('outputs must be a list of {Name, Selector, Type}', 'outputs');
      else {
        const outputNames = new Set<string>();
        for (const output of rawStep.outputs) {
          if (!isRecord(output) || typeof output.Name !== 'string' || typeof output.Selector !== 'string' || !OUTPUT_TYPES.includes(output.Type as OutputType)) {
            problem(`${label}: each output needs Name, Selector and Type (${OUTPUT_TYPES.join(', ')})`, output ?? rawStep, 'Type');
            continue;
          }
          if (outputNames.has(output.Name)) problem(`${label}: output ${output.Name} is declared twice`, output, 'Name');
          outputNames.add(output.Name);
          const selectorError = parseSelector(output.Selector).error;
          if (selectorError) problem(`${label}: output ${output.Name}: ${selectorError}`, output, 'Selector');
          step.outputs.push({ Name: output.Name, Selector: output.Selector, Type: output.Type as OutputType });
        }
      }
    }
    if (step.outputs.length > 0 && step.action !== 'aws:executeAwsApi') at('outputs are only supported on aws:executeAwsApi steps', 'outputs');
    validateInputs(step, (message, key) => problem(`${label}: ${message}`, key === undefined ? rawStep : inputs, key ?? 'inputs'), options.services);
    steps.push(step);
  }

  // References between steps: targets exist, outputs are produced by an earlier step.
  const stepIndex = new Map(steps.map((step, index) => [step.name, index]));
  const outputsOf = new Map(steps.map((step) => [step.name, new Set(step.outputs.map((output) => output.Name))]));
  const checkReference = (reference: string, where: string, before: number | undefined, object: unknown, key: string): void => {
    if (GLOBALS.has(reference)) return;
    if (!reference.includes('.')) {
      if (!(reference in parameters)) problem(`${where}: {{ ${reference} }} is neither a parameter nor a step output`, object, key);
      return;
    }
    const [stepName, outputName] = reference.split('.', 2) as [string, string];
    const index = stepIndex.get(stepName);
    if (index === undefined) problem(`${where}: {{ ${reference} }} refers to no step named ${stepName}`, object, key);
    else if (!outputsOf.get(stepName)?.has(outputName)) problem(`${where}: step ${stepName} has no output ${outputName}`, object, key);
    else if (before !== undefined && index >= before) problem(`${where}: {{ ${reference} }} refers to a step that does not run before this one`, object, key);
  };
  for (const [index, step] of steps.entries()) {
    const rawStep = rawSteps.find((candidate) => isRecord(candidate) && candidate.name === step.name);
    const target = (name: string, key: string): void => {
      if (!stepIndex.has(name)) problem(`step ${step.name}: ${key} names no step "${name}"`, rawStep, key);
    };
    if (step.nextStep !== undefined) target(step.nextStep, 'nextStep');
    if (step.onFailure.kind === 'step') target(step.onFailure.step, 'onFailure');
    if (step.action === 'aws:branch') {
      for (const next of branchTargets(step)) target(next, 'inputs');
    }
    for (const reference of referencesIn(step.inputs)) checkReference(reference, `step ${step.name}`, index, rawStep, 'inputs');
  }
  if (raw.assumeRole !== undefined) {
    if (typeof raw.assumeRole !== 'string') problem('assumeRole must be a role ARN or {{ Parameter }}', raw, 'assumeRole');
    else for (const reference of referencesIn(raw.assumeRole)) checkReference(reference, 'assumeRole', undefined, raw, 'assumeRole');
  }
  const outputs: string[] = [];
  if (raw.outputs !== undefined) {
    if (!Array.isArray(raw.outputs)) problem('outputs must be a list of stepName.OutputName', raw, 'outputs');
    else
      for (const [index, output] of raw.outputs.entries()) {
        if (typeof output !== 'string' || !output.includes('.')) problem(`outputs[${index}] must be stepName.OutputName`, raw.outputs, index);
        else {
          checkReference(output, 'outputs', undefined, raw.outputs, String(index));
          outputs.push(output);
        }
      }
  }
  if (problems.length > 0) throw new RunbookError(file, problems);
  return {
    name,
    schemaVersion: '0.3',
    ...(typeof raw.description === 'string' ? { description: raw.description } : {}),
    ...(typeof raw.assumeRole === 'string' ? { assumeRole: raw.assumeRole } : {}),
    parameters,
    mainSteps: steps,
    outputs,
    content: raw,
  };
}

/** The steps an `aws:branch` may go to (its choices' NextStep and its Default). */
export function branchTargets(step: Step): string[] {
  const choices = Array.isArray(step.inputs.Choices) ? step.inputs.Choices : [];
  const targets = choices.filter(isRecord).map((choice) => choice.NextStep).filter((next): next is string => typeof next === 'string');
  if (typeof step.inputs.Default === 'string') targets.push(step.inputs.Default);
  return targets;
}

const API_NAME = /^[A-Z][A-Za-z0-9]*$/;

function validateInputs(step: Step, problem: (message: string, key?: string) => void, services: ServiceCatalog | undefined): void {
  const { inputs } = step;
  switch (step.action) {
    case 'aws:executeAwsApi':
    case 'aws:assertAwsResourceProperty':
    case 'aws:waitForAwsResourceProperty': {
      if (typeof inputs.Service !== 'string' || inputs.Service === '') problem('inputs.Service is required (the service namespace, e.g. ec2)', 'Service');
      else if (services) {
        const error = services.checkService(inputs.Service);
        if (error) problem(error, 'Service');
      }
      if (typeof inputs.Api !== 'string') problem('inputs.Api is required (the API operation, e.g. DescribeVpcs)', 'Api');
      else if (!API_NAME.test(inputs.Api)) problem(`inputs.Api "${inputs.Api}" must be the PascalCase operation name (e.g. CreateFlowLogs)`, 'Api');
      if (step.action !== 'aws:executeAwsApi') {
        if (typeof inputs.PropertySelector !== 'string') problem('inputs.PropertySelector is required (a JSONPath such as $.Vpcs[0].State)', 'PropertySelector');
        else {
          const error = parseSelector(inputs.PropertySelector).error;
          if (error) problem(`inputs.PropertySelector: ${error}`, 'PropertySelector');
        }
        if (!Array.isArray(inputs.DesiredValues) || inputs.DesiredValues.length === 0) problem('inputs.DesiredValues must be a non-empty list', 'DesiredValues');
      }
      return;
    }
    case 'aws:branch': {
      if (!Array.isArray(inputs.Choices) || inputs.Choices.length === 0) {
        problem('inputs.Choices must be a non-empty list', 'Choices');
        return;
      }
      for (const [index, choice] of inputs.Choices.entries()) {
        if (!isRecord(choice)) {
          problem(`Choices[${index}] must be a mapping`, 'Choices');
          continue;
        }
        if (typeof choice.NextStep !== 'string') problem(`Choices[${index}] needs NextStep`, 'Choices');
        const error = checkCondition(choice, true);
        if (error) problem(`Choices[${index}]: ${error}`, 'Choices');
      }
      if (inputs.Default !== undefined && typeof inputs.Default !== 'string') problem('inputs.Default must be a step name', 'Default');
      for (const key of Object.keys(inputs)) if (key !== 'Choices' && key !== 'Default') problem(`unknown input "${key}" (aws:branch takes Choices and Default)`, key);
      return;
    }
    case 'aws:sleep': {
      const hasDuration = inputs.Duration !== undefined;
      const hasTimestamp = inputs.Timestamp !== undefined;
      if (hasDuration === hasTimestamp) problem('aws:sleep takes exactly one of inputs.Duration (e.g. PT10M) and inputs.Timestamp', 'Duration');
      if (hasDuration) {
        const duration = inputs.Duration;
        const seconds = typeof duration === 'string' && !duration.includes('{{') ? parseIsoDuration(duration) : undefined;
        if (typeof duration !== 'string' || (!duration.includes('{{') && seconds === undefined)) problem(`inputs.Duration ${JSON.stringify(duration)} is not an ISO-8601 duration (PT30S, PT10M, P1D)`, 'Duration');
        else if (seconds !== undefined && seconds > MAX_SLEEP_SECONDS) problem(`inputs.Duration is longer than Automation's maximum of ${MAX_SLEEP_SECONDS} seconds`, 'Duration');
      }
      if (hasTimestamp && (typeof inputs.Timestamp !== 'string' || (!inputs.Timestamp.includes('{{') && Number.isNaN(Date.parse(inputs.Timestamp))))) {
        problem(`inputs.Timestamp ${JSON.stringify(inputs.Timestamp)} is not an ISO-8601 instant`, 'Timestamp');
      }
      return;
    }
  }
}

/** A choice (or nested condition): one operation on a Variable, or And / Or / Not. */
function checkCondition(condition: Record<string, unknown>, top: boolean): string | undefined {
  if (Array.isArray(condition.And) || Array.isArray(condition.Or)) {
    const list = (condition.And ?? condition.Or) as unknown[];
    if (list.length === 0) return 'And/Or need at least one condition';
    for (const inner of list) {
      if (!isRecord(inner)) return 'each And/Or condition must be a mapping';
      const error = checkCondition(inner, false);
      if (error) return error;
    }
    return undefined;
  }
  if (condition.Not !== undefined) return isRecord(condition.Not) ? checkCondition(condition.Not, false) : 'Not takes one condition';
  if (typeof condition.Variable !== 'string') return 'a condition needs Variable ("{{ Parameter }}" or "{{ Step.Output }}")';
  const operations = Object.keys(condition).filter((key) => key !== 'Variable' && key !== 'NextStep');
  if (operations.length !== 1) return `a condition takes exactly one operation (${BRANCH_OPERATIONS.join(', ')})`;
  const [operation] = operations as [string];
  if (!BRANCH_OPERATIONS.includes(operation as (typeof BRANCH_OPERATIONS)[number])) return `unsupported operation ${operation} (supported: ${BRANCH_OPERATIONS.join(', ')})`;
  if (!top && condition.NextStep !== undefined) return 'NextStep belongs to the choice, not to a nested condition';
  return undefined;
}

/** Seconds of an ISO-8601 duration (`PT10M`, `P1DT2H`, `PT0.5S`); undefined when malformed. */
export function parseIsoDuration(text: string): number | undefined {
  const match = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(text);
  if (!match || text === 'P' || text.endsWith('T')) return undefined;
  const [, weeks, days, hours, minutes, seconds] = match;
  return Number(weeks ?? 0) * 604_800 + Number(days ?? 0) * 86_400 + Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60 + Number(seconds ?? 0);
}

function checkDefault(parameter: RunbookParameter): string | undefined {
  const value = parameter.default;
  switch (parameter.type) {
    case 'Integer':
      return Number.isInteger(value) ? undefined : 'must be an integer (not quoted)';
    case 'Boolean':
      return typeof value === 'boolean' ? undefined : 'must be true or false';
    case 'StringList':
    case 'List<AWS::EC2::Instance::Id>':
    case 'List<AWS::S3::Bucket::Name>':
    case 'List<AWS::IAM::Role::Arn>':
      return Array.isArray(value) && value.every((item) => typeof item === 'string') ? undefined : 'must be a list of strings';
    case 'StringMap':
      return isRecord(value) ? undefined : 'must be a mapping';
    case 'MapList':
      return Array.isArray(value) && value.every(isRecord) ? undefined : 'must be a list of mappings';
    default:
      // An empty string default marks an optional parameter (common in AWS runbooks); it is not checked against the pattern.
      return typeof value === 'string' ? undefined : 'must be a string';
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
