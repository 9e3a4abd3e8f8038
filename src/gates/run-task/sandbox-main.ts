// Entry of the evaluation sandbox thread (built as dist/run-task-sandbox.js); see sandbox.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { loadGateGuardRules } from '../../guard/gates.js';
import { builtinRules } from '../../rules/index.js';
import { selectRules } from '../../scan/index.js';
import { PermanentError } from './errors.js';
import { evaluateFiles } from './evaluate.js';
import { errorMessage } from './log.js';
import type { SandboxMessage, SandboxTask } from './sandbox.js';

const port = parentPort;
if (!port) throw new Error('the evaluation sandbox runs in a worker thread');
const send = (message: SandboxMessage): void => port.postMessage(message);
const task = workerData as SandboxTask;
try {
  const guardRules = task.guardRulePaths?.length ? loadGateGuardRules([...task.guardRulePaths]) : undefined;
  const rules = selectRules(builtinRules, task.config ? { config: task.config } : {});
  send({ kind: 'started' });
  const { result, evaluations } = await evaluateFiles(task.files, { rules, ...(task.config ? { config: task.config } : {}), ...(guardRules ? { guardRules } : {}) });
  send({ kind: 'done', result, evaluations });
} catch (error) {
  send({ kind: 'failed', error: errorMessage(error), permanent: error instanceof PermanentError });
}
