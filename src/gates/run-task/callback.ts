import { PermanentError, TransientError } from './evaluate.js';
import { fetchAllowed, OutboundRefused, type OutboundPolicy } from './outbound.js';
import { taskResultDocument, type TaskResult } from './protocol.js';

export interface CallbackOptions {
  policy: OutboundPolicy;
  timeoutMs?: number;
  /** Waits between attempts on a 5xx, a 429 or a network error; one attempt more than delays. */
  retryDelaysMs?: readonly number[];
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY_DELAYS_MS = [500, 1000, 2000, 4000, 8000, 16000];

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * PATCHes the task result (protocols.md §B.4), retrying with backoff on server and network errors.
 * A 4xx (401 token expired, 422 status not accepted) will not get better: PermanentError at once.
 */
export async function sendTaskResult(url: string, token: string, result: TaskResult, acceptsOutcomes: boolean, options: CallbackOptions): Promise<void> {
  const body = JSON.stringify(taskResultDocument(result, acceptsOutcomes));
  await withRetries(async () => {
    let response;
    try {
      response = await fetchAllowed(url, options.policy, {
        method: 'PATCH',
        token,
        body,
        headers: { 'content-type': 'application/vnd.api+json' },
        maxBytes: 64 * 1024,
        timeoutMs: options.timeoutMs ?? 15_000,
      });
    } catch (error) {
      if (error instanceof OutboundRefused) throw new PermanentError(`callback refused: ${error.message}`);
      throw new TransientError(`callback failed: ${(error as Error).message}`);
    }
    if (response.status >= 200 && response.status < 300) return;
    const message = `callback answered HTTP ${response.status}`;
    if (response.status === 429 || response.status >= 500) throw new TransientError(message);
    throw new PermanentError(message);
  }, options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS, options.sleep ?? sleep);
}

/** Runs `attempt` until it succeeds, throws something other than TransientError, or the delays run out. */
export async function withRetries<T>(attempt: () => Promise<T>, delaysMs: readonly number[], wait: (ms: number) => Promise<void> = sleep): Promise<T> {
  for (let index = 0; ; index += 1) {
    try {
      return await attempt();
    } catch (error) {
      const delay = delaysMs[index];
      if (!(error instanceof TransientError) || delay === undefined) throw error;
      // Full jitter keeps many jobs that failed together from retrying together.
      await wait(Math.round(delay / 2 + (Math.random() * delay) / 2));
    }
  }
}
