import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/store/index.js';

export interface TestDatabase {
  /** `sqlite` or `postgres`: for test names. */
  name: string;
  /** What to give `openDatabase`/`openStore` (or a server's DATABASE_URL) to reach this database. */
  options: { url?: string; file?: string };
  open(): Promise<Database>;
  /** Removes the database (the SQLite directory, or the PostgreSQL database). */
  dispose(): Promise<void>;
}

/**
 * The databases store tests run on: SQLite always, PostgreSQL too when TOSEI_TEST_DATABASE_URL names a
 * server (`.ci/run` starts one). Each call makes fresh, empty databases, so tests never share state.
 */
export async function testDatabases(): Promise<TestDatabase[]> {
  const directory = mkdtempSync(join(tmpdir(), 'tosei-store-'));
  const file = join(directory, 'tosei.db');
  const databases: TestDatabase[] = [
    {
      name: 'sqlite',
      options: { file },
      open: () => openDatabase({ file }),
      dispose: async () => rmSync(directory, { recursive: true, force: true }),
    },
  ];
  const serverUrl = process.env.TOSEI_TEST_DATABASE_URL;
  if (serverUrl) {
    const name = `tosei_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    databases.push({
      name: 'postgres',
      options: { url: url.toString() },
      open: () => openDatabase({ url: url.toString() }),
      dispose: async () => {
        const client = new pg.Client({ connectionString: serverUrl });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await client.end();
      },
    });
  }
  return databases;
}
