// Read-path query plans on SQLite (issue 8): the API's main queries must be answered from indexes, never by
// reading or sorting every matching event row. EXPLAIN QUERY PLAN on a migrated (empty) schema shows the
// plan SQLite picks; a dropped index or a rewritten query that falls back to row scans fails here.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeCursor } from './cursor.js';
import { aggregate, FEW_TEXT_MATCHES, listEvents } from './event-query.js';
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
    // one event row in the month, so that the page has rows to read
    await db.run(
      `INSERT INTO events (id, event_json, type, modality, date_start, date_end, sort_date, mention_count, source_count, figures_json, created_at, updated_at)
       VALUES ('e1', '{}', 'ASSAULT', 'asserted', '2024-03-05', '2024-03-05', '2024-03-05', 1, 1, '{}', 'now', 'now')`,
    );
    const { exec, plans } = planRecorder(db);
    const out = await listEvents(exec, sqliteDialect, { since: '2024-03-01', until: '2024-03-31' });
    expect(out.items.map((e) => e.id)).toEqual(['e1']);
    const page = joined(plans[0]!);
    // one range of the page-order index: from `until` back to `since` minus the longest event span
    expect(page).toMatch(/SEARCH e USING COVERING INDEX events_page \(sort_date>\? AND sort_date<\?\)/);
    expect(page).not.toMatch(/TEMP B-TREE FOR ORDER BY.*SCAN e USING INDEX/);
    // the outer loop is the page: full rows are looked up by id, not scanned in order
    expect(page).toMatch(/SEARCH e USING INDEX sqlite_autoindex_events_1 \(id=\?\)/);
    expect(page).not.toMatch(/AUTOMATIC/);
  });

  it('a date-sorted text search reads the matches in page order from event_search and stops after the page', async () => {
    const { exec, plans } = planRecorder(db);
    await listEvents(exec, sqliteDialect, { text: 'drone' });
    // one statement: the matches are read once, the FTS doclist as the outer loop in rowid order (no sort step,
    // no set of every match); a row names its event by its rowid (a lookup only for keys past the direct ones);
    // the page's rows are then looked up by key
    expect(plans).toHaveLength(1);
    const page = joined(plans[0]!);
    const lookup = 'CORRELATED SCALAR SUBQUERY \\d+ \\| SEARCH o USING INTEGER PRIMARY KEY \\(rowid=\\?\\)';
    expect(page).toMatch(new RegExp(`MATERIALIZE m \\| SCAN f VIRTUAL TABLE INDEX [^|]* \\| ${lookup} \\| USE TEMP B-TREE FOR DISTINCT \\| SCAN m`));
    expect(page).toMatch(/SEARCH e USING INDEX events_fts_seq \(fts_seq=\?\)/);
    expect(page).not.toMatch(/events_fts\b|documents_fts|document_events|SCAN e\b/);
    // with another filter (here a period: its days also bound the rowids read), each match's event row is looked
    // up by its key, still in the doclist's order
    await listEvents(exec, sqliteDialect, { text: 'drone', since: '2024-01-01', until: '2024-03-31', sort: 'date' });
    expect(plans).toHaveLength(3); // plans[1]: the earliest start an event ending after `since` can have
    expect(joined(plans[2]!)).toMatch(/SCAN f VIRTUAL TABLE INDEX \d+:[^|]*[<>]/);
    const noSort = '(?:(?!USE TEMP B-TREE FOR ORDER BY)[^|]+ \\| )*';
    expect(joined(plans[2]!)).toMatch(
      new RegExp(`MATERIALIZE m \\| SCAN f VIRTUAL TABLE INDEX [^|]* \\| SEARCH e USING INDEX events_fts_seq \\(fts_seq=\\?\\) \\| ${noSort}USE TEMP B-TREE FOR DISTINCT \\| SCAN m`),
    );
  });

  // The general text condition (sort by sources, aggregates; a dialect without event_search).
  const general = (() => {
    const { orderedText: _, ...rest } = sqliteDialect;
    return rest;
  })();

  it('text search with many matches tests membership on the page-order index instead of sorting every match', async () => {
    const { exec, plans } = planRecorder(db);
    const many = { ...general, countTextMatches: async () => FEW_TEXT_MATCHES + 1 };
    await listEvents(exec, many, { text: 'drone' });
    const page = joined(plans[0]!);
    expect(page).toMatch(/SCAN e USING COVERING INDEX events_page/);
    expect(page).not.toMatch(/MULTI-INDEX OR/);
    // matches are gathered as integer keys straight from the FTS rowids and document_events: no text ids,
    // no mention or document rows
    expect(page).toMatch(/SEARCH document_events USING PRIMARY KEY \(doc_seq=\?\)/);
    expect(page).not.toMatch(/mentions|event_fts_rows|SEARCH documents/);
  });

  it('text search with few matches starts from them instead of scanning every event', async () => {
    const { exec, plans } = planRecorder(db);
    await listEvents(exec, general, { text: 'drone' }); // an empty store: no match at all
    // first the bounded count of matches, from the text indexes only
    expect(joined(plans[0]!)).not.toMatch(/\bevents\b(?!_fts)| e /);
    const page = joined(plans[1]!);
    expect(page).toMatch(/SEARCH e USING INDEX events_fts_seq \(fts_seq=\?\)/);
    expect(page).not.toMatch(/SCAN e\b/);
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

  it('aggregates read the rollup table when filtered only by type, country and dates, else a covering index', async () => {
    const { exec, plans } = planRecorder(db);
    await aggregate(exec, sqliteDialect, {}, { interval: 'day', group: null });
    expect(joined(plans[0]!)).toMatch(/SCAN r\b/); // event_rollup_days: no type, no country
    expect(joined(plans[0]!)).not.toMatch(/TEMP B-TREE/);
    expect(joined(plans[0]!)).not.toMatch(/\bevents\b/);
    await aggregate(exec, sqliteDialect, { country: 'COD', since: '2024-01-01' }, { interval: 'week', group: 'type' });
    expect(joined(plans[1]!)).toMatch(/COVERING INDEX event_rollup_country \(country=\?/);
    await aggregate(exec, sqliteDialect, { type: 'ASSAULT' }, { interval: 'day', group: null });
    expect(joined(plans[2]!)).toMatch(/COVERING INDEX event_rollup_type \(type=\?\)/);
    plans.splice(2, 1);
    // any other filter reads the events
    await aggregate(exec, sqliteDialect, { until: '2099-01-01', text: 'drone' }, { interval: 'day', group: 'country' });
    expect(joined(plans[3]!)).toMatch(/(SCAN|SEARCH) e USING/); // plans[2]: the count of text matches
    expect(joined(plans[3]!)).not.toMatch(/event_rollup/);
    await aggregate(exec, sqliteDialect, { country: 'COD', bbox: [20, -10, 32, 5] }, { interval: 'week', group: 'type' });
    expect(joined(plans[4]!)).toMatch(/(SCAN|SEARCH) e USING/);
    expect(joined(plans[4]!)).not.toMatch(/event_rollup/);
  });
});
