import { Worker, type WorkerOptions } from 'node:worker_threads';

/** The run task's thread entries: the job worker, and the sandbox each evaluation runs in. */
export type ThreadEntry = 'run-task-worker' | 'run-task-sandbox';

const SOURCES: Record<ThreadEntry, string> = { 'run-task-worker': './worker-thread-main.ts', 'run-task-sandbox': './sandbox-main.ts' };

/** Starts one of the entries, from the TypeScript sources (tests) or from its build beside the CLI. */
export function startThread(entry: ThreadEntry, options: WorkerOptions): Worker {
  const url = entryUrl(entry);
  if (!url.pathname.endsWith('.ts')) return new Worker(url, options);
  // Running from the TypeScript sources (tests, `node --import tsx`): a worker thread does not get
  // the loader that --import registered, so it registers tsx itself before loading the entry.
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(bootstrap, { ...options, eval: true });
}

function entryUrl(entry: ThreadEntry): URL {
  const here = import.meta.url;
  if (here.endsWith('.ts')) return new URL(SOURCES[entry], here);
  // Built: the CLI's chunks live in dist/chunks/, the library is dist/index.js; the entries are dist/<entry>.js.
  return new URL(here.includes('/dist/chunks/') ? `../${entry}.js` : `./${entry}.js`, here);
}
