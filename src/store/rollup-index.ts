// An in-memory copy of event_rollup (counts and casualty sums per date range, type and country; SQLite
// migration 4) for the aggregates endpoint: the timeline, weekly and casualty aggregates filtered only by
// type, country and period are answered by scanning a few sorted arrays instead of running SQL and turning
// thousands of result rows into objects. It is built from the table on first use and thrown away as soon
// as the database changes (the SqlDb's change stamp: writes through this connection and commits by any
// other connection or process), so its answers are the table's answers.
import type { AggregateRow, EventQuery } from './event-store.js';
import type { SqlExecutor } from './sql/sql-db.js';

export interface AggregateBy {
  readonly interval: 'day' | 'week';
  readonly group: 'type' | 'country' | null;
}

/** Rows sorted by (date_start, date_end); columns as arrays. Strings are YYYY-MM-DD (compared as SQL does). */
interface Table {
  readonly start: readonly string[];
  readonly week: readonly string[];   // the Monday of date_start's ISO week
  readonly end: readonly string[];
  readonly maxEnd: readonly string[]; // the latest date_end among rows 0..i (for a `since` bound)
  readonly type: Int32Array;          // code into names
  readonly country: Int32Array;       // code into names; '' = no country
  readonly n: Float64Array;
  readonly kl: Float64Array;
  readonly kb: Float64Array;
  readonly kh: Float64Array;
  readonly ib: Float64Array;
}

export interface RollupIndex {
  /** The rows store.aggregate gives for q (bucket order, then group), for filters of type, country, since and until only. */
  aggregate(q: EventQuery, by: AggregateBy): AggregateRow[];
  readonly rows: number;
}

interface RollupRow {
  date_start: string;
  date_end: string;
  type: string;
  country: string;
  n: number;
  kl: number;
  kb: number;
  kh: number;
  ib: number;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** Monday of the ISO week of a valid YYYY-MM-DD day (as SQLite's date(d, 'weekday 0', '-6 days')); null if not a real day. */
export function mondayOf(day: string): string | null {
  if (!ISO_DAY.test(day)) return null;
  const t = Date.parse(`${day}T00:00:00Z`);
  if (!Number.isFinite(t) || new Date(t).toISOString().slice(0, 10) !== day) return null;
  const weekday = (new Date(t).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return new Date(t - weekday * DAY_MS).toISOString().slice(0, 10);
}

function makeTable(rows: readonly RollupRow[], code: (kind: 'type' | 'country', name: string) => number, weekOf: (d: string) => string): Table {
  const len = rows.length;
  const t = {
    start: new Array<string>(len), week: new Array<string>(len), end: new Array<string>(len), maxEnd: new Array<string>(len),
    type: new Int32Array(len), country: new Int32Array(len),
    n: new Float64Array(len), kl: new Float64Array(len), kb: new Float64Array(len), kh: new Float64Array(len), ib: new Float64Array(len),
  };
  let maxEnd = '';
  rows.forEach((r, i) => {
    t.start[i] = r.date_start;
    t.week[i] = weekOf(r.date_start);
    t.end[i] = r.date_end;
    if (r.date_end > maxEnd) maxEnd = r.date_end;
    t.maxEnd[i] = maxEnd;
    t.type[i] = code('type', r.type);
    t.country[i] = code('country', r.country);
    t.n[i] = Number(r.n);
    t.kl[i] = Number(r.kl ?? 0);
    t.kb[i] = Number(r.kb ?? 0);
    t.kh[i] = Number(r.kh ?? 0);
    t.ib[i] = Number(r.ib ?? 0);
  });
  return t;
}

/** First index in [0, len) whose value satisfies `ok` (which must be false then true along the array), or len. */
function firstWhere(len: number, ok: (i: number) => boolean): number {
  let lo = 0;
  let hi = len;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ok(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Builds the index from event_rollup, or null when a date in it is not a real YYYY-MM-DD day (SQL then answers). */
export function buildRollupIndex(rows: readonly RollupRow[]): RollupIndex | null {
  const weeks = new Map<string, string>();
  for (const r of rows) {
    if (weeks.has(r.date_start)) continue;
    const monday = mondayOf(r.date_start);
    if (monday === null || !ISO_DAY.test(r.date_end)) return null;
    weeks.set(r.date_start, monday);
  }
  const names = { type: [] as string[], country: [] as string[] };
  const codes = { type: new Map<string, number>(), country: new Map<string, number>() };
  const code = (kind: 'type' | 'country', name: string): number => {
    let c = codes[kind].get(name);
    if (c === undefined) {
      c = names[kind].length;
      names[kind].push(name);
      codes[kind].set(name, c);
    }
    return c;
  };
  const weekOf = (d: string): string => weeks.get(d) ?? d;
  const sorted = [...rows].sort((a, b) => (a.date_start < b.date_start ? -1 : a.date_start > b.date_start ? 1 : a.date_end < b.date_end ? -1 : a.date_end > b.date_end ? 1 : 0));
  const full = makeTable(sorted, code, weekOf);
  // The same per date range alone (what event_rollup_days keeps): the ungrouped, unfiltered timeline.
  const merged: RollupRow[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && last.date_start === r.date_start && last.date_end === r.date_end) {
      last.n += Number(r.n);
      last.kl += Number(r.kl ?? 0);
      last.kb += Number(r.kb ?? 0);
      last.kh += Number(r.kh ?? 0);
      last.ib += Number(r.ib ?? 0);
    } else {
      merged.push({ ...r, type: '', country: '', n: Number(r.n), kl: Number(r.kl ?? 0), kb: Number(r.kb ?? 0), kh: Number(r.kh ?? 0), ib: Number(r.ib ?? 0) });
    }
  }
  const days = makeTable(merged, () => -1, weekOf);
  // Row numbers of `full` per type and per country (ascending): a filtered query reads only its rows.
  const postings = (col: Int32Array, count: number): Int32Array[] => {
    const lists: number[][] = Array.from({ length: count }, () => []);
    col.forEach((c, i) => lists[c]!.push(i));
    return lists.map((l) => Int32Array.from(l));
  };
  const rowsOf = { type: postings(full.type, names.type.length), country: postings(full.country, names.country.length) };

  return {
    rows: rows.length,
    aggregate(q, by) {
      const t = q.type || q.country || by.group ? full : days;
      const typeCode = q.type ? codes.type.get(q.type) : undefined;
      const countryCode = q.country ? codes.country.get(q.country) : undefined;
      if ((q.type && typeCode === undefined) || (q.country && countryCode === undefined)) return [];
      const len = t.start.length;
      // Rows before `from` all end before `since`; rows from `to` on all start after `until`.
      const since = q.since;
      const until = q.until;
      const from = since ? firstWhere(len, (i) => t.maxEnd[i]! >= since) : 0;
      const to = until ? firstWhere(len, (i) => t.start[i]! > until) : len;
      const buckets = by.interval === 'week' ? t.week : t.start;
      const groupNames = by.group === 'type' ? names.type : names.country;
      const groupCol = by.group === 'type' ? t.type : t.country;
      const out: AggregateRow[] = [];
      // Buckets never decrease along the rows: one bucket's groups are summed into per-group slots (codes),
      // then written in group order when the bucket changes.
      const slots = by.group ? groupNames.length : 1;
      const acc = new Float64Array(slots * 5);
      const seen = new Uint8Array(slots);
      const touched: number[] = [];
      let bucket: string | null = null;
      const flush = (): void => {
        if (bucket === null) return;
        if (touched.length > 1) touched.sort((x, y) => (groupNames[x] ?? '').localeCompare(groupNames[y] ?? ''));
        for (const g of touched) {
          const o = g * 5;
          out.push({
            bucket, group: by.group ? groupNames[g] || null : null,
            events: acc[o]!, killedLow: acc[o + 1]!, killedBest: acc[o + 2]!, killedHigh: acc[o + 3]!, injuredBest: acc[o + 4]!,
          });
          acc.fill(0, o, o + 5);
          seen[g] = 0;
        }
        touched.length = 0;
      };
      // The rows to read: all of [from, to), or the shorter of the type's and the country's lists within it.
      let list: Int32Array | null = null;
      if (typeCode !== undefined) list = rowsOf.type[typeCode] ?? null;
      if (countryCode !== undefined) {
        const c = rowsOf.country[countryCode] ?? null;
        if (!list || (c && c.length < list.length)) list = c;
      }
      const lo = list ? firstWhere(list.length, (j) => list[j]! >= from) : from;
      const hi = list ? firstWhere(list.length, (j) => list[j]! >= to) : to;
      for (let j = lo; j < hi; j++) {
        const i = list ? list[j]! : j;
        if (since && t.end[i]! < since) continue;
        if (typeCode !== undefined && t.type[i] !== typeCode) continue;
        if (countryCode !== undefined && t.country[i] !== countryCode) continue;
        const b = buckets[i]!;
        if (b !== bucket) {
          flush();
          bucket = b;
        }
        const g = by.group ? groupCol[i]! : 0;
        const o = g * 5;
        if (!seen[g]) {
          seen[g] = 1;
          touched.push(g);
        }
        acc[o] = acc[o]! + t.n[i]!;
        acc[o + 1] = acc[o + 1]! + t.kl[i]!;
        acc[o + 2] = acc[o + 2]! + t.kb[i]!;
        acc[o + 3] = acc[o + 3]! + t.kh[i]!;
        acc[o + 4] = acc[o + 4]! + t.ib[i]!;
      }
      flush();
      return out;
    },
  };
}

/** Reads event_rollup and builds its index. */
export async function loadRollupIndex(db: SqlExecutor): Promise<RollupIndex | null> {
  const rows = await db.all<RollupRow>(
    `SELECT date_start, date_end, type, country, n, killed_low AS kl, killed_best AS kb, killed_high AS kh, injured_best AS ib
     FROM event_rollup ORDER BY date_start, date_end`,
  );
  return buildRollupIndex(rows);
}

export interface RollupIndexCache {
  /** The index for the database as it is now, or null: answer from SQL this time. */
  current(db: SqlExecutor): Promise<RollupIndex | null>;
}

/**
 * One index per database state (`stamp()` changes whenever the database may have changed). The first
 * aggregate after a change is answered from SQL; a second at the same state builds the index, so a store
 * being written continuously (an ingest beside the server) does not rebuild it for every request.
 */
export function createRollupIndexCache(stamp: () => string, load: (db: SqlExecutor) => Promise<RollupIndex | null> = loadRollupIndex): RollupIndexCache {
  let built: { stamp: string; index: RollupIndex | null } | null = null;
  let seen: string | null = null;
  let building: { stamp: string; promise: Promise<RollupIndex | null> } | null = null;
  return {
    async current(db) {
      const s = stamp();
      if (built?.stamp === s) return built.index;
      if (building?.stamp === s) return building.promise;
      if (seen !== s) {
        seen = s;
        return null;
      }
      const promise = load(db).then((index) => {
        // Kept only if nothing changed while it was read (else the next request sees a new stamp anyway).
        if (stamp() === s) built = { stamp: s, index };
        return index;
      });
      building = { stamp: s, promise };
      try {
        return await promise;
      } finally {
        if (building?.promise === promise) building = null;
      }
    },
  };
}
