// Migration 3 (SQLite). Frozen: never edit once released; add a new numbered file instead.
// Read-path indexes for the API (issue 8), each checked with EXPLAIN QUERY PLAN on a 100,000-event store:
// - events_page: the default order (sort_date, id) with the date range beside it, so date filters and the
//   text-search membership test run on the index alone (replaces events_date, its prefix);
// - events_geo_page: a bounding box finds and orders its matches from the index (replaces events_geo);
// - events_country_type: type + country filters count and page from the index alone;
// - events_timeline / events_country_timeline: the aggregates (per day or week, by type or country, with
//   casualty sums) read a covering index instead of every full event row;
// - mentions_document_event: text search maps matching documents to their events without reading mentions.
export default `
CREATE INDEX events_page ON events(sort_date, id, date_start, date_end);
DROP INDEX events_date;
CREATE INDEX events_geo_page ON events(lat, lon, sort_date, id);
DROP INDEX events_geo;
CREATE INDEX events_country_type ON events(country, type, sort_date, id);
CREATE INDEX events_timeline ON events(date_start, date_end, type, country, killed_low, killed_best, killed_high, injured_best);
CREATE INDEX events_country_timeline ON events(country, date_start, date_end, type, killed_low, killed_best, killed_high, injured_best);
CREATE INDEX mentions_document_event ON mentions(document_id, event_id);
`;
