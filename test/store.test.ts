import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { AUTO_ID, migrate, type Migration } from '../src/store/index.js';
import { toSqlitePlaceholders } from '../src/store/sqlite.js';
import { testDatabases } from './support/databases.js';

const notes: Migration = {
  id: '9000_test_notes',
  statements: (dialect) => [`CREATE TABLE notes (id ${AUTO_ID[dialect]}, body TEXT NOT NULL, flag INTEGER NOT NULL)`],
};

describe('store: placeholders', () => {
  it('rewrites $n to ? in order of use, repeating parameters', () => {
    assert.deepEqual(toSqlitePlaceholders('SELECT * FROM t WHERE a = $2 OR b = $1 OR c = $2'), { text: 'SELECT * FROM t WHERE a = ? OR b = ? OR c = ?', order: [1, 0, 1] });
  });
});

const databases = await testDatabases();
after(async () => {
  for (const database of databases) await database.dispose();
});

for (const database of databases) {
  describe(`store on ${database.name}`, () => {
    it('applies each migration once, in id order, also when migrate runs concurrently', async () => {
      const db = await database.open();
      try {
        const second: Migration = { id: '9001_test_notes_index', statements: ['CREATE INDEX notes_body ON notes (body)'] };
        const results = await Promise.all([migrate(db, [second, notes]), migrate(db, [notes, second])]);
        assert.deepEqual(results.flat().sort(), ['9000_test_notes', '9001_test_notes_index']);
        assert.deepEqual(await migrate(db, [notes, second]), []);
      } finally {
        await db.close();
      }
    });

    it('binds parameters, returns rows and counts changes', async () => {
      const db = await database.open();
      try {
        await migrate(db, [notes]);
        const inserted = await db.query<{ id: number }>('INSERT INTO notes (body, flag) VALUES ($1, $2) RETURNING id', ['a', true]);
        assert.equal(inserted.length, 1);
        await db.run('INSERT INTO notes (body, flag) VALUES ($1, $2)', ['b', false]);
        const rows = await db.query<{ body: string; flag: number }>('SELECT body, flag FROM notes WHERE body = $1 OR body = $2 ORDER BY body', ['a', 'b']);
        assert.deepEqual(rows.map((row) => [row.body, Number(row.flag)]), [['a', 1], ['b', 0]]);
        assert.equal((await db.run('UPDATE notes SET flag = $1', [1])).changes, 2);
        const [count] = await db.query<{ n: number }>('SELECT COUNT(*) AS n FROM notes');
        assert.equal(Number(count?.n), 2);
      } finally {
        await db.close();
      }
    });

    it('rolls a failed transaction back and keeps the connection usable', async () => {
      const db = await database.open();
      try {
        await migrate(db, [notes]);
        await assert.rejects(
          db.transaction(async (tx) => {
            await tx.run('INSERT INTO notes (body, flag) VALUES ($1, $2)', ['lost', 0]);
            throw new Error('boom');
          }),
          /boom/,
        );
        const committed = await db.transaction(async (tx) => {
          await tx.run('INSERT INTO notes (body, flag) VALUES ($1, $2)', ['kept', 0]);
          return 'done';
        });
        assert.equal(committed, 'done');
        const bodies = (await db.query<{ body: string }>('SELECT body FROM notes WHERE body IN ($1, $2)', ['lost', 'kept'])).map((row) => row.body);
        assert.deepEqual(bodies, ['kept']);
      } finally {
        await db.close();
      }
    });
  });
}
