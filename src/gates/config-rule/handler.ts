/**
 * The AWS Config custom rule gate (protocols.md §C.1–C.3): the event in, the same adapter
 * (configuration items → CloudFormation model) and engine as every other gate, PutEvaluations
 * out. One deployed function serves any rule of the pack: `TOSEI_RULE` names it, and a
 * `toseiRule` rule parameter overrides it.
 */
import type { ComplianceType, Evaluation as PutEvaluation } from '@aws-sdk/client-config-service';
import { didYouMean } from '../../text/suggest.js';
import { evaluateDocument, type ActiveRule } from '../../engine/run.js';
import { resolveParameters } from '../../engine/parameters.js';
import { guardRuleIds } from '../../guard/gates.js';
import { guardToEvaluations, type GuardRuleSet } from '../../guard/index.js';
import { applyPreviousItems, configItemsToDocument, ITEM_MAPPINGS, normalizeItem, type ConfigurationItem } from '../../inputs/config/index.js';
import { APPLICABLE_STATUSES } from '../../inputs/config/item.js';
import { fetchCredentialUsage } from '../../live/iam-credentials.js';
import { isInline, neighbourSource, readNeighbours, relatedOf } from '../../live/related/index.js';
import { credentialObservations } from '../../live/credential-report.js';
import type { Evaluation, ScanProblem } from '../../model/evaluation.js';
import type { Properties } from '../../model/value.js';
import { builtinRules } from '../../rules/index.js';
import type { AnyRule } from '../../rules/types.js';
import {
  assumeRoleClients,
  backoffDelay,
  batchGetItems,
  createClients,
  DEFAULT_BACKOFF,
  describeAccount,
  describeCacheClusters,
  describeDocuments,
  describeReplicationGroups,
  evaluatedResources,
  itemFromHistory,
  listDiscovered,
  retrying,
  type AwsClients,
  type Backoff,
  type ClientOptions,
  type ResourceKey,
  type Retry,
} from './aws.js';
import { parseConfigEvent, type InvokingEvent, type ParsedConfigEvent } from './event.js';

export type { PutEvaluation };

export interface ConfigRuleDeps {
  /** AWS clients; built from the standard SDK settings when absent. */
  clients?: AwsClients;
  /** The rule to run when the event's parameters do not name one (`TOSEI_RULE`). */
  ruleId?: string;
  rules?: readonly AnyRule[];
  /**
   * Guard rules (`TOSEI_GUARD_RULES`, `--rules`), or how to get them (loaded once per container): when the rule
   * named is one of their rules, it runs on the configuration item as Config custom policy rules do (§C.4).
   */
  guardRules?: GuardRuleSet | (() => GuardRuleSet | undefined);
  /** Backoff for throttling and FailedEvaluations (injectable so tests run fast). */
  backoff?: Partial<Backoff>;
  /** Options for clients the handler builds itself (SDK attempts, region). */
  clientOptions?: ClientOptions;
  /** Act as the event's `executionRoleArn` (cross-account rules; `TOSEI_ASSUME_EXECUTION_ROLE=true`). */
  assumeExecutionRole?: boolean;
  /**
   * The one place where this invocation's evaluations exist: Tosei's own evaluations (with
   * INSUFFICIENT_DATA and ERROR as they are) and what is put to Config. An evaluation store
   * hooks in here.
   */
  onEvaluations?: (result: ConfigRuleResult) => void | Promise<void>;
  log?: (message: string) => void;
  /** The clock for live facts fetched now (credential usage without a report). */
  now?: () => Date;
  /**
   * Evaluate the configuration item of a change-triggered event and call nothing: no AWS client,
   * no related resources read, nothing put (`tosei config-rule invoke --dry-run`).
   */
  dryRun?: boolean;
}

/** What a dry run cannot do: events whose items only AWS Config can hand over. */
export class DryRunError extends Error {}

/** Neither the event nor the function names a rule. */
export class NoRuleError extends Error {}

export interface ConfigRuleResult {
  ruleId: string;
  configRuleName?: string;
  messageType: InvokingEvent['messageType'];
  /** Tosei's evaluations of the resources in scope. */
  evaluations: Evaluation[];
  /** What is sent to PutEvaluations, in order. */
  putEvaluations: PutEvaluation[];
  testMode: boolean;
  problems: ScanProblem[];
}

/** Annotation limit of PutEvaluations (§C.3); longer ones are cut as the RDK does. */
export const ANNOTATION_LIMIT = 256;
const TRUNCATED = ' [truncated]';

export function cutAnnotation(text: string): string {
  return text.length <= ANNOTATION_LIMIT ? text : text.slice(0, ANNOTATION_LIMIT - TRUNCATED.length) + TRUNCATED;
}

/** Config resource types whose items become one of the rule's CloudFormation types. */
export function configTypesFor(rule: AnyRule): string[] {
  return Object.entries(ITEM_MAPPINGS)
    .filter(([, mapping]) => rule.meta.resourceTypes.includes(mapping.cloudFormationType))
    .map(([type]) => type);
}

/** Types Config does not record for the seed's checks: listed through the service's describe API. */
const DESCRIBED_TYPES: Record<string, (clients: AwsClients, retry: Retry, context: { account?: string; region?: string }) => Promise<unknown[]>> = {
  'AWS::ElastiCache::ReplicationGroup': describeReplicationGroups,
  'AWS::ElastiCache::CacheCluster': (clients, retry, context) => describeCacheClusters(clients, retry, context, true),
  // The account is no recorded resource: its settings and members are read with its own APIs.
  'AWS::::Account': describeAccount,
  // Config records documents, not who they are shared with: read with SSM's APIs.
  'AWS::SSM::Document': describeDocuments,
};

export function selectRule(parameters: Record<string, unknown>, deps: ConfigRuleDeps): AnyRule {
  const selected = selectAnyRule(parameters, deps, undefined);
  if ('guard' in selected) throw new Error(`${selected.id} is a Guard rule, not a built-in rule`);
  return selected;
}

/** The rule the event names: a built-in rule, or a rule of the Guard rule set (a name in both is refused, not guessed). */
function selectAnyRule(parameters: Record<string, unknown>, deps: ConfigRuleDeps, guardRules: GuardRuleSet | undefined): AnyRule | { guard: GuardRuleSet; id: string } {
  const rules = deps.rules ?? builtinRules;
  const id = typeof parameters.toseiRule === 'string' && parameters.toseiRule !== '' ? parameters.toseiRule : deps.ruleId;
  if (!id) throw new NoRuleError('no rule to run: set TOSEI_RULE or the toseiRule rule parameter');
  const rule = rules.find((candidate) => candidate.meta.id === id);
  const isGuard = guardRules !== undefined && guardRuleIds(guardRules).includes(id);
  if (rule && isGuard) throw new Error(`rule ${id} is both a built-in rule and a Guard rule; rename the Guard rule`);
  if (isGuard) return { guard: guardRules, id };
  if (!rule) {
    const known = [...rules.map((candidate) => candidate.meta.id), ...(guardRules ? guardRuleIds(guardRules) : [])];
    throw new Error(`unknown rule ${id}${guardRules ? ' (neither a built-in rule nor a rule of the Guard rule files)' : ''}${didYouMean(id, known)}`);
  }
  return rule;
}

function regionOf(event: ParsedConfigEvent['event']): string | undefined {
  return event.configRuleArn?.split(':')[3] || undefined;
}

/** Runs the rule for one Config event and puts its evaluations. */
export async function handleConfigEvent(rawEvent: unknown, deps: ConfigRuleDeps = {}): Promise<ConfigRuleResult> {
  const parsed = parseConfigEvent(rawEvent);
  const { event, invoking } = parsed;
  // Guard rule files are loaded (and a bad one refused) before any AWS call: an error puts nothing.
  const guardRules = typeof deps.guardRules === 'function' ? deps.guardRules() : deps.guardRules;
  const selected = selectAnyRule(parsed.parameters, deps, guardRules);
  const ruleId = 'guard' in selected ? selected.id : selected.meta.id;
  const backoff: Backoff = { ...DEFAULT_BACKOFF, ...deps.backoff };
  const retry = retrying(backoff);
  const region = regionOf(event);
  const clientOptions: ClientOptions = { ...(region ? { region } : {}), ...deps.clientOptions };
  if (deps.dryRun && invoking.messageType !== 'ConfigurationItemChangeNotification') {
    throw new DryRunError(`a dry run evaluates the configuration item an event carries; a ${invoking.messageType} has none (AWS Config hands the items over): run it without --dry-run`);
  }
  const clients = deps.dryRun
    ? undefined
    : deps.assumeExecutionRole && event.executionRoleArn
      ? await assumeRoleClients(event.executionRoleArn, { ...clientOptions, retry })
      : (deps.clients ?? (await createClients(clientOptions)));
  const changedItem = async (): Promise<Record<string, unknown>> => {
    if (invoking.messageType === 'ConfigurationItemChangeNotification') return invoking.configurationItem as Record<string, unknown>;
    const summary = normalizeItem({ ...invoking.configurationItemSummary, configuration: null });
    return (await itemFromHistory(online(clients), retry, summary, summary.configurationItemCaptureTime)) as Record<string, unknown>;
  };
  const changed = invoking.messageType === 'ConfigurationItemChangeNotification' || invoking.messageType === 'OversizedConfigurationItemChangeNotification';

  let outcome: Outcome;
  if ('guard' in selected) {
    outcome = changed
      ? guardChangeTriggered(selected.guard, selected.id, parsed, await changedItem())
      : { evaluations: [], put: [], problems: [{ level: 'warning', file: `config-rule:${selected.id}`, ruleId: selected.id, message: `Guard rule ${selected.id} runs on configuration item changes only (as Config custom policy rules do); ${invoking.messageType} puts nothing` }] };
  } else {
    const rule = selected;
    const { toseiRule: _named, ...given } = parsed.parameters;
    const active: ActiveRule = { rule, params: resolveParameters(rule, given), severity: rule.meta.severity };
    const scope: Scope = { rule, active, clients, retry, backoff, ...(deps.now ? { now: deps.now } : {}), context: { account: event.accountId ?? invoking.awsAccountId, region } };
    if (changed) outcome = await changeTriggered(scope, parsed, await changedItem());
    else if (invoking.messageType === 'ScheduledNotification') outcome = await periodic({ ...scope, clients: online(clients) }, parsed);
    else outcome = { evaluations: [], put: [], problems: [] };
  }
  const result: ConfigRuleResult = {
    ruleId,
    ...(event.configRuleName ? { configRuleName: event.configRuleName } : {}),
    messageType: invoking.messageType,
    evaluations: outcome.evaluations,
    putEvaluations: outcome.put,
    testMode: event.resultToken === 'TESTMODE',
    problems: outcome.problems,
  };
  await deps.onEvaluations?.(result);
  if (clients) await putEvaluations(clients, retry, backoff, result.putEvaluations, event.resultToken, result.testMode);
  deps.log?.(`${ruleId}: ${result.putEvaluations.length} evaluation(s) put for ${invoking.messageType}${result.testMode ? ' (test mode)' : ''}`);
  return result;
}

interface Outcome {
  evaluations: Evaluation[];
  put: PutEvaluation[];
  problems: ScanProblem[];
}

/**
 * A Guard rule on a changed configuration item, as Config custom policy rules run (§C.4): the item itself is the
 * document (`resourceType`, `configuration`, `supplementaryConfiguration`, `tags`), one evaluation for its
 * resource: FAIL → NON_COMPLIANT with the rule's `<< >>` message, PASS → COMPLIANT, SKIP → NOT_APPLICABLE, and a
 * rule that cannot be evaluated NON_COMPLIANT (never a pass, as for built-in rules).
 */
function guardChangeTriggered(ruleSet: GuardRuleSet, ruleId: string, parsed: ParsedConfigEvent, rawItem: Record<string, unknown>): Outcome {
  const item = normalizeItem(rawItem);
  const ordering = captureTime(item, parsed.invoking.notificationCreationTime);
  if (parsed.event.eventLeftScope === true || !APPLICABLE_STATUSES.has(item.configurationItemStatus)) {
    return { evaluations: [], put: [notApplicable(item, ordering)], problems: [] };
  }
  const file = `config-rule:${ruleId}`;
  const key = { type: item.resourceType, id: item.resourceId, source: 'config-item' as const };
  // Every evaluation of a configuration item is about the item: PASS and SKIP too, not the "document".
  const evaluations = guardToEvaluations(ruleSet, guardConfigItem(rawItem), { file, format: 'config-item' })
    .filter((evaluation) => evaluation.ruleId === ruleId)
    .map((evaluation) => ({ ...evaluation, resource: { ...evaluation.resource, ...key } }));
  const problems: ScanProblem[] = evaluations.filter((evaluation) => evaluation.status === 'ERROR').map((evaluation) => ({ level: 'error', file, ruleId, message: evaluation.message }));
  const origins = new Map([[item.resourceId, { resourceType: item.resourceType, resourceId: item.resourceId }]]);
  return { evaluations, put: evaluations.map((evaluation) => toPut(evaluation, origins, ordering)), problems };
}

/**
 * The configuration item as a Guard document: JSON data (API-form timestamps as text), with `configuration` and
 * the `supplementaryConfiguration` values as objects where the API form carries them as JSON text (§C.4: rules
 * query `configuration.<path>` and `supplementaryConfiguration.<Key>.<path>`).
 */
export function guardConfigItem(rawItem: Record<string, unknown>): Record<string, unknown> {
  const item = JSON.parse(JSON.stringify(rawItem)) as Record<string, unknown>;
  const parsed = (value: unknown): unknown => {
    if (typeof value !== 'string') return value;
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  };
  item.configuration = parsed(item.configuration);
  if (isRecord(item.supplementaryConfiguration)) {
    item.supplementaryConfiguration = Object.fromEntries(Object.entries(item.supplementaryConfiguration).map(([name, value]) => [name, parsed(value)]));
  }
  return item;
}

/** The clients, which only a dry run goes without (and a dry run never gets this far). */
function online(clients: AwsClients | undefined): AwsClients {
  if (!clients) throw new DryRunError('a dry run calls no AWS service');
  return clients;
}

interface Scope {
  rule: AnyRule;
  active: ActiveRule;
  /** Absent in a dry run: nothing beside the item is read. */
  clients: AwsClients | undefined;
  retry: Retry;
  backoff: Backoff;
  now?: () => Date;
  context: { account?: string | undefined; region?: string | undefined };
}

function notApplicable(item: Pick<ConfigurationItem, 'resourceType' | 'resourceId'>, ordering: Date, annotation?: string): PutEvaluation {
  return { ComplianceResourceType: item.resourceType, ComplianceResourceId: item.resourceId, ComplianceType: 'NOT_APPLICABLE', OrderingTimestamp: ordering, ...(annotation ? { Annotation: cutAnnotation(annotation) } : {}) };
}

function captureTime(item: ConfigurationItem, fallback: string | undefined): Date {
  const time = Date.parse(item.configurationItemCaptureTime ?? fallback ?? '');
  return Number.isNaN(time) ? new Date() : new Date(time);
}

async function changeTriggered(scope: Scope, parsed: ParsedConfigEvent, rawItem: Record<string, unknown>) {
  const item = normalizeItem(rawItem);
  // §C.1: change-triggered evaluations are ordered by the item's capture time.
  const ordering = captureTime(item, parsed.invoking.notificationCreationTime);
  const inScope = configTypesFor(scope.rule).includes(item.resourceType);
  // §C.2: only OK / ResourceDiscovered items, still in scope, are evaluated.
  if (parsed.event.eventLeftScope === true || !APPLICABLE_STATUSES.has(item.configurationItemStatus) || !inScope) {
    return { evaluations: [], put: [notApplicable(item, ordering)], problems: [] };
  }
  const { evaluations, problems, origins } = await evaluateItems(scope, [rawItem], previousOf(scope.rule, rawItem, parsed.invoking));
  const put = evaluations.map((evaluation) => toPut(evaluation, origins, ordering));
  return { evaluations, put, problems };
}

type OnlineScope = Scope & { clients: AwsClients };

async function periodic(scope: OnlineScope, parsed: ParsedConfigEvent) {
  const created = Date.parse(parsed.invoking.notificationCreationTime ?? '');
  // §C.1: periodic evaluations are ordered by the notification's creation time.
  const ordering = Number.isNaN(created) ? new Date() : new Date(created);
  const items: unknown[] = [];
  const types = configTypesFor(scope.rule);
  for (const type of types) {
    const describe = DESCRIBED_TYPES[type];
    const found = describe
      ? await describe(scope.clients, scope.retry, scope.context)
      : await batchGetItems(scope.clients, scope.retry, await listDiscovered(scope.clients, scope.retry, type), scope.backoff.sleep);
    // Not push(...): an account may hold more items of a type than a call takes arguments.
    for (const item of found) items.push(item);
  }
  const { evaluations, problems, origins } = await evaluateItems(scope, items);
  const put = evaluations.map((evaluation) => toPut(evaluation, origins, ordering));
  const ruleName = parsed.event.configRuleName;
  if (ruleName) {
    // Earlier evaluations of resources that are gone are reset, or Config would keep showing them.
    const seen = new Set(put.map((evaluation) => `${evaluation.ComplianceResourceType}|${evaluation.ComplianceResourceId}`));
    for (const earlier of await evaluatedResources(scope.clients, scope.retry, ruleName)) {
      if (!types.includes(earlier.resourceType) || earlier.complianceType === 'NOT_APPLICABLE') continue;
      if (!seen.has(`${earlier.resourceType}|${earlier.resourceId}`)) put.push(notApplicable(earlier, ordering, 'The resource no longer exists.'));
    }
  }
  return { evaluations, put, problems };
}

/**
 * Builds the graph of the subject items plus what the rule declares it reads beside them (its
 * `related` neighbours, through the shared inventory layer; users' credential usage) and
 * evaluates the subjects. A subject whose neighbours could not be looked up is unresolved:
 * INSUFFICIENT_DATA, never judged as if they did not exist.
 */
async function evaluateItems(scope: Scope, subjects: unknown[], previous?: Record<string, unknown>) {
  const { clients } = scope;
  const file = `config-rule:${scope.rule.meta.id}`;
  const offline: ScanProblem[] = [];
  const related = relatedOf([scope.active]);
  // Neighbours the items carry themselves (a bucket's policy, a group's rules) need no AWS call.
  const readsAws = related.some((relation) => !isInline(neighbourSource(relation.type).config));
  if (!clients && (readsAws || scope.rule.meta.liveOnly)) {
    offline.push({ level: 'warning', file, ruleId: scope.rule.meta.id, message: `dry run: what ${scope.rule.meta.id} reads beside the item (from AWS) was not read; where the verdict needs it, it is INSUFFICIENT_DATA` });
  }
  const neighbours = await readNeighbours(clients ? { clients, retry: scope.retry, sleep: scope.backoff.sleep, context: scope.context } : undefined, subjects, related, file);
  const observations = clients ? await liveObservations({ ...scope, clients }, subjects) : undefined;
  const document = configItemsToDocument([...subjects, ...neighbours.items], file, observations ? { observations } : {});
  if (previous) applyPreviousItems(document, configItemsToDocument([previous], 'previous'));
  const subjectIds = new Set<string>();
  for (const [id, origin] of document.origins) {
    if (subjects.length === 0 || !isSubject(origin, subjects)) continue;
    subjectIds.add(id);
    const reason = neighbours.unresolved.get(origin.resourceId);
    const resource = document.graph.get(id);
    if (reason !== undefined && resource && !resource.unresolved) resource.unresolved = reason;
  }
  const { evaluations, problems } = evaluateDocument(document, [scope.active], { live: true, now: scope.now ? scope.now() : new Date() });
  return { evaluations: evaluations.filter((evaluation) => subjectIds.has(evaluation.resource.id)), problems: [...offline, ...neighbours.problems, ...document.problems, ...problems], origins: document.origins };
}

function isSubject(origin: ResourceKey, subjects: unknown[]): boolean {
  return subjects.some((subject) => {
    const record = subject as Record<string, unknown>;
    return record.resourceType === origin.resourceType && record.resourceId === origin.resourceId;
  });
}

/** Credential usage for rules that read it (IAM users, live only). */
async function liveObservations(scope: OnlineScope, subjects: unknown[]): Promise<Map<string, Properties> | undefined> {
  if (!scope.rule.meta.liveOnly || !scope.rule.meta.resourceTypes.includes('AWS::IAM::User')) return undefined;
  const names = subjects
    .map((subject) => normalizeItemSafe(subject))
    .filter((item): item is ConfigurationItem => item?.resourceType === 'AWS::IAM::User' && APPLICABLE_STATUSES.has(item.configurationItemStatus))
    .map((item) => (typeof item.configuration?.userName === 'string' ? item.configuration.userName : (item.resourceName ?? item.resourceId)));
  if (names.length === 0) return undefined;
  return credentialObservations(await fetchCredentialUsage(scope.clients.sdk.iam, scope.clients.iam, names, { sleep: scope.backoff.sleep, ...(scope.now ? { now: scope.now } : {}) }));
}

/**
 * Tosei's evaluation → a PutEvaluations entry. Config accepts neither INSUFFICIENT_DATA nor an
 * error (§C.3): a crash is put as NON_COMPLIANT (never a pass), and "cannot decide" as
 * NOT_APPLICABLE with an annotation saying so, so an earlier COMPLIANT does not linger.
 */
function toPut(evaluation: Evaluation, origins: Map<string, ResourceKey>, ordering: Date): PutEvaluation {
  const origin = origins.get(evaluation.resource.id) ?? { resourceType: evaluation.resource.type, resourceId: evaluation.resource.id };
  let complianceType: ComplianceType;
  let annotation = evaluation.message;
  if (evaluation.status === 'ERROR') {
    complianceType = 'NON_COMPLIANT';
    annotation = `Tosei could not evaluate this resource: ${evaluation.message}`;
  } else if (evaluation.status === 'INSUFFICIENT_DATA') {
    complianceType = 'NOT_APPLICABLE';
    annotation = `Insufficient data: ${evaluation.message}`;
  } else {
    complianceType = evaluation.status;
  }
  return {
    ComplianceResourceType: origin.resourceType,
    ComplianceResourceId: origin.resourceId,
    ComplianceType: complianceType,
    ...(annotation ? { Annotation: cutAnnotation(annotation) } : {}),
    OrderingTimestamp: ordering,
  };
}

/**
 * PutEvaluations in batches of at most 100 with the same ResultToken (§C.3). FailedEvaluations
 * are sent again after a backoff; what still fails after the last attempt is an error.
 */
export async function putEvaluations(clients: AwsClients, retry: Retry, backoff: Backoff, evaluations: readonly PutEvaluation[], resultToken: string, testMode: boolean): Promise<void> {
  const batches: PutEvaluation[][] = [];
  for (let start = 0; start < evaluations.length; start += 100) batches.push(evaluations.slice(start, start + 100));
  // A run with nothing to report still tells Config it ran (an empty list is valid).
  if (batches.length === 0) batches.push([]);
  for (const batch of batches) {
    let pending = batch;
    for (let attempt = 0; ; attempt++) {
      const sent = pending;
      const output = await retry(() => clients.config.send(new clients.sdk.config.PutEvaluationsCommand({ Evaluations: sent, ResultToken: resultToken, ...(testMode ? { TestMode: true } : {}) })));
      const failed = output.FailedEvaluations ?? [];
      if (failed.length === 0) break;
      if (attempt + 1 >= backoff.attempts) {
        throw new Error(`PutEvaluations kept failing for ${failed.length} evaluation(s): ${failed.map((evaluation) => `${evaluation.ComplianceResourceType} ${evaluation.ComplianceResourceId}`).join(', ')}`);
      }
      const key = (evaluation: PutEvaluation) => `${evaluation.ComplianceResourceType}|${evaluation.ComplianceResourceId}`;
      const failedKeys = new Set(failed.map(key));
      pending = sent.filter((evaluation) => failedKeys.has(key(evaluation)));
      await backoff.sleep(backoffDelay(backoff, attempt));
    }
  }
}

/**
 * For change-aware rules: the item before the change, from `configurationItemDiff`
 * (`Configuration.X.Y` / `SupplementaryConfiguration.X` paths with previous values).
 */
function previousOf(rule: AnyRule, rawItem: Record<string, unknown>, invoking: InvokingEvent): Record<string, unknown> | undefined {
  const changed = invoking.configurationItemDiff?.changedProperties;
  if (!rule.meta.changeAware || !changed || invoking.configurationItemDiff?.changeType !== 'UPDATE') return undefined;
  const previous = structuredClone(rawItem) as Record<string, unknown>;
  if (typeof previous.configuration === 'string') previous.configuration = JSON.parse(previous.configuration);
  for (const [path, change] of Object.entries(changed)) {
    const [root, ...rest] = path.split('.');
    const key = root === 'Configuration' ? 'configuration' : root === 'SupplementaryConfiguration' ? 'supplementaryConfiguration' : undefined;
    if (!key || rest.length === 0) continue;
    if (!isRecord(previous[key])) previous[key] = {};
    setPath(previous[key] as Record<string, unknown>, rest, change.previousValue, key === 'configuration');
  }
  return previous;
}

function setPath(root: Record<string, unknown> | unknown[], path: string[], value: unknown, camel: boolean): void {
  let current: Record<string, unknown> | unknown[] = root;
  path.forEach((segment, index) => {
    const last = index === path.length - 1;
    const key = Array.isArray(current) ? Number(segment) : findKey(current, segment, camel);
    const container = current as Record<string | number, unknown>;
    if (last) {
      if (value === null || value === undefined) {
        if (Array.isArray(current)) current.splice(key as number, 1);
        else delete container[key];
      } else container[key] = value;
      return;
    }
    if (typeof container[key] !== 'object' || container[key] === null) container[key] = /^\d+$/.test(path[index + 1] ?? '') ? [] : {};
    current = container[key] as Record<string, unknown> | unknown[];
  });
}

/** Diff paths are PascalCase (`Configuration.InstanceType`); the configuration's keys are camelCase. */
function findKey(object: Record<string, unknown>, segment: string, camel: boolean): string {
  if (segment in object) return segment;
  const lowered = segment.charAt(0).toLowerCase() + segment.slice(1);
  return camel || lowered in object ? lowered : segment;
}

function normalizeItemSafe(raw: unknown): ConfigurationItem | undefined {
  try {
    return normalizeItem(raw);
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
