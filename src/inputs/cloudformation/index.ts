import type { ScanDocument } from '../../model/document.js';
import { implicitProtocolWarnings } from '../implicit-protocol.js';
import type { ScanProblem } from '../../model/evaluation.js';
import { ResourceGraph } from '../../model/graph.js';
import { accountLocator, completeAccounts } from '../../model/account.js';
import { addPartialOwners, nameProperty, PartialOwners } from '../../model/partial.js';
import type { Edge, PropertyPath, Resource, SourcePosition } from '../../model/resource.js';
import { isUnknown } from '../../model/unknown.js';
import { getPath, isObject, type Value, type ValueObject } from '../../model/value.js';
import { IntrinsicResolver, type TemplateInputs } from './resolve.js';
import { parseTemplateText, type NodePositions } from './yaml.js';
import { expandSam, type SamOrigin } from './sam.js';
import { isIntrinsic } from './intrinsic.js';
import { addDeploymentStages } from './deployment-stage.js';
import { checkResourceShapes } from '../shapes/index.js';

export type { TemplateInputs } from './resolve.js';

/** True when parsed data looks like a CloudFormation or SAM template. */
export function looksLikeTemplate(value: unknown): value is ValueObject {
  if (!isObject(value as Value)) return false;
  const template = value as ValueObject;
  return isObject(template.Resources) || typeof template.AWSTemplateFormatVersion === 'string';
}

/** True when a template asks for the SAM transform. */
export function isSamTemplate(template: ValueObject): boolean {
  const transform = template.Transform;
  const names = Array.isArray(transform) ? transform : [transform];
  return names.some((name) => typeof name === 'string' && name.startsWith('AWS::Serverless'));
}

/**
 * Reads a CloudFormation/SAM template (YAML or JSON) into a resource graph. Returns undefined
 * when the text parses but is not a template (so a directory scan can skip it quietly).
 */
export function loadCloudFormation(text: string, file: string, inputs: TemplateInputs = {}, options: { force?: boolean } = {}): ScanDocument | undefined {
  const parsed = parseTemplateText(text, file);
  if (parsed.value === undefined) {
    return { file, format: 'cloudformation', graph: new ResourceGraph([], []), locate: () => undefined, problems: parsed.problems };
  }
  if (!looksLikeTemplate(parsed.value)) {
    if (!options.force) return undefined;
    parsed.problems.push({ level: 'error', file, line: 1, message: 'not a CloudFormation template: no Resources section' });
    return { file, format: 'cloudformation', graph: new ResourceGraph([], []), locate: () => undefined, problems: parsed.problems };
  }
  return templateToDocument(parsed.value, file, inputs, parsed.problems, parsed.positions);
}

export function templateToDocument(
  template: ValueObject,
  file: string,
  inputs: TemplateInputs,
  problems: ScanProblem[] = [],
  positions: WeakMap<object, NodePositions> = new WeakMap(),
): ScanDocument {
  const rawDeclarations = isObject(template.Resources) ? template.Resources : {};
  // SAM resources are read as the CloudFormation resources the transform makes of them.
  const sam = isSamTemplate(template) ? expandSam(template, file, problems) : undefined;
  const samOrigins: ReadonlyMap<string, SamOrigin> = sam?.origins ?? new Map();
  // A deployment that names a stage creates it; that stage is checked as the stage it is.
  const declarationPositions = positions.get(rawDeclarations)?.keys;
  const staged = addDeploymentStages(sam?.resources ?? rawDeclarations, new Set(samOrigins.keys()), file, problems, (id) => declarationPositions?.get(id));
  const declarations = staged.resources;
  const resolver = new IntrinsicResolver(sam || staged.origins.size > 0 ? { ...template, Resources: declarations } : template, inputs, file, problems);
  const origins: ReadonlyMap<string, SamOrigin> = staged.origins.size === 0 ? samOrigins : new Map([...samOrigins, ...staged.origins]);
  const resources: Resource[] = [];
  const edges: Edge[] = [];
  for (const [id, declaration] of Object.entries(declarations)) {
    const position = declarationPositions?.get(origins.get(id)?.samId ?? id);
    if (id.startsWith('Fn::ForEach::')) {
      problems.push({ level: 'warning', file, ...position, message: `${id}: Fn::ForEach is not expanded; its resources are not checked` });
      continue;
    }
    if (!isObject(declaration) || typeof declaration.Type !== 'string') {
      problems.push({ level: 'warning', file, ...position, message: `resource ${id} has no Type` });
      continue;
    }
    // Without the transform CloudFormation refuses a SAM type, and no rule reads one: say so rather than pass it in silence.
    if (!sam && declaration.Type.startsWith('AWS::Serverless::')) {
      problems.push({ level: 'warning', file, ...position, message: `resource ${id} is a SAM resource (${declaration.Type}) but the template does not declare Transform: AWS::Serverless-2016-10-31: CloudFormation refuses it, and it is not checked` });
    }
    const condition = typeof declaration.Condition === 'string' ? resolver.condition(declaration.Condition) : true;
    if (condition === false) continue;
    const resource: Resource = {
      id,
      type: declaration.Type,
      properties: {},
      source: { file, format: 'cloudformation', ...(position ? { position } : {}), ...(inputs.accountId ? { account: inputs.accountId } : {}) },
    };
    if (isUnknown(condition)) resource.conditional = declaration.Condition as string;
    const rawProperties = declaration.Properties ?? {};
    const properties = resolver.resolve(rawProperties, id, edges);
    if (isObject(properties)) resource.properties = properties;
    else if (isUnknown(properties)) resource.unresolved = properties.reason;
    if (isObject(declaration.Metadata)) resource.metadata = declaration.Metadata;
    const dependsOn = Array.isArray(declaration.DependsOn) ? declaration.DependsOn : [declaration.DependsOn];
    for (const target of dependsOn) {
      if (typeof target === 'string') edges.push({ from: id, to: target, kind: 'DependsOn', path: [] });
    }
    resources.push(resource);
  }
  // Attachments whose owner the template does not declare are judged on a partial owner.
  const byId = new Map(resources.map((resource) => [resource.id, resource]));
  const partials = new PartialOwners(byId);
  addPartialOwners(byId, partials, edges, { namedAlike: namedAlike(declarations, resources) });
  // Trails, detectors, hubs and analyzers are the account's: one account resource lists them.
  const accounts = completeAccounts(byId, false);
  edges.push(...accounts.edges);
  const locateDeclared = (resourceId: string, path: PropertyPath): SourcePosition | undefined => {
    const origin = origins.get(resourceId);
    if (origin) return locateGenerated(origin, path);
    const declaration = Object.hasOwn(declarations, resourceId) ? declarations[resourceId] : undefined;
    const start = declarationPositions?.get(resourceId);
    if (!isObject(declaration) || path.length === 0) return start;
    return locateIn(declaration, ['Properties', ...path], positions) ?? start;
  };
  /** A generated resource's property is found where its SAM resource declares it, else at that resource. */
  const locateGenerated = (origin: SamOrigin, path: PropertyPath): SourcePosition | undefined => {
    const declaration = rawDeclarations[origin.samId];
    const start = declarationPositions?.get(origin.samId);
    const [first, ...rest] = path;
    const samPath = first === undefined ? undefined : origin.paths[String(first)];
    if (!isObject(declaration) || samPath === undefined) return start;
    return locateIn(declaration, [...samPath, ...rest], positions) ?? start;
  };
  const locate = accountLocator(accounts, byId, locateDeclared);
  // A template processed by a macro is not yet what CloudFormation will check.
  // A deployment's stage is made of its StageDescription, whose shape is checked on the deployment.
  if (!hasCustomTransform(template)) problems.push(...checkResourceShapes(resources.filter((resource) => !staged.origins.has(resource.id)), file, locate));
  const document: ScanDocument = { file, format: 'cloudformation', graph: new ResourceGraph([...byId.values()], edges, partials.aliases), locate, problems };
  problems.push(...implicitProtocolWarnings(document));
  return document;
}

/** A template-level transform other than AWS's own (SAM, language extensions, include) is a macro. */
function hasCustomTransform(template: ValueObject): boolean {
  const transform = template.Transform;
  const names = Array.isArray(transform) ? transform : transform === undefined ? [] : [transform];
  return names.some((name) => typeof name !== 'string' || !name.startsWith('AWS::'));
}

/**
 * Finds the declared owner an attachment names by the same unresolved expression as the owner's
 * name (`Bucket: !Sub '${AppName}-logs'` and `BucketName: !Sub '${AppName}-logs'`): the same
 * expression has the same value at deployment. Owners are indexed by their raw name expression once.
 */
function namedAlike(declarations: ValueObject, resources: readonly Resource[]): (attachment: Resource, path: PropertyPath, ownerType: string) => Resource | undefined {
  let index: Map<string, Resource> | undefined;
  const rawAt = (id: string, path: PropertyPath): Value | undefined => {
    const declaration = Object.hasOwn(declarations, id) ? declarations[id] : undefined;
    return isObject(declaration) ? getPath(declaration.Properties, path) : undefined;
  };
  return (attachment, path, ownerType) => {
    const raw = rawAt(attachment.id, path);
    if (!isObject(raw) && !Array.isArray(raw)) return undefined;
    if (ownerType === QUEUE) {
      const queue = queueOfStackUrl(raw, resources, (id) => rawAt(id, ['QueueName']));
      if (queue) return queue;
    }
    if (!index) {
      index = new Map();
      for (const resource of resources) {
        const property = nameProperty(resource.type);
        const name = property === undefined ? undefined : rawAt(resource.id, [property]);
        if (isObject(name) || Array.isArray(name)) index.set(`${resource.type}|${JSON.stringify(name)}`, resource);
      }
    }
    return index.get(`${ownerType}|${JSON.stringify(raw)}`);
  };
}

const QUEUE = 'AWS::SQS::Queue';
/**
 * A queue URL of this stack's account and region written over pseudo parameters
 * (`!Sub https://sqs.${AWS::Region}.amazonaws.com/${AWS::AccountId}/orders`): the queue name part.
 */
const STACK_QUEUE_URL = /^https:\/\/sqs\.\$\{AWS::Region\}\.(?:amazonaws\.com|\$\{AWS::URLSuffix\})\/\$\{AWS::AccountId\}\/([^/]+)$/;

/**
 * The declared queue a `!Sub` queue URL of this stack's account and region names: the queue whose
 * QueueName is the URL's literal name part, or is written as `!Sub` of the same text.
 */
function queueOfStackUrl(raw: Value, resources: readonly Resource[], rawQueueName: (id: string) => Value | undefined): Resource | undefined {
  const template = isObject(raw) ? raw['Fn::Sub'] : undefined;
  if (typeof template !== 'string') return undefined;
  const name = STACK_QUEUE_URL.exec(template)?.[1];
  if (name === undefined) return undefined;
  const literal = !name.includes('${');
  return resources.find((resource) => {
    if (resource.type !== QUEUE) return false;
    if (literal) return resource.properties.QueueName === name;
    const written = rawQueueName(resource.id);
    return isObject(written) && written['Fn::Sub'] === name;
  });
}

/** Walks raw template data along a path; stops at an intrinsic, which stands for all below it. */
function locateIn(root: Value, path: PropertyPath, positions: WeakMap<object, NodePositions>): SourcePosition | undefined {
  let current: Value | undefined = root;
  let found: SourcePosition | undefined;
  for (const segment of path) {
    if (current === null || typeof current !== 'object' || isUnknown(current)) break;
    const nodePositions = positions.get(current);
    if (isObject(current)) {
      if (isIntrinsic(current)) break;
      const key = String(segment);
      if (!(key in current)) break;
      found = nodePositions?.keys?.get(key) ?? found;
      current = current[key];
    } else if (Array.isArray(current)) {
      if (typeof segment !== 'number' || segment >= current.length) break;
      found = nodePositions?.items?.[segment] ?? found;
      current = current[segment];
    }
  }
  return found;
}

/**
 * Turns a document into an update from `previous` (the template before the change): a resource
 * the previous document also declares gets action `update` and its previous properties, any
 * other `create`. Change-aware rules compare the two.
 */
export function markChangesFrom(document: ScanDocument, previous: ScanDocument): void {
  for (const resource of document.graph.resources) {
    const before = previous.graph.get(resource.id);
    resource.action = before ? 'update' : 'create';
    if (before) resource.previous = before.properties;
  }
}
