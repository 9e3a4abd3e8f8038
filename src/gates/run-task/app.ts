import { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { Hono } from 'hono';
import { errorMessage, type Logger } from './log.js';
import { collectLimited } from './outbound.js';
import { parseRunTaskRequest, type RunTaskRequest } from './protocol.js';
import { verifySignature } from './signature.js';

/** HCP Terraform's payloads are a few kilobytes; anything this large is refused unread. */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface RunTaskAppOptions {
  /** The HMAC key; undefined only when unsigned requests are allowed (`--allow-unsigned`). */
  hmacKey: () => Promise<string | undefined>;
  logger: Logger;
  /**
   * Takes a verified, valid request: `tosei serve` stores it as a job, the Lambda handler evaluates
   * it. The 200 is sent only after this resolves.
   */
  accept: (request: RunTaskRequest) => Promise<'queued' | 'duplicate' | 'done'>;
  maxBodyBytes?: number;
}

export class BodyTooLarge extends Error {}

/**
 * The run task endpoint (protocols.md §B), one Hono app for both adapters (`@hono/node-server` for
 * `tosei serve`, `hono/aws-lambda` for the function URL). Order matters: size limit, then the
 * signature over the raw bytes (401 before anything else is touched), then parsing.
 */
export function createRunTaskApp(options: RunTaskAppOptions): Hono {
  const { logger } = options;
  const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const app = new Hono();

  app.get('/healthz', (c) => c.json({ status: 'ok' }));

  app.post('/run-task', async (c) => {
    const incoming = (c.env as { incoming?: unknown } | undefined)?.incoming;
    let body: Buffer;
    try {
      body = await readBody(c.req.raw, incoming, limit);
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        logger.log('warn', 'request refused', { reason: 'body too large', limit });
        return c.json({ error: `request body larger than ${limit} bytes` }, 413);
      }
      throw error;
    }
    const key = await options.hmacKey();
    const signature = incoming instanceof IncomingMessage ? headerOf(incoming, 'x-tfc-task-signature') : c.req.header('x-tfc-task-signature');
    if (key !== undefined) {
      if (!verifySignature(key, body, signature)) {
        logger.log('warn', 'request refused', { reason: signature ? 'signature mismatch' : 'signature missing' });
        return c.json({ error: 'invalid or missing X-TFC-Task-Signature' }, 401);
      }
    } else if (signature) {
      // A signed request to a server without a key: the two sides disagree about the setup (§B.3).
      logger.log('warn', 'request refused', { reason: 'signed request but no HMAC key configured' });
      return c.json({ error: 'the request is signed but this server has no HMAC key' }, 400);
    }
    let json: unknown;
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch {
      return c.json({ error: 'the request body is not valid JSON' }, 400);
    }
    const parsed = parseRunTaskRequest(json);
    if (parsed.kind === 'verification') {
      logger.log('debug', 'verification request answered');
      return c.body(null, 200);
    }
    if (parsed.kind === 'invalid') {
      logger.log('warn', 'request refused', { reason: 'invalid request', error: parsed.error });
      return c.json({ error: parsed.error }, 400);
    }
    const { request } = parsed;
    logger.addSecret(request.accessToken);
    try {
      const outcome = await options.accept(request);
      logger.log('info', outcome === 'duplicate' ? 'duplicate request ignored' : 'request accepted', {
        taskResultId: request.taskResultId,
        runId: request.runId,
        stage: request.stage,
        workspace: request.workspaceName,
      });
    } catch (error) {
      logger.log('error', 'request not accepted', { taskResultId: request.taskResultId, error: errorMessage(error) });
      // Not a 200: HCP Terraform sends the request again (§B.1).
      return c.json({ error: 'the request could not be stored; try again' }, 503);
    }
    return c.body(null, 200);
  });

  app.onError((error, c) => {
    logger.log('error', 'internal error', { error: errorMessage(error) });
    return c.json({ error: 'internal error' }, 500);
  });
  return app;
}

/**
 * The raw body, refused as soon as it passes `limit` bytes (a declared Content-Length is checked
 * first). Under `@hono/node-server` the Node request stream is read directly: going through the web
 * `Request` stream cost about a sixth of the server's time under load.
 */
export async function readBody(request: Request, incoming: unknown, limit: number): Promise<Buffer> {
  if (incoming instanceof IncomingMessage) {
    // The Node request's own headers and events: building the web Request's Headers and an async
    // iterator over the stream cost about a tenth of the 200's time under load.
    if (Number(headerOf(incoming, 'content-length') ?? Number.NaN) > limit) throw new BodyTooLarge();
    return readIncoming(incoming, limit);
  }
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > limit) throw new BodyTooLarge();
  const source = incoming instanceof Readable ? incoming : request.body;
  if (!source) return Buffer.alloc(0);
  return collectLimited(source as AsyncIterable<Uint8Array>, limit, () => new BodyTooLarge());
}

function headerOf(incoming: IncomingMessage, name: string): string | undefined {
  const value = incoming.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The body of a Node request, refused (and the stream destroyed) as soon as it passes `limit` bytes. */
function readIncoming(incoming: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const onData = (chunk: Buffer): void => {
      total += chunk.length;
      if (total > limit) {
        cleanup();
        incoming.destroy();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => {
      cleanup();
      resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total));
    };
    const onError = (error: Error): void => {
      cleanup();
      reject(error);
    };
    const cleanup = (): void => {
      incoming.off('data', onData);
      incoming.off('end', onEnd);
      incoming.off('error', onError);
    };
    incoming.on('data', onData);
    incoming.on('end', onEnd);
    incoming.on('error', onError);
  });
}
