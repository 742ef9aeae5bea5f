// Migration 2 (SQLite). Frozen: never edit once released; add a new numbered file instead.
// events_fts keeps event_id UNINDEXED, so deleting an event's row by event_id scanned the whole index on
// every event write (quadratic ingestion). This table names the FTS row of each event: deletes go by rowid.
// event_keys becomes a WITHOUT ROWID table (its primary key is the table): one B-tree less to write per key.
export default `
CREATE TABLE event_keys_v2 (
  key TEXT NOT NULL,
  event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  PRIMARY KEY (key, event_id)
) WITHOUT ROWID;
INSERT INTO event_keys_v2 (key, event_id) SELECT key, event_id FROM event_keys;
DROP TABLE event_keys;
ALTER TABLE event_keys_v2 RENAME TO event_keys;
CREATE INDEX event_keys_event ON event_keys(event_id);
CREATE TABLE event_fts_rows (
  fts_rowid INTEGER PRIMARY KEY,
  event_id TEXT NOT NULL UNIQUE
);
INSERT OR IGNORE INTO event_fts_rows (fts_rowid, event_id) SELECT rowid, event_id FROM events_fts ORDER BY rowid;
DELETE FROM events_fts WHERE rowid NOT IN (SELECT fts_rowid FROM event_fts_rows);
`;
