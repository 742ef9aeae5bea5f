// EventQuery → parameterised WHERE clause, keyset pagination and aggregates, shared by both stores.
import { queryWords, type Dialect } from './dialect.js';
import type { AggregateRow, EventQuery, Page, StoredEvent } from './event-store.js';
import { decodeCursor, encodeCursor, pageSize } from './cursor.js';
import { EVENT_COLUMNS, fold, toStoredEvent, type EventRow } from './rows.js';
import type { RollupIndexCache } from './rollup-index.js';
import { readsInOrder, textPageByDate } from './text-page.js';
import { inList, type SqlExecutor, type SqlValue } from './sql/sql-db.js';

/** A query that cannot be run as given; names the field. */
export class InvalidQueryError extends Error {
  constructor(readonly field: string, message: string) {
    super(`${field}: ${message}`);
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function checkDay(field: string, v: string): string {
  if (!DAY.test(v)) throw new InvalidQueryError(field, `expected YYYY-MM-DD, got "${v}"`);
  return v;
}

function likeParam(s: string): string {
  return `%${fold(s).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Text searches matching at most this many index entries start from their matches (see Dialect.textCondition). */
export const FEW_TEXT_MATCHES = 500;

/** `fewTextMatches`: the text query matches few events (countTextMatches), so its plan may start from them. */
export function eventWhere(q: EventQuery, dialect: Dialect, fewTextMatches = false): { sql: string; params: SqlValue[] } {
  const conds: string[] = [];
  const params: SqlValue[] = [];
  const add = (sql: string, ...p: SqlValue[]): void => {
    conds.push(sql);
    params.push(...p);
  };
  if (q.type) add('e.type = ?', q.type);
  if (q.context) add('e.id IN (SELECT event_id FROM event_context WHERE context = ?)', q.context);
  if (q.country) add('e.country = ?', q.country);
  if (q.modality) add('e.modality = ?', q.modality);
  if (q.actor) add("e.actor_text LIKE ? ESCAPE '\\'", likeParam(q.actor));
  if (q.place) add("e.place_text LIKE ? ESCAPE '\\'", likeParam(q.place));
  if (q.bbox) {
    if (q.bbox.length !== 4 || !q.bbox.every((n) => Number.isFinite(n))) throw new InvalidQueryError('bbox', 'four finite numbers: minLon,minLat,maxLon,maxLat');
    const [minLon, minLat, maxLon, maxLat] = q.bbox;
    if (minLat > maxLat) throw new InvalidQueryError('bbox', 'minLat is above maxLat');
    add('e.lat BETWEEN ? AND ?', minLat, maxLat);
    // A box crossing the antimeridian has minLon > maxLon.
    if (minLon <= maxLon) add('e.lon BETWEEN ? AND ?', minLon, maxLon);
    else add('(e.lon >= ? OR e.lon <= ?)', minLon, maxLon);
  }
  if (q.since) {
    add('e.date_end >= ?', checkDay('since', q.since));
    // Redundant bounds on sort_date (= date_start for dated events; '' for the others, which never match a
    // date filter): pages and counts read one range of the page-order index, not everything before or after.
    // The start can be no earlier than `since` minus the longest event span.
    if (dialect.startLowerBound) add(`e.sort_date >= ${dialect.startLowerBound}`, q.since);
  }
  if (q.until) {
    add('e.date_start <= ?', checkDay('until', q.until));
    add('e.sort_date <= ?', q.until);
  }
  if (q.minSources !== undefined) {
    if (!Number.isFinite(q.minSources)) throw new InvalidQueryError('minSources', 'not a number');
    add('e.source_count >= ?', q.minSources);
  }
  if (q.documentId) add('e.id IN (SELECT event_id FROM mentions WHERE document_id = ?)', q.documentId);
  if (q.text) {
    const t = dialect.textCondition(q.text, fewTextMatches);
    if (t) add(t.sql, ...t.params);
  }
  return { sql: conds.length ? `WHERE ${conds.join(' AND ')}` : '', params };
}

const SORTS = {
  date: { col: 'e.sort_date', dir: 'ASC', key: (r: EventRow) => r.sort_date },
  '-date': { col: 'e.sort_date', dir: 'DESC', key: (r: EventRow) => r.sort_date },
  sources: { col: 'e.source_count', dir: 'ASC', key: (r: EventRow) => Number(r.source_count) },
  '-sources': { col: 'e.source_count', dir: 'DESC', key: (r: EventRow) => Number(r.source_count) },
} as const;

/**
 * Text searches count their matches exactly up to this many; beyond it `total` is this number and
 * `totalIsLowerBound` is true. A frequent word matches tens of thousands of events: counting them all
 * cost more than the page itself (~0.1 s per request on 100,000 events). Other filters count exactly.
 */
export const TEXT_TOTAL_CAP = 1000;

export async function listEvents(db: SqlExecutor, dialect: Dialect, q: EventQuery): Promise<Page<StoredEvent>> {
  const sortName = q.sort ?? '-date';
  const sort = SORTS[sortName];
  if (!sort) throw new InvalidQueryError('sort', `one of ${Object.keys(SORTS).join(', ')}`);
  const limit = pageSize(q.limit);
  const words = q.text ? queryWords(q.text) : [];
  if (words.length && dialect.orderedText && (sortName === 'date' || sortName === '-date')) {
    // Date order from an index that yields the matches in that order (text-page.ts): no set of every match.
    const { text: _text, ...others } = q;
    const w = eventWhere(others, dialect);
    const filters = { sql: w.sql.replace(/^WHERE /, ''), params: w.params };
    if (await readsInOrder(db, dialect.orderedText, q, filters)) {
      const search = dialect.orderedText;
      // since/until bound the days read: up to `until`, from `since` minus the longest event span
      const from = q.since && dialect.startLowerBound
        ? (await db.get<{ d: string }>(`SELECT ${dialect.startLowerBound} AS d`, [q.since]))?.d ?? ''
        : null;
      const r = await textPageByDate(db, search, {
        words, dir: sort.dir, filters, limit, cap: TEXT_TOTAL_CAP, cursor: q.cursor ? decodeCursor(q.cursor) : null,
        days: { low: from ? search.dayOf(from) : null, high: q.until ? search.dayOf(q.until) : null },
      });
      return pageOf(db, r.page, r.more ? sort.key : null, r.total, r.totalIsLowerBound);
    }
  }
  const few = q.text && dialect.countTextMatches ? (await dialect.countTextMatches(db, q.text, FEW_TEXT_MATCHES)) <= FEW_TEXT_MATCHES : false;
  const where = eventWhere(q, dialect, few);
  // Text searches are counted up to a cap; their first page fetches the ids of up to cap + 1 matches in one
  // pass (the matching keys are gathered once), which gives both the page and the capped count.
  const cap = words.length ? TEXT_TOTAL_CAP : null;
  let sql = where.sql;
  const params = [...where.params];
  if (q.cursor) {
    const [k, id] = decodeCursor(q.cursor);
    const op = sort.dir === 'ASC' ? '>' : '<';
    sql += `${sql ? ' AND' : 'WHERE'} (${sort.col} ${op} ? OR (${sort.col} = ? AND e.id ${op} ?))`;
    params.push(k, k, id);
  }
  let page: EventRow[];
  let matched: number; // matches the page query saw (at most limit + 1, or cap + 1 for a text search)
  if (cap !== null && !q.cursor) {
    // The ids of up to cap + 1 matches in page order (from an index), then the rows of the page only.
    const ids = await db.all<{ id: string }>(
      `SELECT e.id AS id FROM events e ${sql} ORDER BY ${sort.col} ${sort.dir}, e.id ${sort.dir} LIMIT ?`,
      [...params, Math.max(cap + 1, limit + 1)],
    );
    const pageIds = ids.slice(0, limit).map((r) => r.id);
    const byId = new Map<string, EventRow>();
    if (pageIds.length) {
      for (const r of await db.all<EventRow>(`SELECT ${EVENT_COLUMNS} FROM events e WHERE e.id IN ${inList(pageIds.length)}`, pageIds)) byId.set(r.id, r);
    }
    page = pageIds.map((id) => byId.get(id)).filter((r): r is EventRow => r !== undefined);
    matched = ids.length;
  } else {
    // The page's ids first (filters and order from an index where one covers them), then only those rows:
    // sorting whole rows would read every match in full. CROSS JOIN keeps the page as the outer loop (SQLite).
    const rows = await db.all<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM (SELECT e.id AS page_id, ${sort.col} AS page_key FROM events e ${sql}
         ORDER BY ${sort.col} ${sort.dir}, e.id ${sort.dir} LIMIT ?) p
       CROSS JOIN events e WHERE e.id = p.page_id ORDER BY p.page_key ${sort.dir}, p.page_id ${sort.dir}`,
      [...params, limit + 1],
    );
    page = rows.slice(0, limit);
    matched = rows.length;
  }
  let total: number;
  let totalIsLowerBound = false;
  if (!q.cursor && (matched <= limit || cap !== null)) {
    // A first page that holds every match is its own count; a capped first page counted while fetching.
    total = matched;
  } else {
    const countSql = cap !== null
      ? `SELECT COUNT(*) AS n FROM (SELECT 1 FROM events e ${where.sql} LIMIT ?) c`
      : `SELECT COUNT(*) AS n FROM events e ${where.sql}`;
    total = Number((await db.get<{ n: number }>(countSql, cap !== null ? [...where.params, cap + 1] : where.params))?.n ?? 0);
  }
  if (cap !== null && total > cap) {
    total = cap;
    totalIsLowerBound = true;
  }
  return pageOf(db, page, matched > limit ? sort.key : null, total, totalIsLowerBound);
}

/** The page's events with their documents; `cursorKey`: another page follows, its cursor is after the last event. */
async function pageOf(
  db: SqlExecutor, page: readonly EventRow[], cursorKey: ((r: EventRow) => string | number) | null, total: number, totalIsLowerBound: boolean,
): Promise<Page<StoredEvent>> {
  const docs = await documentIdsOf(db, page.map((r) => r.id));
  const last = page[page.length - 1];
  return {
    items: page.map((r) => toStoredEvent(r, docs.get(r.id) ?? [])),
    nextCursor: cursorKey && last ? encodeCursor([cursorKey(last), last.id]) : null,
    total,
    ...(totalIsLowerBound ? { totalIsLowerBound } : {}),
  };
}

export async function documentIdsOf(db: SqlExecutor, eventIds: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (!eventIds.length) return out;
  const rows = await db.all<{ event_id: string; document_id: string }>(
    `SELECT DISTINCT event_id, document_id FROM mentions WHERE event_id IN ${inList(eventIds.length)} ORDER BY event_id, document_id`,
    [...eventIds],
  );
  for (const r of rows) out.set(r.event_id, [...(out.get(r.event_id) ?? []), r.document_id]);
  return out;
}

/** Filters event_rollup can answer (it keeps dates, type and country); any other filter reads the events. */
const ROLLUP_FILTERS: ReadonlySet<string> = new Set(['type', 'country', 'since', 'until', 'sort', 'limit', 'cursor']);

function rollupWhere(q: EventQuery, dialect: Dialect): { sql: string; params: SqlValue[] } | null {
  if (Object.entries(q).some(([k, v]) => v !== undefined && !ROLLUP_FILTERS.has(k))) return null;
  // The same conditions as eventWhere, on the rollup's columns (where a missing country is '').
  const conds: string[] = [];
  const params: SqlValue[] = [];
  if (q.type) conds.push('r.type = ?'), params.push(q.type);
  if (q.country) conds.push('r.country = ?'), params.push(q.country);
  if (q.since) conds.push('r.date_end >= ?'), params.push(checkDay('since', q.since));
  if (q.since && dialect.startLowerBound) conds.push(`r.date_start >= ${dialect.startLowerBound}`), params.push(q.since);
  if (q.until) conds.push('r.date_start <= ?'), params.push(checkDay('until', q.until));
  return { sql: conds.length ? `WHERE ${conds.join(' AND ')}` : '', params };
}

export async function aggregate(
  db: SqlExecutor,
  dialect: Dialect,
  q: EventQuery,
  by: { interval: 'day' | 'week'; group: 'type' | 'country' | null },
  rollupIndex: RollupIndexCache | null = null,
): Promise<AggregateRow[]> {
  const fromRollup = dialect.rollup ? rollupWhere(q, dialect) : null;
  if (fromRollup && rollupIndex) {
    const index = await rollupIndex.current(db);
    if (index) return index.aggregate(q, by);
  }
  let rows: { bucket: string; grp: string | null; n: number; kl: number; kb: number; kh: number; ib: number }[];
  // Ungrouped per-day counts follow the timeline index's order (no sort step).
  const groupBy = by.group === null ? 'GROUP BY 1' : 'GROUP BY 1, 2';
  if (fromRollup) {
    // Without type or country (filter or group), the per-date-range table: a fifth of the rows.
    const table = q.type || q.country || by.group ? 'event_rollup' : 'event_rollup_days';
    const bucket = by.interval === 'week' ? dialect.weekBucket('r.date_start') : 'r.date_start';
    const group = by.group === 'type' ? 'r.type' : by.group === 'country' ? "NULLIF(r.country, '')" : 'NULL';
    rows = await db.all(
      `SELECT ${bucket} AS bucket, ${group} AS grp, SUM(r.n) AS n, SUM(r.killed_low) AS kl, SUM(r.killed_best) AS kb,
              SUM(r.killed_high) AS kh, SUM(r.injured_best) AS ib
       FROM ${table} r ${fromRollup.sql} ${groupBy}`,
      fromRollup.params,
    );
  } else {
    const few = q.text && dialect.countTextMatches ? (await dialect.countTextMatches(db, q.text, FEW_TEXT_MATCHES)) <= FEW_TEXT_MATCHES : false;
    const where = eventWhere(q, dialect, few);
    const bucket = by.interval === 'week' ? dialect.weekBucket('e.date_start') : 'e.date_start';
    const group = by.group === 'type' ? 'e.type' : by.group === 'country' ? 'e.country' : 'NULL';
    rows = await db.all(
      `SELECT ${bucket} AS bucket, ${group} AS grp, COUNT(*) AS n, SUM(e.killed_low) AS kl, SUM(e.killed_best) AS kb,
              SUM(e.killed_high) AS kh, SUM(e.injured_best) AS ib
       FROM events e ${where.sql}${where.sql ? ' AND' : 'WHERE'} e.date_start IS NOT NULL
       ${groupBy}`,
      where.params,
    );
  }
  return rows
    .map((r) => ({
      bucket: String(r.bucket),
      group: r.grp ?? null,
      events: Number(r.n),
      killedLow: Number(r.kl ?? 0),
      killedBest: Number(r.kb ?? 0),
      killedHigh: Number(r.kh ?? 0),
      injuredBest: Number(r.ib ?? 0),
    }))
    // buckets are ISO days: ordinal order is their order (and much cheaper than a locale comparison)
    .sort((a, b) => (a.bucket < b.bucket ? -1 : a.bucket > b.bucket ? 1 : (a.group ?? '').localeCompare(b.group ?? '')));
}
