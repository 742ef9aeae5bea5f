// SQLite specifics: FTS5 tables for text search, date() for week buckets.
import type { Dialect } from '../dialect.js';
import { queryWords } from '../dialect.js';
import { SQLITE_MIGRATIONS } from './migrations/index.js';

export const sqliteDialect: Dialect = {
  kind: 'sqlite',
  migrations: SQLITE_MIGRATIONS,
  lockKeys: async () => undefined,
  lockChangelog: async () => undefined,
  inlineSearch: null,
  async indexDocument(tx, seq, title, text) {
    await tx.run('INSERT INTO documents_fts(rowid, title, text) VALUES (?, ?, ?)', [seq, title ?? '', text]);
  },
  async indexEvent(tx, eventId, body, fresh = false) {
    // The event's FTS row number (kept in event_fts_rows): replacing its text is two rowid operations, no scan.
    const row = await tx.get<{ fts_rowid: number }>(
      'INSERT INTO event_fts_rows (event_id) VALUES (?) ON CONFLICT (event_id) DO UPDATE SET event_id = excluded.event_id RETURNING fts_rowid',
      [eventId],
    );
    if (!row) throw new Error(`cannot index event ${eventId}`);
    if (!fresh) await tx.run('DELETE FROM events_fts WHERE rowid = ?', [row.fts_rowid]);
    await tx.run('INSERT INTO events_fts (rowid, event_id, body) VALUES (?, ?, ?)', [row.fts_rowid, eventId, body]);
  },
  async unindexEvent(tx, eventId) {
    const row = await tx.get<{ fts_rowid: number }>('DELETE FROM event_fts_rows WHERE event_id = ? RETURNING fts_rowid', [eventId]);
    if (row) await tx.run('DELETE FROM events_fts WHERE rowid = ?', [row.fts_rowid]);
  },
  textCondition(text) {
    const words = queryWords(text);
    if (!words.length) return null;
    const q = words.map((w) => `"${w}"`).join(' ');
    // `+e.id`: test membership while scanning an index in page order (the matching ids are gathered once),
    // rather than fetching every matching event row to sort them: frequent words made pages take ~0.5 s.
    return {
      sql: `(+e.id IN (SELECT event_id FROM events_fts WHERE events_fts MATCH ?)
        OR +e.id IN (SELECT m.event_id FROM mentions m JOIN documents d ON d.id = m.document_id
                    WHERE d.seq IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)))`,
      params: [q, q],
    };
  },
  weekBucket: (c) => `date(${c}, 'weekday 0', '-6 days')`,
  withMigrationLock: async (_db, fn) => fn(),
};
