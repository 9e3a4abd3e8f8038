import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import type { Evaluation } from '../../model/evaluation.js';
import type { RemediationSettings } from '../../remediate/configuration.js';
import type { ApplyDeps } from '../../remediate/remediate.js';
import { openStore, recordRun, type Database, type RunSource } from '../../store/index.js';
import { RemediationQueue, RemediationStore } from '../../store/remediation.js';
import { createIntakeApp } from '../intake/app.js';
import { RemediationLoop, type DurableQueue } from '../intake/remediation.js';
import { createDashboardApp } from '../dashboard/app.js';
import { searchIndexed } from '../../store/dashboard.js';
import { enqueueJob } from '../../store/run-task-jobs.js';
import { createRunTaskApp } from './app.js';
import type { Logger } from './log.js';
import { withoutToken } from './protocol.js';
import { createTokenBox } from './token-box.js';
import { recordRunTask } from './record.js';
import { databaseJobStore, RunTaskWorker, type PipelineSettings } from './worker.js';
import { startWorkerThread, type JobWorker } from './worker-thread.js';
import type { SandboxLimits } from './sandbox.js';
import { removeLeftoverJobDirectories } from './temp.js';

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
  worker?: { concurrency?: number; leaseMs?: number; pollMs?: number; maxAttempts?: number; stopGraceMs?: number };
  /**
   * Evaluates in a worker thread (what `tosei serve` does) instead of on the thread that answers
   * requests. The thread rebuilds its rules from data: the built-in pack selected by
   * `evaluation.config`, plus the Guard rules at `guardRulePaths` — so `evaluation.rules` and
   * `evaluation.guardRules` must be exactly those.
   */
  workerThread?: { guardRulePaths?: readonly string[]; nice?: number; sandbox?: SandboxLimits };
  /**
   * Slow clients: the request's headers must arrive within `headersMs` (10 s) and the whole request
   * within `requestMs` (30 s); HCP Terraform sends a few kilobytes at once.
   */
  http?: { headersMs?: number; requestMs?: number };
  /** Enables `POST /evaluations` with this bearer token (`TOSEI_API_TOKEN`); without it the endpoint does not exist. */
  apiToken?: string;
  /**
   * Automatic remediation of what POST /evaluations receives (`--remediation FILE`): the settings,
   * and how to reach AWS; the store and the recording of re-evaluations are the server's.
   */
  remediation?: { settings: RemediationSettings; deps: Omit<ApplyDeps, 'store' | 'recordEvaluations'> };
  /** Lease, attempts and polling of the remediation queue kept in the store (defaults suit a server). */
  remediationQueue?: Omit<DurableQueue, 'queue'>;
}

export interface RunningServer {
  host: string;
  port: number;
  worker: JobWorker;
  remediation?: RemediationLoop;
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
  const tokenKey = options.hmacKey ?? options.jobKey ?? randomBytes(32);
  const tokens = createTokenBox(tokenKey);
  if (options.remediation && options.apiToken === undefined) throw new Error('automatic remediation acts on POST /evaluations, which needs an API token: set TOSEI_API_TOKEN');
  // Job folders of a server that crashed on this machine: nobody will finish those jobs' scans.
  const leftovers = removeLeftoverJobDirectories();
  if (leftovers.length > 0) logger.log('info', 'removed job folders left by a stopped server', { count: leftovers.length });
  const db = await openStore(options.database);
  const enqueue = groupCommit(db);
  let worker: JobWorker;
  try {
    worker = options.workerThread
      ? await startWorkerThread(
          {
            tokenKey,
            evaluation: {
              threshold: options.evaluation.threshold,
              policy: options.evaluation.policy,
              ...(options.evaluation.config ? { config: options.evaluation.config } : {}),
              ...(options.evaluation.limits ? { limits: options.evaluation.limits } : {}),
              ...(options.workerThread.guardRulePaths ? { guardRulePaths: options.workerThread.guardRulePaths } : {}),
              ...(options.workerThread.sandbox ? { sandbox: options.workerThread.sandbox } : {}),
            },
            worker: {
              ...options.worker,
              ...(options.downloadRetryDelaysMs ? { downloadRetryDelaysMs: options.downloadRetryDelaysMs } : {}),
              ...(options.runningUpdateMs !== undefined ? { runningUpdateMs: options.runningUpdateMs } : {}),
            },
            // Data only: a custom `sleep` cannot cross into the thread.
            callback: {
              ...(options.callback.timeoutMs !== undefined ? { timeoutMs: options.callback.timeoutMs } : {}),
              ...(options.callback.retryDelaysMs ? { retryDelaysMs: options.callback.retryDelaysMs } : {}),
            },
            secrets: [options.hmacKey, options.jobKey].filter((secret): secret is string => secret !== undefined),
            ...(options.workerThread.nice !== undefined ? { nice: options.workerThread.nice } : {}),
          },
          db,
          logger,
          undefined,
          yieldingTo(enqueue.busy),
        )
      : new RunTaskWorker({ ...options, store: databaseJobStore(db), tokens, ...options.worker, onEvaluated: recordEvaluations(db, logger) });
  } catch (error) {
    await db.close();
    throw error;
  }
  const app = createRunTaskApp({
    logger,
    hmacKey: async () => options.hmacKey,
    accept: async (request) => {
      const outcome = await enqueue({ taskResultId: request.taskResultId, request: JSON.stringify(withoutToken(request)), sealedToken: tokens.seal(request.accessToken, request.taskResultId) });
      if (outcome === 'queued') worker.notify();
      return outcome;
    },
  });
  let remediation: RemediationLoop | undefined;
  if (options.apiToken !== undefined) {
    const record = async (source: RunSource, evaluations: readonly Evaluation[], metadata?: Record<string, unknown>) =>
      recordRun(db, { source, evaluations, ...(metadata ? { metadata } : {}) });
    if (options.remediation) {
      remediation = new RemediationLoop(
        options.remediation.settings,
        { ...options.remediation.deps, store: new RemediationStore(db), recordEvaluations: async (fresh) => void (await record('remediation', fresh)) },
        logger,
        { queue: new RemediationQueue(db), ...options.remediationQueue },
      );
    }
    const loop = remediation;
    app.route(
      '/',
      createIntakeApp({
        apiToken: options.apiToken,
        logger,
        accept: async ({ source, evaluations, metadata }) => {
          const run = await record(source, evaluations, metadata);
          // Recorded first: what is queued is already in the history, whatever the remediation does.
          const queued = loop ? await loop.enqueue(evaluations) : 0;
          return { runId: run.runId, recorded: run.recorded, changed: run.changed, queuedForRemediation: queued };
        },
      }),
    );
  }
  // The dashboard reads the same store; without an API token it answers loopback clients only.
  app.route('/', createDashboardApp({ db, logger, ...(options.apiToken !== undefined ? { apiToken: options.apiToken } : {}), exceptions: options.evaluation.config?.exceptions ?? [] }));
  const headersMs = options.http?.headersMs ?? 10_000;
  const requestMs = Math.max(options.http?.requestMs ?? 30_000, headersMs);
  const server = createAdaptorServer({
    fetch: app.fetch,
    hostname: options.host,
    port: options.port,
    // Node checks both timeouts every connectionsCheckingInterval (30 s by default): often enough to honour them.
    serverOptions: { headersTimeout: headersMs, requestTimeout: requestMs, connectionsCheckingInterval: Math.min(1000, headersMs) },
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, options.host, () => resolve());
    });
  } catch (error) {
    await worker.stop();
    await db.close();
    throw error;
  }
  worker.start();
  remediation?.start();
  const address = server.address() as AddressInfo;
  logger.log('info', 'listening', { host: options.host, port: address.port, store: options.database.url ? 'postgres' : 'sqlite', signed: options.hmacKey !== undefined });
  logger.log('info', 'dashboard', { path: '/ui/', access: options.apiToken !== undefined ? 'API token (sign-in form or bearer)' : 'loopback clients only (no API token)' });
  if (!(await searchIndexed(db).catch(() => true))) logger.log('warn', 'the findings search is not indexed: PostgreSQL did not let the store create the pg_trgm extension (see the README)');
  return {
    host: options.host,
    port: address.port,
    worker,
    ...(remediation ? { remediation } : {}),
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await worker.stop();
      await remediation?.stop();
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
export function groupCommit(db: Database): ((job: NewJob) => Promise<'queued' | 'duplicate'>) & { busy: () => boolean } {
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
  const enqueue = (job: NewJob): Promise<'queued' | 'duplicate'> =>
    new Promise((resolve, reject) => {
      pending.push({ job, resolve, reject });
      if (!flushing) void flush();
    });
  return Object.assign(enqueue, { busy: () => flushing || pending.length > 0 });
}

/**
 * The worker's store calls wait (up to `maxWaitMs` each) while requests are being stored: they
 * share the main thread and SQLite's one writer with the intake, and a 200 is what HCP Terraform is
 * waiting for, while an evaluation has ten minutes (§B.4). Under a burst the worker slows down; it
 * never stops (lease renewals do not wait at all).
 */
export function yieldingTo(busy: () => boolean, maxWaitMs = 100): () => Promise<void> {
  return async () => {
    const until = Date.now() + maxWaitMs;
    while (busy() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 5));
  };
}

/** The in-process worker's seam to the store: a run task's evaluations into the history. */
function recordEvaluations(db: Database, logger: Logger): NonNullable<PipelineSettings['onEvaluated']> {
  return recordRunTask(db, logger);
}
