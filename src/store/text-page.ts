// A date-sorted text search from an index that yields its matches in page order (Dialect.orderedText): the
// first page and the capped total cost about as much as reading cap + 1 matches, not every match of the words.
// Same answers as the general path (eventWhere + textCondition): same events, same order, same total.
import type { OrderedTextSearch } from './dialect.js';
import type { EventQuery } from './event-store.js';
import { EVENT_COLUMNS, type EventRow } from './rows.js';
import type { SqlExecutor, SqlValue } from './sql/sql-db.js';

interface Match {
  event_seq: number;
  day: number;
}

export interface TextPageQuery {
  readonly words: readonly string[];
  readonly dir: 'ASC' | 'DESC';
  /** the other filters, as conditions on events alias `e` joined by AND ('' for none) */
  readonly filters: { readonly sql: string; readonly params: readonly SqlValue[] };
  /** the days the filters allow (inclusive; null: unbounded), from since/until (see dayOf) */
  readonly days: { readonly low: number | null; readonly high: number | null };
  /** after this (sort_date, id), or null for the first page */
  readonly cursor: readonly [string | number, string] | null;
  readonly limit: number;
  /** totals are counted up to this many (beyond: a lower bound) */
  readonly cap: number;
}

export interface TextPage {
  readonly page: EventRow[];
  /** whether a match follows the page */
  readonly more: boolean;
  readonly total: number;
  readonly totalIsLowerBound: boolean;
}

function conditions(...parts: ({ sql: string; params: readonly SqlValue[] } | null)[]): { sql: string; params: SqlValue[] } | null {
  const present = parts.filter((p): p is { sql: string; params: readonly SqlValue[] } => p !== null && p.sql !== '');
  return present.length ? { sql: present.map((p) => `(${p.sql})`).join(' AND '), params: present.flatMap((p) => p.params) } : null;
}

/** Filters an index answers (so that counting up to a bound is cheap); the others are substring scans. */
const INDEXED_FILTERS: ReadonlySet<string> = new Set(['type', 'context', 'country', 'modality', 'bbox', 'minSources', 'documentId']);
/** Filters that only bound the days read. */
const DAY_FILTERS: ReadonlySet<string> = new Set(['since', 'until']);
const PAGING: ReadonlySet<string> = new Set(['text', 'sort', 'limit', 'cursor']);

/**
 * Whether reading the matches in page order is the cheaper plan. It reads matches until cap + 1 pass the other
 * filters: with a filter that few events pass (a rare country, one document), nearly every match of a frequent
 * word is read and its event looked up, while the general plan starts from that filter's index. So: always
 * without other filters than the period; with indexed filters, when at least a tenth of the events pass them
 * (counted up to that); never with substring filters (actor, place), which no index answers.
 */
export async function readsInOrder(
  db: SqlExecutor, search: OrderedTextSearch, q: EventQuery, filters: { readonly sql: string; readonly params: readonly SqlValue[] },
): Promise<boolean> {
  const others = Object.entries(q).filter(([k, v]) => v !== undefined && !PAGING.has(k) && !DAY_FILTERS.has(k)).map(([k]) => k);
  if (!others.length || !filters.sql) return true; // (a filter given as '' filters nothing)
  if (others.some((k) => !INDEXED_FILTERS.has(k))) return false;
  const size = Number((await db.get<{ n: number }>(search.sizeEstimate))?.n ?? 0);
  const enough = Math.max(1, Math.ceil(size / 10));
  const passing = await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM (SELECT 1 FROM events e WHERE ${filters.sql} LIMIT ?)`, [...filters.params, enough]);
  return Number(passing?.n ?? 0) >= enough;
}

export async function textPageByDate(db: SqlExecutor, search: OrderedTextSearch, q: TextPageQuery): Promise<TextPage> {
  const op = q.dir === 'ASC' ? '>' : '<';
  const after = q.cursor
    ? { sql: `e.sort_date ${op} ? OR (e.sort_date = ? AND e.id ${op} ?)`, params: [q.cursor[0], q.cursor[0], q.cursor[1]] }
    : null;
  const events = conditions(q.filters, after);
  // A cursor names its day: read from there on (the exact condition is `after`).
  const cursorDay = q.cursor && typeof q.cursor[0] === 'string' ? search.dayOf(q.cursor[0]) : null;
  let { low, high } = q.days;
  if (cursorDay !== null && q.dir === 'DESC') high = high === null ? cursorDay : Math.min(high, cursorDay);
  if (cursorDay !== null && q.dir === 'ASC') low = low === null ? cursorDay : Math.max(low, cursorDay);
  const read = async (onlyDay: number | null, limit: number | null, withAfter = true): Promise<Match[]> => {
    const m = search.matches({
      words: q.words, dir: q.dir, events: withAfter ? events : conditions(q.filters),
      low: onlyDay ?? (withAfter ? low : q.days.low), high: onlyDay ?? (withAfter ? high : q.days.high), limit,
    });
    return db.all<Match>(m.sql, m.params);
  };
  // The first page reads cap + 1 matches: its page and its total at once. A later page reads one more than it shows.
  const want = q.cursor ? q.limit + 1 : Math.max(q.cap + 1, q.limit + 1);
  // One statement: the matches (read once), then the page from those up to the page's last day (the day of the
  // limit-th match; none when fewer match), all of that day's included: a day's events come in no order.
  const m = search.matches({ words: q.words, dir: q.dir, events, low, high, limit: want });
  const later = q.dir === 'ASC' ? '<=' : '>=';
  const rows = await db.all<EventRow & { n: number; page_day: number | null; last_day: number }>(
    `WITH m AS MATERIALIZED (${m.sql})
     SELECT ${EVENT_COLUMNS}, (SELECT COUNT(*) FROM m) AS n, p.day AS page_day, (SELECT ${q.dir === 'ASC' ? 'MAX' : 'MIN'}(day) FROM m) AS last_day
     FROM (SELECT (SELECT day FROM m ORDER BY day ${q.dir} LIMIT 1 OFFSET ?) AS day) p CROSS JOIN events e
     WHERE e.fts_seq IN (SELECT event_seq FROM m WHERE p.day IS NULL OR day ${later} p.day)
     ORDER BY e.sort_date ${q.dir}, e.id ${q.dir} LIMIT ?`,
    [...m.params, q.limit - 1, q.limit],
  );
  const first = rows[0];
  const matched = Number(first?.n ?? 0);
  let page: EventRow[] = rows;
  if (first && matched === want && first.page_day !== null && Number(first.last_day) === Number(first.page_day)) {
    // The read stopped inside the page's last day: read that day whole, then page again.
    const keys = new Set<number>();
    for (const r of await read(null, want)) if (q.dir === 'ASC' ? r.day <= first.page_day : r.day >= first.page_day) keys.add(r.event_seq);
    for (const r of await read(first.page_day, null)) keys.add(r.event_seq);
    page = await db.all<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events e WHERE e.fts_seq IN ${search.keyList} ORDER BY e.sort_date ${q.dir}, e.id ${q.dir} LIMIT ?`,
      [JSON.stringify([...keys]), q.limit],
    );
  }
  const counted = q.cursor ? (await read(null, q.cap + 1, false)).length : matched;
  return { page, more: matched > q.limit, total: Math.min(counted, q.cap), totalIsLowerBound: counted > q.cap };
}
