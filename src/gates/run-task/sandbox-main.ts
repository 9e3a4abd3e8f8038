// Entry of an evaluation sandbox thread (built as dist/run-task-sandbox.js); see sandbox.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { loadGateGuardRules } from '../../guard/gates.js';
import { builtinRules } from '../../rules/index.js';
import { selectRules } from '../../scan/index.js';
import { PermanentError } from './errors.js';
import { evaluateFiles } from './evaluate.js';
import { errorMessage } from './log.js';
import type { SandboxMessage, SandboxRules, ToSandbox } from './sandbox.js';

const port = parentPort;
if (!port) throw new Error('the evaluation sandbox runs in a worker thread');
const send = (message: SandboxMessage): void => port.postMessage(message);
const spec = workerData as SandboxRules;
const guardRules = spec.guardRulePaths?.length ? loadGateGuardRules([...spec.guardRulePaths]) : undefined;
const rules = selectRules(builtinRules, spec.config ? { config: spec.config } : {});
const settings = { rules, ...(spec.config ? { config: spec.config } : {}), ...(guardRules ? { guardRules } : {}) };
// One job at a time: the main side posts the next only after this one's answer.
port.on('message', (message: ToSandbox) => {
  evaluateFiles(message.files, settings).then(
    ({ result, evaluations }) => send({ kind: 'done', result, evaluations }),
    (error: unknown) => send({ kind: 'failed', error: errorMessage(error), permanent: error instanceof PermanentError }),
  );
});
send({ kind: 'ready' });
