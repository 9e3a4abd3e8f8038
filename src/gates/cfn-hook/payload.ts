// Stack and change-set payloads: fetched from the presigned S3 URL of the request (protocols.md §A.2.2, §A.2.3).
import { isRecord } from './protocol.js';

export interface PayloadFetchOptions {
  /**
   * Also allow http(s) on loopback hosts (127.0.0.0/8, localhost, [::1]). For tests and `tosei hook invoke`
   * only: it is an option of the handler (`TOSEI_HOOK_ALLOW_LOOPBACK=1`), never something a request can ask for.
   */
  allowLoopback?: boolean;
  /** Largest payload accepted, in bytes. */
  maxBytes?: number;
  /** Time allowed for the whole fetch, retries included, in milliseconds. */
  timeoutMs?: number;
}

/** A CloudFormation template is at most 1 MB; a change-set payload adds the changed resources' contexts. */
export const DEFAULT_MAX_PAYLOAD_BYTES = 16 * 1024 * 1024;
/** Hooks wait 30 s for the whole invocation (§A.2.6); the Python plugin gives the fetch 10 s (§A.2.2). */
export const DEFAULT_PAYLOAD_TIMEOUT_MS = 10_000;
/** The Python plugin retries these statuses (§A.2.2); so do we, within the timeout. */
const RETRIED_STATUSES = new Set([500, 502, 503, 504]);
const MAX_ATTEMPTS = 3;

/**
 * The payload could not be fetched or read; the hook answers InternalFailure (fail closed) or, when the failure may
 * pass (`transient`: a timeout, a network error, a 5xx) and CloudFormation has calls left, IN_PROGRESS to be called
 * back.
 */
export class PayloadError extends Error {
  constructor(
    message: string,
    readonly transient = false,
  ) {
    super(message);
  }
}

/**
 * Checks a payload URL before any request: https on an Amazon S3 host (`*.amazonaws.com`, `*.amazonaws.com.cn`),
 * or a loopback host when the handler allows it. Returns the parsed URL.
 */
export function checkPayloadUrl(text: string, allowLoopback = false): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new PayloadError('the payload URL is not a valid URL');
  }
  const host = url.hostname.toLowerCase();
  if (allowLoopback && isLoopback(host) && (url.protocol === 'http:' || url.protocol === 'https:')) return url;
  if (!/^[a-z0-9.-]+\.amazonaws\.com(\.cn)?$/.test(host)) throw new PayloadError(`the payload URL host ${host || '(none)'} is not an Amazon S3 host`);
  if (url.protocol !== 'https:') throw new PayloadError(`the payload URL must use https, not ${url.protocol.replace(':', '')}`);
  if (url.username || url.password) throw new PayloadError('the payload URL must not carry credentials');
  return url;
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * GETs the payload (a plain GET, no auth headers: the URL is presigned, §A.2.2) and parses it as JSON. Redirects
 * are not followed; the body is cut off at `maxBytes`. Error messages name the
 * host, never the URL: its query string is a signature.
 */
export async function fetchPayload(text: string, options: PayloadFetchOptions = {}): Promise<unknown> {
  const url = checkPayloadUrl(text, options.allowLoopback);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_PAYLOAD_BYTES;
  const signal = AbortSignal.timeout(options.timeoutMs ?? DEFAULT_PAYLOAD_TIMEOUT_MS);
  let lastProblem = '';
  let transient = true;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    let response: Response;
    try {
      // A redirect is an answer, not followed: it could lead off the allowed hosts.
      response = await fetch(url, { redirect: 'manual', signal });
    } catch (error) {
      if (signal.aborted) throw new PayloadError(`fetching the payload from ${url.host} timed out`, true);
      lastProblem = `fetching the payload from ${url.host} failed: ${causeOf(error)}`;
      continue;
    }
    if (response.ok) return parsePayloadJson(await readLimited(response, maxBytes, url.host));
    await response.body?.cancel();
    lastProblem = `fetching the payload from ${url.host} failed: HTTP ${response.status}${response.status >= 300 && response.status < 400 ? ' (redirects are not followed)' : ''}`;
    if (!RETRIED_STATUSES.has(response.status)) {
      transient = false;
      break;
    }
    await delay(100 * attempt, signal);
  }
  throw new PayloadError(lastProblem, transient);
}

async function readLimited(response: Response, maxBytes: number, host: string): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  const tooLarge = () => new PayloadError(`the payload from ${host} is larger than the ${maxBytes}-byte limit`);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      let chunk: Awaited<ReturnType<typeof reader.read>>;
      try {
        chunk = await reader.read();
      } catch (error) {
        throw new PayloadError(`reading the payload from ${host} failed: ${causeOf(error)}`);
      }
      if (chunk.done) break;
      size += chunk.value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw tooLarge();
      }
      chunks.push(chunk.value);
    }
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parsePayloadJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new PayloadError(`the payload is not JSON: ${(error as Error).message}`);
  }
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}

function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  return cause?.code ?? cause?.message ?? (error as Error)?.message ?? String(error);
}

/** One entry of a change set's `changedResources` (§A.2.3), or of the Java `ChangedResources` (§A.5). */
export interface ChangedResource {
  action: 'CREATE' | 'UPDATE' | 'DELETE';
  logicalResourceId: string;
  resourceType: string;
  lineNumber?: number;
  /** The properties after / before the change, as given: every boolean and number is a string (§A.2.3). */
  after?: Record<string, unknown>;
  before?: Record<string, unknown>;
}

export interface StackPayload {
  /** The template text (JSON or YAML) or, from a §A.5 handler request, the template object. */
  template?: string | Record<string, unknown>;
  previousTemplate?: string | Record<string, unknown>;
  changedResources: ChangedResource[];
}

/**
 * Reads a stack or change-set payload object. Keys are camelCase in the Lambda-hook doc and PascalCase in the
 * Java target model (§A.2.2: "accept both casings"). Throws PayloadError naming the bad field.
 */
export function readStackPayload(data: unknown): StackPayload {
  if (!isRecord(data)) throw new PayloadError('the payload must be a JSON object with a template');
  const pick = (camel: string) => data[camel] ?? data[camel.charAt(0).toUpperCase() + camel.slice(1)];
  const payload: StackPayload = { changedResources: [] };
  const template = templateField(pick('template'), 'template');
  if (template !== undefined) payload.template = template;
  const previous = templateField(pick('previousTemplate'), 'previousTemplate');
  if (previous !== undefined) payload.previousTemplate = previous;
  const changed = pick('changedResources');
  if (changed !== undefined && changed !== null) {
    if (!Array.isArray(changed)) throw new PayloadError('changedResources must be a list');
    payload.changedResources = changed.map((entry, index) => readChangedResource(entry, index));
  }
  return payload;
}

function templateField(value: unknown, name: string): string | Record<string, unknown> | undefined {
  // §A.2.2: empty on delete-stack (and previousTemplate on create).
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string' || isRecord(value)) return value;
  throw new PayloadError(`${name} must be the template text, got ${Array.isArray(value) ? 'a list' : typeof value}`);
}

function readChangedResource(entry: unknown, index: number): ChangedResource {
  const at = `changedResources[${index}]`;
  if (!isRecord(entry)) throw new PayloadError(`${at} must be an object`);
  const field = (camel: string) => entry[camel] ?? entry[camel.charAt(0).toUpperCase() + camel.slice(1)];
  const action = field('action');
  if (action !== 'CREATE' && action !== 'UPDATE' && action !== 'DELETE') throw new PayloadError(`${at}.action must be CREATE, UPDATE or DELETE`);
  const logicalResourceId = field('logicalResourceId');
  const resourceType = field('resourceType');
  if (typeof logicalResourceId !== 'string' || logicalResourceId === '') throw new PayloadError(`${at}.logicalResourceId is missing`);
  if (typeof resourceType !== 'string' || resourceType === '') throw new PayloadError(`${at}.resourceType is missing`);
  const change: ChangedResource = { action, logicalResourceId, resourceType };
  const line = field('lineNumber');
  if (typeof line === 'number') change.lineNumber = line;
  // §A.2.3: contexts are JSON strings `{"Properties":{...}}`; the Java model has ResourceProperties instead (§A.5).
  const after = contextProperties(field('afterContext'), `${at}.afterContext`) ?? contextProperties(field('resourceProperties'), `${at}.ResourceProperties`, false);
  const before = contextProperties(field('beforeContext'), `${at}.beforeContext`) ?? contextProperties(field('previousResourceProperties'), `${at}.PreviousResourceProperties`, false);
  if (after) change.after = after;
  if (before) change.before = before;
  return change;
}

function contextProperties(value: unknown, at: string, wrapped = true): Record<string, unknown> | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  let data = value;
  if (typeof value === 'string') {
    try {
      data = JSON.parse(value);
    } catch (error) {
      throw new PayloadError(`${at} is not JSON: ${(error as Error).message}`);
    }
  }
  if (!isRecord(data)) throw new PayloadError(`${at} must be a JSON object`);
  if (!wrapped) return data;
  const properties = data.Properties ?? {};
  if (!isRecord(properties)) throw new PayloadError(`${at}.Properties must be an object`);
  return properties;
}
