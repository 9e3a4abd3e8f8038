import pg from 'pg';
import type { Database, SqlExecutor, SqlParameter } from './database.js';

// COUNT(*) and BIGINT come back as strings by default; the store's counters fit in a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export function openPostgres(url: string): Database {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client that loses its connection must not crash the process.
  pool.on('error', () => undefined);
  const executor = (client: pg.Pool | pg.PoolClient): SqlExecutor => ({
    dialect: 'postgres',
    query: async <T>(sql: string, params: readonly SqlParameter[] = []) => (await client.query(sql, params.map(toPostgresValue))).rows as T[],
    run: async (sql, params = []) => ({ changes: (await client.query(sql, params.map(toPostgresValue))).rowCount ?? 0 }),
  });
  const shared = executor(pool);
  return {
    ...shared,
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(executor(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** Flags are INTEGER columns on both sides (SQLite has no boolean). */
function toPostgresValue(value: SqlParameter): unknown {
  if (value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}
