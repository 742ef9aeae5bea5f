// PostgreSQL specifics: tsvector search (unaccented; simple + French + English configurations),
// advisory locks so that any number of workers can resolve events at once without racing.
import type { Dialect } from '../dialect.js';
import { queryWords } from '../dialect.js';
import { POSTGRES_MIGRATIONS } from './migrations/index.js';

const MIGRATION_LOCK = 0x76696701;
const CHANGELOG_LOCK = 0x76696702;

export const postgresDialect: Dialect = {
  kind: 'postgres',
  migrations: POSTGRES_MIGRATIONS,
  async lockKeys(tx, keys) {
    // One round trip; locks taken in lock-id order, so two writers never wait on each other in a cycle.
    // (PostgreSQL evaluates volatile target-list functions after ORDER BY.)
    if (!keys.length) return;
    await tx.all(
      `SELECT pg_advisory_xact_lock(h) FROM (SELECT DISTINCT hashtext(k) AS h FROM jsonb_array_elements_text(?::jsonb) AS t(k)) s ORDER BY h`,
      [JSON.stringify([...new Set(keys)])],
    );
  },
  async lockChangelog(tx) {
    await tx.run('SELECT pg_advisory_xact_lock(?)', [CHANGELOG_LOCK]);
  },
  // The search columns are written by the INSERTs themselves (inlineSearch).
  inlineSearch: 'vigie_tsvector(?)',
  indexDocument: async () => undefined,
  indexEvent: async () => undefined,
  unindexEvent: async () => undefined,
  textCondition(text) {
    const words = queryWords(text);
    if (!words.length) return null;
    const q = words.join(' ');
    return {
      sql: `(e.search @@ vigie_tsquery(?)
        OR e.id IN (SELECT m.event_id FROM mentions m JOIN documents d ON d.id = m.document_id WHERE d.search @@ vigie_tsquery(?)))`,
      params: [q, q],
    };
  },
  // No rollup table: concurrent writers would contend on (and could deadlock over) its hot rows; the pool
  // already runs aggregates in parallel on covering indexes.
  rollup: false,
  startLowerBound: null,
  weekBucket: (c) => `to_char(date_trunc('week', (${c})::date), 'YYYY-MM-DD')`,
  async withMigrationLock(db, fn) {
    // A session lock needs one connection for lock and unlock: hold it inside a transaction instead.
    return db.transaction(async (tx) => {
      await tx.run('SELECT pg_advisory_xact_lock(?)', [MIGRATION_LOCK]);
      return fn();
    });
  },
};
