/**
 * A fake AWS endpoint for tests: a real HTTP server on 127.0.0.1 that speaks the services'
 * wire protocols, so the AWS SDK v3 talks to it unchanged through `AWS_ENDPOINT_URL`.
 *
 * - awsJson1_0 / awsJson1_1 (Config, SSM, CloudWatch Logs, …): `POST /` with `X-Amz-Target:
 *   <Prefix>.<Operation>`; the handler's `json` is the response body; errors are
 *   `{ "__type": code, "message": … }` with `x-amzn-ErrorType`.
 * - query / ec2 (IAM, STS, ElastiCache, EC2, …): form-encoded `Action=…&Version=…`; the handler's
 *   `result` (an object, turned into XML element by element) or `xml` (raw inner XML) is wrapped
 *   the way the service does it: `<OpResponse xmlns=…><OpResult>…</OpResult><ResponseMetadata>…`
 *   for query services, `<OpResponse xmlns=…><requestId/>…` for EC2; errors are
 *   `<ErrorResponse><Error><Type/><Code/><Message/></Error>…` (query) or
 *   `<Response><Errors><Error><Code/><Message/>…` (EC2).
 * - anything else (restXml, restJson): register a `route` that answers raw.
 *
 * Which service a request is for comes from its SigV4 credential scope (`…/<region>/<service>/aws4_request`),
 * which the SDK always sends. Every request is recorded for assertions.
 */
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';

export type XmlValue = string | number | boolean | null | undefined | XmlValue[] | { [key: string]: XmlValue };

export interface FakeAwsRequest {
  /** Signing name from the credential scope: `config`, `iam`, `ec2`, `elasticache`, `sts`, … */
  service: string;
  protocol: 'json' | 'query' | 'rest';
  operation: string;
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  /** Parsed JSON body (json protocol). */
  body: unknown;
  /** Form parameters (query protocol), flat as sent: `Filters.member.1.Name`. */
  params: Record<string, string>;
  raw: string;
}

export interface FakeAwsError {
  code: string;
  message?: string;
  /** HTTP status; 400 unless given. */
  status?: number;
  /** Query protocol `<Type>`: `Sender` (default) or `Receiver`. */
  type?: 'Sender' | 'Receiver';
}

export interface FakeAwsResponse {
  /** json protocol: the response body. */
  json?: unknown;
  /** query protocol: the result, as elements. Arrays repeat their key: `{ Users: { member: [a, b] } }`. */
  result?: { [key: string]: XmlValue };
  /** query protocol: raw XML inside the result element. */
  xml?: string;
  error?: FakeAwsError;
  /** rest routes: answer as is. */
  raw?: { status?: number; headers?: Record<string, string>; body?: string };
}

export type FakeAwsHandler = (request: FakeAwsRequest) => FakeAwsResponse | Promise<FakeAwsResponse>;

interface QueryService {
  namespace: string;
  /** EC2 has its own flavour of the query protocol: no Result wrapper, `requestId` first, `<Response><Errors>` errors. */
  ec2?: boolean;
}

/** XML namespaces the services answer in (each service's API version). */
const QUERY_SERVICES: Record<string, QueryService> = {
  ec2: { namespace: 'http://ec2.amazonaws.com/doc/2016-11-15/', ec2: true },
  iam: { namespace: 'https://iam.amazonaws.com/doc/2010-05-08/' },
  sts: { namespace: 'https://sts.amazonaws.com/doc/2011-06-15/' },
  elasticache: { namespace: 'http://elasticache.amazonaws.com/doc/2015-02-02/' },
  sqs: { namespace: 'http://queue.amazonaws.com/doc/2012-11-05/' },
  sns: { namespace: 'http://sns.amazonaws.com/doc/2010-03-31/' },
  rds: { namespace: 'http://rds.amazonaws.com/doc/2014-10-31/' },
  cloudformation: { namespace: 'http://cloudformation.amazonaws.com/doc/2010-05-15/' },
};

/** Largest request body the fake accepts (a real endpoint limits it too). */
const MAX_BODY = 16 * 1024 * 1024;

export class FakeAws {
  /** Every request received, in order. */
  readonly requests: FakeAwsRequest[] = [];
  private readonly handlers = new Map<string, FakeAwsHandler>();
  private readonly routes: { match: (request: FakeAwsRequest) => boolean; handler: FakeAwsHandler }[] = [];
  private server?: Server;
  private requestCounter = 0;
  url = '';

  /** Answers `operation` of `service` (signing name, e.g. `config`, `iam`). A later `on` replaces an earlier one. */
  on(service: string, operation: string, handler: FakeAwsHandler | FakeAwsResponse): this {
    this.handlers.set(`${service}:${operation}`, typeof handler === 'function' ? handler : () => handler);
    return this;
  }

  /**
   * Answers `operation` with the given responses in turn, then the last one again: for
   * pagination (page 1, page 2) and retries (throttled, then OK).
   */
  sequence(service: string, operation: string, responses: (FakeAwsResponse | FakeAwsHandler)[]): this {
    let index = 0;
    return this.on(service, operation, (request) => {
      const next = responses[Math.min(index++, responses.length - 1)];
      if (next === undefined) return { error: { code: 'NoResponse', message: 'empty sequence' } };
      return typeof next === 'function' ? next(request) : next;
    });
  }

  /** A raw route for REST protocols (S3 restXml, Lambda restJson …), tried before the per-operation handlers fail. */
  route(match: (request: FakeAwsRequest) => boolean, handler: FakeAwsHandler): this {
    this.routes.push({ match, handler });
    return this;
  }

  /** Requests for one operation (optionally of one service). */
  calls(operation: string, service?: string): FakeAwsRequest[] {
    return this.requests.filter((request) => request.operation === operation && (service === undefined || request.service === service));
  }

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      this.handle(request, response).catch((error: unknown) => {
        response.statusCode = 500;
        response.end(String((error as Error)?.stack ?? error));
      });
    });
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
    this.server = undefined;
  }

  /** Environment for the SDK (or a child process) to use this server with fake static credentials. */
  env(region = 'us-east-1'): Record<string, string> {
    return {
      AWS_ENDPOINT_URL: this.url,
      AWS_ACCESS_KEY_ID: 'AKIAFAKEFAKEFAKEFAKE',
      AWS_SECRET_ACCESS_KEY: 'fake-secret-access-key',
      AWS_REGION: region,
      AWS_EC2_METADATA_DISABLED: 'true',
    };
  }

  /**
   * Sets `env()` on `process.env` (and removes settings that could send the SDK elsewhere);
   * returns a function that restores the previous values.
   */
  useInProcess(region = 'us-east-1'): () => void {
    const keys = [...Object.keys(this.env(region)), 'AWS_SESSION_TOKEN', 'AWS_PROFILE', 'AWS_CONFIG_FILE', 'AWS_SHARED_CREDENTIALS_FILE'];
    const saved = new Map(keys.map((key) => [key, process.env[key]]));
    for (const key of keys) delete process.env[key];
    Object.assign(process.env, this.env(region));
    // Point the SDK's profile files at nothing so a developer's ~/.aws never leaks into a test.
    process.env.AWS_CONFIG_FILE = '/dev/null';
    process.env.AWS_SHARED_CREDENTIALS_FILE = '/dev/null';
    return () => {
      for (const [key, value] of saved) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    };
  }

  private async handle(incoming: IncomingMessage, response: ServerResponse): Promise<void> {
    const raw = await readBody(incoming);
    if (raw === undefined) {
      response.statusCode = 413;
      response.end();
      return;
    }
    const request = parseRequest(incoming, raw);
    this.requests.push(request);
    const requestId = `fake-${++this.requestCounter}`;
    const handler = this.handlers.get(`${request.service}:${request.operation}`) ?? this.routes.find((route) => route.match(request))?.handler;
    const answer: FakeAwsResponse = handler
      ? await handler(request)
      : { error: { code: 'UnknownOperationException', message: `the fake AWS server has no handler for ${request.service}:${request.operation}`, status: 400 } };
    if (answer.raw) {
      response.writeHead(answer.raw.status ?? 200, answer.raw.headers ?? {});
      response.end(answer.raw.body ?? '');
      return;
    }
    if (request.protocol === 'json') writeJson(request, answer, response);
    else writeQuery(request, answer, requestId, response);
  }
}

/** Starts a fake AWS server. */
export async function startFakeAws(): Promise<FakeAws> {
  return new FakeAws().start();
}

async function readBody(request: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function signingService(headers: IncomingMessage['headers']): string {
  const authorization = String(headers.authorization ?? '');
  const scope = /Credential=[^/]+\/\d{8}\/[^/]+\/([^/]+)\/aws4_request/.exec(authorization);
  return scope?.[1] ?? 'unknown';
}

function parseRequest(incoming: IncomingMessage, raw: string): FakeAwsRequest {
  const headers = incoming.headers;
  const service = signingService(headers);
  const contentType = String(headers['content-type'] ?? '');
  const base = { service, method: incoming.method ?? 'GET', path: incoming.url ?? '/', headers, raw, params: {} as Record<string, string>, body: undefined as unknown };
  const target = headers['x-amz-target'];
  if (typeof target === 'string' && contentType.startsWith('application/x-amz-json-')) {
    let body: unknown;
    try {
      body = raw === '' ? {} : JSON.parse(raw);
    } catch {
      body = raw;
    }
    return { ...base, protocol: 'json', operation: target.slice(target.lastIndexOf('.') + 1), body };
  }
  if (contentType.startsWith('application/x-www-form-urlencoded')) {
    const params = Object.fromEntries(new URLSearchParams(raw));
    return { ...base, protocol: 'query', operation: params.Action ?? '', params };
  }
  return { ...base, protocol: 'rest', operation: `${base.method} ${base.path}` };
}

function writeJson(request: FakeAwsRequest, answer: FakeAwsResponse, response: ServerResponse): void {
  const contentType = String(request.headers['content-type']);
  if (answer.error) {
    response.writeHead(answer.error.status ?? 400, { 'content-type': contentType, 'x-amzn-errortype': answer.error.code });
    response.end(JSON.stringify({ __type: answer.error.code, message: answer.error.message ?? answer.error.code }));
    return;
  }
  response.writeHead(200, { 'content-type': contentType });
  response.end(JSON.stringify(answer.json ?? {}));
}

function writeQuery(request: FakeAwsRequest, answer: FakeAwsResponse, requestId: string, response: ServerResponse): void {
  const service = QUERY_SERVICES[request.service] ?? { namespace: `https://${request.service}.amazonaws.com/doc/${request.params.Version ?? ''}/` };
  const operation = request.operation;
  response.setHeader('content-type', 'text/xml');
  response.setHeader('x-amzn-requestid', requestId);
  if (answer.error) {
    const { code, message = code, status = 400, type = 'Sender' } = answer.error;
    response.statusCode = status;
    response.end(
      service.ec2
        ? `<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>${escapeXml(code)}</Code><Message>${escapeXml(message)}</Message></Error></Errors><RequestID>${requestId}</RequestID></Response>`
        : `<ErrorResponse xmlns="${service.namespace}"><Error><Type>${type}</Type><Code>${escapeXml(code)}</Code><Message>${escapeXml(message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`,
    );
    return;
  }
  const inner = answer.xml ?? toXml(answer.result ?? {});
  response.statusCode = 200;
  response.end(
    service.ec2
      ? `<?xml version="1.0" encoding="UTF-8"?>\n<${operation}Response xmlns="${service.namespace}"><requestId>${requestId}</requestId>${inner}</${operation}Response>`
      : `<${operation}Response xmlns="${service.namespace}"><${operation}Result>${inner}</${operation}Result><ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${operation}Response>`,
  );
}

/** Object → XML elements; an array repeats its key; null/undefined are left out. */
export function toXml(value: { [key: string]: XmlValue }): string {
  let out = '';
  for (const [key, child] of Object.entries(value)) out += element(key, child);
  return out;
}

function element(key: string, value: XmlValue): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((item) => element(key, item)).join('');
  if (typeof value === 'object') return `<${key}>${toXml(value)}</${key}>`;
  return `<${key}>${escapeXml(String(value))}</${key}>`;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** `Prefix.member.N` (query) or `Prefix.N` (EC2) list parameters, in order. */
export function listParam(params: Record<string, string>, prefix: string): string[] {
  const values: { index: number; value: string }[] = [];
  const pattern = new RegExp(`^${prefix.replace(/\./g, '\\.')}\\.(?:member\\.)?(\\d+)$`);
  for (const [key, value] of Object.entries(params)) {
    const match = pattern.exec(key);
    if (match) values.push({ index: Number(match[1]), value });
  }
  return values.sort((a, b) => a.index - b.index).map((entry) => entry.value);
}

/**
 * For a `describe` block of live-scan tests: a fake AWS started before its tests and used in this
 * process (`useInProcess(region)`), with a folder to run in; afterwards the environment is restored,
 * the server stopped and the folder removed. `ready` receives them once they exist.
 */
export function fakeAwsForSuite(region: string, folderPrefix: string, ready: (started: { fake: FakeAws; cwd: string }) => void): void {
  let fake: FakeAws | undefined;
  let restore = (): void => undefined;
  let cwd = '';
  before(async () => {
    fake = await startFakeAws();
    restore = fake.useInProcess(region);
    cwd = mkdtempSync(join(tmpdir(), folderPrefix));
    ready({ fake, cwd });
  });
  after(async () => {
    restore();
    await fake?.stop();
    if (cwd) rmSync(cwd, { recursive: true, force: true });
  });
}
