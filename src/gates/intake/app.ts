import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import type { Evaluation } from '../../model/evaluation.js';
import { evaluationsFromReport, ResultsError } from '../../report/results.js';
import type { RunSource } from '../../store/evaluations.js';
import { BodyTooLarge, MAX_BODY_BYTES, readBody } from '../run-task/app.js';
import { errorMessage, type Logger } from '../run-task/log.js';

/** Sources a client may claim for what it sends; the gates' own sources are theirs alone. */
const CLIENT_SOURCES: readonly RunSource[] = ['scan', 'live', 'api'];

export const MIN_API_TOKEN_LENGTH = 16;

export interface IntakeAppOptions {
  /** The bearer token clients send (`TOSEI_API_TOKEN`); required. */
  apiToken: string;
  logger: Logger;
  /** Keeps the evaluations (recordRun) and queues what is to be remediated; the 200 waits for it. */
  accept: (received: ReceivedEvaluations) => Promise<Record<string, unknown>>;
  maxBodyBytes?: number;
}

export interface ReceivedEvaluations {
  source: RunSource;
  evaluations: Evaluation[];
  metadata: Record<string, unknown>;
}

/** Bearer tokens compared in constant time: both sides hashed first, so their lengths do not leak either. */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const presented = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1] ?? '';
  const digest = (text: string): Buffer => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(presented), digest(token)) && presented.length > 0;
}

/**
 * `POST /evaluations`: detective evaluations (a Tosei JSON report, or a list of its results) sent
 * to `tosei serve` to be kept in the store and, when configured, remediated. Size limit first, then
 * the token (401 before the body is read as JSON), then parsing.
 */
export function createIntakeApp(options: IntakeAppOptions): Hono {
  if (options.apiToken.length < MIN_API_TOKEN_LENGTH) throw new Error(`the API token is too short (${MIN_API_TOKEN_LENGTH} characters at least)`);
  const { logger } = options;
  logger.addSecret(options.apiToken);
  const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const app = new Hono();
  app.post('/evaluations', async (c) => {
    let body: Buffer;
    try {
      body = await readBody(c.req.raw, (c.env as { incoming?: unknown } | undefined)?.incoming, limit);
    } catch (error) {
      if (error instanceof BodyTooLarge) return c.json({ error: `request body larger than ${limit} bytes` }, 413);
      throw error;
    }
    if (!bearerMatches(c.req.header('authorization'), options.apiToken)) {
      logger.log('warn', 'evaluations refused', { reason: c.req.header('authorization') ? 'wrong token' : 'no token' });
      return c.json({ error: 'missing or wrong bearer token' }, 401, { 'www-authenticate': 'Bearer' });
    }
    let received: ReceivedEvaluations;
    try {
      received = readEvaluations(JSON.parse(body.toString('utf8')));
    } catch (error) {
      if (error instanceof ResultsError) return c.json({ error: error.message }, 400);
      if (error instanceof SyntaxError) return c.json({ error: 'the request body is not valid JSON' }, 400);
      throw error;
    }
    try {
      const answer = await options.accept(received);
      logger.log('info', 'evaluations received', { source: received.source, evaluations: received.evaluations.length, ...answer });
      return c.json(answer, 200);
    } catch (error) {
      logger.log('error', 'evaluations not recorded', { error: errorMessage(error) });
      return c.json({ error: 'the evaluations could not be stored; try again' }, 503);
    }
  });
  return app;
}

/** The body: a report or a list of results; `metadata.source` (scan, live or api; default api) and the rest of `metadata` are kept with the run. */
export function readEvaluations(json: unknown): ReceivedEvaluations {
  const evaluations = evaluationsFromReport(json, 'request body');
  const given = !Array.isArray(json) && json !== null && typeof json === 'object' ? (json as { metadata?: unknown }).metadata : undefined;
  const metadata = given !== null && typeof given === 'object' && !Array.isArray(given) ? { ...(given as Record<string, unknown>) } : {};
  const claimed = metadata.source;
  if (claimed !== undefined && !(typeof claimed === 'string' && CLIENT_SOURCES.includes(claimed as RunSource))) {
    throw new ResultsError(`request body: metadata.source must be one of ${CLIENT_SOURCES.join(', ')}`);
  }
  delete metadata.source;
  return { source: (claimed as RunSource | undefined) ?? 'api', evaluations, metadata };
}
