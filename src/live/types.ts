import type { ScanProblem } from '../model/evaluation.js';
import type { Properties, Value, ValueObject } from '../model/value.js';
import { MALFORMED } from '../model/malformed.js';
import { unknown, type Unknown } from '../model/unknown.js';
import type { ServiceClients } from './clients.js';
import type { Limiter } from './limiter.js';

/** One resource as read from an account, CloudFormation-shaped. */
export interface LiveResource {
  type: string;
  /** Cloud Control's primary identifier: VpcId, GroupId, flow log id, bucket name, queue URL, ... */
  id: string;
  properties: Properties;
  arn?: string;
  /** Other values that name the resource in references (its ARN is added automatically). */
  aliases?: string[];
  /** Facts that are not properties (IAM credential usage), for live-only rules. */
  observed?: Properties;
  /** Why the properties could not be read at all: every rule then says INSUFFICIENT_DATA. */
  unresolved?: string;
}

/** What a reader needs for one account and region. */
export interface ReadContext {
  clients: ServiceClients;
  accountId: string;
  region: string;
  /** Bounds the calls in flight across the whole scan. */
  limit: Limiter;
  /** A problem that leaves the rest of the read usable (e.g. a bucket whose policy is unreadable). */
  report(problem: Omit<ScanProblem, 'file'>): void;
  /** Waits between polls (the credential report); injectable so tests run fast. */
  sleep?: (ms: number) => Promise<void>;
}

/** Reads one CloudFormation type (and the resources that come with it) from an account. */
export interface TypeReader {
  type: string;
  /** Every resource of the type in the region. */
  list(context: ReadContext): Promise<LiveResource[]>;
  /**
   * The resource named by `identifier`, with what rules need beside it (a VPC's flow logs, a
   * queue's policy); empty when it does not exist.
   */
  get(context: ReadContext, identifier: string): Promise<LiveResource[]>;
}

/** An SDK output as a model value: undefined members dropped, dates as ISO-8601 strings. */
export function toValue(input: unknown): Value | undefined {
  if (input === undefined) return undefined;
  if (input === null || typeof input === 'string' || typeof input === 'number' || typeof input === 'boolean') return input;
  if (input instanceof Date) return isoText(input);
  if (Array.isArray(input)) return input.map(toValue).filter((item): item is Value => item !== undefined);
  if (typeof input === 'object') {
    const object: ValueObject = {};
    for (const [key, child] of Object.entries(input)) {
      const value = toValue(child);
      if (value === undefined) continue;
      // JSON may name a member `__proto__`: keep it as data, never as the object's prototype.
      if (key === '__proto__') Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
      else object[key] = value;
    }
    return object;
  }
  return String(input);
}

/** A date as ISO-8601 text; a date that is no time at all (an SDK could not parse the service's text) is malformed, never a throw. */
export function isoText(date: Date): string | Unknown {
  return Number.isNaN(date.getTime()) ? unknown(`${MALFORMED}a date AWS returned is not a valid time`) : date.toISOString();
}

/** Properties from named SDK fields, undefined ones left out. */
export function properties(fields: Record<string, unknown>): Properties {
  return toValue(fields) as Properties;
}

/** `aws`, `aws-cn` or `aws-us-gov`, from the region name. */
export function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

/**
 * Every page of a paginated call: `fetch` gets the previous page's token. A service that returns
 * the same token twice would loop forever, so that ends the listing with an error.
 */
export async function allPages<T>(fetch: (token: string | undefined) => Promise<{ items: readonly T[] | undefined; next: string | undefined }>): Promise<T[]> {
  const items: T[] = [];
  const seen = new Set<string>();
  let token: string | undefined;
  do {
    const page = await fetch(token);
    items.push(...(page.items ?? []));
    token = page.next || undefined;
    if (token !== undefined) {
      if (seen.has(token)) throw new Error(`pagination token repeated (${token.slice(0, 40)})`);
      seen.add(token);
    }
  } while (token !== undefined);
  return items;
}
