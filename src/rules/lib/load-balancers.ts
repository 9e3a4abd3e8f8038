import type { ResourceGraph } from '../../model/graph.js';
import type { PropertyPath, Resource } from '../../model/resource.js';
import { isUnknown, unknown, type Unknown } from '../../model/unknown.js';
import { isObject, type Value } from '../../model/value.js';
import { stringSetting } from './settings.js';

/**
 * Elastic Load Balancing v2 (`AWS::ElasticLoadBalancingV2::LoadBalancer`): its type, its
 * `LoadBalancerAttributes` key/value pairs, and the listeners that point at it, indexed once per
 * graph.
 */

export const LOAD_BALANCER_V2 = 'AWS::ElasticLoadBalancingV2::LoadBalancer';
export const LISTENER_V2 = 'AWS::ElasticLoadBalancingV2::Listener';
export const CLASSIC_LOAD_BALANCER = 'AWS::ElasticLoadBalancing::LoadBalancer';

/** The types Elastic Load Balancing v2 creates; any other `Type` is rejected, so it is no type a rule may skip. */
const LOAD_BALANCER_TYPES = ['application', 'network', 'gateway'];

/** `application` (CloudFormation's default when `Type` is absent), `network`, `gateway`, or an Unknown (not known yet, or malformed). */
export function loadBalancerType(balancer: Resource): string | Unknown {
  const type = stringSetting(balancer, ['Type'], 'application') ?? 'application';
  if (isUnknown(type)) return type;
  const name = type.toLowerCase();
  return LOAD_BALANCER_TYPES.includes(name) ? name : unknown(`malformed: ${balancer.id} Type should be one of ${LOAD_BALANCER_TYPES.join(', ')}, not ${JSON.stringify(type)}`);
}

/** An attribute's value as the API gives it (text), where it was written, or how it is not known. */
export interface AttributeValue {
  /** The value, undefined when the attribute is not written (the service default applies). */
  value: string | Unknown | undefined;
  /** `['LoadBalancerAttributes', i, 'Value']` when written, else `[]`. */
  path: PropertyPath;
}

/**
 * One attribute of `LoadBalancerAttributes`. An entry whose key is not known may be this one, so
 * the attribute is then unknown unless a later entry with the literal key sets it.
 */
export function loadBalancerAttribute(balancer: Resource, key: string): AttributeValue {
  const attributes = balancer.properties.LoadBalancerAttributes;
  if (attributes === undefined || attributes === null) return { value: undefined, path: [] };
  if (isUnknown(attributes)) return { value: attributes, path: ['LoadBalancerAttributes'] };
  if (!Array.isArray(attributes)) return { value: malformed(balancer, 'LoadBalancerAttributes', 'a list of { Key, Value }', attributes), path: ['LoadBalancerAttributes'] };
  let found: AttributeValue = { value: undefined, path: [] };
  attributes.forEach((entry, index) => {
    const at: PropertyPath = ['LoadBalancerAttributes', index];
    if (isUnknown(entry)) {
      found = { value: entry, path: at };
      return;
    }
    if (!isObject(entry)) {
      found = { value: malformed(balancer, `LoadBalancerAttributes.${index}`, 'a { Key, Value } pair', entry), path: at };
      return;
    }
    const entryKey = entry.Key;
    if (isUnknown(entryKey)) {
      found = { value: unknown(`the key of LoadBalancerAttributes entry ${index} is ${entryKey.reason}`), path: at };
      return;
    }
    if (entryKey !== key) return;
    found = { value: text(balancer, index, entry.Value), path: [...at, 'Value'] };
  });
  return found;
}

function text(balancer: Resource, index: number, value: Value | undefined): string | Unknown | undefined {
  if (value === undefined || value === null) return undefined;
  if (isUnknown(value)) return value;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  return malformed(balancer, `LoadBalancerAttributes.${index}.Value`, 'a string', value);
}

function malformed(resource: Resource, where: string, expected: string, value: Value): Unknown {
  return unknown(`malformed: ${resource.id} ${where} should be ${expected}, not ${JSON.stringify(value)}`);
}

/**
 * A boolean attribute (`deletion_protection.enabled`): `"true"`/`"false"` in any case, the
 * service's `fallback` when not written, an Unknown (malformed) for any other text.
 */
export function booleanAttribute(balancer: Resource, key: string, fallback: boolean): { value: boolean | Unknown; path: PropertyPath; written: boolean } {
  const { value, path } = loadBalancerAttribute(balancer, key);
  if (value === undefined) return { value: fallback, path, written: false };
  if (isUnknown(value)) return { value, path, written: true };
  if (/^(true|false)$/i.test(value.trim())) return { value: value.trim().toLowerCase() === 'true', path, written: true };
  return { value: unknown(`malformed: ${balancer.id} attribute ${key} should be "true" or "false", not ${JSON.stringify(value)}`), path, written: true };
}

/** The listeners of the document by the load balancer they point at, and those whose load balancer can not be told. */
interface ListenerIndex {
  byBalancer: Map<string, Resource[]>;
  undecided: Resource[];
}

const DATA_SOURCE = /(^|\.)data\./;

function buildListenerIndex(graph: ResourceGraph): ListenerIndex {
  const index: ListenerIndex = { byBalancer: new Map(), undecided: [] };
  for (const listener of graph.ofType(LISTENER_V2)) {
    const reference = listener.properties.LoadBalancerArn;
    const target = listener.unresolved ? undefined : graph.target(reference);
    if (target?.type === LOAD_BALANCER_V2) {
      const list = index.byBalancer.get(target.id);
      if (list) list.push(listener);
      else index.byBalancer.set(target.id, [listener]);
    } else if (listener.unresolved || (isUnknown(reference) && !(reference.ref && (graph.get(reference.ref.resource) || DATA_SOURCE.test(reference.ref.resource))))) {
      // A load balancer named by a value known only at deployment may be any of the document's.
      index.undecided.push(listener);
    }
    // A literal ARN of no load balancer in the document, a reference to another resource type, or a
    // Terraform data source (which reads an existing load balancer) names one elsewhere.
  }
  return index;
}

/** What is known of a load balancer's listeners: those pointing at it, and whether others may. */
export interface Listeners {
  listeners: readonly Resource[];
  /** Why another listener of the document may also belong to it (its LoadBalancerArn is not known). */
  maybeMore?: string;
}

export function listenersOf(balancer: Resource, graph: ResourceGraph): Listeners {
  const index = graph.memo('load-balancers/listeners-by-balancer', buildListenerIndex);
  const listeners = index.byBalancer.get(balancer.id) ?? [];
  const other = index.undecided[0];
  if (other === undefined) return { listeners };
  const reason = other.unresolved ?? `its LoadBalancerArn is ${(other.properties.LoadBalancerArn as Unknown).reason}`;
  return { listeners, maybeMore: `listener ${other.id} may belong to it (${reason})` };
}

/** One entry of a classic load balancer's `Listeners`. */
export interface ClassicListener {
  index: number;
  /** `Protocol` upper-cased (HTTP, HTTPS, TCP, SSL), or an Unknown. */
  protocol: string | Unknown | undefined;
  port: Value | undefined;
  certificate: Value | undefined;
  policyNames: Value | undefined;
}

/** A classic load balancer's listeners; an Unknown when the list is not known (or malformed). */
export function classicListeners(balancer: Resource): ClassicListener[] | Unknown {
  const listeners = balancer.properties.Listeners;
  if (listeners === undefined || listeners === null) return [];
  if (isUnknown(listeners)) return listeners;
  if (!Array.isArray(listeners)) return malformed(balancer, 'Listeners', 'a list', listeners);
  return listeners.map((entry, index) => {
    if (isUnknown(entry)) return { index, protocol: entry, port: entry, certificate: entry, policyNames: entry };
    if (!isObject(entry)) {
      const broken = malformed(balancer, `Listeners.${index}`, 'a listener', entry);
      return { index, protocol: broken, port: broken, certificate: broken, policyNames: broken };
    }
    const protocol = entry.Protocol;
    return {
      index,
      protocol: typeof protocol === 'string' ? protocol.toUpperCase() : isUnknown(protocol) || protocol === undefined || protocol === null ? (protocol ?? undefined) : malformed(balancer, `Listeners.${index}.Protocol`, 'a string', protocol),
      port: entry.LoadBalancerPort ?? undefined,
      certificate: entry.SSLCertificateId ?? undefined,
      policyNames: entry.PolicyNames ?? undefined,
    };
  });
}
