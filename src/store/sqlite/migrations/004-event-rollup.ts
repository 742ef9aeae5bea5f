// Migration 4 (SQLite). Frozen: never edit once released; add a new numbered file instead.
// event_rollup: events counted (with their casualty sums) per date range, type and country, kept up to date
// by triggers on every write to events. The aggregates endpoint (the dashboard's timeline) reads it instead
// of every event when its filters are only type, country, since and until: on 100,000 generated events it
// holds ~30,000 rows. event_rollup_days is the same per date range alone (~2,200 rows there): the dashboard's
// default timeline (no type, no country) reads it. A missing country is '' here.
// event_span: the longest date range of any event, in days (it only grows, so it stays a safe bound). A
// \`since\` filter (date_end >= since) then also bounds date_start from below (since minus that many days):
// a one-month query reads about one month of the date index instead of everything before it.
/** Widens event_span to the NEW event's date range (an event with no end counts as open-ended). */
const widenSpan = `
  UPDATE event_span SET days = MAX(days, COALESCE(CAST(julianday(COALESCE(NEW.date_end, NEW.date_start)) - julianday(NEW.date_start) AS INTEGER), 1000000));
`;

/** Counts the NEW event into both rollup tables (nothing when it has no date). */
const addNew = `
  INSERT INTO event_rollup (date_start, date_end, type, country, n, killed_low, killed_best, killed_high, injured_best)
  SELECT NEW.date_start, COALESCE(NEW.date_end, NEW.date_start), NEW.type, COALESCE(NEW.country, ''), 1, NEW.killed_low, NEW.killed_best, NEW.killed_high, NEW.injured_best
  WHERE NEW.date_start IS NOT NULL
  ON CONFLICT (date_start, date_end, type, country) DO UPDATE SET n = n + 1, killed_low = killed_low + excluded.killed_low,
    killed_best = killed_best + excluded.killed_best, killed_high = killed_high + excluded.killed_high, injured_best = injured_best + excluded.injured_best;
  INSERT INTO event_rollup_days (date_start, date_end, n, killed_low, killed_best, killed_high, injured_best)
  SELECT NEW.date_start, COALESCE(NEW.date_end, NEW.date_start), 1, NEW.killed_low, NEW.killed_best, NEW.killed_high, NEW.injured_best
  WHERE NEW.date_start IS NOT NULL
  ON CONFLICT (date_start, date_end) DO UPDATE SET n = n + 1, killed_low = killed_low + excluded.killed_low,
    killed_best = killed_best + excluded.killed_best, killed_high = killed_high + excluded.killed_high, injured_best = injured_best + excluded.injured_best;
`;

/** Takes the OLD event out of both rollup tables, dropping rows whose count reaches zero. */
const removeOld = `
  UPDATE event_rollup SET n = n - 1, killed_low = killed_low - OLD.killed_low, killed_best = killed_best - OLD.killed_best,
    killed_high = killed_high - OLD.killed_high, injured_best = injured_best - OLD.injured_best
  WHERE OLD.date_start IS NOT NULL AND date_start = OLD.date_start AND date_end = COALESCE(OLD.date_end, OLD.date_start) AND type = OLD.type AND country = COALESCE(OLD.country, '');
  DELETE FROM event_rollup
  WHERE OLD.date_start IS NOT NULL AND date_start = OLD.date_start AND date_end = COALESCE(OLD.date_end, OLD.date_start) AND type = OLD.type AND country = COALESCE(OLD.country, '') AND n <= 0;
  UPDATE event_rollup_days SET n = n - 1, killed_low = killed_low - OLD.killed_low, killed_best = killed_best - OLD.killed_best,
    killed_high = killed_high - OLD.killed_high, injured_best = injured_best - OLD.injured_best
  WHERE OLD.date_start IS NOT NULL AND date_start = OLD.date_start AND date_end = COALESCE(OLD.date_end, OLD.date_start);
  DELETE FROM event_rollup_days
  WHERE OLD.date_start IS NOT NULL AND date_start = OLD.date_start AND date_end = COALESCE(OLD.date_end, OLD.date_start) AND n <= 0;
`;

export default `
CREATE TABLE event_span (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  days INTEGER NOT NULL
);
INSERT INTO event_span (id, days)
  SELECT 1, COALESCE(MAX(COALESCE(CAST(julianday(COALESCE(date_end, date_start)) - julianday(date_start) AS INTEGER), 1000000)), 0)
  FROM events WHERE date_start IS NOT NULL;
CREATE TRIGGER events_span_insert AFTER INSERT ON events WHEN NEW.date_start IS NOT NULL BEGIN${widenSpan}END;
CREATE TRIGGER events_span_update AFTER UPDATE OF date_start, date_end ON events WHEN NEW.date_start IS NOT NULL BEGIN${widenSpan}END;
CREATE TABLE event_rollup (
  date_start TEXT NOT NULL,
  date_end TEXT NOT NULL,
  type TEXT NOT NULL,
  country TEXT NOT NULL,
  n INTEGER NOT NULL,
  killed_low REAL NOT NULL,
  killed_best REAL NOT NULL,
  killed_high REAL NOT NULL,
  injured_best REAL NOT NULL,
  PRIMARY KEY (date_start, date_end, type, country)
) WITHOUT ROWID;
CREATE INDEX event_rollup_type ON event_rollup(type, date_start, date_end, country, n, killed_low, killed_best, killed_high, injured_best);
CREATE TABLE event_rollup_days (
  date_start TEXT NOT NULL,
  date_end TEXT NOT NULL,
  n INTEGER NOT NULL,
  killed_low REAL NOT NULL,
  killed_best REAL NOT NULL,
  killed_high REAL NOT NULL,
  injured_best REAL NOT NULL,
  PRIMARY KEY (date_start, date_end)
) WITHOUT ROWID;
CREATE INDEX event_rollup_country ON event_rollup(country, date_start, date_end, type, n, killed_low, killed_best, killed_high, injured_best);
INSERT INTO event_rollup (date_start, date_end, type, country, n, killed_low, killed_best, killed_high, injured_best)
  SELECT date_start, COALESCE(date_end, date_start), type, COALESCE(country, ''), COUNT(*), SUM(killed_low), SUM(killed_best), SUM(killed_high), SUM(injured_best)
  FROM events WHERE date_start IS NOT NULL GROUP BY 1, 2, 3, 4;
INSERT INTO event_rollup_days (date_start, date_end, n, killed_low, killed_best, killed_high, injured_best)
  SELECT date_start, date_end, SUM(n), SUM(killed_low), SUM(killed_best), SUM(killed_high), SUM(injured_best)
  FROM event_rollup GROUP BY 1, 2;
CREATE TRIGGER events_rollup_insert AFTER INSERT ON events WHEN NEW.date_start IS NOT NULL BEGIN${addNew}END;
CREATE TRIGGER events_rollup_delete AFTER DELETE ON events WHEN OLD.date_start IS NOT NULL BEGIN${removeOld}END;
CREATE TRIGGER events_rollup_update AFTER UPDATE OF date_start, date_end, type, country, killed_low, killed_best, killed_high, injured_best ON events BEGIN${removeOld}${addNew}END;
`;
