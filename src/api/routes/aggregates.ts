// GET /api/aggregates: counts per day or week, optionally per type or country, with casualty sums.
import { Hono } from 'hono';
import type { AggregateRow, EventStore } from '../../store/event-store.js';
import { parseAggregateQuery } from '../query.js';
import { TtlCache } from '../ttl-cache.js';

/** `cacheMs`: how long one answer may be reused for the same query (0 = always recompute). */
export function aggregateRoutes(store: EventStore, cacheMs = 0): Hono {
  const app = new Hono();
  const cache = new TtlCache<readonly AggregateRow[]>(cacheMs);
  app.get('/', async (c) => {
    const { query, interval, group } = parseAggregateQuery(c.req.query());
    const key = JSON.stringify([query, interval, group]);
    const rows = await cache.get(key, () => store.aggregate(query, { interval, group }));
    if (cacheMs > 0) c.header('Cache-Control', `max-age=${Math.floor(cacheMs / 1000)}`);
    const totals = rows.reduce(
      (t, r) => ({
        events: t.events + r.events,
        killedLow: t.killedLow + r.killedLow,
        killedBest: t.killedBest + r.killedBest,
        killedHigh: t.killedHigh + r.killedHigh,
        injuredBest: t.injuredBest + r.injuredBest,
      }),
      { events: 0, killedLow: 0, killedBest: 0, killedHigh: 0, injuredBest: 0 },
    );
    return c.json({ interval, group, rows, totals });
  });
  return app;
}
