import type { Edge, PropertyPath, Resource } from './resource.js';
import { isUnknown } from './unknown.js';
import { isObject, type Value } from './value.js';

/**
 * The resources of one document (a template, a plan, an account snapshot) and the references
 * between them. Rules use it for cross-resource questions such as "which flow logs target
 * this VPC" — asked the same way whatever the input was.
 */
export class ResourceGraph {
  readonly resources: readonly Resource[];
  readonly edges: readonly Edge[];
  private readonly byId = new Map<string, Resource>();
  private readonly byType = new Map<string, Resource[]>();
  private readonly incoming = new Map<string, Edge[]>();
  private readonly outgoing = new Map<string, Edge[]>();

  /**
   * @param aliases physical ids and ARNs the input already knows (a plan's existing
   * resources, a live account), by resource id: a literal `vpc-0abc` finds its VPC too.
   */
  constructor(
    resources: readonly Resource[],
    edges: readonly Edge[],
    private readonly aliases: ReadonlyMap<string, string> = new Map(),
  ) {
    this.resources = resources;
    this.edges = edges;
    for (const resource of resources) {
      this.byId.set(resource.id, resource);
      const list = this.byType.get(resource.type);
      if (list) list.push(resource);
      else this.byType.set(resource.type, [resource]);
    }
    for (const edge of edges) {
      push(this.incoming, edge.to, edge);
      push(this.outgoing, edge.from, edge);
    }
  }

  private readonly derived = new Map<string, unknown>();

  /**
   * A value derived from the whole graph, computed once per graph (e.g. an index of flow logs
   * by the VPC they target), so a rule asking it of every resource stays linear.
   */
  memo<T>(key: string, build: (graph: ResourceGraph) => T): T {
    const found = this.derived.get(key);
    if (found !== undefined || this.derived.has(key)) return found as T;
    const built = build(this);
    this.derived.set(key, built);
    return built;
  }

  /**
   * memo for a family of values told apart by two strings (a resource type and a property): the
   * per-call key text a template literal would make costs more to hash than the lookup itself,
   * and rules ask these of every resource.
   */
  memoFor<T>(family: string, first: string, second: string, build: (graph: ResourceGraph) => T): T {
    const byFirst = this.memo(family, () => new Map<string, Map<string, T>>());
    let bySecond = byFirst.get(first);
    if (!bySecond) byFirst.set(first, (bySecond = new Map()));
    if (bySecond.has(second)) return bySecond.get(second) as T;
    const built = build(this);
    bySecond.set(second, built);
    return built;
  }

  get(id: string): Resource | undefined {
    return this.byId.get(id);
  }

  ofType(type: string): readonly Resource[] {
    return this.byType.get(type) ?? [];
  }

  /** Edges pointing at `id` (who refers to this resource). */
  referencesTo(id: string): readonly Edge[] {
    return this.incoming.get(id) ?? [];
  }

  /** Edges leaving `id` (what this resource refers to). */
  referencesFrom(id: string): readonly Edge[] {
    return this.outgoing.get(id) ?? [];
  }

  /**
   * Resources of `type` that refer to `id` (optionally only at a property path prefix), in edge
   * order. One index per type and property answers every id: a security group that ten thousand
   * instances name is asked once per instance, and each answer costs only what it returns.
   */
  referrers(id: string, type: string, propertyName?: string): Resource[] {
    const index = this.memoFor('graph:referrers', type, propertyName ?? '*', () => this.referrerIndex(type, propertyName));
    const found = index.get(id);
    return found ? [...found] : [];
  }

  private referrerIndex(type: string, propertyName: string | undefined): Map<string, Resource[]> {
    const index = new Map<string, Resource[]>();
    const seen = new Set<string>();
    for (const edge of this.edges) {
      if (propertyName !== undefined && edge.path[0] !== propertyName) continue;
      const from = this.byId.get(edge.from);
      if (!from || from.type !== type) continue;
      // A resource that names the same one twice (two properties, or a list) is one referrer.
      const pair = `${edge.to}\u0000${edge.from}`;
      if (seen.has(pair)) continue;
      seen.add(pair);
      const list = index.get(edge.to);
      if (list) list.push(from);
      else index.set(edge.to, [from]);
    }
    return index;
  }

  /**
   * The resource a value points at, when the value is a reference (`Ref`, `Fn::GetAtt`,
   * a Terraform reference) or a known physical id of a resource in the graph, else undefined.
   */
  target(value: Value | undefined): Resource | undefined {
    if (isUnknown(value) && value.ref) {
      // A reference to something the graph knows under another id (a data source reading a partial owner).
      const id = this.byId.has(value.ref.resource) ? value.ref.resource : this.aliases.get(value.ref.resource);
      return id === undefined ? undefined : this.byId.get(id);
    }
    if (typeof value === 'string') {
      const id = this.aliases.get(value);
      return id === undefined ? undefined : this.byId.get(id);
    }
    return undefined;
  }
}

function push(map: Map<string, Edge[]>, key: string, edge: Edge): void {
  const list = map.get(key);
  if (list) list.push(edge);
  else map.set(key, [edge]);
}

/**
 * Edges for the references inside `value` (a property of resource `from`): references to other
 * resources (`Unknown` with a `ref`) and literal physical ids or ARNs that `aliases` maps to a
 * resource id (a plan's existing resources, a live account's `vpc-0abc`).
 */
export function collectEdges(
  from: string,
  value: Value,
  path: PropertyPath,
  resources: ReadonlyMap<string, Resource>,
  aliases: ReadonlyMap<string, string>,
  edges: Edge[],
): void {
  // One path stack for the whole walk, copied only when an edge keeps it: a plan's properties
  // have millions of nodes and few references.
  walkEdges(from, value, [...path], resources, aliases, edges);
}

function walkEdges(from: string, value: Value, path: (string | number)[], resources: ReadonlyMap<string, Resource>, aliases: ReadonlyMap<string, string>, edges: Edge[]): void {
  if (isUnknown(value)) {
    const ref = value.ref;
    const to = !ref ? undefined : resources.has(ref.resource) ? ref.resource : aliases.get(ref.resource);
    if (ref && to !== undefined && to !== from) {
      const edge: Edge = { from, to, kind: 'Reference', path: [...path] };
      if (ref.attribute) edge.attribute = ref.attribute;
      edges.push(edge);
    }
    return;
  }
  if (typeof value === 'string') {
    const target = aliases.get(value);
    if (target && target !== from) edges.push({ from, to: target, kind: 'Reference', path: [...path] });
    return;
  }
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      path.push(index);
      walkEdges(from, value[index] as Value, path, resources, aliases, edges);
      path.pop();
    }
  } else if (isObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      path.push(key);
      walkEdges(from, child, path, resources, aliases, edges);
      path.pop();
    }
  }
}
