// GET /api/aggregates: counts per day or week, optionally per type or country, with casualty sums.
import { Hono } from 'hono';
import type { EventStore } from '../../store/event-store.js';
import { aggregatesBody } from '../aggregates-json.js';
import { parseAggregateQuery } from '../query.js';
import { TtlCache } from '../ttl-cache.js';

/** `cacheMs`: how long one answer may be reused for the same query (0 = always recompute). */
export function aggregateRoutes(store: EventStore, cacheMs = 0): Hono {
  const app = new Hono();
  // The JSON body itself is cached: writing it costs about as much as computing the rows.
  const cache = new TtlCache<string>(cacheMs);
  app.get('/', async (c) => {
    const { query, interval, group, layout } = parseAggregateQuery(c.req.query());
    const key = JSON.stringify([query, interval, group, layout]);
    const body = await cache.get(key, async () => aggregatesBody(interval, group, await store.aggregate(query, { interval, group }), layout));
    if (cacheMs > 0) c.header('Cache-Control', `max-age=${Math.floor(cacheMs / 1000)}`);
    c.header('Content-Type', 'application/json; charset=UTF-8');
    return c.body(body);
  });
  return app;
}
