// Migration 2 (SQLite). Frozen: never edit once released; add a new numbered file instead.
// events_fts keeps event_id UNINDEXED, so deleting an event's row by event_id scanned the whole index on
// every event write (quadratic ingestion). This table names the FTS row of each event: deletes go by rowid.
export default `
CREATE TABLE event_fts_rows (
  fts_rowid INTEGER PRIMARY KEY,
  event_id TEXT NOT NULL UNIQUE
);
INSERT OR IGNORE INTO event_fts_rows (fts_rowid, event_id) SELECT rowid, event_id FROM events_fts ORDER BY rowid;
DELETE FROM events_fts WHERE rowid NOT IN (SELECT fts_rowid FROM event_fts_rows);
`;
