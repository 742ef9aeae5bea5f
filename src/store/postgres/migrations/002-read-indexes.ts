// Migration 2 (PostgreSQL). Frozen: never edit once released; add a new numbered file instead.
// Read-path indexes for the API (issue 8), the same as SQLite migration 3: the default order with the date
// range beside it, bounding boxes with their order, type + country pages and counts, covering indexes for
// the aggregates (index-only scans once the table is vacuumed), and matching documents to their events for
// text search without reading mention rows.
export default `
CREATE INDEX events_page ON events(sort_date, id) INCLUDE (date_start, date_end);
DROP INDEX events_date;
CREATE INDEX events_geo_page ON events(lat, lon, sort_date, id);
DROP INDEX events_geo;
CREATE INDEX events_country_type ON events(country, type, sort_date, id);
CREATE INDEX events_timeline ON events(date_start, date_end) INCLUDE (type, country, killed_low, killed_best, killed_high, injured_best);
CREATE INDEX events_country_timeline ON events(country, date_start, date_end) INCLUDE (type, killed_low, killed_best, killed_high, injured_best);
CREATE INDEX mentions_document_event ON mentions(document_id, event_id);
`;
