/**
 * The one SQL surface every store module uses: SQLite in a local file by default (nothing to
 * install), PostgreSQL when `DATABASE_URL` names one (several `tosei serve` instances then share the
 * work). SQL is written once, in PostgreSQL's placeholder style (`$1`, `$2`, ...); the SQLite side
 * rewrites the placeholders. Keep to the common subset: TEXT for timestamps (ISO-8601 UTC, so they
 * sort) and JSON, INTEGER for counters and flags, `ON CONFLICT ... DO NOTHING/UPDATE`, `RETURNING`.
 * Where the dialects really differ (claiming a job with `FOR UPDATE SKIP LOCKED`), branch on
 * `db.dialect`.
 */
export type Dialect = 'sqlite' | 'postgres';
export type SqlParameter = string | number | boolean | null | undefined;
export type Row = Record<string, unknown>;

export interface SqlExecutor {
  readonly dialect: Dialect;
  /** Rows of a SELECT (or of a statement with RETURNING). */
  query<T extends Row = Row>(sql: string, params?: readonly SqlParameter[]): Promise<T[]>;
  /** A statement without rows; `changes` is the number of rows it inserted, updated or deleted. */
  run(sql: string, params?: readonly SqlParameter[]): Promise<{ changes: number }>;
}

export interface Database extends SqlExecutor {
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** `postgres://` or `postgresql://` URL; when absent, SQLite. */
  url?: string | undefined;
  /** SQLite file (created when missing); `:memory:` for a private in-memory database. */
  file?: string | undefined;
}

/** The default SQLite file, relative to the working directory. */
export const DEFAULT_SQLITE_FILE = 'tosei.db';

/** Opens the store's database: PostgreSQL when `url` is a postgres URL, else SQLite in `file`. */
export async function openDatabase(options: OpenOptions = {}): Promise<Database> {
  const url = options.url?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) throw new Error('DATABASE_URL must be a postgres:// or postgresql:// URL');
    const { openPostgres } = await import('./postgres.js');
    return openPostgres(url);
  }
  const { openSqlite } = await import('./sqlite.js');
  return openSqlite(options.file ?? DEFAULT_SQLITE_FILE);
}
