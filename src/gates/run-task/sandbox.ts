/**
 * Each run task evaluation in a sandbox thread, under a time budget and a memory limit: a
 * compression bomb, an alias bomb or a plan that takes minutes to scan is cut off — its thread is
 * terminated — and the job fails with the reason, while the server answers requests and other jobs
 * go on. A thread that finished a job in time is kept for the next one (loading the rules costs a
 * few hundred milliseconds); one that was cut off is gone, and the next job starts a fresh one.
 * Threads rebuild their rules from data (functions do not cross threads).
 */
import type { Worker } from 'node:worker_threads';
import type { ToseiConfig } from '../../config/config.js';
import type { Evaluation } from '../../model/evaluation.js';
import { JobAborted, PermanentError } from './errors.js';
import type { FilesTask } from './evaluate.js';
import type { TaskResult } from './protocol.js';
import { startThread } from './threads.js';

export interface SandboxLimits {
  /** Wall time of one job's extraction and scan (the thread's start, loading the rules, is not counted). */
  timeMs: number;
  /** The thread's JavaScript heap (V8's old generation). */
  memoryMb: number;
}

export const DEFAULT_SANDBOX_LIMITS: SandboxLimits = { timeMs: 5 * 60_000, memoryMb: 1536 };

/** Loading the rules in a new thread: generous, and apart from the budget, which is about the input. */
const START_MS = 60_000;
/** Idle threads kept for later jobs. */
const MAX_IDLE = 8;

/** What a sandbox thread is started with: the rules it builds. */
export interface SandboxRules {
  config?: ToseiConfig;
  guardRulePaths?: readonly string[];
}

export interface SandboxTask extends SandboxRules {
  files: FilesTask;
}

export type SandboxMessage =
  | { kind: 'ready' }
  | { kind: 'done'; result: TaskResult; evaluations: Evaluation[] }
  | { kind: 'failed'; error: string; permanent: boolean };

export type ToSandbox = { kind: 'task'; files: FilesTask };

interface Idle {
  key: string;
  memoryMb: number;
  thread: Worker;
}

const idle: Idle[] = [];

export async function evaluateInSandbox(task: SandboxTask, limits: SandboxLimits, signal?: AbortSignal): Promise<{ result: TaskResult; evaluations: Evaluation[] }> {
  if (signal?.aborted) throw new JobAborted('the server is stopping');
  const { files, ...rules } = task;
  const key = JSON.stringify(rules);
  const index = idle.findIndex((entry) => entry.key === key && entry.memoryMb === limits.memoryMb);
  const reused = index >= 0 ? idle.splice(index, 1)[0] : undefined;
  const thread = reused?.thread ?? startSandbox(rules, limits.memoryMb);
  thread.ref();
  let ready = reused !== undefined;
  return new Promise((resolve, reject) => {
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const detach = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      thread.off('message', onMessage);
      thread.off('error', onError);
      thread.off('exit', onExit);
    };
    const cut = (error: Error): void => {
      if (settled) return;
      settled = true;
      detach();
      void thread.terminate();
      reject(error);
    };
    const post = (): void => {
      timer = setTimeout(
        () => cut(new PermanentError(`stopped after ${seconds(limits.timeMs)}, the time budget of one evaluation: the input is too large or hostile`)),
        limits.timeMs,
      );
      thread.postMessage({ kind: 'task', files } satisfies ToSandbox);
    };
    const onAbort = (): void => cut(new JobAborted('the server is stopping'));
    const onMessage = (message: SandboxMessage): void => {
      if (message.kind === 'ready') {
        ready = true;
        clearTimeout(timer);
        post();
      } else if (message.kind === 'done') {
        settled = true;
        detach();
        keep({ key, memoryMb: limits.memoryMb, thread });
        resolve({ result: message.result, evaluations: message.evaluations });
      } else {
        // The input was refused or unreadable: the thread itself is sound and serves the next job.
        settled = true;
        detach();
        keep({ key, memoryMb: limits.memoryMb, thread });
        reject(new PermanentError(message.permanent ? message.error : `internal error: ${message.error}`));
      }
    };
    const onError = (error: Error & { code?: string }): void => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') cut(new PermanentError(`stopped at the memory limit of one evaluation (${limits.memoryMb} MB): the input is too large or hostile`));
      else cut(new PermanentError(`internal error: the evaluation's thread failed: ${error.message}`));
    };
    const onExit = (code: number): void => cut(new PermanentError(`internal error: the evaluation's thread exited (code ${code}) without a result`));
    signal?.addEventListener('abort', onAbort, { once: true });
    thread.on('message', onMessage);
    thread.on('error', onError);
    thread.on('exit', onExit);
    if (ready) post();
    else timer = setTimeout(() => cut(new PermanentError(`internal error: the evaluation's thread did not start within ${START_MS / 1000} s`)), START_MS);
  });
}

/** Ends the idle sandbox threads (the server is stopping). */
export async function closeSandboxes(): Promise<void> {
  await Promise.all(idle.splice(0).map((entry) => entry.thread.terminate()));
}

function startSandbox(rules: SandboxRules, memoryMb: number): Worker {
  return startThread('run-task-sandbox', {
    workerData: rules,
    // The young generation is part of the heap too; a small one keeps the limit close to memoryMb.
    resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(8, Math.floor(memoryMb / 8))) },
  });
}

function keep(entry: Idle): void {
  if (idle.length >= MAX_IDLE) return void entry.thread.terminate();
  // An idle thread does not keep the process alive.
  entry.thread.unref();
  entry.thread.once('exit', () => {
    const at = idle.indexOf(entry);
    if (at >= 0) idle.splice(at, 1);
  });
  idle.push(entry);
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
