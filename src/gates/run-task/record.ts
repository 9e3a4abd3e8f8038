import type { Evaluation } from '../../model/evaluation.js';
import { recordRun, type Database } from '../../store/index.js';
import { errorMessage, type Logger } from './log.js';
import type { RunTaskJobRequest } from './protocol.js';

/**
 * Keeps each run task's evaluations in the store beside its job. Never the access token: only
 * what identifies the run. A store failure is logged and the callback still goes out.
 */
export function recordRunTask(db: Database, logger: Logger): (request: RunTaskJobRequest, evaluations: readonly Evaluation[]) => Promise<void> {
  return async (request, evaluations) => {
    try {
      await recordRun(db, {
        source: 'run-task',
        evaluations,
        metadata: { workspace: request.workspaceName, organization: request.organizationName, runId: request.runId, stage: request.stage, taskResultId: request.taskResultId },
      });
    } catch (error) {
      logger.log('error', 'evaluations not recorded', { taskResultId: request.taskResultId, error: errorMessage(error) });
    }
  };
}
