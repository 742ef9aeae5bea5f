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
  /**
   * A condition on events alias `e` matching a free-text query, or null when the query has no words.
   * `few`: the query matches few events (see countTextMatches), so the plan may start from the matches.
   */
  textCondition(text: string, few?: boolean): { sql: string; params: SqlValue[] } | null;
  /** How many events a free-text query matches, counted up to `cap` (cheaply, from the text indexes); absent: unknown. */
  countTextMatches?(db: SqlExecutor, text: string, cap: number): Promise<number>;
  /**
   * Whether the schema keeps event_rollup (counts and casualty sums per date range, type and country,
   * maintained by triggers): aggregates filtered only by those read it instead of the events.
   */
  readonly rollup: boolean;
  /**
   * SQL for the earliest date_start an event ending on or after the day `?` can have (that day minus the
   * longest event span), or null: lets a `since` filter read a bounded range of the date index.
   */
  readonly startLowerBound: string | null;
  /** SQL for the Monday (YYYY-MM-DD) of the ISO week of a YYYY-MM-DD column. */
  weekBucket(column: string): string;
  /** Takes the migration lock (several processes may start at once). */
  withMigrationLock<T>(db: SqlDb, fn: () => Promise<T>): Promise<T>;
}

/** Words of a free-text query, letters and digits only (operators of either engine never pass through). */
export function queryWords(text: string): string[] {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 32);
}
