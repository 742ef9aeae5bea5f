// Text search by integer keys (SQLite migration 5): events.fts_seq and document_events must always say what
// event_fts_rows and mentions say, after new events, merges, unmerges and deletions, so that a word of a
// document finds exactly the events that document currently belongs to.
import { describe, expect, it } from 'vitest';
import { createEventResolver } from '../../src/resolve/dedup/index.js';
import { migrate } from '../../src/store/migrate.js';
import { createSqlEventStore } from '../../src/store/sql-event-store.js';
import type { SqlDb } from '../../src/store/sql/sql-db.js';
import { sqliteDialect } from '../../src/store/sqlite/sqlite-dialect.js';
import { openSqliteDb } from '../../src/store/sqlite/sqlite-db.js';
import { doc, ev, exact } from './fixtures.js';
import { sqliteDialectAt } from './older-sqlite-dialect.js';

const T1 = "Le 19 septembre, l'armée a lancé une frappe aérienne sur Stepanakert : 12 morts selon les autorités.";
const T2 = "Stepanakert a été bombardée le 19 septembre ; l'ONU parle de 20 morts dans la ville.";
const T3 = 'Une attaque a visé Bamako le 2 mars 2023, faisant 3 blessés.';
const place = { place: 'Stepanakert', lat: 39.815, lon: 46.752, day: '2023-09-19', country: 'AZE' };

/** The keys as derived from the source tables, and as kept by the triggers. */
async function expectKeysConsistent(db: SqlDb): Promise<void> {
  const derived = await db.all('SELECT DISTINCT d.seq AS doc_seq, r.fts_rowid AS event_seq FROM mentions m JOIN documents d ON d.id = m.document_id JOIN event_fts_rows r ON r.event_id = m.event_id ORDER BY 1, 2');
  expect(await db.all('SELECT doc_seq, event_seq FROM document_events ORDER BY 1, 2')).toEqual(derived);
  const wrong = await db.all('SELECT e.id FROM events e LEFT JOIN event_fts_rows r ON r.event_id = e.id WHERE e.fts_seq IS NOT r.fts_rowid');
  expect(wrong).toEqual([]);
}

describe('search keys', () => {
  it('follow merges, unmerges and deletions; a document word finds the events it belongs to now', async () => {
    const db = openSqliteDb(':memory:');
    await migrate(db, sqliteDialect);
    const store = createSqlEventStore(db, sqliteDialect, { resolver: createEventResolver(), now: () => new Date('2024-01-01T00:00:00Z') });
    const search = async (text: string) => (await store.listEvents({ text, sort: 'date' })).items.map((e) => e.documentIds.join('+'));
    try {
      await store.saveDocument(doc('d1', T1, { source: 'Le Monde' }), [ev(T1, { ...place, evidence: "l'armée a lancé une frappe aérienne sur Stepanakert", killed: exact(12) })]);
      await store.saveDocument(doc('d2', T2, { source: 'RFI' }), [ev(T2, { ...place, evidence: 'Stepanakert a été bombardée', killed: exact(20) })]);
      await store.saveDocument(doc('d3', T3, { source: 'JA' }), [ev(T3, { evidence: 'Une attaque a visé Bamako', day: '2023-03-02', country: 'MLI', place: 'Bamako' })]);
      await expectKeysConsistent(db);
      expect(await search('ONU')).toEqual(['d1+d2']); // a word of d2's text only: the merged event
      expect(await search('bombardée')).toEqual(['d1+d2']); // evidence
      const [m2] = await store.mentionsForDocument('d2');
      await store.unmergeMention(m2!.id, 'test');
      await expectKeysConsistent(db);
      expect(await search('ONU')).toEqual(['d2']); // now only the event d2 was moved to
      expect(await search('autorités')).toEqual(['d1']);
      // an event that loses its last mention is deleted with its index row (as recomputeEvent does)
      const [m3] = await store.mentionsForDocument('d3');
      await db.run('DELETE FROM mentions WHERE id = ?', [m3!.id]);
      await sqliteDialect.unindexEvent(db, m3!.eventId);
      await db.run('DELETE FROM events WHERE id = ?', [m3!.eventId]);
      await expectKeysConsistent(db);
      expect(await search('Bamako')).toEqual([]);
      // the other order: the index row goes first, while a mention still points at the event
      const [m1] = await store.mentionsForDocument('d1');
      await sqliteDialect.unindexEvent(db, m1!.eventId);
      await db.run('DELETE FROM mentions WHERE id = ?', [m1!.id]);
      await db.run('DELETE FROM events WHERE id = ?', [m1!.eventId]);
      await expectKeysConsistent(db);
      expect(await search('autorités')).toEqual([]);
    } finally {
      await db.close();
    }
  });

  it('are filled from what is already stored when the migration runs', async () => {
    const db = openSqliteDb(':memory:');
    const before = sqliteDialectAt(4);
    await migrate(db, before);
    const old = createSqlEventStore(db, { ...before, textCondition: () => null }, { resolver: createEventResolver(), now: () => new Date('2024-01-01T00:00:00Z') });
    try {
      await old.saveDocument(doc('d1', T1, { source: 'Le Monde' }), [ev(T1, { ...place, evidence: "l'armée a lancé une frappe aérienne sur Stepanakert", killed: exact(12) })]);
      await old.saveDocument(doc('d2', T2, { source: 'RFI' }), [ev(T2, { ...place, evidence: 'Stepanakert a été bombardée', killed: exact(20) })]);
      await migrate(db, sqliteDialect);
      await expectKeysConsistent(db);
      expect((await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM document_events'))?.n).toBe(2);
      const store = createSqlEventStore(db, sqliteDialect, { resolver: createEventResolver() });
      expect((await store.listEvents({ text: 'ONU' })).total).toBe(1);
    } finally {
      await db.close();
    }
  });
});
