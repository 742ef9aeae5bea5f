// The store contract on a real PostgreSQL server (VIGIE_TEST_PG), plus concurrency: several writers at once.
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { POSTGRES_MIGRATIONS } from '../../src/store/postgres/migrations/index.js';
import { runStoreContract } from '../contracts/store.contract.js';
import { doc, ev } from './fixtures.js';
import { createTestDatabase, dropTestDatabases, PG_SKIP_REASON, PG_URL } from './pg-test-db.js';

const now = (): Date => new Date('2026-01-15T12:00:00Z');

if (!PG_URL) {
  describe.skip(`EventStore contract: postgres — ${PG_SKIP_REASON}`, () => {
    it('needs a PostgreSQL server', () => undefined);
  });
  console.warn(PG_SKIP_REASON);
} else {
  afterAll(dropTestDatabases);

  runStoreContract({ name: 'postgres', open: async (resolver) => openStore(await createTestDatabase(), { now, poolSize: 4, ...(resolver ? { resolver } : {}) }) });

  describe('PostgreSQL store under concurrent writers', () => {
    it('two processes opening one empty database migrate it once', async () => {
      const url = await createTestDatabase();
      const stores = await Promise.all([openStore(url, { now }), openStore(url, { now }), openStore(url, { now })]);
      expect(await Promise.all(stores.map((s) => s.migrate()))).toEqual([0, 1, 2].map(() => POSTGRES_MIGRATIONS.length));
      await Promise.all(stores.map((s) => s.close()));
    });

    it('the same documents saved by several writers at once are stored once, with the events of a serial run', async () => {
      const texts = Array.from({ length: 24 }, (_, i) => `Frappe ${i % 6} sur Stepanakert le 19 septembre, rapport ${i}.`);
      const items = texts.map((t, i) => ({
        d: doc(`c${i}`, t, { source: `outlet${i % 4}` }),
        events: [ev(t, { evidence: `Frappe ${i % 6} sur Stepanakert`, day: '2023-09-19', place: 'Stepanakert', lat: 39.815, lon: 46.752, country: 'AZE' })],
      }));
      const serial = await openStore(await createTestDatabase(), { now });
      for (const it of items) await serial.saveDocument(it.d, it.events);
      const url = await createTestDatabase();
      const writers = await Promise.all([0, 1, 2].map(() => openStore(url, { now, poolSize: 3 })));
      // Every writer saves every document (as retried jobs would), in its own order.
      await Promise.all(writers.map((w, k) => (async () => {
        const order = k === 1 ? [...items].reverse() : items;
        for (const it of order) await w.saveDocument(it.d, it.events);
      })()));
      const a = await serial.counts();
      const b = await writers[0]!.counts();
      expect(b).toEqual(a);
      const partition = async (s: typeof serial): Promise<string[]> =>
        (await s.listEvents({ limit: 500 })).items.map((e) => e.documentIds.join('+')).sort();
      expect(await partition(writers[0]!)).toEqual(await partition(serial));
      await serial.close();
      await Promise.all(writers.map((w) => w.close()));
    });

    it('writers saving the same batches in opposite orders neither deadlock nor duplicate', async () => {
      const texts = Array.from({ length: 40 }, (_, i) => `Frappe ${i % 5} sur Stepanakert le 19 septembre, dépêche ${i}.`);
      const items = texts.map((t, i) => ({
        doc: doc(`r${i}`, t, { source: `outlet${i % 3}` }),
        events: [ev(t, { evidence: `Frappe ${i % 5} sur Stepanakert`, day: '2023-09-19', place: 'Stepanakert', lat: 39.815, lon: 46.752, country: 'AZE' })],
      }));
      const url = await createTestDatabase();
      const writers = await Promise.all([0, 1, 2].map(() => openStore(url, { now, poolSize: 3 })));
      const results = await Promise.all(writers.map((w, k) => w.saveDocuments(k === 1 ? [...items].reverse() : items)));
      for (const r of results) expect(r).toHaveLength(40);
      // each document was stored by exactly one writer
      const storedBy = items.map((_, i) => results.filter((r, k) => (k === 1 ? r[39 - i] : r[i])!.status === 'stored').length);
      expect(storedBy).toEqual(items.map(() => 1));
      expect(await writers[0]!.counts()).toMatchObject({ documents: 40, mentions: 40 });
      await Promise.all(writers.map((w) => w.close()));
    });
  });
}
