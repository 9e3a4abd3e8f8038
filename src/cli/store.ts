/**
 * The evaluation store's options, the same for every command: `--database-url URL` (PostgreSQL;
 * default DATABASE_URL) or `--store-file FILE` (SQLite; default tosei.db in the working
 * directory). Older spellings (`--database-file` of serve, `--database` of remediate) still work,
 * with a note.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { DEFAULT_SQLITE_FILE } from '../store/database.js';
import { openStore, type Database } from '../store/index.js';
import { UsageError, type CliEnvironment } from './common.js';

export const STORE_OPTIONS = {
  'database-url': { type: 'string' },
  'store-file': { type: 'string' },
  /** Deprecated: `tosei serve`'s name for --store-file. */
  'database-file': { type: 'string' },
  /** Deprecated: `tosei remediate`'s option, a URL or a file. */
  database: { type: 'string' },
} satisfies ParseArgsConfig['options'];

/** The lines every command's usage shows for the store. */
export const STORE_USAGE = `  --database-url URL          PostgreSQL store (default DATABASE_URL)
  --store-file FILE           SQLite store when no database URL is given (default ${DEFAULT_SQLITE_FILE})`;

export interface StoreOptionValues {
  'database-url'?: string | undefined;
  'store-file'?: string | undefined;
  'database-file'?: string | undefined;
  database?: string | undefined;
}

export interface StoreLocation {
  url?: string;
  file: string;
}

const POSTGRES_URL = /^postgres(ql)?:\/\//;

/** Where the store is: `--database-url`, else DATABASE_URL, else the SQLite `--store-file`. */
export function storeOptions(values: StoreOptionValues, io: CliEnvironment): StoreLocation {
  let url = values['database-url'];
  let file = values['store-file'];
  if (values['database-file'] !== undefined) {
    io.stderr('tosei: --database-file is deprecated; use --store-file\n');
    file ??= values['database-file'];
  }
  if (values.database !== undefined) {
    const isUrl = POSTGRES_URL.test(values.database);
    io.stderr(`tosei: --database is deprecated; use ${isUrl ? '--database-url' : '--store-file'}\n`);
    if (isUrl) url ??= values.database;
    else file ??= values.database;
  }
  url ??= io.env.DATABASE_URL || undefined;
  const location: StoreLocation = { file: resolve(io.cwd, file ?? DEFAULT_SQLITE_FILE) };
  if (url) location.url = url;
  return location;
}

/** Whether the store was asked for (`--store`, an explicit location, or DATABASE_URL). */
export function storeRequested(values: StoreOptionValues & { store?: boolean | undefined }, location: StoreLocation): boolean {
  return values.store === true || location.url !== undefined || values['store-file'] !== undefined || values['database-file'] !== undefined || values.database !== undefined;
}

/**
 * Opens the store (schema brought up to date), runs `work`, closes it. `existing`: only read a store
 * that is there — reading never leaves an empty tosei.db behind.
 */
export async function withStore<T>(location: StoreLocation, work: (db: Database) => Promise<T>, options: { existing?: boolean } = {}): Promise<T> {
  if (options.existing && !location.url && location.file !== ':memory:' && !existsSync(location.file)) {
    throw new UsageError(`no evaluation store at ${location.file}: evaluations are recorded with --store (or name the store with --store-file FILE or --database-url URL)`);
  }
  let db: Database;
  try {
    db = await openStore(location);
  } catch (error) {
    throw new UsageError(`cannot open the evaluation store (${location.url ? 'DATABASE_URL' : location.file}): ${(error as Error).message}`);
  }
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}
