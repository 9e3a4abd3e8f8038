import { randomUUID } from 'node:crypto';
import type { ActiveRule } from '../engine/run.js';
import { globToRegExp } from '../engine/suppressions.js';
import type { Evaluation, Status } from '../model/evaluation.js';
import type { RemediationStore } from '../store/remediation.js';
import {
  defaultConfiguration,
  executionLimits,
  executionParameters,
  findException,
  type RemediationConfiguration,
  type RemediationSettings,
} from './configuration.js';
import { evaluateCondition } from './conditions.js';
import type { Runbook } from './document.js';
import { executeRunbook, systemClock, type ApiCaller, type Clock, type ExecutionContext, type ExecutionRecord } from './execute.js';
import { interpolate } from './interpolate.js';
import { ParameterError, resolveRunbookParameters } from './parameters.js';
import { reevaluate, type ResourceReader } from './reevaluate.js';
import { BUILTIN_RUNBOOKS, builtinRunbookDocument, type BuiltinRunbook } from './runbooks/index.js';

/**
 * From evaluations to fixes: which NON_COMPLIANT resources get which runbook with which parameters
 * (the plan, printed by a dry run), then running it with Config's semantics (manual or automatic
 * with MaximumAutomaticAttempts within RetryAttemptSeconds, concurrency and error-rate controls,
 * exceptions), re-evaluating each resource afterwards and keeping every execution in the store.
 */

export interface CatalogEntry {
  runbook: Runbook;
  builtin?: BuiltinRunbook;
}

/** Runbooks by document name: the built-in ones plus any the user loads. */
export class RunbookCatalog {
  private readonly entries = new Map<string, CatalogEntry>();

  static builtin(): RunbookCatalog {
    const catalog = new RunbookCatalog();
    for (const builtin of BUILTIN_RUNBOOKS) catalog.entries.set(builtin.name, { runbook: builtinRunbookDocument(builtin), builtin });
    return catalog;
  }

  add(runbook: Runbook): this {
    this.entries.set(runbook.name, { runbook });
    return this;
  }

  get(name: string): CatalogEntry | undefined {
    return this.entries.get(name);
  }
}

export interface PlannedCall {
  step: string;
  service: string;
  api: string;
  /** Inputs with the parameters filled in; outputs of earlier steps stay `{{ Step.Output }}`. */
  input: Record<string, unknown>;
  /** Describe/Get/List: reads only. */
  readOnly: boolean;
  /** Runs only on some paths (after a branch that depends on a step output). */
  conditional?: boolean;
}

export interface PlanItem {
  ruleId: string;
  resource: { type: string; id: string };
  runbook: string;
  changes: string;
  mode: 'automatic' | 'manual';
  configuration: RemediationConfiguration;
  parameters: Record<string, unknown>;
  calls: PlannedCall[];
}

export interface SkippedItem {
  ruleId: string;
  resource: { type: string; id: string };
  reason: string;
}

export interface RemediationPlan {
  items: PlanItem[];
  skipped: SkippedItem[];
}

export interface PlanOptions {
  settings?: RemediationSettings;
  /** Only these rules / resources (ids or globs over the resource id). */
  rules?: readonly string[];
  resources?: readonly string[];
  /** Runbook parameters given by the user (`--param NAME=VALUE`); over the configuration's. */
  parameters?: Readonly<Record<string, string | string[]>>;
  catalog?: RunbookCatalog;
  /** Only rules whose configuration is Automatic (what the server runs by itself). */
  automaticOnly?: boolean;
  now?: number;
}

/** Evaluations read from a template or plan have no AWS resource behind them to fix. */
const IAC_SOURCES = new Set(['cloudformation', 'terraform-plan', 'terraform-hcl', 'hook-request']);

/** Decides what would run, without contacting AWS. */
export function planRemediation(evaluations: readonly Evaluation[], options: PlanOptions = {}): RemediationPlan {
  const catalog = options.catalog ?? RunbookCatalog.builtin();
  const now = options.now ?? Date.now();
  const rulePatterns = (options.rules ?? []).map((rule) => rule.toUpperCase());
  const resourcePatterns = (options.resources ?? []).map((pattern) => globToRegExp(pattern));
  const items: PlanItem[] = [];
  const skipped: SkippedItem[] = [];
  const seen = new Set<string>();
  const defaults = new Map<string, RemediationConfiguration | undefined>();
  for (const evaluation of evaluations) {
    if (evaluation.status !== 'NON_COMPLIANT') continue;
    const { ruleId } = evaluation;
    const resource = { type: evaluation.resource.type, id: evaluation.resource.id };
    if (rulePatterns.length > 0 && !rulePatterns.includes(ruleId)) continue;
    if (resourcePatterns.length > 0 && !resourcePatterns.some((pattern) => pattern.test(resource.id))) continue;
    const key = `${ruleId}\u0000${resource.type}\u0000${resource.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const skip = (reason: string): void => void skipped.push({ ruleId, resource, reason });
    if (evaluation.suppressed) {
      skip(`suppressed (${evaluation.suppressed.reason})`);
      continue;
    }
    if (IAC_SOURCES.has(evaluation.resource.source)) {
      skip(`read from a ${evaluation.resource.source} input, not from AWS: fix the template instead`);
      continue;
    }
    let configuration = options.settings?.configurations.get(ruleId);
    if (!configuration) {
      if (!defaults.has(ruleId)) defaults.set(ruleId, defaultConfiguration(ruleId));
      configuration = defaults.get(ruleId);
    }
    if (!configuration) {
      skip('no remediation configuration and no built-in runbook for this rule');
      continue;
    }
    if (options.automaticOnly && !configuration.Automatic) continue;
    const exception = findException(options.settings?.exceptions ?? [], ruleId, resource.type, resource.id, now);
    if (exception) {
      skip(`remediation exception${exception.Message ? `: ${exception.Message}` : ''}`);
      continue;
    }
    if (configuration.ResourceType && configuration.ResourceType !== resource.type) {
      skip(`the configuration remediates ${configuration.ResourceType}, not ${resource.type}`);
      continue;
    }
    const entry = catalog.get(configuration.TargetId);
    if (!entry) {
      skip(`runbook ${configuration.TargetId} is not known (built-in or --runbook FILE)`);
      continue;
    }
    const given = { ...executionParameters(configuration, resource.id), ...(options.parameters ?? {}) };
    // Only the parameters the runbook declares: one --param may serve runbooks of several rules.
    const relevant = Object.fromEntries(Object.entries(given).filter(([name]) => name in entry.runbook.parameters));
    let parameters: Record<string, unknown>;
    try {
      parameters = resolveRunbookParameters(entry.runbook, relevant);
    } catch (error) {
      if (!(error instanceof ParameterError)) throw error;
      skip(`runbook ${entry.runbook.name}: ${error.message}${/is required/.test(error.message) ? ' (give it with --param NAME=VALUE or a StaticValue in the configuration)' : ''}`);
      continue;
    }
    items.push({
      ruleId,
      resource,
      runbook: entry.runbook.name,
      changes: entry.builtin?.changes ?? entry.runbook.description ?? '',
      mode: configuration.Automatic ? 'automatic' : 'manual',
      configuration,
      parameters,
      calls: plannedCalls(entry.runbook, parameters),
    });
  }
  return { items, skipped };
}

const READ_ONLY = /^(Describe|Get|List|Head)/;

/** The API calls a runbook makes, in order, as far as the parameters decide the path. */
export function plannedCalls(runbook: Runbook, parameters: Record<string, unknown>): PlannedCall[] {
  const calls: PlannedCall[] = [];
  const byName = new Map(runbook.mainSteps.map((step, index) => [step.name, index]));
  const lookup = (reference: string): unknown => (reference in parameters ? parameters[reference] : `{{ ${reference} }}`);
  const visited = new Set<number>();
  let conditional = false;
  let index: number | undefined = 0;
  while (index !== undefined && index < runbook.mainSteps.length && !visited.has(index)) {
    visited.add(index);
    const step = runbook.mainSteps[index]!;
    if (typeof step.inputs.Service === 'string' && typeof step.inputs.Api === 'string') {
      const { Service, Api, PropertySelector: _selector, DesiredValues: _desired, ...rest } = step.inputs;
      calls.push({
        step: step.name,
        service: String(Service),
        api: String(Api),
        input: interpolate(rest, lookup) as Record<string, unknown>,
        readOnly: READ_ONLY.test(String(Api)) || step.action !== 'aws:executeAwsApi',
        ...(conditional ? { conditional: true } : {}),
      });
    }
    if (step.isEnd) break;
    if (step.action === 'aws:branch') {
      const next = decideBranch(step.inputs, parameters);
      if (next === undefined) {
        // Depends on a step output: show every step after the branch, in document order.
        conditional = true;
        index++;
        continue;
      }
      index = next === null ? index + 1 : byName.get(next);
      continue;
    }
    index = step.nextStep === undefined ? index + 1 : byName.get(step.nextStep);
  }
  return calls;
}

/** The branch's target when only parameters decide it (null: fall through); undefined when undecidable. */
function decideBranch(inputs: Record<string, unknown>, parameters: Record<string, unknown>): string | null | undefined {
  const choices = Array.isArray(inputs.Choices) ? (inputs.Choices as Record<string, unknown>[]) : [];
  const lookup = (reference: string): unknown => {
    if (reference in parameters) return parameters[reference];
    throw new Error(`${reference} is known only at run time`);
  };
  for (const choice of choices) {
    try {
      // The executor's own condition logic, on the parameters alone; what it can not decide is left to run time.
      if (evaluateCondition(choice, lookup)) return choice.NextStep as string;
    } catch {
      return undefined;
    }
  }
  return typeof inputs.Default === 'string' ? inputs.Default : null;
}

export type OutcomeStatus = 'remediated' | 'failed' | 'still-non-compliant' | 'already-compliant' | 'undecided' | 'resource-gone' | 'excepted' | 'not-started';

export interface RemediationOutcome {
  item: PlanItem;
  status: OutcomeStatus;
  executions: ExecutionRecord[];
  /** The evaluation after the fix (or before, when it showed nothing to do). */
  reevaluation?: { status: Status; message: string };
  message: string;
}

export interface ApplyDeps {
  /** The AWS caller for a runbook's assume role (undefined: the ambient credentials). */
  callerFor(assumeRole: string | undefined): Promise<ApiCaller & { close?(): void }>;
  /** Re-reads resources before and after; without one, nothing is re-evaluated. */
  readers?: readonly ResourceReader[];
  /** The rules as configured, for re-evaluation (by id). */
  rules?: readonly ActiveRule[];
  store?: RemediationStore;
  /** Keeps the evaluations made by re-reading resources (e.g. `recordRun` with source remediation). */
  recordEvaluations?(evaluations: readonly Evaluation[]): Promise<void>;
  clock?: Clock;
  context?: ExecutionContext;
  catalog?: RunbookCatalog;
  onProgress?(message: string): void;
}

/**
 * Runs a plan. Per rule, at most ConcurrentExecutionRatePercentage of its resources run at once, and
 * once more than ErrorPercentage of them have failed the rest are not started. An automatic
 * configuration retries a failed resource up to MaximumAutomaticAttempts times spread over
 * RetryAttemptSeconds, then adds a remediation exception (as Config does); a manual one runs once.
 */
export async function applyPlan(plan: RemediationPlan, deps: ApplyDeps): Promise<RemediationOutcome[]> {
  const catalog = deps.catalog ?? RunbookCatalog.builtin();
  const byRule = new Map<string, PlanItem[]>();
  for (const item of plan.items) {
    const list = byRule.get(item.ruleId);
    if (list) list.push(item);
    else byRule.set(item.ruleId, [item]);
  }
  const outcomes: RemediationOutcome[] = [];
  for (const items of byRule.values()) {
    const { concurrency, allowedErrors } = executionLimits(items[0]!.configuration, items.length);
    let errors = 0;
    let next = 0;
    const results = new Array<RemediationOutcome>(items.length);
    const worker = async (): Promise<void> => {
      while (next < items.length) {
        const index = next++;
        const item = items[index]!;
        if (errors > allowedErrors) {
          results[index] = { item, status: 'not-started', executions: [], message: `not started: ${errors} of ${items.length} executions failed (ErrorPercentage ${item.configuration.ExecutionControls.SsmControls.ErrorPercentage})` };
          continue;
        }
        const outcome = await remediateOne(item, catalog, deps);
        if (outcome.status === 'failed' || outcome.status === 'still-non-compliant') errors++;
        results[index] = outcome;
        deps.onProgress?.(`${item.ruleId} ${item.resource.id}: ${outcome.message}`);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
    outcomes.push(...results);
  }
  return outcomes;
}

async function remediateOne(item: PlanItem, catalog: RunbookCatalog, deps: ApplyDeps): Promise<RemediationOutcome> {
  const clock = deps.clock ?? systemClock;
  const { ruleId, resource } = item;
  const nowIso = (): string => new Date(clock.now()).toISOString();
  const exception = await deps.store?.exceptionFor(ruleId, resource.type, resource.id, nowIso());
  if (exception) return { item, status: 'excepted', executions: [], message: `skipped: remediation exception${exception.message ? ` (${exception.message})` : ''}` };
  const rule = deps.rules?.find((active) => active.rule.meta.id === ruleId);
  const reader = deps.readers?.find((candidate) => candidate.canRead(resource.type));
  if (rule && reader) {
    let before: Evaluation | undefined;
    try {
      before = await reevaluate(reader, rule, resource.type, resource.id);
    } catch (error) {
      // Nothing was run: the resource could not be read first (denied, throttled, unreachable).
      return { item, status: 'not-started', executions: [], message: `not started: the resource could not be read first: ${(error as Error).message}` };
    }
    if (!before) return { item, status: 'resource-gone', executions: [], message: `skipped: ${resource.type} ${resource.id} no longer exists` };
    await deps.recordEvaluations?.([before]);
    if (before.status === 'COMPLIANT') {
      return { item, status: 'already-compliant', executions: [], reevaluation: { status: before.status, message: before.message }, message: 'skipped: already compliant (nothing to change)' };
    }
    // Unknown is not non-compliant: nothing is changed on a guess.
    if (before.status !== 'NON_COMPLIANT') {
      return { item, status: 'undecided', executions: [], reevaluation: { status: before.status, message: before.message }, message: `skipped: the resource now evaluates ${before.status} (${before.message})` };
    }
  }
  const entry = catalog.get(item.runbook);
  if (!entry) return { item, status: 'failed', executions: [], message: `runbook ${item.runbook} is not known` };
  const attempts = item.mode === 'automatic' ? item.configuration.MaximumAutomaticAttempts : 1;
  const spacing = (item.configuration.RetryAttemptSeconds * 1000) / attempts;
  const executions: ExecutionRecord[] = [];
  const assumeRole = entry.runbook.assumeRole === undefined ? undefined : String(interpolate(entry.runbook.assumeRole, (name) => item.parameters[name] ?? ''));
  let caller: (ApiCaller & { close?(): void }) | undefined;
  try {
    for (let attempt = 1; attempt <= attempts; attempt++) {
      if (attempt > 1) await clock.sleep(spacing);
      let record: ExecutionRecord;
      try {
        caller ??= await deps.callerFor(assumeRole === '' ? undefined : assumeRole);
        record = await executeRunbook(entry.runbook, { parameters: item.parameters, caller, clock, ...(deps.context ? { context: deps.context } : {}) });
      } catch (error) {
        // Refused before the first step (parameters, unsupported API) or the role could not be assumed.
        const at = nowIso();
        record = { executionId: randomUUID(), runbook: entry.runbook.name, status: 'Failed', parameters: item.parameters, steps: [], outputs: {}, error: (error as Error).message, startedAt: at, endedAt: at };
        executions.push(record);
        await keep(deps.store, item, record, attempt);
        break;
      }
      executions.push(record);
      await keep(deps.store, item, record, attempt);
      if (record.status === 'Success') break;
    }
  } finally {
    caller?.close?.();
  }
  const last = executions[executions.length - 1];
  if (!last || last.status !== 'Success') {
    const message = `failed after ${executions.length} attempt${executions.length === 1 ? '' : 's'}: ${last?.error ?? 'no execution'}`;
    if (item.mode === 'automatic' && executions.length >= attempts) {
      await deps.store?.putException({
        ruleId,
        resourceType: resource.type,
        resourceId: resource.id,
        message: `${attempts} automatic attempts within ${item.configuration.RetryAttemptSeconds} s failed: ${last?.error ?? ''}`.slice(0, 1024),
        createdAt: nowIso(),
      });
    }
    return { item, status: 'failed', executions, message };
  }
  if (!rule || !reader) return { item, status: 'remediated', executions, message: `${entry.runbook.name} succeeded (not re-evaluated: no reader for ${resource.type})` };
  let after: Evaluation | undefined;
  let afterMessage: string;
  let status: Status;
  try {
    after = await reevaluate(reader, rule, resource.type, resource.id);
    status = after?.status ?? 'NOT_APPLICABLE';
    afterMessage = after?.message ?? `${resource.type} ${resource.id} no longer exists`;
    if (after) await deps.recordEvaluations?.([after]);
  } catch (error) {
    status = 'INSUFFICIENT_DATA';
    afterMessage = (error as Error).message;
  }
  await deps.store?.recordReevaluation(last.executionId, status, afterMessage);
  const reevaluation = { status, message: afterMessage };
  if (status === 'COMPLIANT') return { item, status: 'remediated', executions, reevaluation, message: `${entry.runbook.name} succeeded; re-evaluated COMPLIANT` };
  return { item, status: 'still-non-compliant', executions, reevaluation, message: `${entry.runbook.name} succeeded, but the re-evaluation is ${status}: ${afterMessage}` };
}

async function keep(store: RemediationStore | undefined, item: PlanItem, record: ExecutionRecord, attempt: number): Promise<void> {
  await store?.recordExecution({
    executionId: record.executionId,
    ruleId: item.ruleId,
    resourceType: item.resource.type,
    resourceId: item.resource.id,
    runbook: record.runbook,
    mode: item.mode,
    attempt,
    status: record.status,
    parameters: record.parameters,
    steps: record.steps,
    outputs: record.outputs,
    ...(record.error === undefined ? {} : { error: record.error }),
    startedAt: record.startedAt,
    endedAt: record.endedAt,
  });
}

/**
 * What `tosei serve` calls for the evaluations it receives: runs the rules whose configuration is
 * Automatic, with the same controls, exceptions, retries and store as `tosei remediate --apply`.
 */
export async function remediateAutomatically(
  evaluations: readonly Evaluation[],
  settings: RemediationSettings,
  deps: ApplyDeps,
): Promise<{ plan: RemediationPlan; outcomes: RemediationOutcome[] }> {
  const plan = planRemediation(evaluations, { settings, automaticOnly: true, ...(deps.catalog ? { catalog: deps.catalog } : {}), now: (deps.clock ?? systemClock).now() });
  const outcomes = await applyPlan(plan, deps);
  return { plan, outcomes };
}
