/**
 * The run task worker in its own thread, so evaluating plans never delays the 200 of the next
 * request: `tosei serve` answers HCP Terraform on the main thread and fetches, evaluates and calls
 * back here. The store stays with the main thread: the thread asks it to claim, save and finish
 * jobs and to record evaluations. With SQLite a second connection would compete for the one write
 * lock, and every request's commit waited behind the worker's (p99 time-to-200 tripled under load).
 * On Linux the thread also lowers its own scheduling priority: when both want a core, acknowledging
 * a request (HCP Terraform waits for it) goes before evaluating one (it allows ten minutes, §B.4).
 */
import { setPriority } from 'node:os';
import { parentPort, type Worker, workerData } from 'node:worker_threads';
import type { ToseiConfig } from '../../config/config.js';
import { loadGateGuardRules } from '../../guard/gates.js';
import type { Severity } from '../../model/evaluation.js';
import { builtinRules } from '../../rules/index.js';
import { selectRules } from '../../scan/index.js';
import type { Evaluation } from '../../model/evaluation.js';
import type { Database } from '../../store/database.js';
import { createLogger, errorMessage, type Logger } from './log.js';
import type { CallbackOptions } from './callback.js';
import type { EvaluationSettings } from './evaluate.js';
import type { SandboxLimits } from './sandbox.js';
import { startThread } from './threads.js';
import type { OutboundPolicy } from './outbound.js';
import type { RunTaskJobRequest } from './protocol.js';
import { recordRunTask } from './record.js';
import { createTokenBox } from './token-box.js';
import { databaseJobStore, RunTaskWorker, type JobStore, type WorkerOptions } from './worker.js';

/** Everything the thread needs, as data (the rules are rebuilt from it: functions do not cross threads). */
export interface WorkerThreadSpec {
  /** Key material of the token box that sealed the stored access tokens. */
  tokenKey: string | Uint8Array;
  evaluation: {
    config?: ToseiConfig;
    threshold: Severity;
    policy: OutboundPolicy;
    limits?: EvaluationSettings['limits'];
    guardRulePaths?: readonly string[];
    /** Each evaluation in a sandbox thread of its own under these limits; without, in this thread (no budget). */
    sandbox?: SandboxLimits;
  };
  worker: Pick<WorkerOptions, 'concurrency' | 'leaseMs' | 'pollMs' | 'maxAttempts' | 'runningUpdateMs' | 'downloadRetryDelaysMs' | 'stopGraceMs'>;
  callback: Pick<CallbackOptions, 'timeoutMs' | 'retryDelaysMs'>;
  /** Secrets the thread's log lines must mask besides the tokens it opens (the HMAC key). */
  secrets: readonly string[];
  /** Niceness of the thread (Linux: per thread); default 10. */
  nice?: number;
}

/** What the thread asks of the main thread's store: the JobStore operations, and recording a run's evaluations. */
type StoreCall =
  | { op: 'claim'; args: Parameters<JobStore['claim']> }
  | { op: 'renewLease'; args: Parameters<JobStore['renewLease']> }
  | { op: 'saveResult'; args: Parameters<JobStore['saveResult']> }
  | { op: 'finish'; args: Parameters<JobStore['finish']> }
  | { op: 'release'; args: Parameters<JobStore['release']> }
  | { op: 'record'; args: [RunTaskJobRequest, Evaluation[]] };

type ToThread = { kind: 'notify' } | { kind: 'stop' } | { kind: 'reply'; id: number; ok: true; value: unknown } | { kind: 'reply'; id: number; ok: false; error: string };
type FromThread = { kind: 'ready' } | { kind: 'log'; line: string } | { kind: 'stopped' } | { kind: 'failed'; error: string } | ({ kind: 'call'; id: number } & StoreCall);

/** The main thread's handle on the worker thread: the same surface as an in-process worker. */
export interface JobWorker {
  start(): void;
  notify(): void;
  stop(): Promise<void>;
}

/**
 * Starts the worker thread and resolves once its store is open (a thread that cannot open the
 * store rejects, so the server does not start). A thread that dies later is started again after
 * `restartMs`; its jobs stay in the store and their leases run out meanwhile.
 */
export async function startWorkerThread(spec: WorkerThreadSpec, db: Database, logger: Logger, restartMs = 1000, yieldFirst?: () => Promise<void>): Promise<JobWorker> {
  let thread: Worker | undefined;
  let stopping = false;
  let stopped: (() => void) | undefined;
  const store = databaseJobStore(db);
  const record = recordRunTask(db, logger);
  const serve = async (call: StoreCall): Promise<unknown> => {
    // A lease renewal never waits: a late one would let another server take the job over.
    if (yieldFirst && call.op !== 'renewLease') await yieldFirst();
    switch (call.op) {
      case 'claim':
        return store.claim(...call.args);
      case 'renewLease':
        return store.renewLease(...call.args);
      case 'saveResult':
        return store.saveResult(...call.args);
      case 'finish':
        return store.finish(...call.args);
      case 'release':
        return store.release(...call.args);
      case 'record':
        return record(...call.args);
    }
  };

  const spawn = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const current = startThread('run-task-worker', { workerData: spec });
      thread = current;
      let ready = false;
      current.on('message', (message: FromThread) => {
        if (message.kind === 'call') {
          serve(message).then(
            (value) => current.postMessage({ kind: 'reply', id: message.id, ok: true, value } satisfies ToThread),
            (error: unknown) => current.postMessage({ kind: 'reply', id: message.id, ok: false, error: errorMessage(error) } satisfies ToThread),
          );
        } else if (message.kind === 'log') logger.forward(message.line);
        else if (message.kind === 'ready') {
          ready = true;
          resolve();
        } else if (message.kind === 'failed') {
          if (!ready) reject(new Error(message.error));
          else logger.log('error', 'run task worker failed', { error: message.error });
        }
      });
      current.on('error', (error) => {
        if (!ready) reject(error);
        else logger.log('error', 'run task worker failed', { error: errorMessage(error) });
      });
      current.on('exit', (code) => {
        if (thread === current) thread = undefined;
        if (stopping) return stopped?.();
        if (!ready) return reject(new Error(`the run task worker thread exited with code ${code} before it was ready`));
        logger.log('error', 'run task worker thread exited; starting another', { code, restartMs });
        setTimeout(() => {
          if (!stopping) spawn().catch((error: unknown) => logger.log('error', 'run task worker thread did not start', { error: errorMessage(error) }));
        }, restartMs).unref();
      });
    });

  await spawn();
  const post = (message: ToThread): void => thread?.postMessage(message);
  let notifying = false;
  return {
    start: () => undefined,
    // Once per turn of the event loop, however many jobs were queued in it: one message wakes the thread.
    notify: () => {
      if (notifying) return;
      notifying = true;
      setImmediate(() => {
        notifying = false;
        post({ kind: 'notify' });
      });
    },
    stop: async () => {
      stopping = true;
      if (!thread) return;
      const exited = new Promise<void>((resolve) => (stopped = resolve));
      post({ kind: 'stop' });
      // The thread hands its jobs back within its grace period; one that does not answer is ended.
      const timer = setTimeout(() => void thread?.terminate(), (spec.worker.stopGraceMs ?? 2000) + 8000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Runs in the thread (worker-thread-main.ts). */
export async function runWorkerThread(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('the run task worker runs in a worker thread');
  const spec = workerData as WorkerThreadSpec;
  const send = (message: FromThread): void => port.postMessage(message);
  try {
    // Per thread on Linux (setpriority on a thread id); elsewhere it may not apply, which is harmless.
    setPriority(0, spec.nice ?? 10);
  } catch {
    // Not permitted here: the thread runs at the process's priority.
  }
  const logger = createLogger((line) => send({ kind: 'log', line }));
  for (const secret of spec.secrets) logger.addSecret(secret);
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextCall = 0;
  const call = <T>(request: StoreCall): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextCall++;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      send({ kind: 'call', id, ...request });
    });
  const store: JobStore = {
    claim: (...args) => call({ op: 'claim', args }),
    renewLease: (...args) => call({ op: 'renewLease', args }),
    saveResult: (...args) => call({ op: 'saveResult', args }),
    finish: (...args) => call({ op: 'finish', args }),
    release: (...args) => call({ op: 'release', args }),
  };
  let worker: RunTaskWorker;
  try {
    const guardRules = spec.evaluation.guardRulePaths?.length ? loadGateGuardRules([...spec.evaluation.guardRulePaths]) : undefined;
    const { config, threshold, policy, limits, sandbox, guardRulePaths } = spec.evaluation;
    const rules = selectRules(builtinRules, config ? { config } : {});
    worker = new RunTaskWorker({
      ...spec.worker,
      store,
      tokens: createTokenBox(typeof spec.tokenKey === 'string' ? spec.tokenKey : Buffer.from(spec.tokenKey)),
      logger,
      callback: spec.callback,
      evaluation: {
        rules,
        threshold,
        policy,
        ...(config ? { config } : {}),
        ...(limits ? { limits } : {}),
        ...(guardRules ? { guardRules } : {}),
        ...(sandbox ? { sandbox: { ...sandbox, ...(guardRulePaths ? { guardRulePaths } : {}) } } : {}),
      },
      // Only the evaluations cross: rule metadata is not needed by the store (and may not be cloneable).
      onEvaluated: (request, evaluations) => call({ op: 'record', args: [request, evaluations] }),
    });
  } catch (error) {
    send({ kind: 'failed', error: errorMessage(error) });
    return;
  }
  port.on('message', (message: ToThread) => {
    if (message.kind === 'notify') worker.notify();
    else if (message.kind === 'reply') {
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      if (message.ok) waiting?.resolve(message.value);
      else waiting?.reject(new Error(message.error));
    } else if (message.kind === 'stop') {
      void (async () => {
        await worker.stop();
        send({ kind: 'stopped' });
        port.close();
      })();
    }
  });
  worker.start();
  send({ kind: 'ready' });
}

