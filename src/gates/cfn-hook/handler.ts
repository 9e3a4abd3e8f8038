// The CloudFormation hook gate, pure of Lambda: request (protocols.md §A.2 / §A.5) -> the CloudFormation adapter
// -> the engine -> the §A.2.5 response. I/O comes in through `deps`, so tests call it directly.
import { evaluateDocument, type DocumentResult } from '../../engine/run.js';
import { Suppressions } from '../../engine/suppressions.js';
import type { ScanDocument } from '../../model/document.js';
import type { Evaluation } from '../../model/evaluation.js';
import { assignResourceKeys } from '../../model/resource-key.js';
import type { RuleMeta } from '../../rules/types.js';
import { DOCS_BASE_URL } from '../../version.js';
import type { GuardRuleSet } from '../../guard/index.js';
import { GuardRulesError } from '../../guard/gates.js';
import { changeSetDocument, singleResourceDocument, stackDocument, targetResource } from './documents.js';
import { guardResourceEvaluations, guardStackEvaluations } from './guard.js';
import { fetchPayload, PayloadError, readStackPayload, type PayloadFetchOptions } from './payload.js';
import { HookRequestError, isRecord, parseHookRequest, stackNameOf, type HookRequest, type HookTarget } from './protocol.js';
import { buildResponse, inProgress, internalFailure, MESSAGE_LIMIT, type HookResponse } from './response.js';
import { HookSettingsError, type HookSettings } from './settings.js';

export interface HookDependencies {
  /** The settings, or how to get them (a per-container cache in the Lambda). */
  settings: HookSettings | (() => Promise<HookSettings>);
  /** Fetching stack and change-set payloads: allowed hosts, size limit, timeout. */
  payload?: PayloadFetchOptions;
  /** Replaces the payload fetch (`tosei hook invoke --payload FILE`). */
  loadPayload?: (url: string) => Promise<unknown>;
  /**
   * Guard rules run beside the built-in rules (`TOSEI_GUARD_RULES`, `--rules`), or how to get them (loaded once per
   * container); a GuardRulesError answers InternalFailure.
   */
  guardRules?: GuardRuleSet | (() => GuardRuleSet | undefined);
  now?: Date;
  ruleUrl?(id: string): string;
  /** One line per invocation (target, verdict, counts); never tokens, URLs or property values. */
  log?(line: string): void;
  /** Every evaluated request's evaluations, before the answer: the seam for the evaluation store. */
  onEvaluations?(evaluations: readonly Evaluation[], request: HookRequest): Promise<void>;
}

/** §A.2.6: a hook is called at most three times; the last call must answer. */
const MAX_INVOCATIONS = 3;
/** Long enough for S3 to recover from a brief fault, short against the stack operation. */
const CALLBACK_DELAY_SECONDS = 5;

/**
 * Answers one hook request. Never throws: a request that can not be read or evaluated gets FAILED /
 * InternalFailure with the reason (§A.2.5), never a silent SUCCESS.
 */
export async function handleHookRequest(raw: unknown, deps: HookDependencies): Promise<HookResponse> {
  const token = tokenOf(raw);
  let request: HookRequest;
  try {
    request = parseHookRequest(raw);
  } catch (error) {
    if (error instanceof HookRequestError) return logged(deps, 'invalid request', internalFailure(token, `invalid hook request: ${error.message}`));
    return logged(deps, 'invalid request', internalFailure(token, `internal error reading the request: ${String(error)}`));
  }
  const limit = request.cloudControl ? MESSAGE_LIMIT.cloudControl : MESSAGE_LIMIT.cloudformation;
  const label = targetLabel(request.target);
  try {
    const settings = typeof deps.settings === 'function' ? await deps.settings() : deps.settings;
    const suppressions = new Suppressions([...settings.exceptions], { configFile: settings.configSource ?? '.tosei.yml', ...(deps.now ? { now: deps.now } : {}) });
    const guardRules = typeof deps.guardRules === 'function' ? deps.guardRules() : deps.guardRules;
    const result = await evaluateTarget(request, settings, suppressions, deps, guardRules);
    // Keyed by stack and logical id, so the store links this deployment's verdicts to the next one's
    // (Cloud Control requests belong to no stack).
    const stack = stackNameOf(request.stackId);
    if (stack) assignResourceKeys(result.evaluations, { stack, ...(request.accountId ? { account: request.accountId } : {}), ...(request.region ? { region: request.region } : {}) });
    await deps.onEvaluations?.(result.evaluations, request);
    const rules: Record<string, RuleMeta> = {};
    for (const active of settings.rules) rules[active.rule.meta.id] = active.rule.meta;
    const response = buildResponse(result.evaluations, result.problems, {
      clientRequestToken: request.clientRequestToken,
      subject: `${label} (${request.invocationPoint})`,
      messageLimit: limit,
      severityThreshold: settings.severityThreshold,
      failOnInsufficientData: settings.failOnInsufficientData,
      rules,
      ruleUrl: deps.ruleUrl ?? ((id) => `${DOCS_BASE_URL}/${id}.md`),
    });
    return logged(deps, `${label} ${request.invocationPoint}: ${result.evaluations.length} evaluation(s)`, response);
  } catch (error) {
    if (error instanceof PayloadError && error.transient && request.invocation < MAX_INVOCATIONS) {
      const message = `${error.message}; Tosei asks to be called again (call ${request.invocation} of ${MAX_INVOCATIONS})`;
      return logged(deps, `${label} ${request.invocationPoint}`, inProgress(request.clientRequestToken, message, { tosei: { waitingFor: 'payload', call: request.invocation } }, CALLBACK_DELAY_SECONDS));
    }
    const known = error instanceof PayloadError || error instanceof HookSettingsError || error instanceof GuardRulesError;
    const message = known ? (error as Error).message : `internal error: ${(error as Error)?.message ?? String(error)}`;
    // A bug's stack trace goes to the log, not to CloudFormation's stack events.
    if (!known) deps.log?.(`tosei hook: internal error: ${(error as Error)?.stack ?? String(error)}`);
    return logged(deps, `${label} ${request.invocationPoint}`, internalFailure(request.clientRequestToken, message, limit));
  }
}

async function evaluateTarget(request: HookRequest, settings: HookSettings, suppressions: Suppressions, deps: HookDependencies, guardRules: GuardRuleSet | undefined): Promise<DocumentResult> {
  const { target } = request;
  if (target.kind === 'RESOURCE') {
    const result = evaluateResourceTarget(request, target, settings, suppressions);
    if (guardRules) {
      const resource = targetResource(request, target);
      for (const evaluation of guardResourceEvaluations(guardRules, request, resource)) {
        result.evaluations.push(suppressions.onGuardVerdict(evaluation, evaluation.resource.id === resource.id ? resource : undefined, evaluation.location.file));
      }
    }
    return result;
  }
  const data = 'inline' in target.payload ? target.payload.inline : await (deps.loadPayload ?? ((url) => fetchPayload(url, deps.payload)))(target.payload.url);
  const payload = readStackPayload(data);
  const document = target.kind === 'STACK' ? stackDocument(request, payload) : changeSetDocument(request, payload);
  const result = withDocumentProblems(document, evaluateDocument(document, settings.rules, { suppressions }));
  if (guardRules) {
    for (const evaluation of guardStackEvaluations(guardRules, request, payload, data, document.graph, result.problems)) {
      result.evaluations.push(suppressions.onGuardVerdict(evaluation, document.graph.get(evaluation.resource.id), document.file));
    }
  }
  return result;
}

/**
 * One resource, each rule on its own graph of it: when a rule asked about other resources of the stack (which a
 * resource-level request does not carry) and its verdict depends on them, it becomes INSUFFICIENT_DATA rather than
 * a guess either way. A STACK or CHANGE_SET target sees the whole stack.
 */
function evaluateResourceTarget(request: HookRequest, target: Extract<HookTarget, { kind: 'RESOURCE' }>, settings: HookSettings, suppressions: Suppressions): DocumentResult {
  const resource = targetResource(request, target);
  const result: DocumentResult = { evaluations: [], problems: [] };
  for (const active of settings.rules) {
    if (!active.rule.meta.resourceTypes.includes(resource.type)) continue;
    const { document, graph } = singleResourceDocument(request, resource);
    const single = evaluateDocument(document, [active], { suppressions });
    for (const evaluation of single.evaluations) {
      if (graph.consulted && dependsOnStack(evaluation)) needsStack(evaluation);
      result.evaluations.push(evaluation);
    }
    result.problems.push(...single.problems);
  }
  return result;
}

/**
 * After the rule asked about other resources: a pass can not be trusted (another resource may break it), nor a
 * violation about what is missing (path `[]`: "no flow log targets this VPC"). A violation at one of the resource's
 * own properties (an ingress rule open to the world) stands whatever else the stack holds.
 */
function dependsOnStack(evaluation: Evaluation): boolean {
  if (evaluation.status === 'COMPLIANT') return true;
  return evaluation.status === 'NON_COMPLIANT' && evaluation.location.path.length === 0;
}

function needsStack(evaluation: Evaluation): void {
  evaluation.message = `${evaluation.message} Not decided: the check depends on other resources of the stack, which a resource-level hook request does not carry (a STACK or CHANGE_SET target sees them).`;
  evaluation.status = 'INSUFFICIENT_DATA';
}

function withDocumentProblems(document: ScanDocument, result: DocumentResult): DocumentResult {
  return { evaluations: result.evaluations, problems: [...document.problems, ...result.problems] };
}

function targetLabel(target: HookTarget): string {
  if (target.kind === 'RESOURCE') return `resource ${target.logicalId} (${target.typeName})`;
  if (target.kind === 'STACK') return `stack ${target.stackName}`;
  return `change set ${target.changeSetArn}`;
}

/** The token of a request that could not be parsed, when it has one, so even that answer echoes it. */
function tokenOf(raw: unknown): string {
  if (!isRecord(raw)) return '';
  const token = raw.clientRequestToken ?? raw.clientRequesttoken ?? (isRecord(raw.request) ? raw.request.clientRequestToken : undefined);
  return typeof token === 'string' ? token : '';
}

function logged(deps: HookDependencies, what: string, response: HookResponse): HookResponse {
  deps.log?.(`tosei hook: ${what} -> ${response.hookStatus}${response.errorCode ? ` ${response.errorCode}` : ''}`);
  return response;
}
