import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { groupCommit } from '../../src/gates/run-task/server.js';
import { openStore } from '../../src/store/index.js';
import { claimJob, enqueueJob, finishJob, getJob, renewLease, saveJobResult } from '../../src/store/run-task-jobs.js';
import { testDatabases } from '../support/databases.js';

const databases = await testDatabases();
after(async () => {
  for (const database of databases) await database.dispose();
});

const job = (id: string) => ({ taskResultId: id, request: JSON.stringify({ taskResultId: id }), sealedToken: 'v1:sealed' });
const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, seconds));

for (const database of databases) {
  describe(`run task jobs on ${database.name}`, () => {
    it('stores a task result once: a duplicate is not queued again', async () => {
      const db = await openStore(database.options);
      try {
        assert.equal(await enqueueJob(db, job('taskrs-once'), at(0)), 'queued');
        assert.equal(await enqueueJob(db, job('taskrs-once'), at(1)), 'duplicate');
        const stored = await getJob(db, 'taskrs-once');
        assert.equal(stored?.state, 'queued');
        assert.equal(stored?.attempts, 0);
      } finally {
        await db.close();
      }
    });

    it('queued -> running -> done; only the lease owner can finish, and the done job is never claimed again', async () => {
      const db = await openStore(database.options);
      try {
        await enqueueJob(db, job('taskrs-flow'), at(0));
        // Claims whatever an earlier test left queued too; our job must be among them.
        const ids: string[] = [];
        for (let next = await claimJob(db, { owner: 'a', leaseMs: 10_000, maxAttempts: 3, now: at(1) }); next; next = await claimJob(db, { owner: 'a', leaseMs: 10_000, maxAttempts: 3, now: at(1) })) ids.push(next.job.taskResultId);
        assert.ok(ids.includes('taskrs-flow'));
        assert.equal((await getJob(db, 'taskrs-flow'))?.state, 'running');
        assert.equal(await finishJob(db, 'taskrs-flow', 'b', 'done'), false, 'not the owner');
        assert.equal(await saveJobResult(db, 'taskrs-flow', 'a', '{"status":"passed"}'), true);
        assert.equal(await finishJob(db, 'taskrs-flow', 'a', 'done'), true);
        const done = await getJob(db, 'taskrs-flow');
        assert.equal(done?.state, 'done');
        assert.equal(done?.result, '{"status":"passed"}');
        assert.equal(await claimJob(db, { owner: 'c', leaseMs: 10_000, maxAttempts: 3, now: at(3600) }).then((next) => next?.job.taskResultId === 'taskrs-flow'), false);
      } finally {
        await db.close();
      }
    });

    it('a job whose lease ran out is claimed again (keeping its saved result); renewing keeps it', async () => {
      const db = await openStore(database.options);
      try {
        await enqueueJob(db, job('taskrs-lease'), at(100));
        let claim;
        do claim = await claimJob(db, { owner: 'dead', leaseMs: 5_000, maxAttempts: 5, now: at(101) });
        while (claim && claim.job.taskResultId !== 'taskrs-lease');
        assert.ok(claim);
        await saveJobResult(db, 'taskrs-lease', 'dead', '{"status":"failed"}');
        assert.equal(await renewLease(db, 'taskrs-lease', 'dead', 5_000, at(104)), true);
        assert.equal(await claimJob(db, { owner: 'alive', leaseMs: 5_000, maxAttempts: 5, now: at(108) }), undefined, 'the renewed lease still holds');
        const again = await claimJob(db, { owner: 'alive', leaseMs: 5_000, maxAttempts: 5, now: at(110) });
        assert.equal(again?.job.taskResultId, 'taskrs-lease');
        assert.equal(again?.job.attempts, 2);
        assert.equal(again?.job.result, '{"status":"failed"}');
        assert.equal(await renewLease(db, 'taskrs-lease', 'dead', 5_000, at(111)), false, 'the old owner lost it');
        assert.equal(await finishJob(db, 'taskrs-lease', 'alive', 'done'), true);
      } finally {
        await db.close();
      }
    });

    it('a job that keeps crashing its server is failed after the last attempt', async () => {
      const db = await openStore(database.options);
      try {
        await enqueueJob(db, job('taskrs-crashy'), at(200));
        for (let attempt = 1; attempt <= 2; attempt += 1) {
          const claim = await claimJob(db, { owner: `o${attempt}`, leaseMs: 1_000, maxAttempts: 2, now: at(200 + attempt * 10) });
          assert.equal(claim?.job.taskResultId, 'taskrs-crashy');
          assert.equal(claim?.exhausted, false);
        }
        const last = await claimJob(db, { owner: 'o3', leaseMs: 1_000, maxAttempts: 2, now: at(240) });
        assert.equal(last?.exhausted, true);
        const failed = await getJob(db, 'taskrs-crashy');
        assert.equal(failed?.state, 'failed');
        assert.match(failed?.error ?? '', /gave up after 2 attempts/);
      } finally {
        await db.close();
      }
    });

    it('group commit: concurrent requests share transactions; each learns whether it was new', async () => {
      const db = await openStore(database.options);
      try {
        let transactions = 0;
        const counting = { ...db, transaction: <T>(work: Parameters<typeof db.transaction<T>>[0]) => ((transactions += 1), db.transaction(work)) };
        const enqueue = groupCommit(counting);
        const ids = Array.from({ length: 60 }, (_, index) => `taskrs-group-${index % 50}`);
        const outcomes = await Promise.all(ids.map((id) => enqueue(job(id))));
        assert.equal(outcomes.filter((outcome) => outcome === 'queued').length, 50);
        assert.equal(outcomes.filter((outcome) => outcome === 'duplicate').length, 10);
        assert.ok(transactions < 10, `${transactions} transactions for 60 requests`);
        for (let index = 0; index < 50; index += 1) assert.equal((await getJob(db, `taskrs-group-${index}`))?.state, 'queued');
      } finally {
        await db.close();
      }
    });

    it('concurrent claimers never get the same job (on PostgreSQL through two connections)', async () => {
      const first = await openStore(database.options);
      // better-sqlite3 is synchronous: a second connection in the same thread would wait on the first
      // one's lock while blocking it; several processes share a SQLite file through BEGIN IMMEDIATE.
      const second = database.name === 'postgres' ? await openStore(database.options) : first;
      try {
        const ids = Array.from({ length: 20 }, (_, index) => `taskrs-many-${index}`);
        for (const id of ids) await enqueueJob(first, job(id), at(300));
        const claimed: string[] = [];
        const worker = async (db: typeof first, owner: string) => {
          for (;;) {
            const claim = await claimJob(db, { owner, leaseMs: 60_000, maxAttempts: 5, now: at(301) });
            if (!claim) return;
            claimed.push(claim.job.taskResultId);
          }
        };
        await Promise.all([worker(first, 'x'), worker(second, 'y'), worker(first, 'z'), worker(second, 'w')]);
        const mine = claimed.filter((id) => id.startsWith('taskrs-many-'));
        assert.equal(mine.length, ids.length);
        assert.equal(new Set(mine).size, ids.length);
      } finally {
        await first.close();
        if (second !== first) await second.close();
      }
    });
  });
}
