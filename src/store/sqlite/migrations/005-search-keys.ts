// Migration 5 (SQLite). Frozen: never edit once released; add a new numbered file instead.
// Text search by integer keys. A frequent word matches tens of thousands of events; gathering their TEXT ids
// (through event_fts_rows, and through documents → mentions) cost ~1 µs each, 30-40 ms per request. Now:
// - events.fts_seq: the event's row number in events_fts (= event_fts_rows.fts_rowid), beside the page order in
//   events_page, so a match is tested on the index alone against the FTS rowids themselves;
// - document_events (doc_seq = documents.seq = documents_fts rowid, event_seq = events.fts_seq): the events of
//   each document by integers, so document hits become event keys without reading mentions or ids;
// - events_fts_seq: a rare word's few matches are looked up directly instead of scanning every event.
// Both are kept up to date by triggers on event_fts_rows and mentions (the write path is unchanged).
export default `
ALTER TABLE events ADD COLUMN fts_seq INTEGER;
UPDATE events SET fts_seq = (SELECT r.fts_rowid FROM event_fts_rows r WHERE r.event_id = events.id);
DROP INDEX events_page;
CREATE INDEX events_page ON events(sort_date, id, date_start, date_end, fts_seq);
CREATE INDEX events_fts_seq ON events(fts_seq);
CREATE TABLE document_events (
  doc_seq INTEGER NOT NULL,
  event_seq INTEGER NOT NULL,
  PRIMARY KEY (doc_seq, event_seq)
) WITHOUT ROWID;
CREATE INDEX document_events_event ON document_events(event_seq);
INSERT OR IGNORE INTO document_events (doc_seq, event_seq)
  SELECT d.seq, r.fts_rowid FROM mentions m JOIN documents d ON d.id = m.document_id JOIN event_fts_rows r ON r.event_id = m.event_id;
CREATE TRIGGER event_fts_rows_keys_insert AFTER INSERT ON event_fts_rows BEGIN
  UPDATE events SET fts_seq = NEW.fts_rowid WHERE id = NEW.event_id;
  INSERT OR IGNORE INTO document_events (doc_seq, event_seq)
    SELECT d.seq, NEW.fts_rowid FROM mentions m JOIN documents d ON d.id = m.document_id WHERE m.event_id = NEW.event_id;
END;
CREATE TRIGGER event_fts_rows_keys_delete AFTER DELETE ON event_fts_rows BEGIN
  DELETE FROM document_events WHERE event_seq = OLD.fts_rowid;
END;
CREATE TRIGGER mentions_keys_insert AFTER INSERT ON mentions BEGIN
  INSERT OR IGNORE INTO document_events (doc_seq, event_seq)
    SELECT d.seq, r.fts_rowid FROM documents d, event_fts_rows r WHERE d.id = NEW.document_id AND r.event_id = NEW.event_id;
END;
CREATE TRIGGER mentions_keys_update AFTER UPDATE OF event_id, document_id ON mentions BEGIN
  DELETE FROM document_events
  WHERE doc_seq = (SELECT seq FROM documents WHERE id = OLD.document_id)
    AND event_seq = (SELECT fts_rowid FROM event_fts_rows WHERE event_id = OLD.event_id)
    AND NOT EXISTS (SELECT 1 FROM mentions WHERE document_id = OLD.document_id AND event_id = OLD.event_id);
  INSERT OR IGNORE INTO document_events (doc_seq, event_seq)
    SELECT d.seq, r.fts_rowid FROM documents d, event_fts_rows r WHERE d.id = NEW.document_id AND r.event_id = NEW.event_id;
END;
CREATE TRIGGER mentions_keys_delete AFTER DELETE ON mentions BEGIN
  DELETE FROM document_events
  WHERE doc_seq = (SELECT seq FROM documents WHERE id = OLD.document_id)
    AND event_seq = (SELECT fts_rowid FROM event_fts_rows WHERE event_id = OLD.event_id)
    AND NOT EXISTS (SELECT 1 FROM mentions WHERE document_id = OLD.document_id AND event_id = OLD.event_id);
END;
`;
