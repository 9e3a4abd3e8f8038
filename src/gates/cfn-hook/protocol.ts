// The CloudFormation hook request, read into one normalised shape. Wire formats: protocols.md §A.
import type { ValueObject } from '../../model/value.js';

export const INVOCATION_POINTS = ['CREATE_PRE_PROVISION', 'UPDATE_PRE_PROVISION', 'DELETE_PRE_PROVISION'] as const;
export type InvocationPoint = (typeof INVOCATION_POINTS)[number];

/** Where a stack or change-set payload comes from: the presigned URL, or already inline (§A.5 handler requests). */
export type PayloadSource = { url: string } | { inline: ValueObject };

export type HookTarget =
  | {
      kind: 'RESOURCE';
      /** CloudFormation type name, e.g. `AWS::S3::Bucket`. */
      typeName: string;
      logicalId: string;
      /** Proposed properties; undefined on delete (§A.2.1: "empty on delete"). */
      properties: ValueObject | undefined;
      /** Current properties; undefined on create. */
      previousProperties: ValueObject | undefined;
    }
  | { kind: 'STACK'; stackName: string; payload: PayloadSource }
  | { kind: 'CHANGE_SET'; changeSetArn: string; payload: PayloadSource };

export interface HookRequest {
  /**
   * `requestData` (§A.2, also the registry wire format of §A.5), a cloudformation-cli handler request (`hookContext`,
   * §A.5), or the document a Guard hook evaluates (`HookContext` with the template's `Resources`, §A.4).
   */
  shape: 'lambda-hook' | 'classic' | 'guard-hook';
  /** Echoed in the response; `''` when the request has none. */
  clientRequestToken: string;
  invocationPoint: InvocationPoint;
  accountId?: string;
  stackId?: string;
  changeSetId?: string;
  hookTypeName?: string;
  /** From the stack or change-set ARN, when there is one. */
  region?: string;
  /** The request came from the Cloud Control API (§A.2.4: no stack id): messages are cut at 1024 characters. */
  cloudControl: boolean;
  target: HookTarget;
  /** `requestContext.invocation`: 1 on the first call, higher when CloudFormation calls back after IN_PROGRESS. */
  invocation: number;
  /** `requestContext.callbackContext`: what an earlier IN_PROGRESS answer asked to be given back. */
  callbackContext?: Record<string, unknown>;
}

/** The request is not a hook request CloudFormation would send; the message says what is wrong. */
export class HookRequestError extends Error {}

const TYPE_NAME = /^[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}$/;

/**
 * Reads a hook request. Accepted shapes:
 * - the Lambda-hook request (§A.2.1–A.2.3), which is also the registry hooks' wire request (§A.5);
 * - a cloudformation-cli handler request `{ clientRequestToken, hookContext }` (§A.5);
 * - a cloudformation-cli test event `{ actionInvocationPoint, request: { clientRequestToken, hookContext } }` (§A.5).
 * Unknown keys are ignored (§A.5: fixtures carry extra keys the wrappers ignore).
 */
export function parseHookRequest(raw: unknown): HookRequest {
  if (!isRecord(raw)) throw new HookRequestError(`a hook request must be a JSON object, got ${describe(raw)}`);
  if (isRecord(raw.requestData)) return fromLambdaHook(raw, raw.requestData);
  if (isRecord(raw.hookContext)) return fromHookContext(raw, raw.hookContext, raw);
  if (isRecord(raw.request) && isRecord(raw.request.hookContext)) return fromHookContext(raw.request, raw.request.hookContext, raw);
  if (isRecord(raw.HookContext)) return fromGuardHookInput(raw, raw.HookContext);
  throw new HookRequestError('not a CloudFormation hook request: it has neither requestData (Lambda hook, §A.2), hookContext (cloudformation-cli, §A.5) nor HookContext (Guard hook input, §A.4)');
}

function fromLambdaHook(raw: Record<string, unknown>, data: Record<string, unknown>): HookRequest {
  const common = commonFields(raw, raw.actionInvocationPoint, 'actionInvocationPoint');
  return { ...common, ...callbackFields(raw.requestContext), shape: 'lambda-hook', target: readTarget(data, 'requestData', common) };
}

function fromHookContext(request: Record<string, unknown>, context: Record<string, unknown>, outer: Record<string, unknown>): HookRequest {
  // The handler-side HookContext spells it invocationPoint; the test event has actionInvocationPoint outside.
  const point = context.invocationPoint ?? outer.actionInvocationPoint;
  const common = commonFields({ ...context, clientRequestToken: request.clientRequestToken }, point, 'hookContext.invocationPoint');
  const requestContext = outer.requestContext ?? request.requestContext;
  // The test event carries the callback context beside the request (§A.5 HookHandlerTestPayload).
  const callback = isRecord(requestContext) ? requestContext : { callbackContext: outer.callbackContext };
  return { ...common, ...callbackFields(callback), shape: 'classic', target: readTarget(context, 'hookContext', common) };
}

/**
 * The document a Guard hook evaluates (§A.4): `HookContext` (PascalCase) and the target itself — for a resource,
 * `Resources.<TargetLogicalId>` with `Previous.<TargetLogicalId>`; for a stack or change set, the proposed template
 * at the top level, `Previous` the deployed one and, for a change set, `Changes`. It is answered like the Lambda
 * request of the same target type, so a Guard hook's input can be checked with the built-in rules too.
 */
function fromGuardHookInput(raw: Record<string, unknown>, context: Record<string, unknown>): HookRequest {
  const field = (name: string) => optionalString(context, name);
  const common = commonFields(
    {
      clientRequestToken: raw.clientRequestToken,
      awsAccountId: context.AWSAccountID ?? context.AwsAccountId,
      stackId: context.StackId || undefined,
      changeSetId: context.ChangeSetId || undefined,
      hookTypeName: context.HookTypeName,
    },
    context.InvocationPoint,
    'HookContext.InvocationPoint',
  );
  const targetType = field('TargetType');
  const logicalId = field('TargetLogicalId') ?? '';
  const base = { ...common, ...callbackFields(raw.requestContext), shape: 'guard-hook' as const };
  if (targetType === 'STACK' || targetType === 'CHANGE_SET') {
    const { HookContext: _context, Previous: previous, Changes: changes, clientRequestToken: _token, requestContext: _callback, ...template } = raw;
    const payload: Record<string, unknown> = { template };
    if (isRecord(previous) && Object.keys(previous).length > 0) payload.previousTemplate = previous;
    if (changes !== undefined) payload.changedResources = changes;
    const inline = { inline: payload as ValueObject };
    if (targetType === 'STACK') return { ...base, target: { kind: 'STACK', stackName: field('TargetName') || stackNameOf(common.stackId) || 'stack', payload: inline } };
    return { ...base, target: { kind: 'CHANGE_SET', changeSetArn: logicalId || common.changeSetId || 'change-set', payload: inline } };
  }
  if (!logicalId) throw new HookRequestError('HookContext.TargetLogicalId is missing for the resource target');
  const entry = (section: unknown, where: string) => {
    if (section === undefined || section === null) return undefined;
    if (!isRecord(section)) throw new HookRequestError(`${where} must be an object, got ${describe(section)}`);
    const resource = section[logicalId];
    if (resource === undefined || resource === null) return undefined;
    if (!isRecord(resource)) throw new HookRequestError(`${where}.${logicalId} must be an object, got ${describe(resource)}`);
    return resource;
  };
  const current = entry(raw.Resources, 'Resources');
  const previous = entry(raw.Previous, 'Previous');
  // §A.4: the syntax block spells ResourceType/ResourceProperties, the example and every rule Type/Properties.
  const typeName = field('TargetName') ?? [current?.Type, current?.ResourceType, previous?.Type, previous?.ResourceType].find((value) => typeof value === 'string');
  const data = { targetName: typeName, targetLogicalId: logicalId, targetModel: { resourceProperties: current?.Properties ?? current?.ResourceProperties, previousResourceProperties: previous?.Properties ?? previous?.ResourceProperties } };
  return { ...base, target: readTarget(data, 'HookContext', common) };
}

/** `requestContext` of §A.2.1: the attempt number and the callback context of an earlier IN_PROGRESS answer. */
function callbackFields(requestContext: unknown): Pick<HookRequest, 'invocation' | 'callbackContext'> {
  if (requestContext === undefined || requestContext === null) return { invocation: 1 };
  if (!isRecord(requestContext)) throw new HookRequestError(`requestContext must be an object, got ${describe(requestContext)}`);
  const invocation = requestContext.invocation ?? 1;
  if (typeof invocation !== 'number' || !Number.isInteger(invocation) || invocation < 1) throw new HookRequestError(`requestContext.invocation must be a positive whole number, got ${describe(invocation)}`);
  const callbackContext = requestContext.callbackContext;
  if (callbackContext === undefined || callbackContext === null) return { invocation };
  if (!isRecord(callbackContext)) throw new HookRequestError(`requestContext.callbackContext must be an object, got ${describe(callbackContext)}`);
  return { invocation, callbackContext };
}

type Common = Omit<HookRequest, 'shape' | 'target' | 'invocation' | 'callbackContext'>;

function commonFields(raw: Record<string, unknown>, point: unknown, pointName: string): Common {
  if (typeof point !== 'string' || !(INVOCATION_POINTS as readonly string[]).includes(point)) {
    throw new HookRequestError(`${pointName} must be one of ${INVOCATION_POINTS.join(', ')}, got ${describe(point)}`);
  }
  // §A.2.2: the doc's syntax block spells clientRequesttoken; everything else says clientRequestToken.
  const token = optionalString(raw, 'clientRequestToken') ?? optionalString(raw, 'clientRequesttoken');
  // §A.2.2: the doc's syntax block spells stackID; the examples and both plugins say stackId.
  const stackId = optionalString(raw, 'stackId') ?? optionalString(raw, 'stackID');
  const changeSetId = optionalString(raw, 'changeSetId');
  const common: Common = {
    clientRequestToken: token ?? '',
    invocationPoint: point as InvocationPoint,
    // protocols.md A.2.4: Cloud Control API requests have an empty stack id.
    cloudControl: !stackId,
  };
  const accountId = optionalString(raw, 'awsAccountId');
  if (accountId) common.accountId = accountId;
  if (stackId) common.stackId = stackId;
  if (changeSetId) common.changeSetId = changeSetId;
  const hookTypeName = optionalString(raw, 'hookTypeName');
  if (hookTypeName) common.hookTypeName = hookTypeName;
  const region = regionOf(stackId) ?? regionOf(changeSetId);
  if (region) common.region = region;
  return common;
}

function readTarget(data: Record<string, unknown>, where: string, common: Common): HookTarget {
  const targetName = optionalString(data, 'targetName');
  const targetType = optionalString(data, 'targetType');
  const logicalId = optionalString(data, 'targetLogicalId') ?? '';
  if (targetName === 'STACK' || targetType === 'STACK') {
    return { kind: 'STACK', stackName: logicalId || stackNameOf(common.stackId) || 'stack', payload: payloadSource(data, where, 'STACK') };
  }
  if (targetName === 'CHANGE_SET' || targetType === 'CHANGE_SET') {
    return { kind: 'CHANGE_SET', changeSetArn: logicalId || common.changeSetId || 'change-set', payload: payloadSource(data, where, 'CHANGE_SET') };
  }
  // §A.2.1: targetType is the type name for CloudFormation resources (doc example) or RESOURCE (plugin fixtures, Cloud Control).
  const typeName = targetName ?? (targetType !== 'RESOURCE' ? targetType : undefined);
  if (typeName === undefined || !TYPE_NAME.test(typeName)) {
    throw new HookRequestError(`${where}.targetName must be STACK, CHANGE_SET or a resource type like AWS::S3::Bucket, got ${describe(targetName ?? targetType)}`);
  }
  if (!logicalId) throw new HookRequestError(`${where}.targetLogicalId is missing for the ${typeName} target`);
  const model = data.targetModel;
  if (model !== undefined && model !== null && !isRecord(model)) throw new HookRequestError(`${where}.targetModel must be an object, got ${describe(model)}`);
  const properties = modelProperties(model, ['resourceProperties', 'ResourceProperties'], where);
  const previousProperties = modelProperties(model, ['previousResourceProperties', 'PreviousResourceProperties'], where);
  return { kind: 'RESOURCE', typeName, logicalId, properties, previousProperties };
}

/** `resourceProperties` / `previousResourceProperties` (camelCase on the wire, PascalCase in the Java target model, §A.5). */
function modelProperties(model: Record<string, unknown> | null | undefined, keys: readonly string[], where: string): ValueObject | undefined {
  if (!model) return undefined;
  for (const key of keys) {
    const value = model[key];
    if (value === undefined || value === null) continue;
    if (!isRecord(value)) throw new HookRequestError(`${where}.targetModel.${key} must be an object, got ${describe(value)}`);
    // §A.2.1: empty on delete (resourceProperties) and on create (previousResourceProperties).
    return Object.keys(value).length === 0 ? undefined : (value as ValueObject);
  }
  return undefined;
}

/**
 * Stack and change-set targets carry their template in S3 (§A.2.2: "the actual templates are stored in an Amazon
 * S3 object"); a handler request whose wrapper already fetched it has it in `targetModel` (§A.5).
 */
function payloadSource(data: Record<string, unknown>, where: string, kind: string): PayloadSource {
  const model = data.targetModel;
  if (isRecord(model) && Object.keys(model).length > 0) return { inline: model as ValueObject };
  const url = data.payload;
  if (typeof url === 'string' && url.trim() !== '') return { url: url.trim() };
  throw new HookRequestError(`${where}.payload must be the presigned URL of the ${kind} payload (§A.2.2), got ${describe(url)}`);
}

function optionalString(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new HookRequestError(`${key} must be a string, got ${describe(value)}`);
  return value;
}

/** `arn:aws:cloudformation:us-west-2:123456789012:stack/MyStack/...` → `us-west-2`. */
function regionOf(arn: string | undefined): string | undefined {
  const region = arn?.split(':')[3];
  return region && /^[a-z]{2}(-[a-z]+)+-\d+$/.test(region) ? region : undefined;
}

/** `arn:...:stack/MyStack/uuid` → `MyStack`. */
export function stackNameOf(stackId: string | undefined): string | undefined {
  const match = /:stack\/([^/]+)\//.exec(stackId ?? '');
  return match?.[1];
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short description of a bad value for an error message (never the whole value: it may be large). */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return value.length > 60 ? `"${value.slice(0, 57)}..."` : JSON.stringify(value);
  return `${typeof value} ${String(value)}`;
}

