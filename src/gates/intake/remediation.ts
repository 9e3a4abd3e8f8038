import type { Evaluation } from '../../model/evaluation.js';
import type { RemediationSettings } from '../../remediate/configuration.js';
import { planRemediation, remediateAutomatically, type ApplyDeps, type RemediationOutcome } from '../../remediate/remediate.js';
import { errorMessage, type Logger } from '../run-task/log.js';

/**
 * The server's automatic remediation: evaluations received on POST /evaluations whose rule is
 * configured `Automatic` are queued here and run one batch at a time by a background loop, with
 * Config's semantics (attempts within RetryAttemptSeconds, execution controls, exceptions: all in
 * `remediateAutomatically`, its state in the RemediationStore). Manual rules never get here.
 * The queue lives in memory: a batch not yet started when the process stops is not resumed (the
 * evaluations themselves are already in the store; send them again).
 */
export class RemediationLoop {
  private readonly queue: Evaluation[][] = [];
  private wake: (() => void) | undefined;
  private stopped = false;
  private running: Promise<void> | undefined;
  /** Told the outcomes of each finished batch. */
  private readonly listeners = new Set<(outcomes: RemediationOutcome[]) => void>();

  constructor(
    private readonly settings: RemediationSettings,
    private readonly deps: ApplyDeps,
    private readonly logger: Logger,
  ) {}

  /** Queues the evaluations that an Automatic configuration would remediate; returns how many resources that is. */
  enqueue(evaluations: readonly Evaluation[]): number {
    const plan = planRemediation(evaluations, { settings: this.settings, automaticOnly: true, ...(this.deps.catalog ? { catalog: this.deps.catalog } : {}) });
    if (plan.items.length === 0) return 0;
    const wanted = new Set(plan.items.map((item) => `${item.ruleId}\u0000${item.resource.type}\u0000${item.resource.id}`));
    this.queue.push(evaluations.filter((evaluation) => wanted.has(`${evaluation.ruleId}\u0000${evaluation.resource.type}\u0000${evaluation.resource.id}`)));
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
      const batch = this.queue.shift();
      if (!batch) {
        await new Promise<void>((resolve) => (this.wake = resolve));
        this.wake = undefined;
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
      }
    }
  }
}
