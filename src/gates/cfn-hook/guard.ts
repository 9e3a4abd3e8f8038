// Guard rules in the hook: evaluated on the document a Guard hook's rules see (protocols.md §A.4).
import { guardInput, guardToEvaluations, readGuardData, type GuardRuleSet } from '../../guard/index.js';
import type { Evaluation, ScanProblem } from '../../model/evaluation.js';
import type { ResourceGraph } from '../../model/graph.js';
import type { Resource } from '../../model/resource.js';
import { documentName } from './documents.js';
import { PayloadError, type StackPayload } from './payload.js';
import { isRecord, type HookRequest } from './protocol.js';

/**
 * `HookContext` of §A.4. The doc's syntax block spells `AWSAccountID`, its example `AwsAccountId`; like the
 * `Type`/`Properties` keys, the example is taken as the real shape. `StackId` is empty for Cloud Control.
 */
function hookContext(request: HookRequest): Record<string, unknown> {
  const { target } = request;
  return {
    AwsAccountId: request.accountId ?? '',
    StackId: request.stackId ?? '',
    HookTypeName: request.hookTypeName ?? '',
    InvocationPoint: request.invocationPoint,
    TargetName: target.kind === 'RESOURCE' ? target.typeName : target.kind === 'STACK' ? target.stackName : 'CHANGE_SET',
    TargetType: target.kind,
    TargetLogicalId: target.kind === 'RESOURCE' ? target.logicalId : target.kind === 'CHANGE_SET' ? target.changeSetArn : target.stackName,
    ChangeSetId: request.changeSetId ?? '',
  };
}

/**
 * A RESOURCE or CLOUD_CONTROL target: `Resources: { <logicalId>: { Type, Properties } }` with the resolved
 * properties, and `Previous` the same way on updates (§A.4 resource operation input).
 */
export function guardResourceEvaluations(ruleSet: GuardRuleSet, request: HookRequest, resource: Resource): Evaluation[] {
  const data = guardInput({
    kind: 'hook',
    context: hookContext(request),
    resources: { [resource.id]: { type: resource.type, properties: resource.properties } },
    ...(resource.previous ? { previousResources: { [resource.id]: { type: resource.type, properties: resource.previous } } } : {}),
  });
  return guardToEvaluations(ruleSet, data, { file: documentName(request), format: 'hook-request' });
}

/**
 * A STACK or CHANGE_SET target: the proposed template merged at top level (unresolved, short forms in long form as
 * cfn-guard reads them), `Previous` the last deployed template, and for change sets `Changes` with the contexts as
 * the JSON strings the payload carries (§A.4 stack and change set operation inputs).
 */
export function guardStackEvaluations(ruleSet: GuardRuleSet, request: HookRequest, payload: StackPayload, rawPayload: unknown, graph: ResourceGraph, problems: ScanProblem[]): Evaluation[] {
  const name = documentName(request);
  const template = templateData(payload.template, name, problems);
  const previousTemplate = templateData(payload.previousTemplate, name, problems);
  if (template === null || previousTemplate === null) return [];
  const data = guardInput({
    kind: 'hook',
    context: hookContext(request),
    ...(template ? { template } : {}),
    ...(previousTemplate ? { previousTemplate } : {}),
    ...(request.target.kind === 'CHANGE_SET' ? { changes: rawChanges(rawPayload) } : {}),
  });
  return guardToEvaluations(ruleSet, data, { file: name, format: 'hook-request', graph });
}

/** The template as data; undefined when the payload has none, null (and a problem) when it cannot be read. */
function templateData(template: StackPayload['template'], name: string, problems: ScanProblem[]): Record<string, unknown> | undefined | null {
  if (template === undefined) return undefined;
  if (typeof template !== 'string') return template;
  const read: ScanProblem[] = [];
  const data = readGuardData(template, name, read);
  const errors = read.filter((problem) => problem.level === 'error');
  if (errors.length > 0 || !isRecord(data)) {
    // The built-in rules report the same template problems; this says the Guard rules did not run (fail closed).
    problems.push({ level: 'error', file: name, message: `Guard rules: the template cannot be read${errors[0] ? `: ${errors[0].message}` : ''}` });
    return null;
  }
  return data;
}

/** §A.4 `Changes`: `{logicalResourceId, resourceType, action, lineNumber, beforeContext, afterContext}`, contexts as JSON text. */
function rawChanges(rawPayload: unknown): unknown[] {
  if (!isRecord(rawPayload)) return [];
  const changed = rawPayload.changedResources ?? rawPayload.ChangedResources;
  if (!Array.isArray(changed)) return [];
  return changed.map((entry: unknown) => {
    if (!isRecord(entry)) throw new PayloadError('changedResources entries must be objects');
    const field = (camel: string) => entry[camel] ?? entry[camel.charAt(0).toUpperCase() + camel.slice(1)];
    const context = (value: unknown) => (value === undefined || value === null || typeof value === 'string' ? value : JSON.stringify(value));
    const change: Record<string, unknown> = {};
    for (const key of ['logicalResourceId', 'resourceType', 'action', 'lineNumber']) if (field(key) !== undefined) change[key] = field(key);
    for (const key of ['beforeContext', 'afterContext']) if (field(key) !== undefined) change[key] = context(field(key));
    return change;
  });
}
