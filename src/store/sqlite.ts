import BetterSqlite3 from 'better-sqlite3';
import type { Database, SqlExecutor, SqlParameter } from './database.js';

type Statement = BetterSqlite3.Statement<unknown[], unknown>;

/** How long a statement waits for another connection's write lock before it fails. */
const BUSY_TIMEOUT_MS = 5000;

/**
 * better-sqlite3 is synchronous, so one connection serves everything; an async transaction must not
 * interleave with other callers' statements, so every use of the connection waits its turn.
 *
 * Another connection (the run task worker thread's, another process's) may hold the write lock.
 * SQLite's own busy timeout would wait for it by sleeping the thread, which on the thread that
 * answers HTTP stalls every request; so the lock is waited for here, asynchronously.
 *
 * WAL with synchronous=NORMAL: a commit survives the process being killed (what a job store needs:
 * a job stored before its 200 outlives a crash); only an operating-system crash or power loss can
 * undo the last commits. FULL synced the disk on every commit, several times per job.
 */
export function openSqlite(file: string): Database {
  const connection = new BetterSqlite3(file);
  connection.pragma('busy_timeout = 0');
  connection.pragma('journal_mode = WAL');
  connection.pragma('synchronous = NORMAL');
  connection.pragma('foreign_keys = ON');
  // Statistics for the query planner, as SQLite advises for a long-lived connection: tables whose
  // size changed much since they were last analysed are analysed now, each on a bounded sample (the
  // dashboard's queries choose their index by these; without them a filter on a few values can scan
  // and sort a quarter of a large store).
  connection.pragma('analysis_limit = 400');
  connection.pragma('optimize = 0x10002');
  const statements = new Map<string, { statement: Statement; order: number[] }>();
  let queue: Promise<unknown> = Promise.resolve();

  const prepare = (sql: string, params: readonly SqlParameter[]): { statement: Statement; values: unknown[] } => {
    let cached = statements.get(sql);
    if (!cached) {
      const { text, order } = toSqlitePlaceholders(sql);
      cached = { statement: connection.prepare(text), order };
      statements.set(sql, cached);
    }
    return { statement: cached.statement, values: cached.order.map((index) => toSqliteValue(params[index])) };
  };
  const direct: SqlExecutor = {
    dialect: 'sqlite',
    query: async <T>(sql: string, params: readonly SqlParameter[] = []) => {
      const { statement, values } = prepare(sql, params);
      return whenNotBusy(() => statement.all(...values) as T[]);
    },
    run: async (sql, params = []) => {
      const { statement, values } = prepare(sql, params);
      if (!statement.reader) return whenNotBusy(() => ({ changes: statement.run(...values).changes }));
      // A statement with RETURNING reads rows; count them as its changes.
      return whenNotBusy(() => ({ changes: statement.all(...values).length }));
    },
  };
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const result = queue.then(work, work);
    queue = result.catch(() => undefined);
    return result;
  };

  return {
    dialect: 'sqlite',
    query: (sql, params) => exclusive(() => direct.query(sql, params)),
    run: (sql, params) => exclusive(() => direct.run(sql, params)),
    transaction: (work) =>
      exclusive(async () => {
        await whenNotBusy(() => connection.exec('BEGIN IMMEDIATE'));
        try {
          const result = await work(direct);
          connection.exec('COMMIT');
          return result;
        } catch (error) {
          connection.exec('ROLLBACK');
          throw error;
        }
      }),
    close: () =>
      exclusive(async () => {
        connection.close();
      }),
  };
}

/** Runs `work`, and again after a short wait while another connection holds the lock (SQLITE_BUSY). */
async function whenNotBusy<T>(work: () => T): Promise<T> {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  for (let wait = 1; ; wait = Math.min(wait * 2, 16)) {
    try {
      return work();
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'SQLITE_BUSY' || Date.now() >= deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

/** `$1 ... $2 ... $1` becomes `? ... ? ... ?` with the parameter indexes in order of use. */
export function toSqlitePlaceholders(sql: string): { text: string; order: number[] } {
  const order: number[] = [];
  const text = sql.replace(/\$(\d+)/g, (_match, digits: string) => {
    order.push(Number(digits) - 1);
    return '?';
  });
  return { text, order };
}

function toSqliteValue(value: SqlParameter): unknown {
  if (value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}
