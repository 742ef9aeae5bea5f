// What differs between the SQLite and PostgreSQL stores; everything else is shared SQL.
import type { SqlDb, SqlExecutor, SqlValue } from './sql/sql-db.js';

export interface Dialect {
  readonly kind: 'sqlite' | 'postgres';
  readonly migrations: readonly string[];
  /** Serialises concurrent writers that touch the same blocking keys (no-op with one SQLite writer). */
  lockKeys(tx: SqlExecutor, keys: readonly string[]): Promise<void>;
  /** Serialises changelog appends so that seq order is commit order. */
  lockChangelog(tx: SqlExecutor): Promise<void>;
  /** SQL computing an inline search column from one text parameter (PostgreSQL), or null (SQLite keeps FTS tables). */
  readonly inlineSearch: string | null;
  indexDocument(tx: SqlExecutor, seq: number, title: string | null, text: string): Promise<void>;
  /** Indexes an event's search text (`fresh`: the event was never indexed, nothing to replace). */
  indexEvent(tx: SqlExecutor, eventId: string, body: string, fresh?: boolean): Promise<void>;
  unindexEvent(tx: SqlExecutor, eventId: string): Promise<void>;
  /** A condition on events alias `e` matching a free-text query, or null when the query has no words. */
  textCondition(text: string): { sql: string; params: SqlValue[] } | null;
  /** SQL for the Monday (YYYY-MM-DD) of the ISO week of a YYYY-MM-DD column. */
  weekBucket(column: string): string;
  /** Takes the migration lock (several processes may start at once). */
  withMigrationLock<T>(db: SqlDb, fn: () => Promise<T>): Promise<T>;
}

/** Words of a free-text query, letters and digits only (operators of either engine never pass through). */
export function queryWords(text: string): string[] {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 32);
}
