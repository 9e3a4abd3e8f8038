// Hook targets into the canonical model: the same CloudFormation adapter the scan uses, then the same engine.
import { loadCloudFormation, markChangesFrom, templateToDocument, type TemplateInputs } from '../../inputs/cloudformation/index.js';
import type { ScanDocument } from '../../model/document.js';
import { ResourceGraph } from '../../model/graph.js';
import type { ChangeAction, Resource } from '../../model/resource.js';
import { isUnknown, unknown } from '../../model/unknown.js';
import { isObject, type Value, type ValueObject } from '../../model/value.js';
import type { ChangedResource, StackPayload } from './payload.js';
import { stackNameOf, type HookRequest, type HookTarget } from './protocol.js';

/** The document's name in messages and in `.tosei.yml` exceptions' `file` patterns: the stack name. */
export function documentName(request: HookRequest): string {
  if (request.target.kind === 'STACK') return request.target.stackName;
  return stackNameOf(request.stackId) ?? (request.cloudControl ? 'cloud-control' : 'stack');
}

const ACTIONS: Record<HookRequest['invocationPoint'], ChangeAction> = {
  CREATE_PRE_PROVISION: 'create',
  UPDATE_PRE_PROVISION: 'update',
  DELETE_PRE_PROVISION: 'delete',
};

/**
 * A graph that holds only the resource of a RESOURCE target. It records whether a rule asked it about other
 * resources (a flow log for this VPC, the policies of this queue): the rest of the stack is not in a
 * resource-level request, so such a rule's answer can not be trusted either way.
 */
export class SingleResourceGraph extends ResourceGraph {
  consulted = false;

  constructor(private readonly only: Resource) {
    super([only], []);
  }

  override get(id: string): Resource | undefined {
    if (id !== this.only.id) this.consulted = true;
    return super.get(id);
  }
  override ofType(type: string): readonly Resource[] {
    this.consulted = true;
    return super.ofType(type);
  }
  override referencesTo(id: string) {
    this.consulted = true;
    return super.referencesTo(id);
  }
  override referencesFrom(id: string) {
    this.consulted = true;
    return super.referencesFrom(id);
  }
  override target(value: Value | undefined): Resource | undefined {
    this.consulted = true;
    return super.target(value);
  }
  override memo<T>(key: string, build: (graph: ResourceGraph) => T): T {
    this.consulted = true;
    return super.memo(key, build);
  }
}

/**
 * A RESOURCE or CLOUD_CONTROL target (§A.2.1): its properties are already the CloudFormation model, resolved.
 * Returns the resource; each rule runs on a fresh SingleResourceGraph of it.
 */
export function targetResource(request: HookRequest, target: Extract<HookTarget, { kind: 'RESOURCE' }>): Resource {
  const action = ACTIONS[request.invocationPoint];
  const resource: Resource = {
    id: target.logicalId,
    type: target.typeName,
    // protocols.md A.2.1: resourceProperties is empty on delete; the rules then see what is being deleted.
    properties: (action === 'delete' ? (target.properties ?? target.previousProperties) : target.properties) ?? {},
    action,
    source: sourceOf(request, documentName(request)),
  };
  if (action === 'update' && target.previousProperties) resource.previous = target.previousProperties;
  return resource;
}

export function singleResourceDocument(request: HookRequest, resource: Resource): { document: ScanDocument; graph: SingleResourceGraph } {
  const graph = new SingleResourceGraph(resource);
  return { graph, document: { file: documentName(request), format: 'hook-request', graph, locate: () => undefined, problems: [] } };
}

/**
 * A STACK target (§A.2.2): the raw template, parsed and resolved by the CloudFormation adapter, the whole graph.
 * Parameter values are chosen at deploy time and are not in the payload, so they are unknown (not their defaults).
 * With a previous template, resources it declares are updates (change-aware rules compare them).
 */
export function stackDocument(request: HookRequest, payload: StackPayload): ScanDocument {
  const name = documentName(request);
  const inputs = templateInputs(request);
  const document = payload.template === undefined ? emptyDocument(name) : loadTemplate(payload.template, name, inputs);
  if (payload.previousTemplate !== undefined) markChangesFrom(document, loadTemplate(payload.previousTemplate, name, inputs));
  else for (const resource of document.graph.resources) resource.action = 'create';
  if (request.invocationPoint === 'DELETE_PRE_PROVISION') for (const resource of document.graph.resources) resource.action = 'delete';
  tagSources(document, request);
  return document;
}

/**
 * A CHANGE_SET target (§A.2.3): the template gives the whole graph (references included); each changed
 * resource's `afterContext` gives the values CloudFormation resolved (parameters included), written over the
 * template's unknowns, and its `beforeContext` the previous properties. Unchanged resources are `no-op`.
 */
export function changeSetDocument(request: HookRequest, payload: StackPayload): ScanDocument {
  const name = documentName(request);
  const document = payload.template === undefined ? emptyDocument(name) : loadTemplate(payload.template, name, templateInputs(request));
  const changes = new Map(payload.changedResources.map((change) => [change.logicalResourceId, change]));
  const resources = [...document.graph.resources];
  for (const resource of resources) {
    const change = changes.get(resource.id);
    changes.delete(resource.id);
    if (!change) {
      resource.action = 'no-op';
      continue;
    }
    applyChange(resource, change);
  }
  // A changed resource the template does not declare (a delete, or a template we could not read whole).
  for (const change of changes.values()) {
    if (change.action === 'DELETE') continue;
    const resource: Resource = { id: change.logicalResourceId, type: change.resourceType, properties: {}, source: { file: name, format: 'hook-request' } };
    applyChange(resource, change);
    resources.push(resource);
  }
  const withChanges: ScanDocument = { ...document, graph: new ResourceGraph(resources, document.graph.edges) };
  tagSources(withChanges, request);
  return withChanges;
}

function applyChange(resource: Resource, change: ChangedResource): void {
  resource.action = change.action === 'CREATE' ? 'create' : change.action === 'UPDATE' ? 'update' : 'delete';
  if (change.after) {
    const after = fromContext(change.after);
    resource.properties = isObject(after) ? (overlay(resource.properties, after) as ValueObject) : resource.properties;
    // The context has the values CloudFormation resolved: a template-level "can not resolve" no longer holds.
    delete resource.unresolved;
  }
  if (change.before && change.action === 'UPDATE') {
    const before = fromContext(change.before);
    if (isObject(before)) resource.previous = before;
  }
}

/**
 * Keeps what the template knows (typed values, references to other resources, which the graph follows) and
 * takes the change set's resolved value where the template has an unknown that is not a reference.
 */
function overlay(template: Value | undefined, after: Value): Value {
  if (template === undefined) return after;
  // A reference stays a reference (the graph follows it); any other unknown takes the resolved value.
  if (isUnknown(template)) return template.ref ? template : after;
  if (isObject(template) && isObject(after)) {
    const merged: ValueObject = {};
    for (const key of new Set([...Object.keys(template), ...Object.keys(after)])) {
      merged[key] = key in after ? overlay(template[key], after[key] as Value) : (template[key] as Value);
    }
    return merged;
  }
  if (Array.isArray(template) && Array.isArray(after) && template.length === after.length) {
    return template.map((item, index) => overlay(item, after[index] as Value));
  }
  return template;
}

/** The change set's placeholder for a value only known once the change runs. */
const KNOWN_AFTER_APPLY = /^\{\{changeSet:KNOWN_AFTER_APPLY\}\}$/;

/** Context JSON into model values; every number and boolean in it is a string (§A.2.3), which the rules read as CloudFormation does. */
function fromContext(value: unknown): Value {
  if (typeof value === 'string') return KNOWN_AFTER_APPLY.test(value) ? unknown('known after the change set runs') : value;
  if (Array.isArray(value)) return value.map(fromContext);
  if (value !== null && typeof value === 'object') {
    const object: ValueObject = {};
    for (const [key, item] of Object.entries(value)) object[key] = fromContext(item);
    return object;
  }
  return value as Value;
}

function loadTemplate(template: string | Record<string, unknown>, name: string, inputs: TemplateInputs): ScanDocument {
  if (typeof template !== 'string') return templateToDocument(template as ValueObject, name, inputs);
  return loadCloudFormation(template, name, inputs, { force: true }) ?? emptyDocument(name);
}

function emptyDocument(name: string): ScanDocument {
  return { file: name, format: 'cloudformation', graph: new ResourceGraph([], []), locate: () => undefined, problems: [] };
}

function templateInputs(request: HookRequest): TemplateInputs {
  const inputs: TemplateInputs = { deployTimeParameters: true };
  if (request.region) inputs.region = request.region;
  if (request.accountId) inputs.accountId = request.accountId;
  return inputs;
}

function sourceOf(request: HookRequest, file: string): Resource['source'] {
  const source: Resource['source'] = { file, format: 'hook-request' };
  if (request.accountId) source.account = request.accountId;
  if (request.region) source.region = request.region;
  return source;
}

function tagSources(document: ScanDocument, request: HookRequest): void {
  for (const resource of document.graph.resources) {
    if (request.accountId) resource.source.account = request.accountId;
    if (request.region) resource.source.region = request.region;
  }
}
