// event_search (SQLite migration 6): the search text of each event and of each of its documents under FTS rowids
// that follow the page order (day << 41 | key; see the migration), so that a text search reads its matches newest
// (or oldest) first and stops after the page. This file keeps the index in step with the events and builds the queries.
import type { OrderedTextSearch } from '../dialect.js';
import type { SqlExecutor, SqlValue } from '../sql/sql-db.js';

/** rowid = day << DAY_SHIFT | key */
const DAY_SHIFT = 41;
const KEY_MASK = 2 ** DAY_SHIFT - 1;
/** A key at or above this one is looked up in event_search_rows; below, it is event_seq << SLOT_BITS | slot. */
const LOOKED_UP = 2 ** 40;
const SLOT_BITS = 10;
const SLOTS = 2 ** SLOT_BITS;
/** Event keys from this one on are always looked up (their direct keys would reach LOOKED_UP). */
const DIRECT_EVENTS = 2 ** 30;

/** SQL for the day number of a sort_date column: (year * 13 + month) * 32 + day, 0 for '' (an undated event). */
export function daySql(column: string): string {
  return `CASE WHEN ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
    THEN (CAST(substr(${column}, 1, 4) AS INTEGER) * 13 + CAST(substr(${column}, 6, 2) AS INTEGER)) * 32 + CAST(substr(${column}, 9, 2) AS INTEGER) ELSE 0 END`;
}

/** The day number of a sort_date value (as daySql), or null for a value no event can have. */
export function dayOf(sortDate: string): number | null {
  if (sortDate === '') return 0;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(sortDate);
  return m ? (Number(m[1]) * 13 + Number(m[2])) * 32 + Number(m[3]) : null;
}

/** SQL for the event key (events.fts_seq) of the event_search row `f`: from its rowid, or looked up. */
const EVENT_OF_ROW = `CASE WHEN f.rowid & ${LOOKED_UP} THEN (SELECT o.event_seq FROM event_search_rows o WHERE o.key = (f.rowid & ${KEY_MASK}))
  ELSE (f.rowid & ${KEY_MASK}) >> ${SLOT_BITS} END`;

/** Every word, as an FTS5 string (queryWords keeps letters and digits only: no quote can occur). */
export function ftsQuery(words: readonly string[]): string {
  return words.map((w) => `"${w}"`).join(' ');
}

async function dropRows(tx: SqlExecutor, rows: readonly { key: number; day: number }[]): Promise<void> {
  for (const r of rows) await tx.run(`DELETE FROM event_search WHERE rowid = (? << ${DAY_SHIFT}) | ?`, [r.day, r.key]);
}

/**
 * Keys for the event's own text and `n` - 1 new documents: free slots of its direct keys first (slot 0 for its
 * own text, which it has just given up), then looked-up keys. `fresh`: the event has no row, every slot is free.
 */
async function newKeys(tx: SqlExecutor, eventSeq: number, n: number, fresh: boolean): Promise<number[]> {
  const keys: number[] = [];
  if (eventSeq < DIRECT_EVENTS) {
    const base = eventSeq * SLOTS;
    const used = fresh ? new Set<number>() : new Set(
      (await tx.all<{ key: number }>('SELECT key FROM event_search_rows WHERE key >= ? AND key < ?', [base, base + SLOTS])).map((r) => Number(r.key)),
    );
    for (let slot = 0; slot < SLOTS && keys.length < n; slot++) if (!used.has(base + slot)) keys.push(base + slot);
  }
  if (keys.length < n) {
    const top = await tx.get<{ k: number | null }>('SELECT MAX(key) AS k FROM event_search_rows WHERE key >= ?', [LOOKED_UP]);
    let next = top?.k === null || top?.k === undefined ? LOOKED_UP : Number(top.k) + 1;
    while (keys.length < n) keys.push(next++);
  }
  return keys;
}

/**
 * Files an event's own text and the text of each of its documents under the event's current day. Called
 * whenever the event is written (its text, date and documents may all have changed): rows under another
 * day and documents the event no longer has are dropped; a document already filed under the day is kept.
 * `documentIds`: every document of the event (from the mentions being written: a new event's mention row
 * is stored after the event's). `fresh`: the event was never indexed.
 */
export async function indexEventSearch(
  tx: SqlExecutor, eventId: string, eventSeq: number, body: string, documentIds: readonly string[], fresh: boolean,
): Promise<void> {
  const day = Number((await tx.get<{ day: number }>(`SELECT ${daySql('sort_date')} AS day FROM events WHERE id = ?`, [eventId]))?.day ?? 0);
  const docs = JSON.stringify(documentIds);
  // A fresh event has no rows yet (unindexEventSearch removed those of any earlier event with its key).
  const stale = fresh ? [] : await tx.all<{ key: number; day: number }>(
    `DELETE FROM event_search_rows WHERE event_seq = ? AND (doc_seq = 0 OR day <> ?
       OR doc_seq NOT IN (SELECT seq FROM documents WHERE id IN (SELECT value FROM json_each(?))))
     RETURNING key, day`,
    [eventSeq, day, docs],
  );
  await dropRows(tx, stale);
  const added = await tx.all<{ seq: number }>(
    `SELECT seq FROM documents WHERE id IN (SELECT value FROM json_each(?))
       AND seq NOT IN (SELECT doc_seq FROM event_search_rows WHERE event_seq = ?) ORDER BY seq`,
    [docs, eventSeq],
  );
  const [own, ...keys] = await newKeys(tx, eventSeq, added.length + 1, fresh);
  await tx.run('INSERT INTO event_search_rows (key, event_seq, doc_seq, day) VALUES (?, ?, 0, ?)', [own!, eventSeq, day]);
  await tx.run(`INSERT INTO event_search (rowid, title, text) VALUES ((? << ${DAY_SHIFT}) | ?, '', ?)`, [day, own!, body]);
  for (const [i, d] of added.entries()) {
    const key = keys[i]!;
    await tx.run('INSERT INTO event_search_rows (key, event_seq, doc_seq, day) VALUES (?, ?, ?, ?)', [key, eventSeq, d.seq, day]);
    await tx.run(
      `INSERT INTO event_search (rowid, title, text) SELECT (? << ${DAY_SHIFT}) | ?, COALESCE(title, ''), text FROM documents WHERE seq = ?`,
      [day, key, d.seq],
    );
  }
}

/** Removes every row of an event (it is being deleted). */
export async function unindexEventSearch(tx: SqlExecutor, eventSeq: number): Promise<void> {
  await dropRows(tx, await tx.all<{ key: number; day: number }>('DELETE FROM event_search_rows WHERE event_seq = ? RETURNING key, day', [eventSeq]));
}

export const sqliteOrderedText: OrderedTextSearch = {
  matches({ words, dir, events, low, high, limit }) {
    // CROSS JOIN keeps the FTS doclist as the outer loop, read in rowid order (no sort step); each row names
    // its event and day by its rowid (then, for other filters, the event row is looked up by that key).
    const conds = ['event_search MATCH ?'];
    const params: SqlValue[] = [ftsQuery(words)];
    if (events) {
      conds.push(`e.fts_seq = ${EVENT_OF_ROW}`);
      if (events.sql) conds.push(events.sql), params.push(...events.params);
    }
    // a range of days is a range of rowids
    if (low !== null) conds.push(`f.rowid >= (? << ${DAY_SHIFT})`), params.push(low);
    if (high !== null) conds.push(`f.rowid < ((? + 1) << ${DAY_SHIFT})`), params.push(high);
    if (limit !== null) params.push(limit);
    return {
      sql: `SELECT DISTINCT ${EVENT_OF_ROW} AS event_seq, f.rowid >> ${DAY_SHIFT} AS day
        FROM event_search f${events ? ' CROSS JOIN events e' : ''}
        WHERE ${conds.join(' AND ')} ORDER BY f.rowid ${dir}${limit !== null ? ' LIMIT ?' : ''}`,
      params,
    };
  },
  dayOf,
  keyList: '(SELECT value FROM json_each(?))',
  // event keys only grow (a deleted event's key is not reused unless it was the last): the largest is about the count
  sizeEstimate: 'SELECT COALESCE(MAX(fts_seq), 0) AS n FROM events',
};
