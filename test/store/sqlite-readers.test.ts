// SQLite with reader threads (openStore(file, { readers }), as `vigie serve` opens it): the whole store
// contract on a file database whose plain reads run on read-only connections in worker threads, plus what
// only the pool shows (fresh data after each write, many reads at once, errors carried back, clean close).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { openSqliteDb } from '../../src/store/sqlite/sqlite-db.js';
import { openSqliteReadPool } from '../../src/store/sqlite/sqlite-read-pool.js';
import { runStoreContract } from '../contracts/store.contract.js';
import { doc, ev } from './fixtures.js';

const now = (): Date => new Date('2026-01-15T12:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'vigie-readers-'));
let n = 0;
const freshFile = (): string => join(dir, `store-${n++}.db`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

runStoreContract({
  name: 'sqlite-readers',
  open: (resolver) => openStore(freshFile(), { now, readers: 2, ...(resolver ? { resolver } : {}) }),
});

describe('SQLite reader threads', () => {
  it('answers reads with what was committed just before, and many reads at once like one by one', async () => {
    const store = await openStore(freshFile(), { now, readers: 2 });
    try {
      for (let i = 0; i < 6; i++) {
        const text = `Une attaque a visé Lieu${i} le ${10 + i} mai 2023.`;
        await store.saveDocument(doc(`r${i}`, text), [ev(text, { evidence: `attaque a visé Lieu${i}`, day: `2023-05-${10 + i}`, place: `Lieu${i}`, country: 'MLI' })]);
        // each read right after a write sees it
        expect((await store.counts()).events).toBe(i + 1);
      }
      const queries = [{}, { text: 'attaque' }, { country: 'MLI', sort: 'date' as const }, { since: '2023-05-12' }, { limit: 2 }];
      const serial: Awaited<ReturnType<typeof store.listEvents>>[] = [];
      for (const q of queries) serial.push(await store.listEvents(q));
      const parallel = await Promise.all(Array.from({ length: 5 }, () => queries.map((q) => store.listEvents(q))).flat());
      parallel.forEach((p, i) => expect(p).toEqual(serial[i % queries.length]));
      expect(serial[0]!.total).toBe(6);
      expect(serial[3]!.total).toBe(4);
    } finally {
      await store.close();
    }
  });

  it('carries SQL errors back from the reader thread, and refuses reads once closed', async () => {
    const db = openSqliteDb(freshFile(), { readers: 1 });
    await db.exec('CREATE TABLE t (x INTEGER)');
    await db.run('INSERT INTO t (x) VALUES (?)', [7]);
    expect(await db.get<{ x: number }>('SELECT x FROM t WHERE x = ?', [7])).toEqual({ x: 7 });
    await expect(db.all('SELECT * FROM no_such_table')).rejects.toThrow(/no such table: no_such_table/);
    // a write that returns rows (RETURNING) is not a read: it runs on the writing connection
    expect(await db.all('INSERT INTO t (x) VALUES (1) RETURNING x')).toEqual([{ x: 1 }]);
    expect(await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM t')).toEqual({ n: 2 });
    await db.close();
    await expect(db.get('SELECT 1')).rejects.toThrow();
  });

  it('fails reads with the reason when a reader thread cannot open the database, rather than hanging', async () => {
    const pool = openSqliteReadPool(join(dir, 'missing', 'nothing.db'), 2);
    try {
      await expect(pool.all('SELECT 1', [])).rejects.toThrow(/SQLite reader thread (failed|exited).*|unable to open/);
      // every later read fails too, at once
      await expect(pool.get('SELECT 1', [])).rejects.toThrow(/SQLite reader thread|unable to open/);
    } finally {
      await pool.close();
    }
  });

  it('keeps working in memory, where no other connection can see the database (readers ignored)', async () => {
    const store = await openStore(':memory:', { now, readers: 2 });
    try {
      const text = 'Une attaque a visé Gao le 2 mai 2023.';
      await store.saveDocument(doc('g1', text), [ev(text, { evidence: 'Une attaque a visé Gao', day: '2023-05-02', place: 'Gao', country: 'MLI' })]);
      expect((await store.listEvents({ text: 'gao' })).total).toBe(1);
    } finally {
      await store.close();
    }
  });
});

describe('defaultReaders', () => {
  it('uses reader threads only where there are cores to run them beside the main thread', async () => {
    const { defaultReaders } = await import('../../src/store/index.js');
    expect([1, 2, 3, 4, 8, 64].map((c) => defaultReaders(c))).toEqual([0, 0, 0, 3, 4, 4]);
  });
});
