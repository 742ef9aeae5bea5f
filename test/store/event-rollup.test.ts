// event_rollup and event_rollup_days (SQLite migration 4): the aggregates read from the rollup tables must equal the same aggregates
// computed from the events, after any mix of writes: new events, merges into existing events (figures and
// dates change), unmerges (an event splits), events without a date or a country, multi-day events.
import { describe, expect, it } from 'vitest';
import { createEventResolver } from '../../src/resolve/dedup/index.js';
import { aggregate } from '../../src/store/event-query.js';
import type { EventQuery, EventStore } from '../../src/store/event-store.js';
import { migrate } from '../../src/store/migrate.js';
import { createSqlEventStore } from '../../src/store/sql-event-store.js';
import type { SqlDb } from '../../src/store/sql/sql-db.js';
import { sqliteDialect } from '../../src/store/sqlite/sqlite-dialect.js';
import { openSqliteDb } from '../../src/store/sqlite/sqlite-db.js';
import { prng } from '../../src/util/prng.js';
import { doc, ev, exact, ROLLUP_PLACES as PLACES, ROLLUP_TYPES as TYPES } from './fixtures.js';
import { sqliteDialectAt } from './older-sqlite-dialect.js';


/** n documents, one event each, on a few days and places (so that the resolver merges some of them). */
async function fill(store: EventStore, r: () => number, from: number, n: number): Promise<void> {
  for (let i = from; i < from + n; i++) {
    const p = PLACES[Math.floor(r() * PLACES.length)]!;
    const type = TYPES[Math.floor(r() * TYPES.length)]!;
    const day = `2024-03-${String(1 + Math.floor(r() * 9)).padStart(2, '0')}`;
    const text = `Événement ${i} à ${p.place} : ${1 + Math.floor(r() * 20)} morts.`;
    const event = ev(text, {
      evidence: `Événement ${i}`, type, ...(r() < 0.9 ? { day } : {}), country: p.country, place: p.place, lat: p.lat, lon: p.lon,
      ...(r() < 0.6 ? { killed: exact(1 + Math.floor(r() * 20)) } : {}), ...(r() < 0.3 ? { injured: exact(Math.floor(r() * 5)) } : {}),
    });
    // some events last several days
    const multi = event.date && r() < 0.2 ? { ...event, date: { ...event.date, end: '2024-03-12' } } : event;
    await store.saveDocument(doc(`x${i}`, text, { date: '2024-03-13', source: `outlet${i % 5}` }), [multi]);
  }
}

const CASES: readonly [EventQuery, { interval: 'day' | 'week'; group: 'type' | 'country' | null }][] = [
  [{}, { interval: 'day', group: null }],
  [{}, { interval: 'week', group: 'type' }],
  [{}, { interval: 'day', group: 'country' }],
  [{ country: 'MLI' }, { interval: 'day', group: 'type' }],
  [{ type: 'ASSAULT', since: '2024-03-04' }, { interval: 'day', group: 'country' }],
  [{ since: '2024-03-03', until: '2024-03-06' }, { interval: 'day', group: null }],
  [{ until: '2024-03-02' }, { interval: 'week', group: null }],
  [{ type: 'COERCE' }, { interval: 'week', group: null }],
];

async function expectSameAsEvents(db: SqlDb): Promise<void> {
  const fromEvents = { ...sqliteDialect, rollup: false };
  for (const [q, by] of CASES) {
    const rolled = await aggregate(db, sqliteDialect, q, by);
    const direct = await aggregate(db, fromEvents, q, by);
    expect(rolled, JSON.stringify([q, by])).toEqual(direct);
  }
  // no empty rows are left behind
  expect(await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM event_rollup WHERE n <= 0')).toEqual({ n: 0 });
  expect(await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM event_rollup_days WHERE n <= 0')).toEqual({ n: 0 });
}

describe('event_rollup', () => {
  it('gives the same aggregates as the events table after inserts, merges and unmerges', async () => {
    const db = openSqliteDb(':memory:');
    await migrate(db, sqliteDialect);
    const store = createSqlEventStore(db, sqliteDialect, { resolver: createEventResolver(), now: () => new Date('2024-04-01T00:00:00Z') });
    try {
      const r = prng(7);
      await fill(store, r, 0, 60);
      const { events, mentions } = await store.counts();
      expect(mentions).toBe(60);
      expect(events).toBeLessThan(60); // some merged: their rows were updated
      expect((await aggregate(db, sqliteDialect, {}, { interval: 'day', group: null })).length).toBeGreaterThan(3);
      await expectSameAsEvents(db);
      // split merged events again
      const merged = (await store.listEvents({ sort: '-sources', limit: 3 })).items.filter((e) => e.mentionCount > 1);
      expect(merged.length).toBeGreaterThan(0);
      for (const e of merged) {
        const detail = await store.getEvent(e.id);
        await store.unmergeMention(detail!.mentions[0]!.id, 'test');
      }
      await expectSameAsEvents(db);
      await fill(store, r, 60, 30);
      await expectSameAsEvents(db);
      // an event that loses its last mention is deleted (recomputeEvent): its counts leave the rollup
      const gone = (await store.listEvents({ since: '2024-03-01', sort: 'date', limit: 4 })).items;
      expect(gone).toHaveLength(4);
      for (const e of gone) {
        await db.run('DELETE FROM mentions WHERE event_id = ?', [e.id]);
        await db.run('DELETE FROM events WHERE id = ?', [e.id]);
      }
      await expectSameAsEvents(db);
    } finally {
      await store.close();
    }
  });

  it('is filled from the events already stored when the migration runs', async () => {
    const db = openSqliteDb(':memory:');
    const before = { ...sqliteDialectAt(3), rollup: false };
    await migrate(db, before);
    const store = createSqlEventStore(db, before, { resolver: createEventResolver(), now: () => new Date('2024-04-01T00:00:00Z') });
    try {
      await fill(store, prng(11), 0, 25);
      expect(await migrate(db, sqliteDialect)).toBe(sqliteDialect.migrations.length);
      await expectSameAsEvents(db);
    } finally {
      await store.close();
    }
  });
});
