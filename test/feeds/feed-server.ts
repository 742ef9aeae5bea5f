// A local HTTP server on 127.0.0.1 serving a feed and article pages, honouring If-None-Match, and counting requests.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FeedServer {
  readonly base: string;
  /** Path → body (and optional status); change it to "publish" new items. */
  readonly routes: Map<string, { body: string; type: string; status?: number; etag?: string }>;
  readonly hits: Map<string, number>;
  readonly conditionalHits: Map<string, number>;
  close(): Promise<void>;
}

export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, { body: string; type: string; status?: number; etag?: string }>();
  const hits = new Map<string, number>();
  const conditionalHits = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const r = routes.get(path);
    if (!r) {
      res.writeHead(404).end('not found');
      return;
    }
    if (r.status && r.status >= 400) {
      res.writeHead(r.status).end('error');
      return;
    }
    if (r.etag && req.headers['if-none-match'] === r.etag) {
      conditionalHits.set(path, (conditionalHits.get(path) ?? 0) + 1);
      res.writeHead(304, { etag: r.etag }).end();
      return;
    }
    res.writeHead(200, { 'content-type': r.type, ...(r.etag ? { etag: r.etag } : {}) }).end(r.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    routes,
    hits,
    conditionalHits,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export function rss(items: readonly { guid: string; title: string; link: string; description: string; pubDate: string }[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Le Journal du Sahel</title><language>fr</language>
${items.map((i) => `<item><guid>${i.guid}</guid><title>${i.title}</title><link>${i.link}</link><description>${i.description}</description><pubDate>${i.pubDate}</pubDate></item>`).join('\n')}
</channel></rss>`;
}

export function articlePage(title: string, paragraphs: readonly string[]): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${title} | Le Journal du Sahel</title>
<meta property="og:title" content="${title}"><meta property="article:published_time" content="2023-05-02T08:00:00Z"></head>
<body><nav><a href="/">Accueil</a> <a href="/monde">Monde</a> <a href="/sport">Sport</a> NAVIGATION-BOILERPLATE</nav>
<article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>
<footer>FOOTER-BOILERPLATE Tous droits réservés. Abonnez-vous à notre lettre.</footer></body></html>`;
}
