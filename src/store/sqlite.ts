import BetterSqlite3 from 'better-sqlite3';
import type { Database, SqlExecutor, SqlParameter } from './database.js';

type Statement = BetterSqlite3.Statement<unknown[], unknown>;

/**
 * better-sqlite3 is synchronous, so one connection serves everything; an async transaction must not
 * interleave with other callers' statements, so every use of the connection waits its turn.
 */
export function openSqlite(file: string): Database {
  const connection = new BetterSqlite3(file);
  connection.pragma('journal_mode = WAL');
  connection.pragma('busy_timeout = 5000');
  connection.pragma('foreign_keys = ON');
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
      return statement.all(...values) as T[];
    },
    run: async (sql, params = []) => {
      const { statement, values } = prepare(sql, params);
      if (!statement.reader) return { changes: statement.run(...values).changes };
      // A statement with RETURNING reads rows; count them as its changes.
      return { changes: statement.all(...values).length };
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
        connection.exec('BEGIN IMMEDIATE');
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
