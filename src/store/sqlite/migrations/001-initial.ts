// Migration 1 (SQLite). Frozen: never edit once released; add a new numbered file instead.
export default `
CREATE TABLE documents (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  text TEXT NOT NULL,
  date TEXT,
  date_precision TEXT,
  lang TEXT,
  title TEXT,
  source TEXT,
  url TEXT,
  origin TEXT,
  content_hash TEXT NOT NULL UNIQUE,
  fingerprint TEXT,
  near_duplicate_of TEXT,
  ingested_at TEXT NOT NULL
);
CREATE TABLE document_bands (
  band TEXT NOT NULL,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  PRIMARY KEY (band, document_id)
);
CREATE TABLE events (
  id TEXT PRIMARY KEY,
  event_json TEXT NOT NULL,
  type TEXT NOT NULL,
  modality TEXT NOT NULL,
  country TEXT,
  place_text TEXT NOT NULL DEFAULT '',
  actor_text TEXT NOT NULL DEFAULT '',
  date_start TEXT,
  date_end TEXT,
  sort_date TEXT NOT NULL DEFAULT '',
  lat REAL,
  lon REAL,
  mention_count INTEGER NOT NULL,
  source_count INTEGER NOT NULL,
  figures_json TEXT NOT NULL,
  killed_low REAL NOT NULL DEFAULT 0,
  killed_best REAL NOT NULL DEFAULT 0,
  killed_high REAL NOT NULL DEFAULT 0,
  injured_best REAL NOT NULL DEFAULT 0,
  search_text TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX events_type ON events(type, sort_date);
CREATE INDEX events_country ON events(country, sort_date);
CREATE INDEX events_modality ON events(modality);
CREATE INDEX events_date ON events(sort_date, id);
CREATE INDEX events_dates ON events(date_start, date_end);
CREATE INDEX events_sources ON events(source_count, id);
CREATE INDEX events_geo ON events(lat, lon);
CREATE TABLE event_context (
  event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  context TEXT NOT NULL,
  PRIMARY KEY (context, event_id)
);
CREATE TABLE event_keys (
  key TEXT NOT NULL,
  event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  PRIMARY KEY (key, event_id)
);
CREATE INDEX event_keys_event ON event_keys(event_id);
CREATE TABLE mentions (
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  event_id TEXT NOT NULL REFERENCES events(id),
  event_json TEXT NOT NULL,
  published_at TEXT,
  outlet TEXT
);
CREATE INDEX mentions_event ON mentions(event_id);
CREATE INDEX mentions_document ON mentions(document_id, idx);
CREATE TABLE claims (
  id TEXT PRIMARY KEY,
  event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  mention_id TEXT NOT NULL,
  document_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  value REAL NOT NULL,
  low REAL,
  high REAL,
  qualifier TEXT NOT NULL,
  claimant TEXT,
  outlet TEXT,
  published_at TEXT,
  evidence_json TEXT
);
CREATE INDEX claims_event ON claims(event_id);
CREATE TABLE changelog (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  kind TEXT NOT NULL,
  event_id TEXT NOT NULL,
  mention_id TEXT,
  other_event_id TEXT,
  score REAL,
  reason TEXT NOT NULL
);
CREATE TABLE quarantine (
  id TEXT PRIMARY KEY,
  origin TEXT NOT NULL,
  reason TEXT NOT NULL,
  payload TEXT,
  attempts INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL
);
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='', tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE events_fts USING fts5(event_id UNINDEXED, body, tokenize='unicode61 remove_diacritics 2');
`;
