import { randomUUID } from 'node:crypto';
import type { Evaluation } from '../../model/evaluation.js';
import type { RemediationSettings } from '../../remediate/configuration.js';
import { planRemediation, remediateAutomatically, type ApplyDeps, type RemediationOutcome } from '../../remediate/remediate.js';
import type { RemediationQueue } from '../../store/remediation.js';
import { errorMessage, type Logger } from '../run-task/log.js';

/** Where the batches wait: the store (they survive a restart) and this server's name for its leases. */
export interface DurableQueue {
  queue: RemediationQueue;
  owner?: string;
  /** How long a claimed batch is this server's before another may take it; renewed while it runs. */
  leaseMs?: number;
  /** A batch claimed this often (the server stopped while running it each time) is dropped. */
  maxAttempts?: number;
  /** How often an idle loop looks for batches other servers queued or left behind. */
  pollMs?: number;
}

const DEFAULT_LEASE_MS = 10 * 60_000;
const DEFAULT_MAX_ATTEMPTS = 3;
const DEFAULT_POLL_MS = 5_000;

/**
 * The server's automatic remediation: evaluations received on POST /evaluations whose rule is
 * configured `Automatic` are queued here and run one batch at a time by a background loop, with
 * Config's semantics (attempts within RetryAttemptSeconds, execution controls, exceptions: all in
 * `remediateAutomatically`, its state in the RemediationStore). Manual rules never get here.
 * With a durable queue (the server's store) a batch is written before its request is answered and
 * deleted once it ran, so a restart or a crash resumes what was accepted; without one it lives in memory.
 */
export class RemediationLoop {
  private readonly memory: Evaluation[][] = [];
  private wake: (() => void) | undefined;
  private stopped = false;
  private running: Promise<void> | undefined;
  private readonly owner: string;
  /** Told the outcomes of each finished batch. */
  private readonly listeners = new Set<(outcomes: RemediationOutcome[]) => void>();

  constructor(
    private readonly settings: RemediationSettings,
    private readonly deps: ApplyDeps,
    private readonly logger: Logger,
    private readonly durable?: DurableQueue,
  ) {
    this.owner = durable?.owner ?? `remediation-${randomUUID()}`;
  }

  /** Queues the evaluations that an Automatic configuration would remediate; resolves, once they are kept, to how many resources that is. */
  async enqueue(evaluations: readonly Evaluation[]): Promise<number> {
    const plan = planRemediation(evaluations, { settings: this.settings, automaticOnly: true, ...(this.deps.catalog ? { catalog: this.deps.catalog } : {}) });
    if (plan.items.length === 0) return 0;
    const wanted = new Set(plan.items.map((item) => `${item.ruleId}\u0000${item.resource.type}\u0000${item.resource.id}`));
    const batch = evaluations.filter((evaluation) => wanted.has(`${evaluation.ruleId}\u0000${evaluation.resource.type}\u0000${evaluation.resource.id}`));
    if (this.durable) await this.durable.queue.enqueue(randomUUID(), batch);
    else this.memory.push(batch);
    this.wake?.();
    return plan.items.length;
  }

  onBatch(listener: (outcomes: RemediationOutcome[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(): void {
    this.running ??= this.loop();
  }

  /** Stops taking batches; the batch in progress finishes. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.running;
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      let batch: Evaluation[] | undefined;
      let finish = async () => {};
      let renewal: NodeJS.Timeout | undefined;
      try {
        if (this.durable) {
          const claimed = await this.claim();
          if (claimed) {
            batch = claimed.evaluations;
            const { queue } = this.durable;
            const leaseMs = this.durable.leaseMs ?? DEFAULT_LEASE_MS;
            renewal = setInterval(() => void queue.renew(claimed.batchId, this.owner, leaseMs).catch(() => {}), Math.max(1000, leaseMs / 3));
            renewal.unref();
            finish = () => queue.done(claimed.batchId);
          }
        } else batch = this.memory.shift();
      } catch (error) {
        this.logger.log('error', 'automatic remediation: the queue could not be read', { error: errorMessage(error) });
      }
      if (!batch) {
        await this.idle();
        continue;
      }
      try {
        const { outcomes } = await remediateAutomatically(batch, this.settings, this.deps);
        for (const outcome of outcomes) {
          this.logger.log(outcome.status === 'failed' || outcome.status === 'still-non-compliant' || outcome.status === 'not-started' ? 'warn' : 'info', 'automatic remediation', {
            ruleId: outcome.item.ruleId,
            resourceId: outcome.item.resource.id,
            status: outcome.status,
            executions: outcome.executions.length,
          });
        }
        for (const listener of this.listeners) listener(outcomes);
      } catch (error) {
        this.logger.log('error', 'automatic remediation failed', { error: errorMessage(error) });
      } finally {
        clearInterval(renewal);
      }
      try {
        await finish();
      } catch (error) {
        this.logger.log('error', 'automatic remediation: the finished batch could not be removed from the queue', { error: errorMessage(error) });
      }
    }
  }

  /** The next durable batch, dropping (and saying so) one that stopped the server each time it ran. */
  private async claim(): Promise<{ batchId: string; evaluations: Evaluation[] } | undefined> {
    const durable = this.durable as DurableQueue;
    for (;;) {
      const claimed = await durable.queue.claim({ owner: this.owner, leaseMs: durable.leaseMs ?? DEFAULT_LEASE_MS, maxAttempts: durable.maxAttempts ?? DEFAULT_MAX_ATTEMPTS });
      if (!claimed) return undefined;
      if (!claimed.dropped) return { batchId: claimed.batch.batchId, evaluations: claimed.batch.evaluations as Evaluation[] };
      this.logger.log('error', 'automatic remediation: a batch was dropped', { batchId: claimed.batch.batchId, attempts: claimed.batch.attempts, reason: 'the server stopped while running it each time' });
    }
  }

  /** Until woken (a batch queued here, or stop) or, with a durable queue, the next poll. */
  private async idle(): Promise<void> {
    if (this.stopped) return;
    await new Promise<void>((resolve) => {
      this.wake = resolve;
      if (this.durable) setTimeout(resolve, this.durable.pollMs ?? DEFAULT_POLL_MS).unref();
    });
    this.wake = undefined;
  }
}
