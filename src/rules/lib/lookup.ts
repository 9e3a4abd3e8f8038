import type { ResourceGraph } from '../../model/graph.js';
import type { Resource } from '../../model/resource.js';

/**
 * Per-graph indexes for "which resources name this one literally" questions (a policy's `Users:
 * [alice]`, a queue policy's URL, a group's `GroupName`), built once per graph so a rule asking
 * them of every resource stays linear.
 */

/** How a literal becomes an index key: itself, or a part of it (the queue name of a queue URL). */
export interface LiteralKey {
  /** Names the transformation in the per-graph cache. */
  readonly id: string;
  of(literal: string): string | undefined;
}

const ITSELF: LiteralKey = { id: 'itself', of: (literal) => literal };

/** The last path segment of a URL or path (`https://sqs.../123/orders` → `orders`). */
export const LAST_PATH_SEGMENT: LiteralKey = { id: 'last-path-segment', of: (literal) => literal.slice(literal.lastIndexOf('/') + 1) || undefined };

/**
 * Resources of `type` by each literal string their `property` holds (the string itself, or each
 * string of a list), in graph order, keyed by `key` of the literal.
 */
export function byLiteral(graph: ResourceGraph, type: string, property: string, key: LiteralKey = ITSELF): ReadonlyMap<string, readonly Resource[]> {
  return graph.memoFor(key === ITSELF ? 'lookup:literal:itself' : `lookup:literal:${key.id}`, type, property, () => {
    const index = new Map<string, Resource[]>();
    for (const resource of graph.ofType(type)) {
      const value = resource.properties[property];
      for (const item of Array.isArray(value) ? value : [value]) {
        const name = typeof item === 'string' ? key.of(item) : undefined;
        if (name === undefined) continue;
        const list = index.get(name);
        if (!list) index.set(name, [resource]);
        else if (list[list.length - 1] !== resource) list.push(resource);
      }
    }
    return index;
  });
}

/** The first resource of `type` whose `property` is the literal `value`. */
export function firstNamed(graph: ResourceGraph, type: string, property: string, value: string): Resource | undefined {
  return byLiteral(graph, type, property).get(value)?.[0];
}

/** Resources without duplicates, in the order the graph lists them (so results do not depend on how they were found). */
export function inGraphOrder(graph: ResourceGraph, resources: Iterable<Resource>): Resource[] {
  const positions = graph.memo('lookup:positions', () => new Map(graph.resources.map((resource, index) => [resource, index])));
  return [...new Set(resources)].sort((a, b) => (positions.get(a) ?? 0) - (positions.get(b) ?? 0));
}
