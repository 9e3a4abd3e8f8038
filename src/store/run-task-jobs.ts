import type { Database, SqlExecutor } from './database.js';
import type { Migration } from './migrate.js';

/**
 * Run-task jobs (migrations 0100-0199). One row per HCP Terraform task result: the primary key makes
 * a repeated request a no-op, so a job is evaluated once. States: queued -> running -> done | failed.
 * A running job holds a lease that its worker renews; when a server dies the lease runs out and
 * another server (or the same one restarted) claims the job again. The evaluation's result is saved
 * before the callback is sent, so a job claimed again only re-sends the callback.
 */
export const RUN_TASK_JOB_MIGRATIONS: readonly Migration[] = [
  {
    id: '0100_run_task_jobs',
    statements: [
      `CREATE TABLE run_task_jobs (
        task_result_id TEXT PRIMARY KEY,
        state TEXT NOT NULL,
        request TEXT NOT NULL,
        sealed_token TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        lease_owner TEXT,
        lease_until TEXT,
        result TEXT,
        error TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`,
      'CREATE INDEX run_task_jobs_claim ON run_task_jobs (state, lease_until, created_at)',
    ],
  },
  {
    // The oldest queued job straight from an index: with one query for "queued or expired", every
    // claim sorted the whole backlog, and draining N jobs took time in N squared.
    id: '0101_run_task_jobs_queue_order',
    statements: ['CREATE INDEX run_task_jobs_queued ON run_task_jobs (state, created_at)'],
  },
];

export type JobState = 'queued' | 'running' | 'done' | 'failed';

export interface RunTaskJob {
  taskResultId: string;
  state: JobState;
  /** The request as JSON, without the access token. */
  request: string;
  sealedToken: string;
  attempts: number;
  /** The evaluated callback body (JSON) once the evaluation finished. */
  result: string | null;
  error: string | null;
}

interface JobRow {
  task_result_id: string;
  state: JobState;
  request: string;
  sealed_token: string;
  attempts: number;
  result: string | null;
  error: string | null;
}

const COLUMNS = 'task_result_id, state, request, sealed_token, attempts, result, error';

function toJob(row: JobRow): RunTaskJob {
  return {
    taskResultId: row.task_result_id,
    state: row.state,
    request: row.request,
    sealedToken: row.sealed_token,
    attempts: Number(row.attempts),
    result: row.result,
    error: row.error,
  };
}

/** Stores a new job; `duplicate` when the task result already has one (it is not evaluated again). */
export async function enqueueJob(db: SqlExecutor, job: { taskResultId: string; request: string; sealedToken: string }, now = new Date()): Promise<'queued' | 'duplicate'> {
  const stamp = now.toISOString();
  const { changes } = await db.run(
    `INSERT INTO run_task_jobs (task_result_id, state, request, sealed_token, attempts, created_at, updated_at)
     VALUES ($1, 'queued', $2, $3, 0, $4, $4) ON CONFLICT (task_result_id) DO NOTHING`,
    [job.taskResultId, job.request, job.sealedToken, stamp],
  );
  return changes === 1 ? 'queued' : 'duplicate';
}

export interface ClaimOptions {
  owner: string;
  leaseMs: number;
  /** A job claimed this many times already is marked failed instead of being run again. */
  maxAttempts: number;
  now?: Date;
}

export type Claim = { job: RunTaskJob; exhausted: boolean };

/**
 * Takes a running job whose lease ran out (its server died; it has waited longest), else the oldest
 * queued job, and leases it to `owner`. Each is one indexed lookup, however long the backlog. On
 * PostgreSQL `FOR UPDATE SKIP LOCKED` lets several servers claim at once without waiting on each
 * other; SQLite serialises writers (BEGIN IMMEDIATE), which gives the same guarantee.
 */
export async function claimJob(db: Database, options: ClaimOptions): Promise<Claim | undefined> {
  const now = options.now ?? new Date();
  const stamp = now.toISOString();
  return db.transaction(async (tx) => {
    const lock = tx.dialect === 'postgres' ? ' FOR UPDATE SKIP LOCKED' : '';
    const [expired] = await tx.query<JobRow & Record<string, unknown>>(`SELECT ${COLUMNS} FROM run_task_jobs WHERE state = 'running' AND lease_until < $1 ORDER BY lease_until LIMIT 1${lock}`, [stamp]);
    const row = expired ?? (await tx.query<JobRow & Record<string, unknown>>(`SELECT ${COLUMNS} FROM run_task_jobs WHERE state = 'queued' ORDER BY created_at LIMIT 1${lock}`))[0];
    if (!row) return undefined;
    const job = toJob(row);
    if (job.attempts >= options.maxAttempts) {
      const error = `gave up after ${job.attempts} attempts (the server stopped while working on it each time)`;
      await tx.run(`UPDATE run_task_jobs SET state = 'failed', error = $1, lease_owner = NULL, lease_until = NULL, updated_at = $2 WHERE task_result_id = $3`, [
        error,
        stamp,
        job.taskResultId,
      ]);
      return { job: { ...job, state: 'failed', error }, exhausted: true };
    }
    const until = new Date(now.getTime() + options.leaseMs).toISOString();
    await tx.run(`UPDATE run_task_jobs SET state = 'running', lease_owner = $1, lease_until = $2, attempts = attempts + 1, updated_at = $3 WHERE task_result_id = $4`, [
      options.owner,
      until,
      stamp,
      job.taskResultId,
    ]);
    return { job: { ...job, state: 'running', attempts: job.attempts + 1 }, exhausted: false };
  });
}

/** Extends the lease; false when the job is no longer this owner's (it ran out and someone else took it). */
export async function renewLease(db: Database, taskResultId: string, owner: string, leaseMs: number, now = new Date()): Promise<boolean> {
  const { changes } = await db.run(`UPDATE run_task_jobs SET lease_until = $1, updated_at = $2 WHERE task_result_id = $3 AND lease_owner = $4 AND state = 'running'`, [
    new Date(now.getTime() + leaseMs).toISOString(),
    now.toISOString(),
    taskResultId,
    owner,
  ]);
  return changes === 1;
}

/** Keeps the evaluated callback body, so a retry after a crash does not evaluate again. */
export async function saveJobResult(db: Database, taskResultId: string, owner: string, result: string, now = new Date()): Promise<boolean> {
  const { changes } = await db.run(`UPDATE run_task_jobs SET result = $1, updated_at = $2 WHERE task_result_id = $3 AND lease_owner = $4 AND state = 'running'`, [
    result,
    now.toISOString(),
    taskResultId,
    owner,
  ]);
  return changes === 1;
}

/** Ends a job; only its current owner can. */
export async function finishJob(db: Database, taskResultId: string, owner: string, state: 'done' | 'failed', error?: string, now = new Date()): Promise<boolean> {
  const { changes } = await db.run(
    `UPDATE run_task_jobs SET state = $1, error = $2, lease_owner = NULL, lease_until = NULL, updated_at = $3 WHERE task_result_id = $4 AND lease_owner = $5 AND state = 'running'`,
    [state, error ?? null, now.toISOString(), taskResultId, owner],
  );
  return changes === 1;
}

/** Back to the queue, for this or another server to claim again; only its current owner can. */
export async function releaseJob(db: Database, taskResultId: string, owner: string, now = new Date()): Promise<boolean> {
  const { changes } = await db.run(
    `UPDATE run_task_jobs SET state = 'queued', lease_owner = NULL, lease_until = NULL, updated_at = $1 WHERE task_result_id = $2 AND lease_owner = $3 AND state = 'running'`,
    [now.toISOString(), taskResultId, owner],
  );
  return changes === 1;
}

export async function getJob(db: Database, taskResultId: string): Promise<RunTaskJob | undefined> {
  const [row] = await db.query<JobRow & Record<string, unknown>>(`SELECT ${COLUMNS} FROM run_task_jobs WHERE task_result_id = $1`, [taskResultId]);
  return row ? toJob(row) : undefined;
}
