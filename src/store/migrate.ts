import type { Database, Dialect } from './database.js';

/**
 * One schema change. Ids sort in the order they apply; each area of the store owns a range so that
 * areas can add migrations independently: 0100-0199 run-task jobs, 0200-0299 evaluations and their
 * history, 0300-0399 remediation executions. Once released, a migration is never edited: add another.
 */
export interface Migration {
  id: string;
  /**
   * Statements, run in order in one transaction: one list in the common SQL subset, or a function of
   * the dialect where they differ (see AUTO_ID).
   */
  statements: readonly string[] | ((dialect: Dialect) => readonly string[]);
}

/** An auto-numbered primary key column, the one place the store's tables differ between dialects. */
export const AUTO_ID: Readonly<Record<Dialect, string>> = { sqlite: 'INTEGER PRIMARY KEY AUTOINCREMENT', postgres: 'BIGSERIAL PRIMARY KEY' };

// An arbitrary constant: PostgreSQL advisory lock that serialises migrations across servers.
const MIGRATION_LOCK = 7_412_309;

/** Applies the migrations not yet applied, in id order; safe to call from several processes at once. */
export async function migrate(db: Database, migrations: readonly Migration[]): Promise<string[]> {
  const ordered = [...migrations].sort((a, b) => a.id.localeCompare(b.id));
  const ids = new Set<string>();
  for (const migration of ordered) {
    if (ids.has(migration.id)) throw new Error(`duplicate migration id ${migration.id}`);
    ids.add(migration.id);
  }
  return db.transaction(async (tx) => {
    if (tx.dialect === 'postgres') await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.run('CREATE TABLE IF NOT EXISTS tosei_migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
    const done = new Set((await tx.query<{ id: string }>('SELECT id FROM tosei_migrations')).map((row) => row.id));
    const applied: string[] = [];
    for (const migration of ordered) {
      if (done.has(migration.id)) continue;
      const statements = typeof migration.statements === 'function' ? migration.statements(tx.dialect) : migration.statements;
      for (const statement of statements) await tx.run(statement);
      await tx.run('INSERT INTO tosei_migrations (id, applied_at) VALUES ($1, $2)', [migration.id, new Date().toISOString()]);
      applied.push(migration.id);
    }
    return applied;
  });
}
