// EventQuery → parameterised WHERE clause, keyset pagination and aggregates, shared by both stores.
import type { Dialect } from './dialect.js';
import type { AggregateRow, EventQuery, Page, StoredEvent } from './event-store.js';
import { decodeCursor, encodeCursor, pageSize } from './cursor.js';
import { EVENT_COLUMNS, fold, toStoredEvent, type EventRow } from './rows.js';
import { inList, type SqlExecutor, type SqlValue } from './sql/sql-db.js';

/** A query that cannot be run as given; names the field. */
export class InvalidQueryError extends Error {
  constructor(readonly field: string, message: string) {
    super(`${field}: ${message}`);
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function likeParam(s: string): string {
  return `%${fold(s).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function eventWhere(q: EventQuery, dialect: Dialect): { sql: string; params: SqlValue[] } {
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
    if (!DAY.test(q.since)) throw new InvalidQueryError('since', `expected YYYY-MM-DD, got "${q.since}"`);
    add('e.date_end >= ?', q.since);
  }
  if (q.until) {
    if (!DAY.test(q.until)) throw new InvalidQueryError('until', `expected YYYY-MM-DD, got "${q.until}"`);
    add('e.date_start <= ?', q.until);
  }
  if (q.minSources !== undefined) {
    if (!Number.isFinite(q.minSources)) throw new InvalidQueryError('minSources', 'not a number');
    add('e.source_count >= ?', q.minSources);
  }
  if (q.documentId) add('e.id IN (SELECT event_id FROM mentions WHERE document_id = ?)', q.documentId);
  if (q.text) {
    const t = dialect.textCondition(q.text);
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

export async function listEvents(db: SqlExecutor, dialect: Dialect, q: EventQuery): Promise<Page<StoredEvent>> {
  const sortName = q.sort ?? '-date';
  const sort = SORTS[sortName];
  if (!sort) throw new InvalidQueryError('sort', `one of ${Object.keys(SORTS).join(', ')}`);
  const where = eventWhere(q, dialect);
  const limit = pageSize(q.limit);
  let sql = where.sql;
  const params = [...where.params];
  if (q.cursor) {
    const [k, id] = decodeCursor(q.cursor);
    const op = sort.dir === 'ASC' ? '>' : '<';
    sql += `${sql ? ' AND' : 'WHERE'} (${sort.col} ${op} ? OR (${sort.col} = ? AND e.id ${op} ?))`;
    params.push(k, k, id);
  }
  // The page's ids first (filters and order from an index where one covers them), then only those rows:
  // sorting whole rows would read every match in full. CROSS JOIN keeps the page as the outer loop (SQLite).
  const rows = await db.all<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM (SELECT e.id AS page_id, ${sort.col} AS page_key FROM events e ${sql}
       ORDER BY ${sort.col} ${sort.dir}, e.id ${sort.dir} LIMIT ?) p
     CROSS JOIN events e WHERE e.id = p.page_id ORDER BY p.page_key ${sort.dir}, p.page_id ${sort.dir}`,
    [...params, limit + 1],
  );
  const page = rows.slice(0, limit);
  // A first page that holds every match is its own count: no second pass over the matches.
  const total =
    !q.cursor && rows.length <= limit
      ? rows.length
      : Number((await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM events e ${where.sql}`, where.params))?.n ?? 0);
  const docs = await documentIdsOf(db, page.map((r) => r.id));
  const last = page[page.length - 1];
  return {
    items: page.map((r) => toStoredEvent(r, docs.get(r.id) ?? [])),
    nextCursor: rows.length > limit && last ? encodeCursor([sort.key(last), last.id]) : null,
    total,
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

export async function aggregate(
  db: SqlExecutor,
  dialect: Dialect,
  q: EventQuery,
  by: { interval: 'day' | 'week'; group: 'type' | 'country' | null },
): Promise<AggregateRow[]> {
  const where = eventWhere(q, dialect);
  const bucket = by.interval === 'week' ? dialect.weekBucket('e.date_start') : 'e.date_start';
  const group = by.group === 'type' ? 'e.type' : by.group === 'country' ? 'e.country' : 'NULL';
  // Ungrouped per-day counts follow the timeline index's order (no sort step).
  const groupBy = by.group === null ? 'GROUP BY 1' : 'GROUP BY 1, 2';
  const rows = await db.all<{ bucket: string; grp: string | null; n: number; kl: number; kb: number; kh: number; ib: number }>(
    `SELECT ${bucket} AS bucket, ${group} AS grp, COUNT(*) AS n, SUM(e.killed_low) AS kl, SUM(e.killed_best) AS kb,
            SUM(e.killed_high) AS kh, SUM(e.injured_best) AS ib
     FROM events e ${where.sql}${where.sql ? ' AND' : 'WHERE'} e.date_start IS NOT NULL
     ${groupBy}`,
    where.params,
  );
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
    .sort((a, b) => a.bucket.localeCompare(b.bucket) || (a.group ?? '').localeCompare(b.group ?? ''));
}
