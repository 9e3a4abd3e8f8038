import type { Database } from '../../store/database.js';
import { openStore, recordRun, type RecordedRun } from '../../store/index.js';
import type { ConfigRuleResult } from './handler.js';

/** Keeps one invocation's evaluations (Tosei's own, INSUFFICIENT_DATA and ERROR included) as a `config-rule` run. Never the result token. */
export function recordConfigRuleResult(db: Database, result: ConfigRuleResult): Promise<RecordedRun> {
  return recordRun(db, {
    source: 'config-rule',
    evaluations: result.evaluations,
    metadata: { ruleId: result.ruleId, ...(result.configRuleName ? { configRuleName: result.configRuleName } : {}), messageType: result.messageType, testMode: result.testMode },
  });
}

/**
 * The Lambda's store: only PostgreSQL (`DATABASE_URL`), since a function has no durable local disk;
 * without it, nothing is recorded. Opened once per container. A failure to record is logged and
 * does not keep the evaluations from Config.
 */
export function lambdaStoreRecorder(env: Record<string, string | undefined>, log: (message: string) => void): ((result: ConfigRuleResult) => Promise<void>) | undefined {
  const url = env.DATABASE_URL?.trim();
  if (!url) return undefined;
  let opened: Promise<Database> | undefined;
  return async (result) => {
    try {
      opened ??= openStore({ url }).catch((error: unknown) => {
        opened = undefined;
        throw error;
      });
      await recordConfigRuleResult(await opened, result);
    } catch (error) {
      log(`tosei: the evaluations were not recorded: ${(error as Error).message}`);
    }
  };
}
