/**
 * Each run task evaluation in a thread of its own, under a time budget and a memory limit: a
 * compression bomb, an alias bomb or a plan that takes minutes to scan is cut off — the thread is
 * terminated — and the job fails with the reason, while the server answers requests and other jobs
 * go on. The thread rebuilds its rules from data (functions do not cross threads).
 */
import type { ToseiConfig } from '../../config/config.js';
import type { Evaluation } from '../../model/evaluation.js';
import { JobAborted, PermanentError } from './errors.js';
import type { FilesTask } from './evaluate.js';
import type { TaskResult } from './protocol.js';
import { startThread } from './threads.js';

export interface SandboxLimits {
  /** Wall time of the extraction and the scan, from the moment the thread has loaded its rules. */
  timeMs: number;
  /** The thread's JavaScript heap (V8's old generation). */
  memoryMb: number;
}

export const DEFAULT_SANDBOX_LIMITS: SandboxLimits = { timeMs: 5 * 60_000, memoryMb: 1536 };

/** Loading the rules in a new thread: generous, and apart from the budget, which is about the input. */
const START_MS = 60_000;

export interface SandboxTask {
  files: FilesTask;
  config?: ToseiConfig;
  guardRulePaths?: readonly string[];
}

export type SandboxMessage =
  | { kind: 'started' }
  | { kind: 'done'; result: TaskResult; evaluations: Evaluation[] }
  | { kind: 'failed'; error: string; permanent: boolean };

export async function evaluateInSandbox(task: SandboxTask, limits: SandboxLimits, signal?: AbortSignal): Promise<{ result: TaskResult; evaluations: Evaluation[] }> {
  if (signal?.aborted) throw new JobAborted('the server is stopping');
  const thread = startThread('run-task-sandbox', {
    workerData: task,
    // The young generation is part of the heap too; a small one keeps the limit close to memoryMb.
    resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(8, Math.floor(limits.memoryMb / 8))) },
  });
  return new Promise((resolve, reject) => {
    let settled = false;
    let timer = setTimeout(() => cut(new PermanentError(`the evaluation's thread did not start within ${START_MS / 1000} s`)), START_MS);
    const finish = (settle: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      settle();
    };
    const cut = (error: Error): void => finish(() => {
      void thread.terminate();
      reject(error);
    });
    const onAbort = (): void => cut(new JobAborted('the server is stopping'));
    signal?.addEventListener('abort', onAbort, { once: true });
    thread.on('message', (message: SandboxMessage) => {
      if (message.kind === 'started') {
        clearTimeout(timer);
        timer = setTimeout(
          () => cut(new PermanentError(`stopped after ${seconds(limits.timeMs)}, the time budget of one evaluation: the input is too large or hostile`)),
          limits.timeMs,
        );
      } else if (message.kind === 'done') {
        finish(() => resolve({ result: message.result, evaluations: message.evaluations }));
        void thread.terminate();
      } else {
        cut(new PermanentError(message.permanent ? message.error : `internal error: ${message.error}`));
      }
    });
    thread.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') cut(new PermanentError(`stopped at the memory limit of one evaluation (${limits.memoryMb} MB): the input is too large or hostile`));
      else cut(new PermanentError(`internal error: the evaluation's thread failed: ${error.message}`));
    });
    thread.on('exit', (code) => cut(new PermanentError(`internal error: the evaluation's thread exited (code ${code}) without a result`)));
  });
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
