import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { openStore, type Database } from '../../store/index.js';
import { enqueueJob } from '../../store/run-task-jobs.js';
import { createRunTaskApp } from './app.js';
import type { Logger } from './log.js';
import { withoutToken } from './protocol.js';
import { createTokenBox } from './token-box.js';
import { RunTaskWorker, type PipelineSettings } from './worker.js';

export interface RunTaskServerOptions extends Omit<PipelineSettings, 'logger'> {
  host: string;
  port: number;
  logger: Logger;
  /** Undefined only with `allowUnsigned`. */
  hmacKey?: string;
  allowUnsigned?: boolean;
  /**
   * Seals stored access tokens when there is no HMAC key (`TOSEI_JOB_KEY`); without either, a random
   * key per process, so jobs left by a crashed unsigned server fail instead of being resumed.
   */
  jobKey?: string;
  database: { url?: string; file?: string };
  worker?: { concurrency?: number; leaseMs?: number; pollMs?: number; maxAttempts?: number };
}

export interface RunningServer {
  host: string;
  port: number;
  worker: RunTaskWorker;
  close(): Promise<void>;
}

/** `tosei serve`: the run task app over HTTP, with its job store and worker. */
export async function startRunTaskServer(options: RunTaskServerOptions): Promise<RunningServer> {
  const { logger } = options;
  if (options.hmacKey === undefined && !options.allowUnsigned) {
    throw new Error('no HMAC key: set TOSEI_HMAC_KEY or --hmac-key-file (or --allow-unsigned to accept unsigned requests)');
  }
  if (options.hmacKey !== undefined && options.hmacKey.length < 16) throw new Error('the HMAC key is too short (16 characters at least)');
  if (options.hmacKey) logger.addSecret(options.hmacKey);
  if (options.jobKey) logger.addSecret(options.jobKey);
  const tokens = createTokenBox(options.hmacKey ?? options.jobKey ?? randomBytes(32));
  const db = await openStore(options.database);
  const worker = new RunTaskWorker({ ...options, db, tokens, ...options.worker });
  const enqueue = groupCommit(db);
  const app = createRunTaskApp({
    logger,
    hmacKey: async () => options.hmacKey,
    accept: async (request) => {
      const outcome = await enqueue({ taskResultId: request.taskResultId, request: JSON.stringify(withoutToken(request)), sealedToken: tokens.seal(request.accessToken, request.taskResultId) });
      if (outcome === 'queued') worker.notify();
      return outcome;
    },
  });
  const server = createAdaptorServer({ fetch: app.fetch, hostname: options.host, port: options.port });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, options.host, () => resolve());
    });
  } catch (error) {
    await db.close();
    throw error;
  }
  worker.start();
  const address = server.address() as AddressInfo;
  logger.log('info', 'listening', { host: options.host, port: address.port, store: options.database.url ? 'postgres' : 'sqlite', signed: options.hmacKey !== undefined });
  return {
    host: options.host,
    port: address.port,
    worker,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await worker.stop();
      await db.close();
    },
  };
}

type NewJob = Parameters<typeof enqueueJob>[1];

/**
 * Group commit: jobs that arrive while a commit is in flight are stored together in the next
 * transaction, so one disk sync covers many requests (a commit on SQLite syncs the disk, about 5 ms
 * here, and the one connection serialises them). Each 200 is still sent only after its own row is
 * committed.
 */
export function groupCommit(db: Database): (job: NewJob) => Promise<'queued' | 'duplicate'> {
  let pending: { job: NewJob; resolve: (outcome: 'queued' | 'duplicate') => void; reject: (error: unknown) => void }[] = [];
  let flushing = false;
  const flush = async (): Promise<void> => {
    flushing = true;
    while (pending.length > 0) {
      // Let the requests already read off the sockets join this batch.
      await new Promise((resolve) => setImmediate(resolve));
      const batch = pending;
      pending = [];
      try {
        const outcomes = await db.transaction(async (tx) => {
          const results: ('queued' | 'duplicate')[] = [];
          for (const entry of batch) results.push(await enqueueJob(tx, entry.job));
          return results;
        });
        batch.forEach((entry, index) => entry.resolve(outcomes[index] as 'queued' | 'duplicate'));
      } catch (error) {
        for (const entry of batch) entry.reject(error);
      }
    }
    flushing = false;
  };
  return (job) =>
    new Promise((resolve, reject) => {
      pending.push({ job, resolve, reject });
      if (!flushing) void flush();
    });
}
