// Entry of the run task worker thread (built as dist/run-task-worker.js); see worker-thread.ts.
import { runWorkerThread } from './worker-thread.js';

await runWorkerThread();
