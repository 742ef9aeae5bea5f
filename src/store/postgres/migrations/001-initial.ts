// Migration 1 (PostgreSQL). Frozen: never edit once released; add a new numbered file instead.
// Full-text search: unaccented text indexed under the 'simple', 'french' and 'english' configurations.
export default `
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE OR REPLACE FUNCTION vigie_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $fn$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $fn$;
CREATE OR REPLACE FUNCTION vigie_tsvector(text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
    SELECT to_tsvector('simple'::regconfig, vigie_unaccent(coalesce($1, '')))
        || to_tsvector('french'::regconfig, vigie_unaccent(coalesce($1, '')))
        || to_tsvector('english'::regconfig, vigie_unaccent(coalesce($1, '')))
  $fn$;
CREATE OR REPLACE FUNCTION vigie_tsquery(text) RETURNS tsquery
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
    SELECT plainto_tsquery('simple'::regconfig, vigie_unaccent($1))
        || plainto_tsquery('french'::regconfig, vigie_unaccent($1))
        || plainto_tsquery('english'::regconfig, vigie_unaccent($1))
  $fn$;
CREATE TABLE documents (
  seq BIGSERIAL PRIMARY KEY,
  id TEXT COLLATE "C" NOT NULL UNIQUE,
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
  ingested_at TEXT NOT NULL,
  search tsvector
);
CREATE INDEX documents_search ON documents USING gin(search);
CREATE TABLE document_bands (
  band TEXT NOT NULL,
  document_id TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  PRIMARY KEY (band, document_id)
);
CREATE TABLE events (
  id TEXT COLLATE "C" PRIMARY KEY,
  event_json TEXT NOT NULL,
  type TEXT NOT NULL,
  modality TEXT NOT NULL,
  country TEXT,
  place_text TEXT NOT NULL DEFAULT '',
  actor_text TEXT NOT NULL DEFAULT '',
  date_start TEXT,
  date_end TEXT,
  sort_date TEXT COLLATE "C" NOT NULL DEFAULT '',
  lat DOUBLE PRECISION,
  lon DOUBLE PRECISION,
  mention_count INTEGER NOT NULL,
  source_count INTEGER NOT NULL,
  figures_json TEXT NOT NULL,
  killed_low DOUBLE PRECISION NOT NULL DEFAULT 0,
  killed_best DOUBLE PRECISION NOT NULL DEFAULT 0,
  killed_high DOUBLE PRECISION NOT NULL DEFAULT 0,
  injured_best DOUBLE PRECISION NOT NULL DEFAULT 0,
  search_text TEXT NOT NULL DEFAULT '',
  search tsvector,
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
CREATE INDEX events_search ON events USING gin(search);
CREATE TABLE event_context (
  event_id TEXT COLLATE "C" NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  context TEXT NOT NULL,
  PRIMARY KEY (context, event_id)
);
CREATE TABLE event_keys (
  key TEXT NOT NULL,
  event_id TEXT COLLATE "C" NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  PRIMARY KEY (key, event_id)
);
CREATE INDEX event_keys_event ON event_keys(event_id);
CREATE TABLE mentions (
  id TEXT COLLATE "C" PRIMARY KEY,
  document_id TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  event_id TEXT COLLATE "C" NOT NULL REFERENCES events(id),
  event_json TEXT NOT NULL,
  published_at TEXT,
  outlet TEXT
);
CREATE INDEX mentions_event ON mentions(event_id);
CREATE INDEX mentions_document ON mentions(document_id, idx);
CREATE TABLE claims (
  id TEXT COLLATE "C" PRIMARY KEY,
  event_id TEXT COLLATE "C" NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  mention_id TEXT COLLATE "C" NOT NULL,
  document_id TEXT COLLATE "C" NOT NULL,
  kind TEXT NOT NULL,
  value DOUBLE PRECISION NOT NULL,
  low DOUBLE PRECISION,
  high DOUBLE PRECISION,
  qualifier TEXT NOT NULL,
  claimant TEXT,
  outlet TEXT,
  published_at TEXT,
  evidence_json TEXT
);
CREATE INDEX claims_event ON claims(event_id);
CREATE TABLE changelog (
  seq BIGSERIAL PRIMARY KEY,
  at TEXT NOT NULL,
  kind TEXT NOT NULL,
  event_id TEXT COLLATE "C" NOT NULL,
  mention_id TEXT COLLATE "C",
  other_event_id TEXT,
  score DOUBLE PRECISION,
  reason TEXT NOT NULL
);
CREATE TABLE quarantine (
  id TEXT COLLATE "C" PRIMARY KEY,
  origin TEXT NOT NULL,
  reason TEXT NOT NULL,
  payload TEXT,
  attempts INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL
);
`;
