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
  async indexEvent(tx, eventId, body) {
    await tx.run('DELETE FROM events_fts WHERE event_id = ?', [eventId]);
    await tx.run('INSERT INTO events_fts(event_id, body) VALUES (?, ?)', [eventId, body]);
  },
  async unindexEvent(tx, eventId) {
    await tx.run('DELETE FROM events_fts WHERE event_id = ?', [eventId]);
  },
  textCondition(text) {
    const words = queryWords(text);
    if (!words.length) return null;
    const q = words.map((w) => `"${w}"`).join(' ');
    return {
      sql: `(e.id IN (SELECT event_id FROM events_fts WHERE events_fts MATCH ?)
        OR e.id IN (SELECT m.event_id FROM mentions m JOIN documents d ON d.id = m.document_id
                    WHERE d.seq IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)))`,
      params: [q, q],
    };
  },
  weekBucket: (c) => `date(${c}, 'weekday 0', '-6 days')`,
  withMigrationLock: async (_db, fn) => fn(),
};
