// GET /api/events (filters, sort, cursor pagination) and GET /api/events/:id (mentions, claims, evidence).
import { Hono } from 'hono';
import type { EventStore } from '../../store/event-store.js';
import { ApiError } from '../errors.js';
import { parseListQuery } from '../query.js';

export function eventRoutes(store: EventStore): Hono {
  const app = new Hono();

  app.get('/', async (c) => {
    const q = parseListQuery(c.req.query());
    const page = await store.listEvents(q);
    return c.json({ items: page.items, nextCursor: page.nextCursor, total: page.total, totalIsLowerBound: page.totalIsLowerBound ?? false, limit: q.limit });
  });

  app.get('/:id', async (c) => {
    const id = c.req.param('id');
    if (id.length > 500) throw new ApiError(400, 'id: too long');
    const detail = await store.getEvent(id);
    if (!detail) throw new ApiError(404, `no event with id ${JSON.stringify(id)}`);
    const docIds = [...new Set([...detail.documentIds, ...detail.mentions.map((m) => m.documentId)])];
    const documents = [];
    for (const docId of docIds) {
      const d = await store.getDocument(docId);
      if (d) documents.push({ id: d.id, title: d.title, source: d.source, url: d.url, date: d.date, datePrecision: d.datePrecision, lang: d.lang });
    }
    return c.json({ ...detail, documents });
  });

  return app;
}
