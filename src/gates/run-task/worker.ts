import { randomUUID } from 'node:crypto';
import type { Evaluation } from '../../model/evaluation.js';
import type { Database } from '../../store/database.js';
import { claimJob, finishJob, releaseJob, renewLease, saveJobResult, type Claim, type ClaimOptions, type RunTaskJob } from '../../store/run-task-jobs.js';
import { sendTaskResult, sleep, withRetries, type CallbackOptions } from './callback.js';
import { evaluateRunTask, JobAborted, PermanentError, TransientError, type EvaluationSettings } from './evaluate.js';
import { errorMessage, maskSecret, type Logger } from './log.js';
import { checkUrl, OutboundRefused } from './outbound.js';
import type { RunTaskJobRequest, TaskResult } from './protocol.js';
import { RESULTS_URL } from './outcomes.js';
import { closeSandboxes } from './sandbox.js';
import type { TokenBox } from './token-box.js';

export interface PipelineSettings {
  evaluation: EvaluationSettings;
  callback: Omit<CallbackOptions, 'policy'>;
  logger: Logger;
  /** Waits between download attempts on transient errors. */
  downloadRetryDelaysMs?: readonly number[];
  /** A `running` update is sent when an evaluation has taken this long, and again after each period (HCP Terraform wants one within 10 minutes, §B.4). */
  runningUpdateMs?: number;
  /**
   * Called with every evaluation a run task produced, before the callback: the seam for the
   * evaluation-history store.
   */
  onEvaluated?: (request: RunTaskJobRequest, evaluations: Evaluation[]) => Promise<void>;
}

export interface PipelineHooks {
  /** A result evaluated by an earlier attempt (the job was claimed again after a crash). */
  saved?: TaskResult;
  /** Persists the result before the callback is sent. */
  save?: (result: TaskResult) => Promise<void>;
  /** Aborts the running-update timer's sends when the job is no longer ours. */
  stillOwned?: () => boolean;
  /** The server is stopping: downloads and the evaluation are abandoned (JobAborted), nothing is sent. */
  signal?: AbortSignal;
}

/**
 * The callback URL, checked before any request is made: when it is refused, no request is made at
 * all. A refused plan or configuration URL is the evaluation's failure (nothing is fetched from it),
 * reported through the allowed callback, so HCP Terraform is not left waiting for its own timeout.
 */
export function refusedUrl(request: RunTaskJobRequest, settings: EvaluationSettings): string | undefined {
  try {
    checkUrl(request.callbackUrl, settings.policy.apiHosts);
  } catch (error) {
    if (error instanceof OutboundRefused) return error.message;
    throw error;
  }
  return undefined;
}

/**
 * One run task, start to finish: check the URLs, evaluate (or reuse a saved result), call back.
 * Download failures fail the task with the reason (fail closed). Throws PermanentError when no
 * callback can or should be made, TransientError when the callback could not be delivered.
 */
export async function processRunTask(request: RunTaskJobRequest, token: string, settings: PipelineSettings, hooks: PipelineHooks = {}): Promise<TaskResult> {
  const { logger } = settings;
  const refused = refusedUrl(request, settings.evaluation);
  if (refused) throw new PermanentError(`refused: ${refused}`);
  const callback = { ...settings.callback, policy: settings.evaluation.policy };
  let result = hooks.saved;
  if (!result) {
    const started = Date.now();
    const every = settings.runningUpdateMs ?? 5 * 60_000;
    const timer = setInterval(() => {
      if (hooks.stillOwned && !hooks.stillOwned()) return;
      const minutes = Math.round((Date.now() - started) / 60_000);
      sendTaskResult(request.callbackUrl, token, { status: 'running', message: `Tosei is evaluating the ${request.stage === 'pre_plan' ? 'configuration' : 'plan'} (${minutes} min so far)` }, false, {
        ...callback,
        retryDelaysMs: [],
      }).then(
        () => logger.log('info', 'running update sent', { taskResultId: request.taskResultId }),
        (error: unknown) => logger.log('warn', 'running update failed', { taskResultId: request.taskResultId, error: errorMessage(error) }),
      );
    }, every);
    try {
      const evaluation = await withRetries(() => evaluateRunTask(request, token, settings.evaluation, hooks.signal), settings.downloadRetryDelaysMs ?? [1000, 2000, 4000], sleep);
      result = evaluation.result;
      await settings.onEvaluated?.(request, evaluation.evaluations);
      logger.log('info', 'evaluated', {
        taskResultId: request.taskResultId,
        stage: request.stage,
        status: result.status,
        evaluations: evaluation.evaluations.length,
        outcomes: result.outcomes?.length ?? 0,
        ms: Date.now() - started,
      });
    } catch (error) {
      if (!(error instanceof PermanentError || error instanceof TransientError)) throw error;
      // Fail closed: a task that cannot be evaluated reports failed, with the reason.
      // The reason is sent, saved and logged: no form of the token may ride along in it.
      const reason = maskSecret(error.message, token);
      result = { status: 'failed', message: `Tosei could not evaluate this run: ${reason}`.slice(0, 500), url: RESULTS_URL };
      logger.log('warn', 'evaluation failed', { taskResultId: request.taskResultId, error: reason });
    } finally {
      clearInterval(timer);
    }
    await hooks.save?.(result);
  }
  await sendTaskResult(request.callbackUrl, token, result, request.outcomes, callback);
  logger.log('info', 'callback delivered', { taskResultId: request.taskResultId, status: result.status });
  return result;
}

/** The job store as the worker uses it: the database itself, or (in the worker thread) the main thread's. */
export interface JobStore {
  claim(options: ClaimOptions): Promise<Claim | undefined>;
  renewLease(taskResultId: string, owner: string, leaseMs: number): Promise<boolean>;
  saveResult(taskResultId: string, owner: string, result: string): Promise<boolean>;
  finish(taskResultId: string, owner: string, state: 'done' | 'failed', error?: string): Promise<boolean>;
  /** Hands a job this server stopped working on back to the queue (its attempt still counts). */
  release(taskResultId: string, owner: string): Promise<boolean>;
}

export function databaseJobStore(db: Database): JobStore {
  return {
    claim: (options) => claimJob(db, options),
    renewLease: (id, owner, leaseMs) => renewLease(db, id, owner, leaseMs),
    saveResult: (id, owner, result) => saveJobResult(db, id, owner, result),
    finish: (id, owner, state, error) => finishJob(db, id, owner, state, error),
    release: (id, owner) => releaseJob(db, id, owner),
  };
}

export interface WorkerOptions extends PipelineSettings {
  store: JobStore;
  tokens: TokenBox;
  /** Jobs worked on at once by this process. */
  concurrency?: number;
  leaseMs?: number;
  maxAttempts?: number;
  /** How often the store is polled for jobs other servers queued or abandoned. */
  pollMs?: number;
  /** On stop, how long jobs in progress may take to finish before they are abandoned and handed back to the queue. */
  stopGraceMs?: number;
}

/**
 * The durable side of `tosei serve`: claims jobs from the store, runs them, renews their leases
 * while working, and marks them done or failed. Several servers can share one PostgreSQL store.
 */
export class RunTaskWorker {
  readonly owner = `${process.pid}-${randomUUID()}`;
  private running = 0;
  private stopped = false;
  /** The idle loops' wake-ups: a notification wakes them all (several jobs may have been queued at once). */
  private readonly wakes = new Set<() => void>();
  private loops: Promise<void>[] = [];
  private readonly abort = new AbortController();

  constructor(private readonly options: WorkerOptions) {}

  start(): void {
    const concurrency = this.options.concurrency ?? 2;
    for (let index = 0; index < concurrency; index += 1) this.loops.push(this.loop());
  }

  /** A job was queued by this process: start on it now rather than at the next poll. */
  notify(): void {
    for (const wake of [...this.wakes]) wake();
  }

  /**
   * Stops claiming; jobs in progress get `stopGraceMs` (2 s) to finish, then their downloads and
   * evaluations are abandoned and the jobs handed back to the queue, so a busy server stops within
   * seconds. (If the process dies instead, their leases run out.)
   */
  async stop(): Promise<void> {
    this.stopped = true;
    this.notify();
    const all = Promise.all(this.loops);
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), this.options.stopGraceMs ?? 2000)));
    if ((await Promise.race([all, grace])) === 'late') this.abort.abort();
    clearTimeout(timer);
    await all;
    await closeSandboxes();
  }

  get busy(): number {
    return this.running;
  }

  private async loop(): Promise<void> {
    const { store, logger } = this.options;
    while (!this.stopped) {
      let claim;
      try {
        claim = await store.claim({ owner: this.owner, leaseMs: this.leaseMs, maxAttempts: this.options.maxAttempts ?? 5 });
      } catch (error) {
        logger.log('error', 'claiming a job failed', { error: errorMessage(error) });
      }
      if (claim?.exhausted) {
        logger.log('error', 'job failed', { taskResultId: claim.job.taskResultId, error: claim.job.error });
        continue;
      }
      if (!claim) {
        await this.idle();
        continue;
      }
      this.running += 1;
      try {
        await this.work(claim.job);
      } finally {
        this.running -= 1;
      }
    }
  }

  private get leaseMs(): number {
    return this.options.leaseMs ?? 30_000;
  }

  private idle(): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.wakes.delete(done);
        resolve();
      };
      const timer = setTimeout(done, this.options.pollMs ?? 1000);
      this.wakes.add(done);
    });
  }

  private async work(job: RunTaskJob): Promise<void> {
    const { store, logger, tokens } = this.options;
    const id = job.taskResultId;
    let owned = true;
    const heartbeat = setInterval(() => {
      store.renewLease(id, this.owner, this.leaseMs).then(
        (kept) => {
          if (!kept) owned = false;
        },
        (error: unknown) => logger.log('warn', 'lease renewal failed', { taskResultId: id, error: errorMessage(error) }),
      );
    }, Math.max(50, Math.floor(this.leaseMs / 3)));
    let state: 'done' | 'failed' = 'done';
    let reason: string | undefined;
    let token: string | undefined;
    try {
      const request = JSON.parse(job.request) as RunTaskJobRequest;
      try {
        token = tokens.open(job.sealedToken, id);
      } catch {
        throw new PermanentError('the stored access token cannot be decrypted (the HMAC key changed, or TOSEI_JOB_KEY is not set)');
      }
      logger.addSecret(token);
      logger.log('info', 'job started', { taskResultId: id, stage: request.stage, attempt: job.attempts });
      await processRunTask(request, token, this.options, {
        ...(job.result ? { saved: JSON.parse(job.result) as TaskResult } : {}),
        save: async (result) => {
          // Another server took the job over (this one stalled past its lease): that one calls back.
          if (!(await store.saveResult(id, this.owner, JSON.stringify(result)))) {
            owned = false;
            throw new PermanentError('lost the lease to another server before calling back');
          }
        },
        stillOwned: () => owned,
        signal: this.abort.signal,
      });
    } catch (error) {
      if (error instanceof JobAborted) {
        clearInterval(heartbeat);
        const released = await store.release(id, this.owner).catch(() => false);
        logger.log('warn', 'job handed back: the server is stopping', { taskResultId: id, released });
        return;
      }
      state = 'failed';
      reason = errorMessage(error);
      if (!(error instanceof PermanentError || error instanceof TransientError)) reason = `internal error: ${reason}`;
      // Stored with the job: masked like a log line.
      if (token !== undefined) reason = maskSecret(reason, token);
    } finally {
      clearInterval(heartbeat);
    }
    const finished = await store.finish(id, this.owner, state, reason).catch((error: unknown) => {
      logger.log('error', 'recording the job failed', { taskResultId: id, error: errorMessage(error) });
      return false;
    });
    logger.log(state === 'done' ? 'info' : 'error', state === 'done' ? 'job done' : 'job failed', { taskResultId: id, ...(reason ? { error: reason } : {}), recorded: finished });
  }
}
