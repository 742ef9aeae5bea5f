// Text search in page order (SQLite migration 6, src/store/text-page.ts): a date-sorted text search reads
// event_search and must answer exactly as the general path (textCondition over events_fts and documents_fts)
// does: same events, same order, same documents, same total and lower-bound flag, same cursors, on every page.
// And event_search_rows must always say what the events and their mentions say, after merges, unmerges,
// re-dated events and deletions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEventResolver } from '../../src/resolve/dedup/index.js';
import type { Dialect } from '../../src/store/dialect.js';
import { eventWhere, listEvents } from '../../src/store/event-query.js';
import type { EventQuery, EventStore, Page, StoredEvent } from '../../src/store/event-store.js';
import { migrate } from '../../src/store/migrate.js';
import { readsInOrder } from '../../src/store/text-page.js';
import { createSqlEventStore } from '../../src/store/sql-event-store.js';
import type { SqlDb } from '../../src/store/sql/sql-db.js';
import { sqliteOrderedText } from '../../src/store/sqlite/event-search.js';
import { sqliteDialect } from '../../src/store/sqlite/sqlite-dialect.js';
import { openSqliteDb } from '../../src/store/sqlite/sqlite-db.js';
import { prng } from '../../src/util/prng.js';
import { doc, ev } from './fixtures.js';
import { sqliteDialectAt } from './older-sqlite-dialect.js';

/** The same dialect without event_search: every text search through textCondition (the general path). */
const general: Dialect = (() => {
  const { orderedText: _, ...rest } = sqliteDialect;
  return rest;
})();

const WORDS = ['drone', 'frappe', 'armée', 'police', 'attaque', 'marché', 'pont', 'école'];
const HEAVY_DAY = '2023-05-10';
const DAYS = ['2023-05-08', '2023-05-09', '2023-05-11', '2023-05-12'];
const COUNTRIES = ['MLI', 'BFA', 'NER', 'TCD', 'SDN', 'COD', 'CAF', 'CMR', 'NGA', 'SOM', 'ETH', 'UKR', 'RUS', 'SYR', 'IRQ', 'YEM',
  'AFG', 'PAK', 'MMR', 'LBY', 'MOZ', 'SSD', 'HTI', 'COL', 'MEX', 'AZE', 'ARM', 'ISR', 'LBN', 'PSE'];

/**
 * 1,250 documents, one or two events each: most on one day (over the count cap of 1,000, so that the page's
 * day is also the day the read stops in), the others on a few days or undated; words drawn at random in the
 * evidence, the rest of the text and some titles; every tenth document repeats an earlier one's event, so
 * that the resolver merges it (events with several documents).
 */
async function fill(store: EventStore, n = 1250): Promise<void> {
  const rnd = prng(7);
  const pick = (): string => WORDS[Math.floor(rnd() * WORDS.length)]!;
  const batch = [];
  for (let i = 0; i < n; i++) {
    const r = rnd();
    const day = r < 0.82 ? HEAVY_DAY : r < 0.94 ? DAYS[Math.floor(rnd() * DAYS.length)]! : undefined;
    const again = i % 10 === 9;
    const k = again ? i - 9 : i;
    const first = `Une ${pick()} et une ${pick()} à Lieu${k}`;
    const second = `puis un ${pick()} vers Ville${i}`;
    // every document of the heavy day says 'drone' outside its events' evidence: found by its documents alone
    const text = `${first}, ${day === HEAVY_DAY ? 'drone' : pick()} selon la presse ; ${second}, ${pick()}.`;
    // many countries: the resolver compares an event with those of the same type, country and day only
    const country = COUNTRIES[k % COUNTRIES.length]!;
    const events = [ev(text, { evidence: first, ...(day ? { day } : {}), country, place: `Lieu${k}`, lat: 10 + (k % 40) / 10, lon: -5 + (k % 30) / 10 })];
    if (rnd() < 0.3) events.push(ev(text, { evidence: second, type: 'PROTEST', ...(day ? { day } : {}), country: COUNTRIES[i % COUNTRIES.length]!, place: `Ville${i}` }));
    batch.push({ doc: doc(`d${i}`, text, { date: day ?? '2023-05-20', source: `outlet${i % 17}`, title: i % 4 === 0 ? `Titre ${pick()}` : null }), events });
  }
  await store.saveDocuments(batch);
}

const signature = (p: Page<StoredEvent>) => ({
  ids: p.items.map((e) => e.id), docs: p.items.map((e) => e.documentIds), total: p.total, lowerBound: p.totalIsLowerBound ?? false, next: p.nextCursor,
});

/** The dialect reading in page order whenever an index answers the filters (see readsInOrder), however few events pass them. */
const alwaysOrdered: Dialect = { ...sqliteDialect, orderedText: { ...sqliteOrderedText, sizeEstimate: 'SELECT 0 AS n' } };

/**
 * The general path, the dialect (which chooses) and the page-order read wherever it can be used must say the same,
 * page after page (up to `pages`); returns how many events were listed.
 */
async function expectSameAnswers(db: SqlDb, q: EventQuery, pages = 3): Promise<number> {
  let cursor: string | null = null;
  let listed = 0;
  for (let i = 0; i < pages; i++) {
    const query: EventQuery = cursor ? { ...q, cursor } : q;
    const ordered = await listEvents(db, alwaysOrdered, query);
    const expected = signature(await listEvents(db, general, query));
    expect(signature(ordered), JSON.stringify(query)).toEqual(expected);
    expect(signature(await listEvents(db, sqliteDialect, query)), JSON.stringify(query)).toEqual(expected);
    listed += ordered.items.length;
    cursor = ordered.nextCursor;
    if (!cursor) break;
  }
  return listed;
}

/** event_search_rows as derived from the events and their mentions, their keys, and each row's FTS entry. */
async function expectIndexConsistent(db: SqlDb): Promise<void> {
  const day = `CASE WHEN e.sort_date = '' THEN 0
    ELSE (CAST(substr(e.sort_date, 1, 4) AS INTEGER) * 13 + CAST(substr(e.sort_date, 6, 2) AS INTEGER)) * 32 + CAST(substr(e.sort_date, 9, 2) AS INTEGER) END`;
  const derived = await db.all(
    `SELECT e.fts_seq AS event_seq, 0 AS doc_seq, ${day} AS day FROM events e
     UNION SELECT DISTINCT e.fts_seq, d.seq, ${day} FROM events e JOIN mentions m ON m.event_id = e.id JOIN documents d ON d.id = m.document_id
     ORDER BY 1, 2`,
  );
  expect(await db.all('SELECT event_seq, doc_seq, day FROM event_search_rows ORDER BY 1, 2')).toEqual(derived);
  // a key below 2^40 names its event (key >> 10) and whether it is the event's own text (slot 0)
  expect(await db.all(
    'SELECT * FROM event_search_rows WHERE key < 1099511627776 AND (key >> 10 <> event_seq OR ((key & 1023) = 0) <> (doc_seq = 0))',
  )).toEqual([]);
  const fts = await db.all('SELECT rowid >> 41 AS day, rowid & 2199023255551 AS key FROM event_search ORDER BY 2');
  expect(fts).toEqual(await db.all('SELECT day, key FROM event_search_rows ORDER BY key'));
}

describe('text search in page order (event_search)', () => {
  let db: SqlDb;
  let store: EventStore;
  beforeAll(async () => {
    db = openSqliteDb(':memory:');
    await migrate(db, sqliteDialect);
    store = createSqlEventStore(db, sqliteDialect, { resolver: createEventResolver(), now: () => new Date('2024-06-01T00:00:00Z') });
    await fill(store);
  });
  afterAll(async () => {
    await db.close();
  });

  it('fills event_search from what the store holds, some events with several documents', async () => {
    await expectIndexConsistent(db);
    const merged = await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM (SELECT event_id FROM mentions GROUP BY event_id HAVING COUNT(DISTINCT document_id) > 1)');
    expect(merged?.n).toBeGreaterThan(50);
  });

  it('answers as the general path: pages, totals over the cap, cursors, both date orders, with and without other filters', async () => {
    const first = await listEvents(db, sqliteDialect, { text: 'drone' });
    expect([first.total, first.totalIsLowerBound]).toEqual([1000, true]); // over the cap: the read stops inside the heavy day
    const queries: EventQuery[] = [];
    for (const text of ['drone', 'attaque frappe', 'titre', 'école pont marché', 'Lieu3', 'ville', 'inexistant']) {
      for (const sort of ['-date', 'date'] as const) {
        for (const limit of [1, 50, 500]) queries.push({ text, sort, limit });
        queries.push({ text, sort, type: 'PROTEST' }, { text, sort, country: 'BFA', limit: 20 }, { text, sort, since: '2023-05-09', until: '2023-05-11' });
      }
    }
    queries.push({ text: 'police', minSources: 2 }, { text: 'drone', documentId: 'd19' }, { text: 'frappe', bbox: [-5, 10, -4, 12], sort: 'date' });
    let listed = 0;
    for (const q of queries) listed += await expectSameAnswers(db, q);
    expect(listed).toBeGreaterThan(5000);
  });

  it('reads in page order unless a filter few events pass would make it read nearly every match', async () => {
    const filtersOf = (q: EventQuery) => {
      const { text: _, ...others } = q;
      const w = eventWhere(others, sqliteDialect);
      return { sql: w.sql.replace(/^WHERE /, ''), params: w.params };
    };
    const inOrder = (q: EventQuery) => readsInOrder(db, sqliteOrderedText, q, filtersOf(q));
    const events = Number((await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM events'))?.n);
    const protests = Number((await db.get<{ n: number }>("SELECT COUNT(*) AS n FROM events WHERE type = 'PROTEST'"))?.n);
    const inBfa = Number((await db.get<{ n: number }>("SELECT COUNT(*) AS n FROM events WHERE country = 'BFA'"))?.n);
    expect([protests > events / 10, inBfa < events / 10]).toEqual([true, true]);
    expect(await inOrder({ text: 'drone' })).toBe(true);
    expect(await inOrder({ text: 'drone', since: '2023-05-09', until: '2023-05-10', limit: 5, sort: 'date' })).toBe(true);
    expect(await inOrder({ text: 'drone', type: 'PROTEST' })).toBe(true);
    expect(await inOrder({ text: 'drone', country: 'BFA' })).toBe(false);
    expect(await inOrder({ text: 'drone', documentId: 'd3' })).toBe(false);
    expect(await inOrder({ text: 'drone', place: 'lieu1' })).toBe(false); // a substring: no index counts it cheaply
    expect(await inOrder({ text: 'drone', country: '' })).toBe(true); // an empty filter filters nothing
  });

  it('follows unmerges, re-dated events and deletions', async () => {
    const merged = await db.get<{ event_id: string }>(
      'SELECT event_id FROM mentions GROUP BY event_id HAVING COUNT(DISTINCT document_id) > 1 ORDER BY event_id LIMIT 1',
    );
    const [moved] = await db.all<{ id: string; document_id: string }>('SELECT id, document_id FROM mentions WHERE event_id = ? ORDER BY id DESC', [merged!.event_id]);
    await store.unmergeMention(moved!.id, 'test');
    await expectIndexConsistent(db);
    // an event filed under another day (its date changed): its rows move with it, its text is found on the new day
    const redated = await db.get<{ id: string; search_text: string }>("SELECT id, search_text FROM events WHERE sort_date = ? ORDER BY id LIMIT 1", [HEAVY_DAY]);
    await db.run("UPDATE events SET sort_date = '2023-06-01', date_start = '2023-06-01', date_end = '2023-06-01' WHERE id = ?", [redated!.id]);
    const docs = await db.all<{ document_id: string }>('SELECT DISTINCT document_id FROM mentions WHERE event_id = ?', [redated!.id]);
    await sqliteDialect.indexEvent(db, redated!.id, redated!.search_text, docs.map((d) => d.document_id));
    await expectIndexConsistent(db);
    const newest = await listEvents(db, sqliteDialect, { text: redated!.search_text.split(' ')[1]!, limit: 1 });
    expect(newest.items.map((e) => e.id)).toEqual([redated!.id]);
    // an event deleted with its index rows (as recomputeEvent does when its last mention leaves)
    const gone = await db.get<{ id: string }>("SELECT id FROM events WHERE sort_date = '' ORDER BY id LIMIT 1");
    await sqliteDialect.unindexEvent(db, gone!.id);
    await db.run('DELETE FROM mentions WHERE event_id = ?', [gone!.id]);
    await db.run('DELETE FROM events WHERE id = ?', [gone!.id]);
    await expectIndexConsistent(db);
    for (const q of [{ text: 'drone' }, { text: 'attaque', sort: 'date' as const }, { text: moved!.document_id.slice(1) }]) await expectSameAnswers(db, q, 2);
    expect((await listEvents(db, sqliteDialect, { text: 'drone', limit: 500, sort: 'date' })).items.map((e) => e.id)).not.toContain(gone!.id);
  });

  /** A small store of 30 one-event documents on five days. */
  async function smallStore(before?: (db: SqlDb) => Promise<void>): Promise<SqlDb> {
    const small = openSqliteDb(':memory:');
    await migrate(small, sqliteDialect);
    await before?.(small);
    const s2 = createSqlEventStore(small, sqliteDialect, { resolver: createEventResolver(), now: () => new Date('2024-06-01T00:00:00Z') });
    const texts = Array.from({ length: 30 }, (_, i) => `Une frappe de drone à Lieu${i} ; la police ${i % 2 ? 'confirme' : 'dément'}.`);
    await s2.saveDocuments(texts.map((text, i) => ({
      doc: doc(`s${i}`, text, { source: `o${i}` }),
      events: [ev(text, { evidence: `Une frappe de drone à Lieu${i}`, day: `2023-05-${String(10 + (i % 5)).padStart(2, '0')}`, country: 'MLI', place: `Lieu${i}` })],
    })));
    return small;
  }
  const lookedUp = async (db: SqlDb): Promise<number> => Number((await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM event_search_rows WHERE key >= 1099511627776'))?.n);

  it('looks up the event of each row when event keys are too large to be named by the rowid', async () => {
    // every event key from here on is 2^30 or more (as after a billion events)
    const small = await smallStore((db) => db.run("INSERT INTO event_fts_rows (fts_rowid, event_id) VALUES (1073741823, 'evt_placeholder')").then(() => undefined));
    try {
      expect(await lookedUp(small)).toBe(60); // 30 events' own texts and their 30 documents
      await expectIndexConsistent(small);
      for (const text of ['drone', 'confirme', 'police dément']) for (const sort of ['date', '-date'] as const) await expectSameAnswers(small, { text, sort, limit: 4 }, 10);
    } finally {
      await small.close();
    }
  });

  it('files an event found in more than 1,023 documents: the first in its direct slots, the others looked up', async () => {
    const small = await smallStore();
    try {
      expect(await lookedUp(small)).toBe(0);
      const target = await small.get<{ id: string; search_text: string; event_json: string }>(
        "SELECT e.id, e.search_text, m.event_json FROM events e JOIN mentions m ON m.event_id = e.id WHERE m.document_id = 's0'",
      );
      const ids = ['s0'];
      for (let i = 0; i < 1030; i++) {
        const id = `extra${i}`;
        const text = `Dépêche ${i} : mot${i} sur Lieu0.`;
        const stored = await small.get<{ seq: number }>("INSERT INTO documents (id, text, content_hash, ingested_at) VALUES (?, ?, ?, 'now') RETURNING seq", [id, text, `hash${i}`]);
        await sqliteDialect.indexDocument(small, stored!.seq, null, text); // as the store's save path does
        await small.run('INSERT INTO mentions (id, document_id, idx, event_id, event_json) VALUES (?, ?, 0, ?, ?)', [`${id}#0`, id, target!.id, target!.event_json]);
        ids.push(id);
      }
      // as recomputeEvent does after the mentions are stored
      await sqliteDialect.indexEvent(small, target!.id, target!.search_text, ids);
      await expectIndexConsistent(small);
      expect(await lookedUp(small)).toBe(1031 - 1023); // the event's own text and 1,023 documents have direct keys
      for (const text of ['mot5', 'mot1021', 'mot1022', 'mot1029', 'dépêche']) {
        expect((await listEvents(small, sqliteDialect, { text })).items.map((e) => e.id), text).toEqual([target!.id]);
        await expectSameAnswers(small, { text, sort: 'date' });
      }
      await expectSameAnswers(small, { text: 'lieu0 drone', limit: 3 }, 5);
      // the event leaves: every row goes, the looked-up ones too
      await sqliteDialect.unindexEvent(small, target!.id);
      await small.run('DELETE FROM mentions WHERE event_id = ?', [target!.id]);
      await small.run('DELETE FROM events WHERE id = ?', [target!.id]);
      await expectIndexConsistent(small);
      expect(await lookedUp(small)).toBe(0);
      expect((await listEvents(small, sqliteDialect, { text: 'mot1029' })).total).toBe(0);
    } finally {
      await small.close();
    }
  });

  it('migration 6 files what a store at schema 5 holds, and answers as the general path there', async () => {
    const old = openSqliteDb(':memory:');
    try {
      const before = sqliteDialectAt(5);
      await migrate(old, before);
      await fill(createSqlEventStore(old, before, { resolver: createEventResolver(), now: () => new Date('2024-06-01T00:00:00Z') }), 300);
      expect(await migrate(old, sqliteDialect)).toBe(sqliteDialect.migrations.length);
      await expectIndexConsistent(old);
      for (const text of ['drone', 'attaque frappe', 'titre']) for (const sort of ['date', '-date'] as const) await expectSameAnswers(old, { text, sort, limit: 40 });
      // and the save path carries on from there
      const store = createSqlEventStore(old, sqliteDialect, { resolver: createEventResolver(), now: () => new Date('2024-06-02T00:00:00Z') });
      const text = 'Une frappe de drone à Lieu3, drone selon la presse.';
      await store.saveDocument(doc('late', text), [ev(text, { evidence: 'Une frappe de drone à Lieu3', day: HEAVY_DAY, country: COUNTRIES[3]!, place: 'Lieu3' })]);
      await expectIndexConsistent(old);
      await expectSameAnswers(old, { text: 'drone', limit: 100 });
    } finally {
      await old.close();
    }
  });
});
