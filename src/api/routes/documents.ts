// GET /api/documents/:id: the stored text and the evidence spans of every event found in it.
import { Hono } from 'hono';
import type { EventStore } from '../../store/event-store.js';
import { ApiError } from '../errors.js';

export interface DocumentSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly mentionId: string;
  readonly eventId: string;
  readonly type: string;
}

export function documentRoutes(store: EventStore): Hono {
  const app = new Hono();

  app.get('/:id', async (c) => {
    const id = c.req.param('id');
    if (id.length > 500) throw new ApiError(400, 'id: too long');
    const doc = await store.getDocument(id);
    if (!doc) throw new ApiError(404, `no document with id ${JSON.stringify(id)}`);
    const mentions = await store.mentionsForDocument(id);
    const spans: DocumentSpan[] = [];
    for (const m of mentions) {
      for (const ev of m.event.evidence) {
        // Only spans that really are in this text: a highlight must never point at the wrong words.
        if (ev.end <= doc.text.length && doc.text.slice(ev.start, ev.end) === ev.text) {
          spans.push({ start: ev.start, end: ev.end, text: ev.text, mentionId: m.id, eventId: m.eventId, type: m.event.type });
        }
      }
    }
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    const { contentHash: _h, fingerprint: _f, ...document } = doc;
    return c.json({ document, mentions, spans });
  });

  return app;
}
