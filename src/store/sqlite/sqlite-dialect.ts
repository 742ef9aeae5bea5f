// SQLite specifics: FTS5 tables for text search, date() for week buckets.
import type { Dialect } from '../dialect.js';
import { queryWords } from '../dialect.js';
import type { SqlExecutor } from '../sql/sql-db.js';
import { indexEventSearch, sqliteOrderedText, unindexEventSearch } from './event-search.js';
import { SQLITE_MIGRATIONS } from './migrations/index.js';

/**
 * Indexes an event's own text in events_fts (migrations 1-5); returns the event's key there (events.fts_seq).
 * The event's FTS row number is kept in event_fts_rows: replacing its text is two rowid operations, no scan.
 */
export async function indexEventText(tx: SqlExecutor, eventId: string, body: string, fresh: boolean): Promise<number> {
  const row = await tx.get<{ fts_rowid: number }>(
    'INSERT INTO event_fts_rows (event_id) VALUES (?) ON CONFLICT (event_id) DO UPDATE SET event_id = excluded.event_id RETURNING fts_rowid',
    [eventId],
  );
  if (!row) throw new Error(`cannot index event ${eventId}`);
  if (!fresh) await tx.run('DELETE FROM events_fts WHERE rowid = ?', [row.fts_rowid]);
  await tx.run('INSERT INTO events_fts (rowid, event_id, body) VALUES (?, ?, ?)', [row.fts_rowid, eventId, body]);
  return row.fts_rowid;
}

/** Removes an event's text from events_fts; returns its key there, or null when it had none. */
export async function unindexEventText(tx: SqlExecutor, eventId: string): Promise<number | null> {
  const row = await tx.get<{ fts_rowid: number }>('DELETE FROM event_fts_rows WHERE event_id = ? RETURNING fts_rowid', [eventId]);
  if (!row) return null;
  await tx.run('DELETE FROM events_fts WHERE rowid = ?', [row.fts_rowid]);
  return row.fts_rowid;
}

export const sqliteDialect: Dialect = {
  kind: 'sqlite',
  migrations: SQLITE_MIGRATIONS,
  lockKeys: async () => undefined,
  lockChangelog: async () => undefined,
  inlineSearch: null,
  async indexDocument(tx, seq, title, text) {
    await tx.run('INSERT INTO documents_fts(rowid, title, text) VALUES (?, ?, ?)', [seq, title ?? '', text]);
  },
  async indexEvent(tx, eventId, body, documentIds, fresh = false) {
    const seq = await indexEventText(tx, eventId, body, fresh);
    await indexEventSearch(tx, eventId, seq, body, documentIds, fresh);
  },
  async unindexEvent(tx, eventId) {
    const seq = await unindexEventText(tx, eventId);
    if (seq !== null) await unindexEventSearch(tx, seq);
  },
  // Date-sorted text searches (the API's default) read event_search in page order (migration 6); the others
  // (sort by sources, aggregates) use textCondition below.
  orderedText: sqliteOrderedText,
  textCondition(text, few = false) {
    const words = queryWords(text);
    if (!words.length) return null;
    const q = words.map((w) => `"${w}"`).join(' ');
    // The matches as integer keys straight from the FTS indexes: events_fts rowids, and documents_fts rowids
    // mapped by document_events (migration 5). With many matches, `+e.fts_seq` tests membership while an index
    // is scanned in page order (the keys are gathered once) rather than fetching every matching row to sort
    // it; with few, the plan starts from the matches (events_fts_seq) instead of scanning every event.
    // (Two sets rather than one of their union: building one ephemeral set of ~45,000 keys for a frequent
    // word cost a quarter more than two of ~15,000 and ~30,000.)
    const inEvents = 'SELECT rowid FROM events_fts WHERE events_fts MATCH ?';
    const inDocuments = 'SELECT event_seq FROM document_events WHERE doc_seq IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)';
    return {
      sql: few
        ? `e.fts_seq IN (${inEvents} UNION ALL ${inDocuments})`
        : `(+e.fts_seq IN (${inEvents}) OR +e.fts_seq IN (${inDocuments}))`,
      params: [q, q],
    };
  },
  async countTextMatches(db, text, cap) {
    const words = queryWords(text);
    if (!words.length) return 0;
    const q = words.map((w) => `"${w}"`).join(' ');
    // Index entries (an event found both ways counts twice: an upper bound), never more than cap + 1 read.
    const row = await db.get<{ n: number }>(
      `SELECT COUNT(*) AS n FROM (SELECT rowid FROM events_fts WHERE events_fts MATCH ?
         UNION ALL SELECT event_seq FROM document_events WHERE doc_seq IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)
         LIMIT ?)`,
      [q, q, cap + 1],
    );
    return Number(row?.n ?? 0);
  },
  rollup: true,
  // event_span (migration 4); '' (no bound) should date() ever refuse the day
  startLowerBound: "(SELECT COALESCE(date(?, '-' || days || ' days'), '') FROM event_span)",
  weekBucket: (c) => `date(${c}, 'weekday 0', '-6 days')`,
  withMigrationLock: async (_db, fn) => fn(),
};
