// Migration 6 (SQLite). Frozen: never edit once released; add a new numbered file instead.
// Text search in page order. A text search pages events newest first, but FTS5 yields its matches in rowid
// order, so migration 5 still gathered every match of a frequent word (~45,000 keys on 100,000 events) into
// two sets before the first page could be read. event_search holds the same text as events_fts (each event's
// own search text, copied from there) and documents_fts (the title and text of each of its source documents),
// one FTS row per event and per (event, document) pair, under a rowid that follows the page order:
//   rowid = day << 41 | key
// - day: the event's sort_date (always '' or a calendar YYYY-MM-DD) as (year * 13 + month) * 32 + day of
//   month, which orders as the text does (0 for an undated event; below 2^22 up to the year 9999);
// - key: event_seq << 10 | slot for an event key (events.fts_seq) below 2^30, slot 0 for the event's own text and
//   1 to 1023 for its documents, so that a match names its event without any lookup; otherwise (more than 1,023
//   documents, or a larger event key) 2^40 + n, whose event is found in event_search_rows.
// FTS5 streams a word's doclist in rowid order and stops at the LIMIT: the newest 1,001 matches cost about as much
// as reading their doclist entries, not as much as the whole doclist. Events of one day come in no particular
// order: the page sorts them by id (src/store/text-page.ts).
// event_search_rows (key = the rowid's low 41 bits) names each FTS row: its event, its document (documents.seq;
// 0 for the event's own text) and the day it is filed under. Both are written by the store's save path (the
// dialect's indexEvent/unindexEvent), which already rewrites an event's search text whenever the event changes.
// Contentless (content=''): the text already lives in events and documents.
const day = (c: string) => `CASE WHEN ${c} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
  THEN (CAST(substr(${c}, 1, 4) AS INTEGER) * 13 + CAST(substr(${c}, 6, 2) AS INTEGER)) * 32 + CAST(substr(${c}, 9, 2) AS INTEGER) ELSE 0 END`;

export default `
CREATE VIRTUAL TABLE event_search USING fts5(title, text, content='', contentless_delete=1, detail=none, tokenize='unicode61 remove_diacritics 2');
CREATE TABLE event_search_rows (
  key INTEGER PRIMARY KEY,
  event_seq INTEGER NOT NULL,
  doc_seq INTEGER NOT NULL,
  day INTEGER NOT NULL
);
CREATE UNIQUE INDEX event_search_rows_event ON event_search_rows(event_seq, doc_seq);
CREATE TEMP TABLE event_search_pairs AS
  SELECT fts_seq AS event_seq, 0 AS doc_seq, ${day('sort_date')} AS day FROM events WHERE fts_seq IS NOT NULL
  UNION ALL
  SELECT de.event_seq, de.doc_seq, ${day('e.sort_date')} FROM document_events de JOIN events e ON e.fts_seq = de.event_seq;
INSERT INTO event_search_rows (key, event_seq, doc_seq, day)
  SELECT event_seq * 1024 + n, event_seq, doc_seq, day
  FROM (SELECT *, row_number() OVER (PARTITION BY event_seq ORDER BY doc_seq) - 1 AS n FROM temp.event_search_pairs)
  WHERE event_seq < 1073741824 AND n < 1024;
INSERT INTO event_search_rows (key, event_seq, doc_seq, day)
  SELECT 1099511627776 + row_number() OVER (ORDER BY p.event_seq, p.doc_seq) - 1, p.event_seq, p.doc_seq, p.day
  FROM temp.event_search_pairs p
  WHERE NOT EXISTS (SELECT 1 FROM event_search_rows r WHERE r.event_seq = p.event_seq AND r.doc_seq = p.doc_seq);
DROP TABLE temp.event_search_pairs;
INSERT INTO event_search (rowid, title, text)
  SELECT (r.day << 41) | r.key, '', COALESCE(f.body, '') FROM event_search_rows r LEFT JOIN events_fts f ON f.rowid = r.event_seq WHERE r.doc_seq = 0;
INSERT INTO event_search (rowid, title, text)
  SELECT (r.day << 41) | r.key, COALESCE(d.title, ''), d.text FROM event_search_rows r JOIN documents d ON d.seq = r.doc_seq WHERE r.doc_seq <> 0;
`;
