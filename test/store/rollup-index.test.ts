// The in-memory rollup index (src/store/rollup-index.ts): its aggregates equal the same aggregates computed
// from the events; it is rebuilt after any write, through this connection or another one (another process).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEventResolver } from '../../src/resolve/dedup/index.js';
import { aggregate } from '../../src/store/event-query.js';
import type { EventQuery, EventStore } from '../../src/store/event-store.js';
import { openStore } from '../../src/store/index.js';
import { migrate } from '../../src/store/migrate.js';
import { createRollupIndexCache, loadRollupIndex, mondayOf, type RollupIndex } from '../../src/store/rollup-index.js';
import { createSqlEventStore } from '../../src/store/sql-event-store.js';
import { sqliteDialect } from '../../src/store/sqlite/sqlite-dialect.js';
import { openSqliteDb } from '../../src/store/sqlite/sqlite-db.js';
import { prng } from '../../src/util/prng.js';
import { doc, ev, exact, ROLLUP_PLACES as PLACES, ROLLUP_TYPES as TYPES } from './fixtures.js';

const NOW = (): Date => new Date('2024-06-01T00:00:00Z');

/** n documents, one event each, over ~10 weeks (some multi-day, some undated, some merged by the resolver). */
async function fill(store: EventStore, r: () => number, from: number, n: number): Promise<void> {
  for (let i = from; i < from + n; i++) {
    const p = PLACES[Math.floor(r() * PLACES.length)]!;
    const type = TYPES[Math.floor(r() * TYPES.length)]!;
    const d = new Date(Date.UTC(2024, 1, 20 + Math.floor(r() * 70)));
    const day = d.toISOString().slice(0, 10);
    const text = `Événement ${i} à ${p.place} : ${1 + Math.floor(r() * 20)} morts.`;
    const event = ev(text, {
      evidence: `Événement ${i}`, type, ...(r() < 0.9 ? { day } : {}), country: p.country, place: p.place, lat: p.lat, lon: p.lon,
      ...(r() < 0.6 ? { killed: exact(1 + Math.floor(r() * 20)) } : {}), ...(r() < 0.3 ? { injured: exact(Math.floor(r() * 5)) } : {}),
    });
    const end = new Date(d.getTime() + Math.floor(1 + r() * 20) * 86_400_000).toISOString().slice(0, 10);
    const multi = event.date && r() < 0.2 ? { ...event, date: { ...event.date, end } } : event;
    await store.saveDocument(doc(`x${i}`, text, { date: '2024-05-01', source: `outlet${i % 5}` }), [multi]);
  }
}

function randomQuery(r: () => number): [EventQuery, { interval: 'day' | 'week'; group: 'type' | 'country' | null }] {
  const day = (): string => new Date(Date.UTC(2024, 1, 10 + Math.floor(r() * 90))).toISOString().slice(0, 10);
  const q: { -readonly [K in keyof EventQuery]: EventQuery[K] } = {};
  if (r() < 0.3) q.type = [...TYPES, 'AGREE'][Math.floor(r() * 4)];
  if (r() < 0.3) q.country = ['MLI', 'COD', 'UKR', 'FRA'][Math.floor(r() * 4)];
  if (r() < 0.5) q.since = day();
  if (r() < 0.5) q.until = day();
  const group = ([null, 'type', 'country'] as const)[Math.floor(r() * 3)]!;
  return [q, { interval: r() < 0.5 ? 'day' : 'week', group }];
}

async function expectIndexMatchesEvents(store: EventStore, db: ReturnType<typeof openSqliteDb>, seed: number): Promise<RollupIndex> {
  const index = await loadRollupIndex(db);
  expect(index).not.toBeNull();
  const fromEvents = { ...sqliteDialect, rollup: false };
  const r = prng(seed);
  for (let k = 0; k < 150; k++) {
    const [q, by] = randomQuery(r);
    const direct = await aggregate(db, fromEvents, q, by);
    expect(index!.aggregate(q, by), JSON.stringify([q, by])).toEqual(direct);
    // and through the store (index or SQL, whichever it picks)
    expect(await store.aggregate(q, by), JSON.stringify([q, by])).toEqual(direct);
  }
  return index!;
}

describe('rollup index', () => {
  it('answers like the events table after inserts, merges and unmerges', async () => {
    const db = openSqliteDb(':memory:');
    await migrate(db, sqliteDialect);
    const store = createSqlEventStore(db, sqliteDialect, { resolver: createEventResolver(), now: NOW });
    try {
      const r = prng(3);
      await fill(store, r, 0, 80);
      const index = await expectIndexMatchesEvents(store, db, 1);
      expect(index.rows).toBeGreaterThan(10);
      const merged = (await store.listEvents({ sort: '-sources', limit: 3 })).items.filter((e) => e.mentionCount > 1);
      for (const e of merged) await store.unmergeMention((await store.getEvent(e.id))!.mentions[0]!.id, 'test');
      await expectIndexMatchesEvents(store, db, 2);
      await fill(store, r, 80, 40);
      await expectIndexMatchesEvents(store, db, 3);
    } finally {
      await store.close();
    }
  });

  it('puts a day in the same ISO week as SQLite does', async () => {
    const db = openSqliteDb(':memory:');
    try {
      const r = prng(5);
      for (let k = 0; k < 300; k++) {
        const day = new Date(Date.UTC(1900 + Math.floor(r() * 200), 0, 1 + Math.floor(r() * 366))).toISOString().slice(0, 10);
        const sql = await db.get<{ m: string }>(`SELECT ${sqliteDialect.weekBucket('?')} AS m`, [day]);
        expect(mondayOf(day), day).toBe(sql?.m);
      }
      expect(mondayOf('2024-02-30')).toBeNull();
      expect(mondayOf('2024-3-1')).toBeNull();
    } finally {
      await db.close();
    }
  });

  it('is built on the second request at one database state, then reused until the state changes', async () => {
    let stamp = 'a';
    let loads = 0;
    const fake = { rows: 0, aggregate: () => [] };
    const cache = createRollupIndexCache(() => stamp, async () => (loads++, fake));
    const db = openSqliteDb(':memory:');
    try {
      expect(await cache.current(db)).toBeNull(); // first sighting of 'a': SQL answers
      expect(await cache.current(db)).toBe(fake);
      expect(await cache.current(db)).toBe(fake);
      expect(loads).toBe(1);
      stamp = 'b';
      expect(await cache.current(db)).toBeNull();
      const both = await Promise.all([cache.current(db), cache.current(db)]);
      expect(both).toEqual([fake, fake]);
      expect(loads).toBe(2); // concurrent requests share one build
    } finally {
      await db.close();
    }
  });

  it('sees writes by another connection to the same file (another process)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-rollup-'));
    const file = join(dir, 'events.db');
    const reader = await openStore(file, { now: NOW, resolver: createEventResolver() });
    const writer = await openStore(file, { now: NOW, resolver: createEventResolver() });
    try {
      await fill(writer, prng(9), 0, 20);
      const day = { interval: 'day', group: null } as const;
      const total = async (): Promise<number> => (await reader.aggregate({}, day)).reduce((s, x) => s + x.events, 0);
      const before = await total();
      expect(await total()).toBe(before); // the second request at this state built the index
      expect(await total()).toBe(before);
      await fill(writer, prng(10), 20, 15);
      const { events } = await writer.counts();
      const dated = (await writer.listEvents({ since: '0001-01-01', limit: 1 })).total;
      expect(dated).toBeLessThanOrEqual(events);
      expect(await total()).toBe(dated);
      expect(await total()).toBe(dated);
      expect(await total()).toBeGreaterThan(before);
    } finally {
      await reader.close();
      await writer.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
