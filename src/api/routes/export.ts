// GET /api/export.json | .csv | .geojson: the filtered events as a download.
import { Hono } from 'hono';
import { EXPORT_CONTENT_TYPES, fromStoredEvent, writeExport, type ExportFormat } from '../../export/index.js';
import type { EventStore } from '../../store/event-store.js';
import { collectEvents } from '../collect-events.js';
import { parseExportQuery } from '../query.js';

export function exportRoutes(store: EventStore): Hono {
  const app = new Hono();
  for (const format of ['json', 'csv', 'geojson'] as const satisfies readonly ExportFormat[]) {
    app.get(`/export.${format}`, async (c) => {
      const { query, max } = parseExportQuery(c.req.query());
      const { events, total, truncated } = await collectEvents(store, query, max);
      const body = writeExport(format, events.map(fromStoredEvent));
      c.header('Content-Type', EXPORT_CONTENT_TYPES[format]);
      c.header('Content-Disposition', `attachment; filename="vigie-events.${format}"`);
      c.header('X-Total-Count', String(total));
      c.header('X-Truncated', truncated ? 'true' : 'false');
      return c.body(body);
    });
  }
  return app;
}
