import type { Database, SqlExecutor } from './database.js';
import type { Migration } from './migrate.js';

/**
 * Remediation executions (every attempt, with its steps, outputs and errors, and the re-evaluation
 * that followed) and remediation exceptions (resources never to touch, or no longer until cleared
 * after automatic attempts ran out, as Config does). Migrations 0300-0399.
 */
export const REMEDIATION_MIGRATIONS: readonly Migration[] = [
  {
    id: '0300-remediation-executions',
    statements: [
      `CREATE TABLE remediation_executions (
        execution_id TEXT PRIMARY KEY,
        rule_id TEXT NOT NULL,
        resource_type TEXT NOT NULL,
        resource_id TEXT NOT NULL,
        runbook TEXT NOT NULL,
        mode TEXT NOT NULL,
        attempt INTEGER NOT NULL,
        status TEXT NOT NULL,
        parameters TEXT NOT NULL,
        steps TEXT NOT NULL,
        outputs TEXT NOT NULL,
        error TEXT,
        started_at TEXT NOT NULL,
        ended_at TEXT NOT NULL,
        reevaluation_status TEXT,
        reevaluation_message TEXT
      )`,
      'CREATE INDEX remediation_executions_resource ON remediation_executions (rule_id, resource_id, started_at)',
      `CREATE TABLE remediation_exceptions (
        rule_id TEXT NOT NULL,
        resource_type TEXT NOT NULL,
        resource_id TEXT NOT NULL,
        message TEXT,
        expires_at TEXT,
        created_at TEXT NOT NULL,
        PRIMARY KEY (rule_id, resource_type, resource_id)
      )`,
    ],
  },
];

export interface StoredExecution {
  executionId: string;
  ruleId: string;
  resourceType: string;
  resourceId: string;
  runbook: string;
  mode: 'automatic' | 'manual';
  attempt: number;
  status: string;
  parameters: Record<string, unknown>;
  steps: unknown[];
  outputs: Record<string, unknown>;
  error?: string;
  startedAt: string;
  endedAt: string;
  reevaluationStatus?: string;
  reevaluationMessage?: string;
}

export interface StoredException {
  ruleId: string;
  resourceType: string;
  resourceId: string;
  message?: string;
  expiresAt?: string;
  createdAt: string;
}

interface ExecutionRow {
  execution_id: string;
  rule_id: string;
  resource_type: string;
  resource_id: string;
  runbook: string;
  mode: string;
  attempt: number;
  status: string;
  parameters: string;
  steps: string;
  outputs: string;
  error: string | null;
  started_at: string;
  ended_at: string;
  reevaluation_status: string | null;
  reevaluation_message: string | null;
}

export class RemediationStore {
  constructor(private readonly db: SqlExecutor) {}

  async recordExecution(execution: StoredExecution): Promise<void> {
    await this.db.run(
      `INSERT INTO remediation_executions (execution_id, rule_id, resource_type, resource_id, runbook, mode, attempt, status, parameters, steps, outputs, error, started_at, ended_at, reevaluation_status, reevaluation_message)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
      [
        execution.executionId,
        execution.ruleId,
        execution.resourceType,
        execution.resourceId,
        execution.runbook,
        execution.mode,
        execution.attempt,
        execution.status,
        JSON.stringify(execution.parameters),
        JSON.stringify(execution.steps),
        JSON.stringify(execution.outputs),
        execution.error ?? null,
        execution.startedAt,
        execution.endedAt,
        execution.reevaluationStatus ?? null,
        execution.reevaluationMessage ?? null,
      ],
    );
  }

  /** The result of re-evaluating the resource after an execution. */
  async recordReevaluation(executionId: string, status: string, message: string): Promise<void> {
    await this.db.run('UPDATE remediation_executions SET reevaluation_status = $2, reevaluation_message = $3 WHERE execution_id = $1', [executionId, status, message]);
  }

  /** Executions, oldest first, optionally of one rule and/or resource. */
  async executions(filter: { ruleId?: string; resourceId?: string } = {}): Promise<StoredExecution[]> {
    const conditions: string[] = [];
    const params: string[] = [];
    for (const [column, value] of [['rule_id', filter.ruleId], ['resource_id', filter.resourceId]] as const) {
      if (value === undefined) continue;
      params.push(value);
      conditions.push(`${column} = $${params.length}`);
    }
    const rows = await this.db.query<ExecutionRow & Record<string, unknown>>(
      `SELECT * FROM remediation_executions ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''} ORDER BY started_at, attempt, execution_id`,
      params,
    );
    return rows.map((row) => ({
      executionId: row.execution_id,
      ruleId: row.rule_id,
      resourceType: row.resource_type,
      resourceId: row.resource_id,
      runbook: row.runbook,
      mode: row.mode === 'automatic' ? 'automatic' : 'manual',
      attempt: Number(row.attempt),
      status: row.status,
      parameters: JSON.parse(row.parameters) as Record<string, unknown>,
      steps: JSON.parse(row.steps) as unknown[],
      outputs: JSON.parse(row.outputs) as Record<string, unknown>,
      ...(row.error === null ? {} : { error: row.error }),
      startedAt: row.started_at,
      endedAt: row.ended_at,
      ...(row.reevaluation_status === null ? {} : { reevaluationStatus: row.reevaluation_status }),
      ...(row.reevaluation_message === null ? {} : { reevaluationMessage: row.reevaluation_message }),
    }));
  }

  async putException(exception: StoredException): Promise<void> {
    await this.db.run(
      `INSERT INTO remediation_exceptions (rule_id, resource_type, resource_id, message, expires_at, created_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (rule_id, resource_type, resource_id) DO UPDATE SET message = excluded.message, expires_at = excluded.expires_at, created_at = excluded.created_at`,
      [exception.ruleId, exception.resourceType, exception.resourceId, exception.message ?? null, exception.expiresAt ?? null, exception.createdAt],
    );
  }

  /** The exception in force for a resource at `now` (ISO-8601), if any. */
  async exceptionFor(ruleId: string, resourceType: string, resourceId: string, now: string): Promise<StoredException | undefined> {
    const rows = await this.db.query<{ message: string | null; expires_at: string | null; created_at: string }>(
      'SELECT message, expires_at, created_at FROM remediation_exceptions WHERE rule_id = $1 AND resource_type = $2 AND resource_id = $3 AND (expires_at IS NULL OR expires_at > $4)',
      [ruleId, resourceType, resourceId, now],
    );
    const row = rows[0];
    if (!row) return undefined;
    return {
      ruleId,
      resourceType,
      resourceId,
      ...(row.message === null ? {} : { message: row.message }),
      ...(row.expires_at === null ? {} : { expiresAt: row.expires_at }),
      createdAt: row.created_at,
    };
  }

  async deleteException(ruleId: string, resourceType: string, resourceId: string): Promise<boolean> {
    return (await this.db.run('DELETE FROM remediation_exceptions WHERE rule_id = $1 AND resource_type = $2 AND resource_id = $3', [ruleId, resourceType, resourceId])).changes > 0;
  }
}

/**
 * The queue of automatic remediation (`tosei serve --remediation`): batches of evaluations waiting to be
 * remediated, kept in the store so a batch accepted before a restart or a crash is still run after it. A running
 * batch holds a lease its server renews; a batch whose server died is claimed again when the lease runs out, and one
 * claimed `maxAttempts` times is dropped (it is what stopped the server). Migrations 0300-0399.
 */
export const REMEDIATION_QUEUE_MIGRATIONS: readonly Migration[] = [
  {
    id: '0301-remediation-queue',
    statements: [
      `CREATE TABLE remediation_queue (
        batch_id TEXT PRIMARY KEY,
        evaluations TEXT NOT NULL,
        state TEXT NOT NULL,
        lease_owner TEXT,
        lease_until TEXT,
        attempts INTEGER NOT NULL,
        created_at TEXT NOT NULL
      )`,
      'CREATE INDEX remediation_queue_claim ON remediation_queue (state, lease_until, created_at)',
    ],
  },
];

export interface QueuedBatch {
  batchId: string;
  /** The evaluations as received (JSON). */
  evaluations: unknown[];
  /** Claims so far, this one included. */
  attempts: number;
}

export interface BatchClaim {
  owner: string;
  leaseMs: number;
  /** A batch claimed this many times already is dropped instead of being run again. */
  maxAttempts: number;
  now?: Date;
}

export class RemediationQueue {
  constructor(private readonly db: Database) {}

  async enqueue(batchId: string, evaluations: readonly unknown[], now = new Date()): Promise<void> {
    await this.db.run(`INSERT INTO remediation_queue (batch_id, evaluations, state, attempts, created_at) VALUES ($1, $2, 'queued', 0, $3)`, [batchId, JSON.stringify(evaluations), now.toISOString()]);
  }

  /**
   * A running batch whose lease ran out (its server died), else the oldest queued one, leased to `owner`; a batch
   * out of attempts comes back as `dropped` and is deleted. Several servers on one store claim without overlap
   * (PostgreSQL `FOR UPDATE SKIP LOCKED`, SQLite's one writer).
   */
  async claim(options: BatchClaim): Promise<{ batch: QueuedBatch; dropped: boolean } | undefined> {
    const now = options.now ?? new Date();
    const stamp = now.toISOString();
    return this.db.transaction(async (tx) => {
      const lock = tx.dialect === 'postgres' ? ' FOR UPDATE SKIP LOCKED' : '';
      type BatchRow = { batch_id: string; evaluations: string; attempts: number };
      const columns = 'batch_id, evaluations, attempts';
      const [expired] = await tx.query<BatchRow>(`SELECT ${columns} FROM remediation_queue WHERE state = 'running' AND lease_until < $1 ORDER BY lease_until LIMIT 1${lock}`, [stamp]);
      const row = expired ?? (await tx.query<BatchRow>(`SELECT ${columns} FROM remediation_queue WHERE state = 'queued' ORDER BY created_at, batch_id LIMIT 1${lock}`))[0];
      if (!row) return undefined;
      const attempts = Number(row.attempts);
      const batch = { batchId: row.batch_id, evaluations: JSON.parse(row.evaluations) as unknown[], attempts };
      if (attempts >= options.maxAttempts) {
        await tx.run('DELETE FROM remediation_queue WHERE batch_id = $1', [row.batch_id]);
        return { batch, dropped: true };
      }
      const until = new Date(now.getTime() + options.leaseMs).toISOString();
      await tx.run(`UPDATE remediation_queue SET state = 'running', lease_owner = $1, lease_until = $2, attempts = attempts + 1 WHERE batch_id = $3`, [options.owner, until, row.batch_id]);
      return { batch: { ...batch, attempts: attempts + 1 }, dropped: false };
    });
  }

  /** Extends the lease; false when the batch is no longer this owner's. */
  async renew(batchId: string, owner: string, leaseMs: number, now = new Date()): Promise<boolean> {
    const until = new Date(now.getTime() + leaseMs).toISOString();
    return (await this.db.run(`UPDATE remediation_queue SET lease_until = $1 WHERE batch_id = $2 AND lease_owner = $3 AND state = 'running'`, [until, batchId, owner])).changes > 0;
  }

  /** The batch ran (whatever its outcomes: they are in remediation_executions). */
  async done(batchId: string): Promise<void> {
    await this.db.run('DELETE FROM remediation_queue WHERE batch_id = $1', [batchId]);
  }

  async pending(): Promise<number> {
    const [row] = await this.db.query<{ count: number | string }>('SELECT COUNT(*) AS count FROM remediation_queue');
    return Number(row?.count ?? 0);
  }
}
