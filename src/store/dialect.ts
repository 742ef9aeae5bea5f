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
  /**
   * Indexes an event's search text and the documents it is found in (`documentIds`: all of them, as of this write;
   * their mentions may not be stored yet). `fresh`: the event was never indexed, nothing to replace.
   */
  indexEvent(tx: SqlExecutor, eventId: string, body: string, documentIds: readonly string[], fresh?: boolean): Promise<void>;
  unindexEvent(tx: SqlExecutor, eventId: string): Promise<void>;
  /**
   * A condition on events alias `e` matching a free-text query, or null when the query has no words.
   * `few`: the query matches few events (see countTextMatches), so the plan may start from the matches.
   */
  textCondition(text: string, few?: boolean): { sql: string; params: SqlValue[] } | null;
  /**
   * Text search in page order (SQLite, migration 6): date-sorted text searches read their matches in page order
   * and stop after the page (see text-page.ts). Absent: textCondition serves every text search.
   */
  readonly orderedText?: OrderedTextSearch;
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

/**
 * The matches of a text query in the order of sort_date, each event once, from an index that yields them in that
 * order: rows `event_seq` (events.fts_seq) and `day` (a number that orders as sort_date does, equal for equal
 * sort_dates). Events of one day come in no particular order: the caller sorts a day's events by id.
 */
export interface OrderedTextSearch {
  matches(opts: {
    /** the query's words (queryWords; at least one) */
    readonly words: readonly string[];
    readonly dir: 'ASC' | 'DESC';
    /** joins the event row (alias `e`) with these extra conditions ('' for none), or null: no other filter */
    readonly events: { readonly sql: string; readonly params: readonly SqlValue[] } | null;
    /** only events on this day or later (a day number, see dayOf), or null */
    readonly low: number | null;
    /** only events on this day or earlier, or null */
    readonly high: number | null;
    readonly limit: number | null;
  }): { sql: string; params: SqlValue[] };
  /** The day number of a sort_date value, or null when no event can have it. */
  dayOf(sortDate: string): number | null;
  /** SQL for a list of event keys given as one JSON array parameter (for `e.fts_seq IN …`). */
  readonly keyList: string;
  /** SQL for about how many events the store holds (cheaply, an upper bound), as `n`. */
  readonly sizeEstimate: string;
}

/** Words of a free-text query, letters and digits only (operators of either engine never pass through). */
export function queryWords(text: string): string[] {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 32);
}
