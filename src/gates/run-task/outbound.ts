/**
 * Outbound requests of the run task: only to hosts the operator allowed, so a signed-but-hostile
 * payload cannot turn the server into an SSRF proxy. Redirects are followed by hand, each hop
 * checked again; the bearer token never goes to another host than the one it was sent to.
 */
import { isHeaderSafeToken } from './protocol.js';

/** `host` or `host:port`; without a port only the scheme's default port matches. */
export interface OutboundPolicy {
  /** Where callbacks, plan JSON and configuration downloads may go. */
  apiHosts: readonly string[];
  /** Allowed only as redirect targets (the plan JSON's temporary download URL, §B.5). */
  redirectHosts: readonly string[];
}

export const DEFAULT_API_HOSTS = ['app.terraform.io'];
/**
 * HCP Terraform answers the plan JSON request with a 307 to a one-minute download URL (§B.5); the
 * protocol reference does not name its host, HCP Terraform serves those from archivist.terraform.io.
 */
export const DEFAULT_REDIRECT_HOSTS = ['archivist.terraform.io'];

/** The policy from the environment: `TOSEI_TFE_HOSTS` and `TOSEI_TFE_REDIRECT_HOSTS` add comma-separated `host[:port]`s. */
export function policyFromEnv(env: Record<string, string | undefined>): OutboundPolicy {
  const list = (value: string | undefined): string[] =>
    (value ?? '')
      .split(',')
      .map((entry) => entry.trim().toLowerCase())
      .filter(Boolean);
  const extra = list(env.TOSEI_TFE_HOSTS);
  for (const host of [...extra, ...list(env.TOSEI_TFE_REDIRECT_HOSTS)]) {
    if (!/^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/.test(host)) throw new Error(`TOSEI_TFE_HOSTS: "${host}" is not host or host:port`);
  }
  // A host added for the API (a Terraform Enterprise install) also serves its own downloads.
  return { apiHosts: [...DEFAULT_API_HOSTS, ...extra], redirectHosts: [...DEFAULT_REDIRECT_HOSTS, ...list(env.TOSEI_TFE_REDIRECT_HOSTS)] };
}

export class OutboundRefused extends Error {}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

function hostMatches(url: URL, entry: string): boolean {
  const defaultPort = url.protocol === 'https:' ? '443' : '80';
  const port = url.port || defaultPort;
  const separator = entry.lastIndexOf(':');
  const hasPort = separator > entry.lastIndexOf(']') && separator > 0;
  const host = hasPort ? entry.slice(0, separator) : entry;
  const entryPort = hasPort ? entry.slice(separator + 1) : defaultPort;
  return url.hostname.toLowerCase() === host && port === entryPort;
}

/** The URL if the policy allows it; throws OutboundRefused naming the reason (never the URL's query, which may hold a token). */
export function checkUrl(raw: string, hosts: readonly string[]): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new OutboundRefused('not a valid URL');
  }
  const where = `${url.protocol}//${url.host}`;
  if (url.username || url.password) throw new OutboundRefused(`${where}: URLs with credentials are refused`);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
    throw new OutboundRefused(`${where}: only https is allowed (plain http only to loopback hosts)`);
  }
  if (!hosts.some((entry) => hostMatches(url, entry))) {
    throw new OutboundRefused(`${url.host} is not an allowed host (allowed: ${hosts.join(', ')}; add it to TOSEI_TFE_HOSTS)`);
  }
  return url;
}

export interface FetchOptions {
  method?: 'GET' | 'PATCH';
  token: string;
  headers?: Record<string, string>;
  body?: string;
  /** Refuse a response body above this many bytes. */
  maxBytes: number;
  timeoutMs: number;
  maxRedirects?: number;
  /** Aborts the request (the server is stopping). */
  signal?: AbortSignal;
}

export interface FetchedBody {
  status: number;
  body: Buffer;
}

/** A request under the policy: redirects followed by hand (GET only), the bearer token only for the first host. */
export async function fetchAllowed(raw: string, policy: OutboundPolicy, options: FetchOptions): Promise<FetchedBody> {
  let url = checkUrl(raw, policy.apiHosts);
  if (!isHeaderSafeToken(options.token)) throw new OutboundRefused('the access token holds a character that is not allowed in an HTTP header');
  const origin = url.host;
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  for (let hop = 0; ; hop += 1) {
    const headers: Record<string, string> = { ...options.headers };
    if (url.host === origin) headers.authorization = `Bearer ${options.token}`;
    const response = await fetch(url, { method: options.method ?? 'GET', headers, body: options.body ?? null, redirect: 'manual', signal });
    if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
      await response.body?.cancel();
      if (options.method === 'PATCH') throw new OutboundRefused(`unexpected redirect ${response.status} on PATCH`);
      if (hop >= (options.maxRedirects ?? 3)) throw new OutboundRefused('too many redirects');
      url = checkUrl(new URL(response.headers.get('location') as string, url).toString(), [...policy.apiHosts, ...policy.redirectHosts]);
      continue;
    }
    return { status: response.status, body: await readLimited(response, options.maxBytes) };
  }
}

/** Reads a response body, refusing it as soon as it passes `maxBytes`. */
export async function readLimited(response: Response, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new OutboundRefused(`response of ${declared} bytes is larger than the ${maxBytes}-byte limit`);
  }
  if (!response.body) return Buffer.alloc(0);
  return collectLimited(response.body as unknown as AsyncIterable<Uint8Array>, maxBytes, () => new OutboundRefused(`response is larger than the ${maxBytes}-byte limit`));
}

/** Concatenates a byte stream, throwing `tooLarge()` as soon as it passes `maxBytes` (leaving the loop early destroys the stream). */
export async function collectLimited(source: AsyncIterable<Uint8Array>, maxBytes: number, tooLarge: () => Error): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of source) {
    total += chunk.byteLength;
    if (total > maxBytes) throw tooLarge();
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}
