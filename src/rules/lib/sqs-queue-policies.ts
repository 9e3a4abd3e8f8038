import type { ResourceGraph } from '../../model/graph.js';
import type { PropertyPath, Resource } from '../../model/resource.js';
import { isUnknown, unknown, type Unknown } from '../../model/unknown.js';
import { toList, type Value } from '../../model/value.js';
import type { Statement } from './policy.js';
import { existence } from './certainty.js';
import { wildcardMatch } from './wildcard.js';
import { byLiteral, inGraphOrder, LAST_PATH_SEGMENT } from './lookup.js';

/** A queue policy resource that applies (or may apply) to a queue. */
export interface QueuePolicyAttachment {
  /** An `AWS::SQS::QueuePolicy` or `AWS::SQS::QueueInlinePolicy`. */
  policy: Resource;
  /**
   * `true` when the policy certainly names the queue; an `Unknown` when its queue list is unknown
   * or the policy is created only under an undecidable `Condition:`.
   */
  applies: true | Unknown;
  /** Path of the policy document inside `policy`. */
  documentPath: PropertyPath;
}

const POLICY_TYPES: readonly { type: string; property: string }[] = [
  { type: 'AWS::SQS::QueuePolicy', property: 'Queues' },
  { type: 'AWS::SQS::QueueInlinePolicy', property: 'Queue' },
];

/**
 * Queue policies attached to a queue: those that refer to it (`Queues: [!Ref Queue]`,
 * `!GetAtt Queue.QueueUrl`) and those that list its URL literally (matched by `QueueName`).
 */
export function queuePolicies(queue: Resource, graph: ResourceGraph): QueuePolicyAttachment[] {
  const name = queue.properties.QueueName;
  const found: QueuePolicyAttachment[] = [];
  for (const { type, property } of POLICY_TYPES) {
    const referring = new Set(graph.referrers(queue.id, type, property));
    // Policies that refer to the queue, and those listing a URL that ends in its name (an index per graph).
    const named = typeof name === 'string' ? (byLiteral(graph, type, property, LAST_PATH_SEGMENT).get(name) ?? []) : [];
    for (const policy of inGraphOrder(graph, [...referring, ...named, ...referencing(graph, type, property).get(queue.id) ?? []])) {
      const queues = toList(policy.properties[property]);
      let applies: true | Unknown | undefined;
      if (isUnknown(queues)) {
        if (queues.ref?.resource === queue.id) applies = true;
        else if (referring.has(policy)) applies = queues;
      } else {
        for (const item of queues) {
          if (isUnknown(item)) {
            if (item.ref?.resource === queue.id) applies = true;
            else if (!item.ref && referring.has(policy)) applies ??= item;
          } else if (typeof item === 'string' && typeof name === 'string' && item.endsWith(`/${name}`)) {
            applies = true;
          }
          if (applies === true) break;
        }
      }
      if (applies === undefined) continue;
      // A policy created only under an undecidable condition may never apply.
      const exists = existence(policy);
      found.push({ policy, applies: applies === true ? exists : applies, documentPath: ['PolicyDocument'] });
    }
  }
  return found;
}

/** Policies of `type` by the resources their `property` refers to through a value (`Ref`, a Terraform reference), once per graph. */
function referencing(graph: ResourceGraph, type: string, property: string): ReadonlyMap<string, readonly Resource[]> {
  return graph.memo(`sqs:referencing:${type}:${property}`, () => {
    const index = new Map<string, Resource[]>();
    for (const policy of graph.ofType(type)) {
      const value = policy.properties[property];
      for (const item of Array.isArray(value) ? value : [value]) {
        if (!isUnknown(item) || !item.ref) continue;
        const list = index.get(item.ref.resource);
        if (!list) index.set(item.ref.resource, [policy]);
        else if (list[list.length - 1] !== policy) list.push(policy);
      }
    }
    return index;
  });
}

/**
 * Whether a statement of a policy attached to the queue concerns it: no `Resource` (or a
 * `NotResource`), `*`, a reference to the queue, or an ARN pattern whose name part matches the
 * queue's `QueueName`. A reference to another resource does not; an ARN when the queue's name is
 * generated, or an unresolved value, is unknown. With the graph, a reference is followed (a data
 * source that reads the queue).
 */
export function statementCoversQueue(statement: Statement, queue: Resource, graph?: ResourceGraph): boolean | Unknown {
  const resources = statement.resources;
  if (resources === undefined) return true;
  if (isUnknown(resources)) return referenceCovers(resources, queue, graph);
  const name = queue.properties.QueueName;
  let undecided: Unknown | undefined;
  for (const resource of resources) {
    const covers = isUnknown(resource) ? referenceCovers(resource, queue, graph) : arnCovers(resource, name);
    if (covers === true) return true;
    if (isUnknown(covers)) undecided ??= covers;
  }
  return undecided ?? false;
}

/** A reference covers the queue it points at (through the graph, when given: a data source reading a partial queue). */
function referenceCovers(value: Unknown, queue: Resource, graph?: ResourceGraph): boolean | Unknown {
  if (!value.ref) return value;
  return value.ref.resource === queue.id || graph?.target(value) === queue;
}

function arnCovers(resource: Value, name: Value | undefined): boolean | Unknown {
  if (typeof resource !== 'string') return false;
  if (resource === '*') return true;
  const parts = resource.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return false;
  const service = parts[2] ?? '';
  if (!wildcardMatch(service, 'sqs', true)) return false;
  const namePattern = parts.slice(5).join(':');
  if (/^[*?]+$/.test(namePattern)) return true;
  if (isUnknown(name)) return name;
  if (typeof name !== 'string') return unknown(`the queue has a generated name, which ${resource} can not be matched with`);
  return wildcardMatch(namePattern, name);
}

