// GET /api/aggregates: counts per day or week, optionally per type or country, with casualty sums.
import { Hono } from 'hono';
import type { EventStore } from '../../store/event-store.js';
import { parseAggregateQuery } from '../query.js';

export function aggregateRoutes(store: EventStore): Hono {
  const app = new Hono();
  app.get('/', async (c) => {
    const { query, interval, group } = parseAggregateQuery(c.req.query());
    const rows = await store.aggregate(query, { interval, group });
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
