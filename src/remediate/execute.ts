import { randomUUID } from 'node:crypto';
import { isRecord, MAX_SLEEP_SECONDS, parseIsoDuration, type OutputType, type Runbook, type Step } from './document.js';
import { evaluateCondition, text } from './conditions.js';
import { interpolate } from './interpolate.js';
import { resolveRunbookParameters } from './parameters.js';
import { select } from './selector.js';

/**
 * Runs a validated runbook step by step with SSM Automation's semantics (protocols.md §D.2):
 * `maxAttempts`, `timeoutSeconds`, `onFailure` (Abort / Continue / step:NAME), `isCritical`,
 * `nextStep`, `isEnd`, branches, and document outputs. AWS is reached only through `ApiCaller`, and
 * time only through `Clock`, so tests run against a local server and never really sleep.
 */

export interface ApiRequest {
  service: string;
  api: string;
  input: Record<string, unknown>;
  signal?: AbortSignal;
}

/** Calls one AWS API; resolves with the response as plain data (no SDK metadata, dates as ISO text). */
export interface ApiCaller {
  call(request: ApiRequest): Promise<Record<string, unknown>>;
  /** Undefined when the service and API can be called, else why not; checked before the first step. */
  check?(service: string, api: string): Promise<string | undefined>;
}

export interface Clock {
  now(): number;
  sleep(milliseconds: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds)),
};

/** A clock whose sleeps pass at once and move its time forward: for tests and dry runs. */
export function virtualClock(start = Date.parse('2026-01-01T00:00:00Z')): Clock & { slept: number[] } {
  let now = start;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (milliseconds) => {
      slept.push(milliseconds);
      now += milliseconds;
      await Promise.resolve();
    },
  };
}

export type StepStatus = 'Success' | 'Failed' | 'TimedOut';
export type ExecutionStatus = 'Success' | 'Failed' | 'TimedOut';

export interface StepRecord {
  name: string;
  action: string;
  status: StepStatus;
  attempts: number;
  startedAt: string;
  endedAt: string;
  /** The inputs after interpolation (of the last attempt). */
  inputs?: Record<string, unknown>;
  outputs: Record<string, unknown>;
  error?: string;
}

export interface ExecutionRecord {
  executionId: string;
  runbook: string;
  status: ExecutionStatus;
  parameters: Record<string, unknown>;
  steps: StepRecord[];
  outputs: Record<string, unknown>;
  error?: string;
  startedAt: string;
  endedAt: string;
}

export interface ExecutionContext {
  region?: string;
  accountId?: string;
  partition?: string;
}

export interface ExecuteOptions {
  /** Parameter values as given (strings, lists); resolved and validated before the first step. */
  parameters: Readonly<Record<string, unknown>>;
  caller: ApiCaller;
  clock?: Clock;
  executionId?: string;
  context?: ExecutionContext;
  /** Seconds between polls of `aws:waitForAwsResourceProperty` (default 5). */
  pollSeconds?: number;
  /** Called after each step, e.g. to show progress. */
  onStep?: (step: StepRecord) => void;
}

/** SSM's limit for one API call of `aws:executeAwsApi` (protocols.md §D.2). */
export const API_CALL_SECONDS = 25;
const WAIT_DEFAULT_SECONDS = 3600;
/** A branch can loop back; a runaway document stops here. */
const MAX_STEP_RUNS = 1000;

class StepTimeout extends Error {}

/**
 * Runs `runbook`. Parameter problems and unsupported APIs throw before any step runs
 * (ParameterError / UnsupportedApiError); everything after that ends in the returned record.
 */
export async function executeRunbook(runbook: Runbook, options: ExecuteOptions): Promise<ExecutionRecord> {
  const clock = options.clock ?? systemClock;
  const parameters = resolveRunbookParameters(runbook, options.parameters);
  await checkApis(runbook, options.caller);
  const executionId = options.executionId ?? randomUUID();
  const startedAt = new Date(clock.now()).toISOString();
  const outputs = new Map<string, unknown>();
  const missing = new Map<string, string>();
  const lookup = (reference: string): unknown => {
    if (reference in parameters) return parameters[reference];
    if (outputs.has(reference)) return outputs.get(reference);
    const global = globalValue(reference, executionId, clock, options.context ?? {});
    if (global !== undefined) return global;
    throw new Error(missing.get(reference) ?? `{{ ${reference} }} has no value (its step has not run)`);
  };
  const steps: StepRecord[] = [];
  const byName = new Map(runbook.mainSteps.map((step, index) => [step.name, index]));
  let status: ExecutionStatus = 'Success';
  let error: string | undefined;
  let index: number | undefined = 0;
  let runs = 0;
  while (index !== undefined && index < runbook.mainSteps.length) {
    if (++runs > MAX_STEP_RUNS) {
      status = 'Failed';
      error = `stopped after ${MAX_STEP_RUNS} steps: the branches loop`;
      break;
    }
    const step = runbook.mainSteps[index] as Step;
    const result = await runStep(step, lookup, options, clock);
    for (const [name, value] of Object.entries(result.record.outputs)) outputs.set(`${step.name}.${name}`, value);
    for (const [name, why] of result.missing) missing.set(`${step.name}.${name}`, why);
    steps.push(result.record);
    options.onStep?.(result.record);
    const next = (target: string | undefined): number | undefined => (target === undefined ? index! + 1 : byName.get(target));
    if (result.record.status === 'Success') {
      if (step.isEnd) break;
      index = next(result.branchTo ?? step.nextStep);
      continue;
    }
    if (step.isCritical) {
      status = result.record.status === 'TimedOut' ? 'TimedOut' : 'Failed';
      error = `step ${step.name} ${result.record.status === 'TimedOut' ? 'timed out' : 'failed'}: ${result.record.error ?? ''}`.trim();
    }
    if (step.isEnd) break;
    if (step.onFailure.kind === 'Abort') break;
    index = step.onFailure.kind === 'step' ? byName.get(step.onFailure.step) : next(step.nextStep);
  }
  const documentOutputs: Record<string, unknown> = {};
  for (const name of runbook.outputs) if (outputs.has(name)) documentOutputs[name] = outputs.get(name);
  return {
    executionId,
    runbook: runbook.name,
    status,
    parameters,
    steps,
    outputs: documentOutputs,
    ...(error === undefined ? {} : { error }),
    startedAt,
    endedAt: new Date(clock.now()).toISOString(),
  };
}

export class UnsupportedApiError extends Error {}

/** Every API a runbook calls exists in the caller's catalogue; else nothing runs. */
export async function checkApis(runbook: Runbook, caller: ApiCaller): Promise<void> {
  if (!caller.check) return;
  const problems: string[] = [];
  for (const step of runbook.mainSteps) {
    if (typeof step.inputs.Service !== 'string' || typeof step.inputs.Api !== 'string') continue;
    const why = await caller.check(step.inputs.Service, step.inputs.Api);
    if (why) problems.push(`step ${step.name}: ${why}`);
  }
  if (problems.length > 0) throw new UnsupportedApiError(`${runbook.name}: ${problems.join('; ')}`);
}

interface StepResult {
  record: StepRecord;
  branchTo?: string;
  missing: Map<string, string>;
}

async function runStep(step: Step, lookup: (reference: string) => unknown, options: ExecuteOptions, clock: Clock): Promise<StepResult> {
  const startedAt = new Date(clock.now()).toISOString();
  let attempts = 0;
  let last: Omit<StepResult, 'record'> & { status: StepStatus; error?: string; inputs?: Record<string, unknown>; outputs: Record<string, unknown> } = {
    status: 'Failed',
    outputs: {},
    missing: new Map(),
  };
  while (attempts < step.maxAttempts) {
    attempts++;
    try {
      last = { status: 'Success', ...(await attempt(step, lookup, options, clock)) };
      break;
    } catch (error) {
      const timedOut = error instanceof StepTimeout;
      last = { status: timedOut ? 'TimedOut' : 'Failed', error: describeError(error), outputs: {}, missing: new Map() };
    }
  }
  const record: StepRecord = {
    name: step.name,
    action: step.action,
    status: last.status,
    attempts,
    startedAt,
    endedAt: new Date(clock.now()).toISOString(),
    ...(last.inputs ? { inputs: last.inputs } : {}),
    outputs: last.outputs,
    ...(last.error === undefined ? {} : { error: last.error }),
  };
  return { record, missing: last.missing, ...(last.branchTo === undefined ? {} : { branchTo: last.branchTo }) };
}

interface AttemptResult {
  inputs?: Record<string, unknown>;
  outputs: Record<string, unknown>;
  missing: Map<string, string>;
  branchTo?: string;
}

async function attempt(step: Step, lookup: (reference: string) => unknown, options: ExecuteOptions, clock: Clock): Promise<AttemptResult> {
  const none = { outputs: {}, missing: new Map<string, string>() };
  switch (step.action) {
    case 'aws:executeAwsApi': {
      const { service, api, input } = apiRequest(step, lookup);
      const response = await callWithTimeout(options.caller, service, api, input, Math.min(step.timeoutSeconds ?? API_CALL_SECONDS, API_CALL_SECONDS));
      const outputs: Record<string, unknown> = {};
      const missing = new Map<string, string>();
      for (const output of step.outputs) {
        const selected = select(response, output.Selector);
        if (!selected.found) {
          missing.set(output.Name, `output ${step.name}.${output.Name} has no value: selector ${output.Selector} matched nothing in the ${api} response`);
          continue;
        }
        outputs[output.Name] = coerceOutput(selected.value, output.Type, `${step.name}.${output.Name}`);
      }
      return { inputs: { Service: service, Api: api, ...input }, outputs, missing };
    }
    case 'aws:assertAwsResourceProperty': {
      const { service, api, input, selector, desired } = propertyRequest(step, lookup);
      const response = await callWithTimeout(options.caller, service, api, input, Math.min(step.timeoutSeconds ?? API_CALL_SECONDS, API_CALL_SECONDS));
      const actual = selectedText(response, selector);
      if (actual === undefined || !desired.includes(actual)) {
        throw new Error(`${selector} is ${actual === undefined ? 'absent' : JSON.stringify(actual)}, expected one of ${desired.map((value) => JSON.stringify(value)).join(', ')}`);
      }
      return { inputs: { Service: service, Api: api, ...input }, ...none };
    }
    case 'aws:waitForAwsResourceProperty': {
      const { service, api, input, selector, desired } = propertyRequest(step, lookup);
      const timeout = (step.timeoutSeconds ?? WAIT_DEFAULT_SECONDS) * 1000;
      const poll = (options.pollSeconds ?? 5) * 1000;
      const start = clock.now();
      let actual: string | undefined;
      for (;;) {
        const response = await callWithTimeout(options.caller, service, api, input, API_CALL_SECONDS);
        actual = selectedText(response, selector);
        if (actual !== undefined && desired.includes(actual)) return { inputs: { Service: service, Api: api, ...input }, ...none };
        if (clock.now() - start + poll > timeout) {
          throw new StepTimeout(`${selector} was still ${actual === undefined ? 'absent' : JSON.stringify(actual)} after ${timeout / 1000} s (waiting for ${desired.join(' or ')})`);
        }
        await clock.sleep(poll);
      }
    }
    case 'aws:branch': {
      const choices = (step.inputs.Choices as Record<string, unknown>[]) ?? [];
      for (const choice of choices) {
        if (evaluateCondition(choice, lookup)) return { ...none, branchTo: choice.NextStep as string };
      }
      const fallback = typeof step.inputs.Default === 'string' ? step.inputs.Default : undefined;
      return fallback === undefined ? none : { ...none, branchTo: fallback };
    }
    case 'aws:sleep': {
      const inputs = interpolate(step.inputs, lookup) as Record<string, unknown>;
      let milliseconds: number;
      if (inputs.Duration !== undefined) {
        const seconds = parseIsoDuration(String(inputs.Duration));
        if (seconds === undefined) throw new Error(`Duration ${JSON.stringify(inputs.Duration)} is not an ISO-8601 duration`);
        milliseconds = seconds * 1000;
      } else {
        const until = Date.parse(String(inputs.Timestamp));
        if (Number.isNaN(until)) throw new Error(`Timestamp ${JSON.stringify(inputs.Timestamp)} is not an ISO-8601 instant`);
        milliseconds = Math.max(0, until - clock.now()); // a past instant proceeds at once
      }
      if (milliseconds > MAX_SLEEP_SECONDS * 1000) throw new Error(`sleeps longer than Automation's maximum of ${MAX_SLEEP_SECONDS} seconds`);
      if (step.timeoutSeconds !== undefined && milliseconds > step.timeoutSeconds * 1000) {
        await clock.sleep(step.timeoutSeconds * 1000);
        throw new StepTimeout(`sleep of ${milliseconds / 1000} s exceeds timeoutSeconds ${step.timeoutSeconds}`);
      }
      await clock.sleep(milliseconds);
      return { inputs, ...none };
    }
  }
}

function apiRequest(step: Step, lookup: (reference: string) => unknown): { service: string; api: string; input: Record<string, unknown> } {
  const { Service, Api, ...rest } = step.inputs;
  return { service: String(Service), api: String(Api), input: interpolate(rest, lookup) as Record<string, unknown> };
}

function propertyRequest(step: Step, lookup: (reference: string) => unknown) {
  const { PropertySelector, DesiredValues, ...request } = step.inputs;
  const { service, api, input } = apiRequest({ ...step, inputs: request }, lookup);
  const desired = (interpolate(DesiredValues, lookup) as unknown[]).map(text);
  return { service, api, input, selector: String(PropertySelector), desired };
}

function selectedText(response: unknown, selector: string): string | undefined {
  const selected = select(response, selector);
  return selected.found ? text(selected.value) : undefined;
}

/** An output value in its declared Type; a mismatch fails the step (with the output's name). */
export function coerceOutput(value: unknown, type: OutputType, name: string): unknown {
  const fail = (): never => {
    throw new Error(`output ${name}: ${JSON.stringify(value)} is not a ${type}`);
  };
  switch (type) {
    case 'String':
      return value !== null && typeof value === 'object' ? fail() : text(value);
    case 'Integer':
      if (Number.isInteger(value)) return value;
      if (typeof value === 'string' && /^-?\d+$/.test(value)) return Number(value);
      return fail();
    case 'Boolean':
      if (typeof value === 'boolean') return value;
      if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
      return fail();
    case 'StringList':
      return Array.isArray(value) && value.every((item) => item === null || typeof item !== 'object') ? value.map(text) : fail();
    case 'StringMap':
      return isRecord(value) ? value : fail();
    case 'MapList':
      return Array.isArray(value) && value.every(isRecord) ? value : fail();
  }
}

/** One API call, abandoned (and its request aborted) after `seconds` of real time. */
async function callWithTimeout(caller: ApiCaller, service: string, api: string, input: Record<string, unknown>, seconds: number): Promise<Record<string, unknown>> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      // Settle as a timeout first: aborting makes the call reject too, and the race takes the first.
      reject(new StepTimeout(`${service} ${api} did not answer within ${seconds} s`));
      controller.abort();
    }, seconds * 1000);
  });
  try {
    return await Promise.race([caller.call({ service, api, input, signal: controller.signal }), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function globalValue(reference: string, executionId: string, clock: Clock, context: ExecutionContext): string | undefined {
  const now = new Date(clock.now()).toISOString();
  switch (reference) {
    case 'automation:EXECUTION_ID':
      return executionId;
    case 'global:DATE':
      return now.slice(0, 10);
    case 'global:DATE_TIME':
      return `${now.slice(0, 10)}_${now.slice(11, 19).replaceAll(':', '.')}`;
    case 'global:REGION':
      return context.region;
    case 'global:ACCOUNT_ID':
      return context.accountId;
    case 'global:AWS_PARTITION':
      return context.partition ?? 'aws';
    default:
      return undefined;
  }
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const name = error.name && error.name !== 'Error' && !error.message.startsWith(error.name) ? `${error.name}: ` : '';
    return `${name}${error.message}`;
  }
  return String(error);
}
