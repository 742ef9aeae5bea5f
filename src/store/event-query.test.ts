// Read-path query plans on SQLite (issue 8): the API's main queries must be answered from indexes, never by
// reading or sorting every matching event row. EXPLAIN QUERY PLAN on a migrated (empty) schema shows the
// plan SQLite picks; a dropped index or a rewritten query that falls back to row scans fails here.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeCursor } from './cursor.js';
import { aggregate, listEvents } from './event-query.js';
import { migrate } from './migrate.js';
import type { SqlDb, SqlExecutor, SqlValue } from './sql/sql-db.js';
import { sqliteDialect } from './sqlite/sqlite-dialect.js';
import { openSqliteDb } from './sqlite/sqlite-db.js';

let db: SqlDb;

beforeEach(async () => {
  db = openSqliteDb(':memory:');
  await migrate(db, sqliteDialect);
});
afterEach(async () => {
  await db.close();
});

/** Runs each statement as usual and records SQLite's plan for it (one line per plan step). */
function planRecorder(inner: SqlExecutor): { exec: SqlExecutor; plans: string[][] } {
  const plans: string[][] = [];
  const record = async (sql: string, params: readonly SqlValue[] = []): Promise<void> => {
    const rows = await inner.all<{ detail: string }>(`EXPLAIN QUERY PLAN ${sql}`, params);
    plans.push(rows.map((r) => r.detail));
  };
  const exec: SqlExecutor = {
    all: async (sql, params) => (await record(sql, params), inner.all(sql, params)),
    get: async (sql, params) => (await record(sql, params), inner.get(sql, params)),
    run: (sql, params) => inner.run(sql, params),
    insertRows: (head, rows, tail) => inner.insertRows(head, rows, tail),
  };
  return { exec, plans };
}

const joined = (plan: readonly string[]): string => plan.join(' | ');

describe('SQLite read plans for the API queries', () => {
  it('a page sorts ids from an index, then reads only the rows of the page', async () => {
    const { exec, plans } = planRecorder(db);
    await listEvents(exec, sqliteDialect, { since: '2024-03-01', until: '2024-03-31' });
    const page = joined(plans[0]!);
    expect(page).toMatch(/SCAN e USING COVERING INDEX events_page/);
    expect(page).not.toMatch(/TEMP B-TREE FOR ORDER BY.*SCAN e USING INDEX/);
    // the outer loop is the page: full rows are looked up by id, not scanned in order
    expect(page).toMatch(/SEARCH e USING INDEX sqlite_autoindex_events_1 \(id=\?\)/);
    expect(page).not.toMatch(/AUTOMATIC/);
  });

  it('text search tests membership on the page-order index instead of sorting every matching row', async () => {
    const { exec, plans } = planRecorder(db);
    await listEvents(exec, sqliteDialect, { text: 'drone' });
    const page = joined(plans[0]!);
    expect(page).toMatch(/SCAN e USING COVERING INDEX events_page/);
    expect(page).toMatch(/COVERING INDEX mentions_document_event/);
    expect(page).not.toMatch(/MULTI-INDEX OR/);
  });

  it('type + country counts and pages from one covering index', async () => {
    const { exec, plans } = planRecorder(db);
    // a later page (cursor) also counts the matches: page plan first, then the count's
    await listEvents(exec, sqliteDialect, { type: 'ASSAULT', country: 'COD', cursor: encodeCursor(['2024-03-01', 'x']) });
    expect(plans).toHaveLength(2);
    expect(joined(plans[0]!)).toMatch(/INDEX events_country_type \(country=\? AND type=\?/);
    expect(joined(plans[1]!)).toMatch(/COVERING INDEX events_country_type \(country=\? AND type=\?\)/);
  });

  it('a bounding box finds and orders its matches from the geo index alone', async () => {
    const { exec, plans } = planRecorder(db);
    await listEvents(exec, sqliteDialect, { bbox: [30, 40, 50, 55] });
    expect(joined(plans[0]!)).toMatch(/COVERING INDEX events_geo_page/);
  });

  it('aggregates read a covering index, with no sort step for the ungrouped timeline', async () => {
    const { exec, plans } = planRecorder(db);
    await aggregate(exec, sqliteDialect, {}, { interval: 'day', group: null });
    expect(joined(plans[0]!)).toMatch(/COVERING INDEX events_timeline/);
    expect(joined(plans[0]!)).not.toMatch(/TEMP B-TREE/);
    await aggregate(exec, sqliteDialect, { country: 'COD', since: '2024-01-01' }, { interval: 'week', group: 'type' });
    expect(joined(plans[1]!)).toMatch(/COVERING INDEX events_country_timeline \(country=\?/);
    await aggregate(exec, sqliteDialect, { until: '2099-01-01' }, { interval: 'day', group: 'country' });
    expect(joined(plans[2]!)).toMatch(/COVERING INDEX events_timeline/);
  });
});
