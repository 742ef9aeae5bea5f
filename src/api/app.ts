// The Hono application: JSON API under /api, the dashboard (dist/web) everywhere else.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { CursorError } from '../store/cursor.js';
import { InvalidQueryError } from '../store/event-query.js';
import type { EventStore } from '../store/event-store.js';
import { ApiError } from './errors.js';
import { openApiDocument } from './openapi.js';
import { aggregateRoutes } from './routes/aggregates.js';
import { documentRoutes } from './routes/documents.js';
import { eventRoutes } from './routes/events.js';
import { exportRoutes } from './routes/export.js';

export interface AppOptions {
  readonly store: EventStore;
  /** Folder of the built dashboard (index.html + assets); null serves the API only. */
  readonly webRoot?: string | null;
  /** Largest accepted request body, in bytes (the API only reads query strings). */
  readonly maxBodyBytes?: number;
  /** Longest accepted URL, in characters. */
  readonly maxUrlLength?: number;
  /** How long an aggregates answer is reused for the same query, in ms (default 0: never; `vigie serve` uses 10 s). */
  readonly aggregateCacheMs?: number;
}

/** The page's Content-Security-Policy: no inline scripts, nothing from other origins. */
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

export function createApp(opts: AppOptions): Hono {
  const { store } = opts;
  const maxUrl = opts.maxUrlLength ?? 8192;
  const app = new Hono();

  app.onError((err, c) => {
    if (err instanceof ApiError) return c.json({ error: err.message }, err.status);
    if (err instanceof CursorError || err instanceof InvalidQueryError) return c.json({ error: err.message }, 400);
    if (err instanceof HTTPException) return c.json({ error: err.message || 'request error' }, err.status);
    process.stderr.write(`vigie api: ${err.stack ?? String(err)}\n`);
    return c.json({ error: 'internal server error' }, 500);
  });

  app.use('*', async (c, next) => {
    if (c.req.url.length > maxUrl) return c.json({ error: `request URL too long (more than ${maxUrl} characters)` }, 413);
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
  });
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: opts.maxBodyBytes ?? 64 * 1024,
      onError: (c) => c.json({ error: `request body too large (limit ${opts.maxBodyBytes ?? 64 * 1024} bytes)` }, 413),
    }),
  );

  const api = new Hono();
  api.route('/events', eventRoutes(store));
  api.route('/documents', documentRoutes(store));
  api.route('/aggregates', aggregateRoutes(store, opts.aggregateCacheMs ?? 0));
  api.route('/', exportRoutes(store));
  api.get('/openapi.json', (c) => c.json(openApiDocument()));
  api.get('/health', async (c) => c.json({ ok: true, ...(await store.counts()) }));
  api.all('*', (c) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      c.header('Allow', 'GET, HEAD');
      return c.json({ error: `method ${c.req.method} not allowed: the API is read-only (GET)` }, 405);
    }
    return c.json({ error: `no API route ${c.req.method} ${c.req.path} (see /api/openapi.json)` }, 404);
  });
  app.route('/api', api);

  const webRoot = opts.webRoot ?? null;
  if (webRoot && existsSync(join(webRoot, 'index.html'))) {
    app.use('*', async (c, next) => {
      await next();
      if (c.res.headers.get('Content-Type')?.startsWith('text/html')) c.header('Content-Security-Policy', CSP);
    });
    app.use('/assets/*', serveStatic({ root: webRoot }));
    app.get('/favicon.svg', serveStatic({ root: webRoot }));
    // Client-side routes (/, /events/ID, /documents/ID) all load the single page.
    app.get('*', serveStatic({ root: webRoot, path: 'index.html' }));
  } else {
    app.get('/', (c) => c.text(`Vigie API: see /api/openapi.json${webRoot ? ` (dashboard not built: ${webRoot}/index.html missing; run npm run build)` : ''}\n`));
  }
  app.notFound((c) => c.json({ error: `not found: ${c.req.path}` }, 404));
  return app;
}
