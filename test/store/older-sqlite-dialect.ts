// The SQLite dialect as a store at an older schema version wrote and read: tests that fill an old store, then
// migrate it, must not write tables the old schema does not have yet.
import type { Dialect } from '../../src/store/dialect.js';
import { indexEventText, sqliteDialect, unindexEventText } from '../../src/store/sqlite/sqlite-dialect.js';

export function sqliteDialectAt(version: number): Dialect {
  const dialect: Dialect = { ...sqliteDialect, migrations: sqliteDialect.migrations.slice(0, version) };
  if (version >= 6) return dialect;
  // Before migration 6 (event_search): events_fts only, and every text search through textCondition.
  const { orderedText: _, ...without } = dialect;
  return {
    ...without,
    indexEvent: async (tx, eventId, body, _docs, fresh) => void (await indexEventText(tx, eventId, body, fresh ?? false)),
    unindexEvent: async (tx, eventId) => void (await unindexEventText(tx, eventId)),
  };
}
